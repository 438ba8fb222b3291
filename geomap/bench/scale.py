"""``geomap bench dask-ingest`` and ``geomap bench backends``: the scale-out figures (issue 14).

- dask-ingest: the same SaudiNewsNet articles ingested in-process (into SQLite and into
  PostGIS), then on a Dask cluster of 1 and 2 worker processes (``LocalCluster``, real
  processes) writing into PostGIS; articles/s, the 2-worker/1-worker ratio, and where the
  CPU went (workers, this client with the scheduler, the PostgreSQL server).
- backends: ``GET /api/v1/events`` through the real server on SQLite and on PostGIS holding
  the same rows (the SQLite store copied with ``geomap store copy``), at each size.

The PostgreSQL server is a throwaway one (:mod:`.postgres`, durable settings) unless
``--db`` names a database to use.
"""

from __future__ import annotations

import itertools
import logging
import os
import resource
import time
from dataclasses import dataclass
from pathlib import Path

from .postgres import postgres_databases
from .table import table


@dataclass
class Run:
    label: str
    workers: int | None
    articles: int
    failed: int
    events: int
    wall_s: float
    client_cpu_s: float            # this process (reading, the scheduler, storing in-process)
    worker_cpu_s: float            # the Dask workers (parsing, writing)
    db_cpu_s: float | None         # the PostgreSQL server, all its processes
    idle_pct: float | None = None  # the machine's CPUs idle during the run (/proc/stat)

    @property
    def rate(self) -> float:
        return self.articles / self.wall_s if self.wall_s else 0.0

    @property
    def share_pct(self) -> float:
        """Our processes' CPU time as a share of every CPU of the machine over the run: with
        the machine not idle, the rest went to other people's work."""
        ours = self.client_cpu_s + self.worker_cpu_s + (self.db_cpu_s or 0.0)
        return 100 * ours / (self.wall_s * (os.cpu_count() or 1)) if self.wall_s else 0.0

    def cpu_ms_per_article(self) -> float:
        ours = self.client_cpu_s + self.worker_cpu_s + (self.db_cpu_s or 0.0)
        return 1000 * ours / self.articles if self.articles else 0.0

    def row(self, base: float | None) -> list:
        return [self.label, self.workers if self.workers is not None else "—", self.articles, self.failed,
                self.events, round(self.wall_s, 1), round(self.rate, 1),
                round(self.rate / base, 2) if base else None, round(self.client_cpu_s, 1),
                round(self.worker_cpu_s, 1), round(self.db_cpu_s, 1) if self.db_cpu_s is not None else None,
                round(self.cpu_ms_per_article(), 1), round(self.share_pct), round(self.idle_pct)
                if self.idle_pct is not None else None]

    def to_dict(self) -> dict:
        return {"label": self.label, "workers": self.workers, "articles": self.articles, "failed": self.failed,
                "events": self.events, "wall_s": round(self.wall_s, 2), "articles_per_s": round(self.rate, 1),
                "client_cpu_s": round(self.client_cpu_s, 1), "worker_cpu_s": round(self.worker_cpu_s, 1),
                "db_cpu_s": round(self.db_cpu_s, 1) if self.db_cpu_s is not None else None,
                "cpu_ms_per_article": round(self.cpu_ms_per_article(), 2), "machine_share_pct": round(self.share_pct, 1),
                "machine_idle_pct": round(self.idle_pct, 1) if self.idle_pct is not None else None}


INGEST_HEADERS = ["run", "workers", "stored", "failed", "events", "wall s", "articles/s", "× in-process PostGIS",
                  "client CPU s", "worker CPU s", "PostgreSQL CPU s", "CPU ms/article", "our share %",
                  "idle %"]


