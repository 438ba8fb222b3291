"""``geomap bench ingest | api | map | load | service``: the stored service, measured.

Every store is filled by ingesting real SaudiNewsNet articles (``--data``, default
``../shared``) through the real ingest path, and every request goes to the real
server (``geomap serve``, waitress) in a process of its own on 127.0.0.1.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import click

from .table import table

MEMORY_TARGET_MB = 500
LOAD_TARGET_P99_MS = 1000


def _common(f):
    f = click.option("--json", "as_json", is_flag=True, help="The figures as JSON.")(f)
    f = click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="The shared data folder holding corpora/saudinewsnet.jsonl.gz (default: ../shared).")(f)
    f = click.option("--work", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Keep the event stores in this folder and reuse them next time "
                          "(default: a temporary folder, removed at the end).")(f)
    f = click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
                     help="Parser processes for ingesting (default: the CPUs, at most 4).")(f)
    return f


@contextmanager
def _workdir(work: Path | None):
    if work:
        work.mkdir(parents=True, exist_ok=True)
        yield work
    else:
        tmp = Path(tempfile.mkdtemp(prefix="geomap-bench-"))
        try:
            yield tmp
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def _setup(data, jobs):
    from gazetteer import open_default

    from ..evaluation.cli import default_data_dir
    from .parse import machine
    from .stores import corpus_path

    data = data or default_data_dir()
    corpus_path(data)                        # a clear error before anything starts
    open_default()                           # build the gazetteer once, outside every timing
    return data, jobs or min(os.cpu_count() or 1, 4), machine()


def _emit(as_json: bool, figures: dict, text: str) -> None:
    click.echo(json.dumps(figures, ensure_ascii=False, indent=1) if as_json else text)


def _say(as_json: bool):
    return (lambda msg: click.echo(msg, err=True)) if as_json else click.echo


# -- sections -------------------------------------------------------------------------

def ingest_section(work: Path, data: Path, jobs: int, articles: int, full: bool, say) -> tuple[dict, str]:
    """Ingest with incident matching, then the same articles again into a store without it
    (the cost of matching, measured side by side on the same machine at the same time)."""
    figures, rows = {}, []
    for matching in (True, False):
        label = "with incidents" if matching else "no incident matching"
        found, found_rows = _ingest_run(work, data, jobs, articles, full, matching, say)
        figures["with_incidents" if matching else "without_incidents"] = found
        rows += [[f"{r[0]}, {label}", *r[1:]] for r in found_rows]
    with_, without = figures["with_incidents"], figures["without_incidents"]
    figures.update(with_)                       # the figures as before: with incidents
    key = "whole_corpus" if full else "first"
    ratio = with_[key]["articles_per_s"] / without[key]["articles_per_s"] if without[key]["articles_per_s"] else 0
    figures["incident_matching_speed_ratio"] = round(ratio, 3)
    text = ("INGEST into the event store (read, parse in parser processes, store; end to end)\n"
            + table(["articles", "stored", "failed", "events", "wall s", "articles/s", "CPU ms/article",
                     "of it reading+storing"], rows))
    text += (f"\nwith incident matching: {ratio:.2f}× the articles/s without it ({key.replace('_', ' ')}); "
             f"{figures.get('whole_corpus', figures['first']).get('incidents', with_.get('incidents', '?'))} "
             "incidents")
    if full:
        w = figures["whole_corpus"]
        text += (f"\nwhole corpus: {w['articles']:,} articles, {w['events']:,} events "
                 f"({w['located_events']:,} located), {w['places']:,} places, "
                 f"{w['unresolved_names']:,} unresolved names, {w['failed']:,} failed")
    return figures, text


def api_section(base: Path, requests: int, say) -> tuple[dict, str]:
    from .api import measure
    from .server import Server

    with Server(base, log=base.with_suffix(".log")) as server:
        say(f"api: {requests} requests per query against {server.url}…")
        from .render import service_map_sizes

        service_map_sizes(server.url)          # warm-up: the map page and its events
        warm = server.rss_mb()
        rows = measure(server, requests=requests)
        after = server.rss_mb()
    figures = {"queries": rows, "server_rss_mb_after_warmup": warm, "server_rss_mb_after": after}
    text = ("API: GET /api/v1/events, one client, keep-alive (p50/p95 of "
            f"{requests} requests; server CPU per request)\n"
            + table(["filter", "matched", "bytes", "p50 ms", "p95 ms", "server CPU ms"],
                    [[r["query"], r["matched"], r["bytes"], r["p50_ms"], r["p95_ms"], r["server_cpu_ms"]]
                     for r in rows])
            + f"\nserver resident memory: {_mb(warm)} after warm-up, {_mb(after)} after the queries")
    return figures, text


def map_section(base: Path, work: Path, sizes: list[int], loads: int, say) -> tuple[dict, str]:
    from .browser import chromium_available, first_render, open_browser
    from .render import service_map_sizes, standalone_map
    from .server import Server
    from .stores import sized_store

    browser = open_browser() if chromium_available() else None
    if browser is None:
        say("map: no Chromium, chromedriver or selenium: sizes only, no render times")
    results = []
    try:
        for n in sizes:
            db = work / f"map-{n}.sqlite"
            made = sized_store(base, n, db)
            say(f"map: {n:,} events ({made['real_events']:,} real, {made['copied_events']:,} copies)…")
            html = work / f"map-{n}.html"
            row = {"events": n, **made, "standalone": standalone_map(db, html)}
            if browser:
                row["standalone"]["render"] = first_render(browser, html.resolve().as_uri(), loads=loads)
            html.unlink(missing_ok=True)
            with Server(db, log=work / f"map-{n}.log") as server:
                row["service"] = service_map_sizes(server.url)
                if browser:
                    row["service"]["render"] = first_render(browser, server.url + "/map", loads=loads)
                row["service"]["server_rss_mb"] = server.rss_mb()
            results.append(row)
    finally:
        if browser:
            browser.quit()

    def ms(section):
        value = section.get("render", {}).get("ms")
        return float(value) if value is not None else None

    def busy(section):
        return section.get("render", {}).get("busy_ms")

    rows = [[r["events"], r["copied_events"], r["standalone"]["html_bytes"] / 1e6, r["standalone"]["write_s"],
             ms(r["standalone"]), busy(r["standalone"]), r["service"]["page_bytes"] / 1e3,
             r["service"]["events_bytes"] / 1e6, ms(r["service"]), busy(r["service"])] for r in results]
    text = ("MAP: first render in headless Chromium until the markers are on screen (median of "
            f"{loads} cold loads; busy: the page's main-thread CPU time)\n"
            + table(["events", "copies", "standalone MB", "write s", "render ms", "busy ms",
                     "/map page KB", "+ events MB", "/map render ms", "busy ms"], rows))
    for r in results:
        stages = r["service"].get("render", {}).get("page_ms")
        if stages:
            text += (f"\n/map with {r['events']:,} events: its script ran at {stages['script_start']:,} ms, "
                     f"fetched the events in {stages['events_fetched']:,} ms, drew them in {stages['drawn']:,} ms")
    return {"sizes": results}, text


def load_section(base: Path, work: Path, data: Path, clients: list[int], seconds: float, threads: int | None,
                 articles_at: int, say, *, postgis=None, servers: int = 1) -> tuple[dict, str]:
    """The load test on a copy of *base*; with *postgis* (a database URL) on that copy moved
    into PostGIS, and with *servers* server processes sharing the store."""
    from ..ingest import read_paths
    from .load import Articles, article_bodies, run_level, warm_up
    from .server import Server, ServerGroup
    from .stores import corpus_path, sized_store

    db = work / "load.sqlite"
    made = sized_store(base, None, db)           # a copy of the base store: the load test writes to it
    target = db
    if postgis:
        from ..store import EventStore
        from ..store.copy import copy_store

        with EventStore(db) as src, EventStore(postgis) as dst:
            copy_store(src, dst)
        target = postgis
    records = read_paths([corpus_path(data)])
    for _ in itertools.islice(records, articles_at):     # articles the store does not hold yet
        pass
    articles = Articles(article_bodies(records, 2000))
    levels = []
    group = ServerGroup([Server(target, threads=threads, log=work / f"load-{n}.log") for n in range(servers)])
    with group as server:
        say(f"load: {made['events']:,} events stored ({'PostGIS' if postgis else 'SQLite'}); "
            f"{', '.join(map(str, clients))} clients, {seconds:g} s each, against {', '.join(server.urls)}…")
        idle = server.rss_mb()
        warm_up(server, articles)
        warm = server.rss_mb()
        for n in clients:
            level = run_level(server, n, seconds, articles)
            levels.append(level.summary())
            say(f"  {n} clients: {levels[-1]['requests']} requests, {levels[-1]['errors']} errors, "
                f"p99 {levels[-1]['p99_ms']} ms")
        after = server.rss_mb()
    figures = {"events_stored": made["events"], "server_threads": threads or 4, "levels": levels,
               "backend": "postgis" if postgis else "sqlite", "servers": servers,
               "server_rss_mb": {"started": idle, "after_warmup": warm, "after_load": after}}
    rows = [[lv["clients"], lv["requests"], lv["requests_per_s"], lv["errors"], lv["p50_ms"], lv["p99_ms"],
             lv["max_ms"], lv["server_cpu_s"], lv["client_cpu_s"]] for lv in levels]
    detail = [[lv["clients"], name, d["requests"], d["p50_ms"], d["p99_ms"]]
              for lv in levels for name, d in lv["by_request"].items()]
    text = (f"LOAD: {servers} × geomap serve (waitress, {threads or 4} threads) on one "
            f"{'PostGIS' if postgis else 'SQLite'} store with {made['events']:,} events; "
            f"clients in another process, {seconds:g} s per level; mix {_mix()}\n"
            + table(["clients", "requests", "req/s", "errors", "p50 ms", "p99 ms", "max ms", "server CPU s",
                     "client CPU s"], rows)
            + "\n\nby request\n" + table(["clients", "request", "n", "p50 ms", "p99 ms"], detail)
            + f"\n\nserver resident memory: {_mb(idle)} started, {_mb(warm)} after warm-up, "
              f"{_mb(after)} after the load (target < {MEMORY_TARGET_MB} MB)")
    errors = [e for lv in levels for e in lv["error_samples"]]
    if errors:
        text += "\nerrors, first of each level:\n  " + "\n  ".join(errors)
    return figures, text


def _mix() -> str:
    from .load import MIX

    return ", ".join(f"{name} {weight:.0%}" for name, weight in MIX)


def _mb(value) -> str:
    return f"{value:.0f} MB" if value is not None else "—"


def _ints(value: str) -> list[int]:
    try:
        return [int(v.replace("_", "")) for v in value.split(",") if v.strip()]
    except ValueError:
        raise click.BadParameter(f"expected numbers separated by commas, not {value!r}") from None


def _base_store(work: Path, data: Path, jobs: int, events: int, say) -> Path:
    from .stores import fill

    base = work / "base.sqlite"
    say(f"store: ingesting SaudiNewsNet articles until it holds {events:,} events…")
    stats = fill(base, data, events, jobs=jobs, echo=say)
    say(f"store: {stats['articles']:,} articles, {stats['events']:,} events")
    return base


# -- commands -------------------------------------------------------------------------

@click.command("ingest")
@click.option("--articles", default=1000, show_default=True, type=click.IntRange(1),
              help="How many articles to ingest first (from the start of the corpus).")
@click.option("--full", is_flag=True, help="Then ingest the rest of the corpus (31k articles) and summarise.")
@_common
def bench_ingest(articles, full, as_json, data, work, jobs):
    """Ingest into a new event store: articles/s end to end, CPU per article."""
    say = _say(as_json)
    data, jobs, machine = _setup(data, jobs)
    with _workdir(work) as folder:
        figures, text = ingest_section(folder, data, jobs, articles, full, say)
    _emit(as_json, {"machine": machine, "ingest": figures}, text + _machine_line(machine))


@click.command("api")
@click.option("--events", default=10_000, show_default=True, type=click.IntRange(1),
              help="Fill the store with real articles until it holds this many events.")
@click.option("--requests", default=50, show_default=True, type=click.IntRange(5))
@_common
def bench_api(events, requests, as_json, data, work, jobs):
    """GET /api/v1/events latency with each filter (p50/p95), and the server's memory."""
    say = _say(as_json)
    data, jobs, machine = _setup(data, jobs)
    with _workdir(work) as folder:
        figures, text = api_section(_base_store(folder, data, jobs, events, say), requests, say)
    _emit(as_json, {"machine": machine, "api": figures}, text + _machine_line(machine))


