"""The scale-out benchmarks run end to end on a few articles and print their figures:
in-process vs Dask ingest, the API on both backends, the load test on two servers sharing PostGIS."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED

CORPUS = SHARED / "corpora" / "saudinewsnet.jsonl.gz"
pytestmark = [pytest.mark.skipif(not CORPUS.is_file(), reason="needs ../shared/corpora/saudinewsnet.jsonl.gz"),
              pytest.mark.slow]


def bench(runner, *args):
    from geomap.cli import main

    result = runner.invoke(main, ["bench", *args, "--data", str(SHARED), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_bench_dask_ingest(runner, postgres, gaz):
    figures = bench(runner, "dask-ingest", "--articles", "40", "--workers", "1")["dask_ingest"]
    runs = figures["runs"]
    assert [(r["label"], r["workers"]) for r in runs] == [
        ("in-process → SQLite", None), ("in-process → PostGIS", None), ("Dask → PostGIS", 1)]
    assert len({(r["articles"], r["failed"], r["events"]) for r in runs}) == 1       # the same work each time
    assert runs[0]["articles"] + runs[0]["failed"] == 40 and runs[0]["events"] > 0
    assert all(r["articles_per_s"] > 0 and r["cpu_ms_per_article"] > 0 for r in runs)
    assert runs[2]["worker_cpu_s"] > 0 and runs[1]["db_cpu_s"] > 0


def test_bench_backends_and_the_load_on_two_servers(runner, postgres, gaz, tmp_path):
    figures = bench(runner, "backends", "--sizes", "100,300", "--real-events", "100", "--requests", "5",
                    "--jobs", "1", "--work", str(tmp_path))["backends"]
    rows = {(q["events"], q["backend"], q["query"]): q for q in figures["queries"]}
    for n in (100, 300):
        for query in ("bbox + dates + type", "bbox (Syria)", "no filter (first 1,000)"):
            sqlite, postgis = rows[(n, "sqlite", query)], rows[(n, "postgis", query)]
            assert sqlite["matched"] == postgis["matched"]                   # the same rows, the same answer
            assert postgis["p95_ms"] >= postgis["p50_ms"] > 0
    sizes = figures["sizes"]
    assert [s["events"] for s in sizes] == [100, 300] and sizes[1]["postgis_event_bytes"] > sizes[0]["postgis_event_bytes"]
    load = bench(runner, "load", "--backend", "postgis", "--servers", "2", "--clients", "3", "--seconds", "1",
                 "--events", "100", "--jobs", "1", "--work", str(tmp_path))["load"]
    assert load["backend"] == "postgis" and load["servers"] == 2
    assert all(lv["requests"] > 0 and lv["errors"] == 0 for lv in load["levels"]), load["levels"]