def machine_cpu() -> tuple[int, int] | None:
    """(idle, total) jiffies of all CPUs so far, from /proc/stat."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            values = [int(v) for v in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return values[3] + values[4], sum(values[:8])


def tree_cpu_seconds(pid: int) -> float | None:
    """CPU time of a process, its reaped children and its live children (a PostgreSQL server:
    the postmaster, the backends that ended, the backends still connected)."""
    tck = os.sysconf("SC_CLK_TCK")

    def fields(p: int) -> list[str] | None:
        try:
            with open(f"/proc/{p}/stat", encoding="ascii") as f:
                return f.read().rsplit(")", 1)[1].split()
        except OSError:
            return None

    own = fields(pid)
    if own is None:
        return None
    total = sum(int(own[i]) for i in (11, 12, 13, 14))
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            child = fields(int(entry))
            if child and int(child[1]) == pid:
                total += int(child[11]) + int(child[12])
    return total / tck


def _postmaster_pid(url: str) -> int | None:
    import psycopg

    try:
        with psycopg.connect(url, autocommit=True) as conn:
            backend = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
            with open(f"/proc/{backend}/stat", encoding="ascii") as f:      # while the backend lives
                return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, psycopg.Error):
        return None                       # a server on another machine: its CPU is not ours to read


def _self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _timed(label: str, workers, url: str | None, work, worker_cpu=lambda: 0.0) -> Run:
    postmaster = _postmaster_pid(url) if url else None
    db0 = tree_cpu_seconds(postmaster) if postmaster else None
    cpu0, w0, m0, t0 = _self_cpu(), worker_cpu(), machine_cpu(), time.perf_counter()
    summary = work()
    wall = time.perf_counter() - t0
    m1 = machine_cpu()
    if postmaster:
        time.sleep(1)              # the closed connections' server processes end and are reaped (counted once)
    db1 = tree_cpu_seconds(postmaster) if postmaster else None
    idle = 100 * (m1[0] - m0[0]) / (m1[1] - m0[1]) if m0 and m1 and m1[1] > m0[1] else None
    return Run(label, workers, summary.stored, len(summary.failures), summary.events, wall, _self_cpu() - cpu0,
               worker_cpu() - w0, db1 - db0 if db0 is not None and db1 is not None else None, idle)


def dask_ingest(data: Path, articles: int, workers: list[int], db: str | None, say) -> tuple[dict, str]:
    """The ingest comparison; see the module's docstring."""
    from gazetteer import open_default

    from ..ingest import ingest, read_paths
    from ..parser import warm_up
    from ..store import EventStore
    from .stores import corpus_path

    items = list(itertools.islice(read_paths([corpus_path(data)]), articles))
    gaz = open_default()
    warm_up(gaz)
    runs: list[Run] = []
    with postgres_databases(db) as create:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
            say(f"dask-ingest: {len(items):,} articles in-process into SQLite…")
            with EventStore(Path(tmp) / "events.sqlite") as store:
                runs.append(_timed("in-process → SQLite", None, None,
                                   lambda: ingest(items, store, gazetteer=gaz, jobs=1)))
        say("dask-ingest: in-process into PostGIS…")
        url = create("bench_inprocess")
        with EventStore(url) as store:
            runs.append(_timed("in-process → PostGIS", None, url, lambda: ingest(items, store, gazetteer=gaz, jobs=1)))
        for n in workers:
            say(f"dask-ingest: Dask, {n} worker process(es) → PostGIS…")
            runs.append(_dask_run(items, n, create(f"bench_dask_{n}")))
    base = runs[1].rate
    ratio = None
    by_workers = {r.workers: r.rate for r in runs if r.workers}
    if 1 in by_workers and 2 in by_workers:
        ratio = round(by_workers[2] / by_workers[1], 2)
    text = (f"INGEST of the same {len(items):,} SaudiNewsNet articles (read, parse, store; workers: one "
            "thread each, writing into PostGIS themselves)\n"
            + table(INGEST_HEADERS, [r.row(base) for r in runs])
            + (f"\n\nDask 2 workers / 1 worker: {ratio}× (target ≥ 1.5)" if ratio else ""))
    return {"articles": len(items), "runs": [r.to_dict() for r in runs], "ratio_2_to_1": ratio}, text