@click.command("map")
@click.option("--sizes", default="1000,10000,100000", show_default=True, help="Events on the map.")
@click.option("--real-events", default=10_000, show_default=True, type=click.IntRange(1),
              help="Ingest real articles until the store holds this many events; larger maps copy them.")
@click.option("--loads", default=3, show_default=True, type=click.IntRange(1), help="Cold loads per render.")
@click.option("--screenshots", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Instead: screenshots of every page (and the standalone map) at a desktop and a phone "
                   "width into this folder, from a store of the seed and a SaudiNewsNet sample.")
@click.option("--every", default=100, show_default=True, type=click.IntRange(1),
              help="With --screenshots: take every Nth SaudiNewsNet record…")
@click.option("--articles", default=300, show_default=True, type=click.IntRange(0),
              help="With --screenshots: …up to this many.")
@_common
def bench_map(sizes, real_events, loads, screenshots, every, articles, as_json, data, work, jobs):
    """Map HTML size and first render (standalone file and the /map page) for N events;
    or, with --screenshots DIR, every page at desktop and phone width."""
    say = _say(as_json)
    if screenshots:
        _screenshots(screenshots, every, articles, as_json, data, work, jobs, say)
        return
    data, jobs, machine = _setup(data, jobs)
    with _workdir(work) as folder:
        base = _base_store(folder, data, jobs, real_events, say)
        figures, text = map_section(base, folder, _ints(sizes), loads, say)
    _emit(as_json, {"machine": machine, "map": figures}, text + _copies_note(real_events) + _machine_line(machine))


