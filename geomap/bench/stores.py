"""Event stores for the service benchmarks, filled by ingesting real SaudiNewsNet articles.

A store of N events is a copy of one real store: cut to its first N events when
the real one holds more, or grown to N by copying its events, each copy moved by
up to 0.1° (a few km) so that clusters still have to be computed, when it holds
fewer. :func:`sized_store` says how many events are real and how many copies.
"""

from __future__ import annotations

import itertools
import json
import random
import resource
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..store import EventStore

CORPUS = Path("corpora") / "saudinewsnet.jsonl.gz"
COPY_MARK = "~copy"
JITTER_DEGREES = 0.1


@dataclass
class IngestRun:
    """One timed ingest: the summary, and the CPU time of this process and of its parser processes."""

    articles: int
    failed: int
    events: int
    wall_s: float
    cpu_s: float                 # this process: reading and storing
    worker_cpu_s: float          # the parser processes
    jobs: int
    stopped: str | None = None

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall_s if self.wall_s else 0.0

    @property
    def cpu_ms_per_article(self) -> float:
        n = self.articles + self.failed
        return (self.cpu_s + self.worker_cpu_s) * 1000 / n if n else 0.0

    def to_dict(self) -> dict:
        return {"articles": self.articles, "failed": self.failed, "events": self.events,
                "wall_s": round(self.wall_s, 2), "cpu_s": round(self.cpu_s, 2),
                "worker_cpu_s": round(self.worker_cpu_s, 2), "jobs": self.jobs,
                "articles_per_s": round(self.articles_per_s, 1),
                "cpu_ms_per_article": round(self.cpu_ms_per_article, 1), "stopped": self.stopped}


def corpus_path(data: Path) -> Path:
    from .corpus import BenchCorpusMissing

    path = Path(data) / CORPUS
    if not path.is_file():
        raise BenchCorpusMissing(f"{path} not found: pass --data with the folder that holds {CORPUS}")
    return path


def timed_ingest(store: EventStore, records, count: int | None, *, jobs: int) -> IngestRun:
    """Ingest the next *count* records (all with None) through the real ingest path, timed."""
    import time

    from ..ingest import ingest

    before = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    t0 = time.perf_counter()
    summary = ingest(itertools.islice(records, count), store, jobs=jobs)
    wall = time.perf_counter() - t0
    after = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = [(a.ru_utime + a.ru_stime) - (b.ru_utime + b.ru_stime) for a, b in zip(after, before)]
    return IngestRun(summary.stored, len(summary.failures), summary.events, wall, cpu[0], cpu[1], jobs,
                     summary.stopped)


def fill(db: Path, data: Path, events: int, *, jobs: int, batch: int | None = None, echo=None) -> dict:
    """Ingest SaudiNewsNet articles into *db* (in batches) until it holds *events* events or the
    corpus ends; a store that already holds enough is used as it is."""
    from ..ingest import read_paths

    batch = batch or max(25, min(500, events // 4))      # a small store is not overshot by much
    store = EventStore(db)
    try:
        have = store.stats()
        if have["events"] >= events:
            return have
        records = read_paths([corpus_path(data)])
        # records already stored are skipped by reading past them: re-ingesting would only update
        for _ in itertools.islice(records, have["articles"]):
            pass
        while True:
            run = timed_ingest(store, records, batch, jobs=jobs)
            have = store.stats()
            if echo:
                echo(f"  ingested {have['articles']:,} articles, {have['events']:,} events "
                     f"({run.articles_per_s:.0f} articles/s)")
            if have["events"] >= events or run.articles + run.failed < batch or run.stopped:
                return have
    finally:
        store.close()


def sized_store(base: Path, events: int | None, out: Path) -> dict:
    """A copy of the store *base* with exactly *events* events (see the module's docstring);
    with None, all of its events and no more."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(base)
    dst = sqlite3.connect(out)
    src.backup(dst)
    src.close()
    dst.isolation_level = None
    dst.execute("PRAGMA foreign_keys = ON")          # cut events take their records with them
    real = dst.execute("SELECT count(*) FROM events").fetchone()[0]
    events = real if events is None else events
    dst.execute("BEGIN")
    copies = 0
    if real >= events:
        dst.execute("DELETE FROM events WHERE id NOT IN (SELECT id FROM events ORDER BY id LIMIT ?)", (events,))
    else:
        copies = _grow(dst, events - real)
    dst.execute("UPDATE articles SET events = (SELECT count(*) FROM events e WHERE e.article_id = articles.id)")
    dst.execute("COMMIT")
    dst.execute("PRAGMA journal_mode = WAL")
    dst.close()
    return {"events": min(real, events) + copies, "real_events": min(real, events), "copied_events": copies}


def _grow(db: sqlite3.Connection, wanted: int) -> int:
    originals = db.execute(
        "SELECT e.event_key, e.article_id, e.kind, e.event_type, e.date, e.geo_precision, e.lat, e.lon, "
        "e.place_id, e.source, e.status, e.fatalities, e.summary, r.feature "
        "FROM events e JOIN event_records r ON r.event_id = e.id ORDER BY e.id").fetchall()
    rng = random.Random(7)
    made = 0
    for copy in itertools.count(1):
        rows, records = [], []
        for row in originals[:wanted - made]:
            key = f"{row[0]}{COPY_MARK}{copy}"
            lat, lon = row[6], row[7]
            summary, feature = json.loads(row[12]), json.loads(row[13])
            if lat is not None:
                lat = max(-90.0, min(90.0, lat + rng.uniform(-JITTER_DEGREES, JITTER_DEGREES)))
                lon = max(-180.0, min(180.0, lon + rng.uniform(-JITTER_DEGREES, JITTER_DEGREES)))
                for f in (summary, feature):
                    f["geometry"]["coordinates"] = [round(lon, 5), round(lat, 5)]
            for f in (summary, feature):
                f["id"] = key
            feature["properties"]["event_id"] = key
            rows.append((key, *row[1:6], lat, lon, *row[8:12], _dumps(summary)))
            records.append((key, _dumps(feature)))
        db.executemany(
            "INSERT INTO events (event_key, article_id, kind, event_type, date, geo_precision, lat, lon, "
            "place_id, source, status, fatalities, summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        db.executemany("INSERT INTO event_records (event_id, feature) "
                       "VALUES ((SELECT id FROM events WHERE event_key = ?), ?)", records)
        made += len(rows)
        if made >= wanted or not rows:
            return made
    return made


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
