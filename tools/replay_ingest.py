"""Store the SaudiNewsNet corpus alone, without parsing it each time: what incident matching costs
the one process that stores, and whether a change to the matching machinery changed any merge.

    python tools/replay_ingest.py parse /tmp/parsed            # once: parse in order, pickle (2–3 min)
    python tools/replay_ingest.py store /tmp/parsed /tmp/a.sqlite [-n 10000] [--no-incidents] [--profile F]
    python tools/replay_ingest.py digest /tmp/a.sqlite         # partition, ids, links, records: hashes

Two stores built from the same parse by two versions of the code have made the same merges when
their ``partition`` digests agree (the same events in the same incidents); ``links`` and ``records``
say the stored scores and incident records are byte for byte the same too. Parsed articles are
written where you say (not into the repository).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import pickle
import sqlite3
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet.jsonl.gz"
CHUNK = 2000


def parse(out: Path, corpus: Path, jobs: int) -> None:
    from geomap.ingest import read_paths
    from geomap.ingest.runner import _parallel

    out.mkdir(parents=True, exist_ok=True)
    batch, n = [], 0
    for origin, result in _parallel(iter(read_paths([corpus])), jobs, None, None):
        batch.append((origin, result))
        n += 1
        if len(batch) == CHUNK:
            pickle.dump(batch, open(out / f"{n // CHUNK - 1:03d}.pkl", "wb"))
            batch = []
    if batch:
        pickle.dump(batch, open(out / f"{n // CHUNK:03d}.pkl", "wb"))
    print(f"parsed {n} articles into {out}")


def _parsed(folder: Path, count: int | None) -> list:
    from geomap.ingest.runner import Failure

    items: list = []
    for name in sorted(glob.glob(str(folder / "*.pkl"))):
        items += pickle.load(open(name, "rb"))
        if count and len(items) >= count:
            break
    return [r for _, r in items[:count] if not isinstance(r, Failure)]


def store(folder: Path, db: str, count: int | None, matching: bool, profile: str | None) -> None:
    import cProfile

    from geomap.store import EventStore

    items = _parsed(folder, count)
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    events = EventStore(db, incidents=matching)
    profiler = cProfile.Profile() if profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    for article in items:
        events.save(article)
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"stored {len(items)} articles: wall {wall:.1f} s, CPU {cpu:.1f} s ({cpu * 1000 / len(items):.2f} ms "
          f"per article); {events.stats()['incidents']} incidents")
    events.close()


def digest(db: str) -> None:
    conn = sqlite3.connect(db)
    groups: dict[int, list[str]] = {}
    for key, incident in conn.execute("SELECT event_key, incident_id FROM events WHERE incident_id IS NOT NULL"):
        groups.setdefault(incident, []).append(key)
    parts = {
        "partition": sorted(tuple(sorted(g)) for g in groups.values()),
        "ids": sorted((i, tuple(sorted(g))) for i, g in groups.items()),
        "links": sorted(conn.execute("SELECT event_key, coalesce(incident_id, -1), coalesce(incident_link, '') "
                                     "FROM events")),
        "records": sorted(conn.execute("SELECT id, feature, summary FROM incidents")),
    }
    hashes = {k: hashlib.sha256(json.dumps(v, ensure_ascii=False).encode()).hexdigest()[:16] for k, v in parts.items()}
    print(f"events {len(parts['links'])} incidents {len(parts['partition'])} "
          + " ".join(f"{k} {v}" for k, v in hashes.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse")
    p.add_argument("out", type=Path)
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("-j", "--jobs", type=int, default=2)
    s = sub.add_parser("store")
    s.add_argument("parsed", type=Path)
    s.add_argument("db")
    s.add_argument("-n", type=int, default=None)
    s.add_argument("--no-incidents", action="store_true")
    s.add_argument("--profile")
    d = sub.add_parser("digest")
    d.add_argument("db")
    a = ap.parse_args()
    if a.command == "parse":
        parse(a.out, a.corpus, a.jobs)
    elif a.command == "store":
        store(a.parsed, a.db, a.n, not a.no_incidents, a.profile)
    else:
        digest(a.db)


if __name__ == "__main__":
    main()