def _screenshots(out: Path, every: int, articles: int, as_json: bool, data, work, jobs, say) -> None:
    from .screens import report, run

    if articles:                              # --articles 0: the reference article alone, no corpus
        data, jobs, _ = _setup(data, jobs)
    with _workdir(work) as folder:
        shots = run(out, folder, data, every=every, articles=articles, jobs=jobs or 1, say=say)
    _emit(as_json, {"screenshots": [{**s.__dict__, "path": str(s.path), "problems": s.problems()}
                                    for s in shots]}, report(shots))


@click.command("load")
@click.option("--clients", default="1,8,32", show_default=True, help="Concurrent clients, one level each.")
@click.option("--seconds", default=20.0, show_default=True, type=click.FloatRange(1),
              help="How long each level runs.")
@click.option("--events", default=10_000, show_default=True, type=click.IntRange(1),
              help="Events stored before the load starts (real articles).")
@click.option("--threads", type=click.IntRange(1, 256), default=None,
              help="waitress threads of the server (default: geomap serve's).")
@click.option("--backend", type=click.Choice(["sqlite", "postgis"]), default="sqlite", show_default=True,
              help="The store the servers share (postgis: a throwaway PostgreSQL server, or --db).")
@click.option("--servers", type=click.IntRange(1, 16), default=1, show_default=True,
              help="geomap serve processes on the one store; the clients take turns between them.")
