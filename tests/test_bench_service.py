"""The service benchmarks: a smoke run of `geomap bench service` on a few real articles (the
real server, the real load client, Chromium when installed), and the stores they build."""

from __future__ import annotations

import doctest
import importlib
import json
import sqlite3

import pytest

from conftest import SHARED
from geomap.store import EventFilter, EventStore

CORPUS = SHARED / "corpora" / "saudinewsnet.jsonl.gz"


@pytest.mark.parametrize("name", ["geomap.bench.table", "geomap.bench.api", "geomap.store.schema"])
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


@pytest.fixture
def seed_store(tmp_path, seed_doc):
    db = tmp_path / "base.sqlite"
    with EventStore(db) as store:
        store.save(seed_doc)
    return db


@pytest.mark.parametrize("events", [3, 8, 41])
def test_a_sized_store_has_exactly_the_events_asked_for(seed_store, seed_doc, tmp_path, events):
    from geomap.bench.stores import JITTER_DEGREES, sized_store

    real = len(seed_doc.events)
    made = sized_store(seed_store, events, tmp_path / "sized.sqlite")
    assert made == {"events": events, "real_events": min(events, real), "copied_events": max(0, events - real)}
    with EventStore(tmp_path / "sized.sqlite") as store:
        features = store.events(EventFilter(limit=1000))
        assert len(features) == events == store.stats()["events"]
        assert len({f["id"] for f in features}) == events
        assert store.db.execute("SELECT count(*) FROM event_records").fetchone()[0] == events
        originals = {f["id"]: f for f in features if "~copy" not in f["id"]}
        for f in features:
            if "~copy" in f["id"] and f["geometry"]:
                twin = originals[f["id"].split("~copy")[0]]["geometry"]["coordinates"]
                moved = [abs(a - b) for a, b in zip(f["geometry"]["coordinates"], twin)]
                assert 0 < max(moved) <= JITTER_DEGREES + 1e-5
            assert f["properties"]["event_id"] == f["id"]
        summaries = store.events_json(EventFilter(located=True, limit=1000), summary=True)[0]
        assert len(summaries) == sum(1 for f in features if f["geometry"])
    con = sqlite3.connect(tmp_path / "sized.sqlite")
    assert con.execute("SELECT sum(events) FROM articles").fetchone()[0] == events
    con.close()


@pytest.mark.skipif(not CORPUS.is_file(), reason="needs ../shared/corpora/saudinewsnet.jsonl.gz")
@pytest.mark.slow
def test_geomap_bench_service_runs_every_section(runner, tmp_path):
    from geomap.bench.browser import chromium_available
    from geomap.cli import main

    result = runner.invoke(main, [
        "bench", "service", "--articles", "30", "--events", "40", "--sizes", "20,400", "--clients", "1,3",
        "--seconds", "2", "--loads", "1", "--jobs", "1", "--work", str(tmp_path), "--json",
        "--data", str(SHARED)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["ingest"]["first"]["articles"] + figures["ingest"]["first"]["failed"] == 30
    assert figures["ingest"]["first"]["articles_per_s"] > 0
    assert [q["query"] for q in figures["api"]["queries"]][:2] == ["no filter (first 1,000)", "bbox (Syria)"]
    assert all(q["p50_ms"] > 0 for q in figures["api"]["queries"])
    assert figures["api"]["server_rss_mb_after_warmup"] > 0
    sizes = figures["map"]["sizes"]
    assert [s["events"] for s in sizes] == [20, 400] and sizes[1]["copied_events"] > 0
    assert all(s["standalone"]["html_bytes"] > 100_000 and s["service"]["events_bytes"] > 0 for s in sizes)
    if chromium_available():
        assert all(s["standalone"]["render"]["ms"] > 0 and s["service"]["render"]["ms"] > 0 for s in sizes)
        assert sizes[1]["service"]["render"]["events_drawn"] > 0
    levels = figures["load"]["levels"]
    assert [lv["clients"] for lv in levels] == [1, 3]
    assert all(lv["requests"] > 0 and lv["errors"] == 0 for lv in levels), levels
    assert {"query", "map page", "map events", "ingest"} <= set().union(*(lv["by_request"] for lv in levels))
    assert figures["load"]["server_rss_mb"]["after_load"] > 0


@pytest.mark.browser
@pytest.mark.slow
def test_geomap_bench_map_screenshots_every_page_at_both_widths(runner, tmp_path):
    """`geomap bench map --screenshots DIR`: a PNG of each page at desktop and phone width, and
    what would be wrong on them (sideways scrolling, a map with no height, console errors)."""
    from geomap.bench.browser import chromium_available
    from geomap.cli import main

    if not chromium_available():
        pytest.skip("needs Debian's chromium and chromium-driver (.ci/run installs them)")
    out = tmp_path / "shots"
    result = runner.invoke(main, ["bench", "map", "--screenshots", str(out), "--articles", "0",
                                  "--work", str(tmp_path / "work"), "--json"])
    assert result.exit_code == 0, result.output
    shots = json.loads(result.stdout)["screenshots"]
    pages = {s["page"] for s in shots}
    assert {"index", "map", "standalone-map"} <= pages and any(p.startswith("article-") for p in pages)
    assert {(p, v) for p in pages for v in ("desktop", "phone")} == {(s["page"], s["viewport"]) for s in shots}
    for shot in shots:
        png = (out / f"{shot['page']}-{shot['viewport']}.png").read_bytes()
        assert png.startswith(b"\x89PNG") and len(png) > 10_000
        assert shot["problems"] == [], shot
