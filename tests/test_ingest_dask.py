"""Ingest on a real Dask cluster (a scheduler and two worker processes), into both backends:
the same result as in-process, a refused cluster whose gazetteer differs, and exactly-once
when a worker is killed mid-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, SEED, SHARED, sound_store

CORPUS = SHARED / "corpora" / "saudinewsnet.jsonl.gz"
needs_corpus = pytest.mark.skipif(not CORPUS.is_file(), reason="needs ../shared/corpora/saudinewsnet.jsonl.gz")
SYRIA_IRAQ = "35.5,29.0,48.6,37.5"


def corpus_file(path: Path, count: int, skip: int = 0) -> Path:
    from geomap.bench.corpus import read_records

    records = read_records(SHARED, count, skip=skip)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def geomap_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geomap.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **(env or {})})


def test_the_cli_ingests_on_the_cluster_into_either_backend(dask_cluster, db_target, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "seed.meta.json").write_text(json.dumps({"published": "2016-09-09"}), encoding="utf-8")
    (folder / "short.txt").write_text("قتل خمسة في غارة جوية على مدينة حلب اليوم الجمعة", encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    address = dask_cluster.scheduler.address
    run = geomap_cli("ingest", str(folder), "--db", db_target, "--scheduler", address, "--progress")
    assert run.returncode == 1, run.stdout + run.stderr                    # broken.json failed
    assert f"failed: {folder / 'broken.json'}: not valid JSON" in run.stderr
    assert "articles: 2 stored (2 new, 0 updated), 1 failed" in run.stdout
    assert f"parsed on the Dask cluster at {address}" in run.stdout
    assert "Ingesting: 3article" in run.stderr                               # the progress bar, as in-process
    assert sound_store(db_target)["articles"] == 2


def test_a_worker_with_another_gazetteer_is_refused(dask_cluster, db_target, tiny_gazetteer):
    """The client's gazetteer (five places) is not the workers' (the default): refused, nothing stored."""
    run = geomap_cli("ingest", str(SEED), "--db", db_target, "--scheduler", dask_cluster.scheduler.address,
                     "--no-progress", env={"GEOMAP_GAZETTEER": str(tiny_gazetteer.path)})
    assert run.returncode == 1 and "Traceback" not in run.stderr
    [line] = [x for x in run.stderr.splitlines() if x.startswith("Error:")]
    assert "2 of 2 Dask workers have another gazetteer than this client" in line
    assert "GEOMAP_GAZETTEER" in line and "nothing was ingested" in line
    from geomap.store import EventStore

    with EventStore(db_target) as store:
        assert store.stats()["articles"] == 0


def test_an_unreachable_scheduler_is_one_clear_line(tmp_path):
    from geomap.bench.server import free_port

    address = f"tcp://127.0.0.1:{free_port()}"
    run = geomap_cli("ingest", str(SEED), "--db", str(tmp_path / "e.sqlite"), "--scheduler", address,
                     "--no-progress", env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "3s"})
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"cannot reach the Dask scheduler at {address}" in run.stderr


@needs_corpus
@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_nothing_and_stores_nothing_twice(dask_cluster, db_target, gaz, tmp_path):
    from geomap.ingest import read_paths
    from geomap.ingest.dask import ingest_on_cluster
    from geomap.store import EventStore

    source = corpus_file(tmp_path / "some.jsonl", 160)
    before = dask_cluster.run(os.getpid)
    victim = sorted(before.values())[0]
    seen = []

    def on_result(origin, outcome):
        seen.append(origin)
        if len(seen) == 24:                    # both workers are busy: kill one in the middle of a batch
            os.kill(victim, signal.SIGKILL)

    with EventStore(db_target) as store:
        summary = ingest_on_cluster(read_paths([source]), store, dask_cluster, gazetteer_path=gaz.path,
                                    on_result=on_result)
    after = dask_cluster.run(os.getpid)
    assert victim not in after.values()                                      # it did die (and was restarted)
    assert len(seen) == 160 and summary.stored + len(summary.failures) == 160, summary.failures[:3]
    held = sound_store(db_target)
    assert held["articles"] == summary.stored >= 150
    assert len(set(held["urls"])) == held["articles"]                        # each article once


@needs_corpus
@pytest.mark.slow
def test_done_when_dask_into_postgis_equals_in_process_into_sqlite(dask_cluster, postgres, gaz, tmp_path):
    """Issue 14's test: the same 300 articles, through Dask into PostGIS and in-process into
    SQLite, give the same events per type and the same answer to a bbox query through
    `geomap serve`."""
    from geomap.bench.server import Server

    source = corpus_file(tmp_path / "300.jsonl", 300)
    sqlite_db = str(tmp_path / "in-process.sqlite")
    url = postgres.create_database()
    local = geomap_cli("ingest", str(source), "--db", sqlite_db, "--no-progress", "-j", "1")
    remote = geomap_cli("ingest", str(source), "--db", url, "--no-progress",
                        "--scheduler", dask_cluster.scheduler.address)
    assert "articles: 300 stored" in local.stdout and "articles: 300 stored" in remote.stdout, \
        local.stdout + remote.stdout
    answers = []
    for db in (sqlite_db, url):
        with Server(db, env={"GEOMAP_GAZETTEER": str(gaz.path)}) as server:
            facets = _get(server.url + "/api/v1/facets")
            box = _get(f"{server.url}/api/v1/events?bbox={SYRIA_IRAQ}&limit=10000")
            everything = _get(f"{server.url}/api/v1/events?limit=10000")
        answers.append({
            "kinds": facets["kinds"], "events": facets["events"], "articles": facets["articles"],
            "types": Counter(f["properties"]["event_type"] for f in everything["features"]),
            "bbox_matched": box["numberMatched"],
            "bbox": sorted((f["id"], tuple(f["geometry"]["coordinates"]), f["properties"]["date"],
                            f["properties"]["kind"], f["properties"]["url"]) for f in box["features"]),
        })
    in_process, on_dask = answers
    assert in_process["events"] > 300 and in_process["bbox_matched"] > 50
    assert on_dask == in_process
    postgres.drop_database(url)


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read())