@click.option("--db", "db_url", metavar="URL", default=None,
              help="With --backend postgis: an empty PostGIS database to use.")
@_common
def bench_load(clients, seconds, events, threads, backend, servers, db_url, as_json, data, work, jobs):
    """The real server under 1, 8 and 32 concurrent clients: throughput, p50/p99, errors."""
    from .postgres import postgres_databases

    say = _say(as_json)
    data, jobs, machine = _setup(data, jobs)
    with _workdir(work) as folder, postgres_databases(db_url if backend == "postgis" else None,
                                                     needed=backend == "postgis") as create:
        base = _base_store(folder, data, jobs, events, say)
        stored = _articles_in(base)
        figures, text = load_section(base, folder, data, _ints(clients), seconds, threads, stored, say,
                                     postgis=create("bench_load") if create else None, servers=servers)
    _emit(as_json, {"machine": machine, "load": figures}, text + _machine_line(machine))
    worst = figures["levels"][-1] if figures["levels"] else None
    if worst and (worst["errors"] or worst["p99_ms"] > LOAD_TARGET_P99_MS):
        click.echo(f"target missed at {worst['clients']} clients: {worst['errors']} errors, "
                   f"p99 {worst['p99_ms']} ms (target: 0 errors, p99 < {LOAD_TARGET_P99_MS} ms)", err=True)


@click.command("service")
@click.option("--articles", default=1000, show_default=True, type=click.IntRange(1))
@click.option("--full", is_flag=True, help="Ingest the whole corpus too (31k articles).")
@click.option("--sizes", default="1000,10000,100000", show_default=True)
@click.option("--events", default=10_000, show_default=True, type=click.IntRange(1),
              help="Events in the store the API and the load test run on (real articles).")