def _dask_run(items: list, workers: int, url: str) -> Run:
    from distributed import Client, LocalCluster

    from ..ingest.dask import ingest_on_cluster, warm_worker
    from ..store import EventStore

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster, set_as_default=False) as client:
        client.run(warm_worker)

        def worker_cpu() -> float:
            return sum(client.run(_self_cpu).values())

        with EventStore(url) as store:
            return _timed(f"Dask → PostGIS", workers, url,
                          lambda: ingest_on_cluster(items, store, client), worker_cpu)


SYRIA = "35.5,32.3,42.4,37.3"
BACKEND_QUERIES = [
    ("bbox + dates + type", f"bbox={SYRIA}&since=2015-07-25&until=2015-08-10&type=airstrike,shelling,battle"),
    ("bbox (Syria)", f"bbox={SYRIA}"),
    ("dates + type", "since=2015-07-25&until=2015-08-10&type=airstrike,shelling,battle"),
    ("no filter (first 1,000)", ""),
    ("map summary, 10,000 a page", "fields=summary&located=true&limit=10000"),
]
API_TARGET_P95_MS = 100


def backends(data: Path, work: Path, sizes: list[int], real_events: int, requests: int, db: str | None,
             jobs: int, say) -> tuple[dict, str]:
    """The API on SQLite and on PostGIS holding the same rows, at each size."""
    from ..store import EventStore
    from ..store.copy import copy_store
    from .api import measure
    from .server import Server
    from .service_cli import _base_store
    from .stores import sized_store

    base = _base_store(work, data, jobs, real_events, say)
    results, sizes_seen = [], []
    with postgres_databases(db) as create:
        for n in sizes:
            path = work / f"api-{n}.sqlite"
            made = sized_store(base, n, path)
            url = create(f"bench_api_{n}")
            say(f"backends: {n:,} events ({made['copied_events']:,} copies); copying into PostGIS…")
            with EventStore(path) as src, EventStore(url) as dst:
                copy_store(src, dst)
            sizes_seen.append({"events": n, "sqlite_bytes": _sqlite_bytes(path), **postgis_sizes(url)})
            for backend, target in (("sqlite", path), ("postgis", url)):
                say(f"backends: {backend}, {n:,} events, {requests} requests per query…")
                with Server(target, log=work / f"api-{backend}-{n}.log") as server:
                    for row in measure(server, requests=requests, queries=BACKEND_QUERIES):
                        results.append({"events": n, "backend": backend, **row})
    rows = [[r["events"], r["backend"], r["query"], r["matched"], r["p50_ms"], r["p95_ms"], r["server_cpu_ms"]]
            for r in results]
    text = (f"API: GET /api/v1/events on SQLite and on PostGIS holding the same rows (p50/p95 of {requests} "
            "requests, one keep-alive client; server CPU per request)\n"
            + table(["events", "backend", "filter", "matched", "p50 ms", "p95 ms", "server CPU ms"], rows))
    key = [r for r in results if r["backend"] == "postgis" and r["query"] == BACKEND_QUERIES[0][0]]
    if key:
        worst = max(key, key=lambda r: r["events"])
        text += (f"\n\nbbox + dates + type on PostGIS at {worst['events']:,} events: p95 {worst['p95_ms']} ms "
                 f"(target < {API_TARGET_P95_MS} ms)")
    text += "\n\n" + size_report(sizes_seen)
    return {"requests": requests, "real_events": real_events, "queries": results, "sizes": sizes_seen}, text


def postgis_sizes(url: str) -> dict:
    """Bytes on disk of the store's tables (with their indexes and TOAST): the events' part
    (events, event_records) and the articles' part (articles, mentions, places)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        rows = dict(conn.execute(
            "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
            "WHERE c.relnamespace = 'geomap'::regnamespace AND c.relkind = 'r'").fetchall())
        counts = conn.execute("SELECT (SELECT count(*) FROM geomap.events), "
                              "(SELECT count(*) FROM geomap.articles)").fetchone()
    return {"postgis_event_bytes": rows.get("events", 0) + rows.get("event_records", 0),
            "postgis_article_bytes": sum(rows.get(t, 0) for t in ("articles", "mentions", "places")),
            "postgis_bytes": sum(rows.values()), "articles": counts[1]}


def _sqlite_bytes(path: Path) -> int:
    return sum(Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists())


def size_report(sizes: list[dict]) -> str:
    lines = ["SIZE on disk (tables, indexes, TOAST)"]
    lines += [f"  {s['events']:,} events, {s['articles']:,} articles: PostGIS {s['postgis_bytes'] / 1e6:,.1f} MB "
              f"(events {s['postgis_event_bytes'] / 1e6:,.1f} MB, articles {s['postgis_article_bytes'] / 1e6:,.1f} MB),"
              f" SQLite {s['sqlite_bytes'] / 1e6:,.1f} MB" for s in sizes]
    if len(sizes) >= 2 and sizes[-1]["events"] > sizes[0]["events"]:
        a, b = sizes[0], sizes[-1]
        per_event = (b["postgis_event_bytes"] - a["postgis_event_bytes"]) / (b["events"] - a["events"])
        per_article = b["postgis_article_bytes"] / max(b["articles"], 1)
        lines.append(f"  PostGIS: {per_event:,.0f} bytes per further event ({per_event:.0f} MB per million "
                     f"events), {per_article / 1e3:,.1f} KB per article (text, mentions)")
    return "\n".join(lines)


# -- commands -------------------------------------------------------------------------

def _commands():
    import click

    from .service_cli import _emit, _machine_line, _say, _setup

    def common(f):
        f = click.option("--json", "as_json", is_flag=True, help="The figures as JSON.")(f)
        f = click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=None,
                         help="The shared data folder holding corpora/saudinewsnet.jsonl.gz (default: ../shared).")(f)
        f = click.option("--db", "db", metavar="URL", default=None,
                         help="An empty PostgreSQL + PostGIS database to use (default: a throwaway server "
                              "started and removed by the benchmark).")(f)
        return f

    @click.command("dask-ingest")
    @click.option("--articles", default=3000, show_default=True, type=click.IntRange(1))
    @click.option("--workers", default="1,2", show_default=True, help="Dask worker processes, one run each.")
    @common
    def bench_dask_ingest(articles, workers, as_json, data, db):
        """Ingest in-process vs on Dask (1 and 2 workers) into PostGIS: articles/s and the ratio."""
        from .service_cli import _ints

        say = _say(as_json)
        data, _, machine = _setup(data, None)
        figures, text = dask_ingest(data, articles, _ints(workers), db, say)
        _emit(as_json, {"machine": machine, "dask_ingest": figures}, text + _machine_line(machine))

    @click.command("backends")
    @click.option("--sizes", default="10000,100000", show_default=True, help="Events stored, one run each.")
    @click.option("--real-events", default=10_000, show_default=True, type=click.IntRange(1),
                  help="Ingest real articles until the store holds this many events; larger stores copy them.")
    @click.option("--requests", default=50, show_default=True, type=click.IntRange(5))
    @click.option("--work", type=click.Path(file_okay=False, path_type=Path), default=None,
                  help="Keep the SQLite stores in this folder and reuse them next time.")
    @click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Parser processes for ingesting.")
    @common
    def bench_backends(sizes, real_events, requests, work, jobs, as_json, data, db):
        """GET /api/v1/events on SQLite vs PostGIS (same rows): p50/p95 at each size."""
        from .service_cli import _ints, _workdir

        say = _say(as_json)
        data, jobs, machine = _setup(data, jobs)
        with _workdir(work) as folder:
            figures, text = backends(data, folder, _ints(sizes), real_events, requests, db, jobs, say)
        _emit(as_json, {"machine": machine, "backends": figures}, text + _machine_line(machine))

    return [bench_dask_ingest, bench_backends]


SCALE_COMMANDS = _commands()