@click.option("--clients", default="1,8,32", show_default=True)
@click.option("--seconds", default=20.0, show_default=True, type=click.FloatRange(1))
@click.option("--loads", default=3, show_default=True, type=click.IntRange(1))
@_common
def bench_service(articles, full, sizes, events, clients, seconds, loads, as_json, data, work, jobs):
    """Every service figure in one run: ingest, API latency, map render, load and memory."""
    say = _say(as_json)
    data, jobs, machine = _setup(data, jobs)
    figures, texts = {"machine": machine}, []
    with _workdir(work) as folder:
        figures["ingest"], text = ingest_section(folder, data, jobs, articles, full, say)
        texts.append(text)
        base = _base_store(folder, data, jobs, events, say)
        figures["api"], text = api_section(base, 50, say)
        texts.append(text)
        figures["map"], text = map_section(base, folder, _ints(sizes), loads, say)
        texts.append(text + _copies_note(events))
        figures["load"], text = load_section(base, folder, data, _ints(clients), seconds, None,
                                             _articles_in(base), say)
        texts.append(text)
    _emit(as_json, figures, "\n\n".join(texts) + _machine_line(machine))


def _articles_in(db: Path) -> int:
    from ..store import EventStore

    with EventStore(db) as store:
        return store.stats()["articles"]


def _copies_note(real: int) -> str:
    return (f"\n(maps larger than the {real:,} real events are copies of them, each point moved by up to "
            "0.1°: see geomap/bench/stores.py)")


def _machine_line(m: dict) -> str:
    load = ", ".join(f"{x:.2f}" for x in m["load_average"]) if m.get("load_average") else "?"
    return (f"\n\nmachine: {m['cpu']}, {m['cpus']} CPUs, Python {m['python']}; "
            f"load average at the start {load}; now {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


SERVICE_COMMANDS = (bench_ingest, bench_api, bench_map, bench_load, bench_service)


def _ingest_run(work: Path, data: Path, jobs: int, articles: int, full: bool, matching: bool,
                say) -> tuple[dict, list]:
    from ..ingest import read_paths
    from ..store import EventStore
    from .stores import corpus_path, timed_ingest

    db = work / ("ingest.sqlite" if matching else "ingest-no-incidents.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    how = "with" if matching else "without"
    say(f"ingest: the first {articles:,} SaudiNewsNet articles into a new store ({jobs} parser processes, "
        f"{how} incident matching)…")
    with EventStore(db, incidents=matching) as store:
        records = read_paths([corpus_path(data)])
        first = timed_ingest(store, records, articles, jobs=jobs)
        rows = [[f"first {articles:,}", first.articles, first.failed, first.events, first.wall_s,
                 first.articles_per_s, first.cpu_ms_per_article, _store_ms(first)]]
        figures = {"first": {**first.to_dict(), "incidents": store.stats()["incidents"]}}
        if full:
            say(f"ingest: the rest of the corpus (--full, {how} incident matching)…")
            rest = timed_ingest(store, records, None, jobs=jobs)
            stats = store.stats()
            wall = first.wall_s + rest.wall_s
            n = first.articles + rest.articles
            figures["rest"] = rest.to_dict()
            figures["whole_corpus"] = {**stats, "failed": first.failed + rest.failed,
                                       "wall_s": round(wall, 1), "articles_per_s": round(n / wall, 1)}
            rows.append(["the rest", rest.articles, rest.failed, rest.events, rest.wall_s,
                         rest.articles_per_s, rest.cpu_ms_per_article, _store_ms(rest)])
            total = max(n + first.failed + rest.failed, 1)
            rows.append(["whole corpus", n, first.failed + rest.failed, stats["events"], wall, n / wall,
                         (first.cpu_ms_per_article * (first.articles + first.failed)
                          + rest.cpu_ms_per_article * (rest.articles + rest.failed)) / total,
                         (first.cpu_s + rest.cpu_s) * 1000 / total])
    return figures, rows


def _store_ms(run) -> float:
    """CPU ms per article of this process alone: reading and storing (incident matching runs here)."""
    n = run.articles + run.failed
    return run.cpu_s * 1000 / n if n else 0.0
