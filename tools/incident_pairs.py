"""Pairs of events for labelling incident merges by hand (``tests/gold/incident_pairs.tsv``).

    python tools/incident_pairs.py sample --db STORE --out FILE [--merged 115 --near 115 --seed 15]
                                          [--apart-in OLDER_STORE --first N]
    python tools/incident_pairs.py show FILE [--db STORE] [--start N --count M]

``sample`` draws, from a store holding the SaudiNewsNet ingest with incidents, pairs of events
of different articles that were put in one incident (one pair from each of incidents drawn at
random), and near misses that were not (the same kind, dates at most 3 days apart, places at
most 100 km apart), at random with a fixed seed. With ``--apart-in`` (an older store of the same
ingest, matched by older rules) only merges new since then are drawn: two events of one incident
that were apart there (the 60 ``merged-r2`` pairs, drawn with ``--merged 60 --near 0 --seed 26
--first 231``, labelled before the rules were changed on what they showed).
Each event is written as an anchor — the corpus id of its article, its trigger word and which
occurrence of that word in the stored text it is — so the file holds ids and labels only, never
the corpus's text (SaudiNewsNet is CC BY-NC-SA). ``show`` prints each pair's two sentences,
dates and places for the annotator, who fills the ``label`` column: ``same`` (one happening)
or ``different``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geomap.evaluation.incidents import COLUMNS, corpus_ids_by_url  # noqa: E402
from geomap.resolve import haversine_km  # noqa: E402


def _events(db):
    rows = db.execute(
        "SELECT e.id, e.article_id, e.kind, e.date, e.lat, e.lon, e.incident_id, r.feature, a.url, a.text "
        "FROM events e JOIN event_records r ON r.event_id = e.id JOIN articles a ON a.id = e.article_id").fetchall()
    out = {}
    for eid, art, kind, date, lat, lon, inc, feature, url, text in rows:
        p = json.loads(feature)["properties"]
        ev = p["evidence"][0]
        word, start = ev["trigger"], ev["trigger_start"]
        occurrence, pos = 0, -1
        while True:
            pos = text.find(word, pos + 1)
            if pos < 0 or pos > start:
                break
            occurrence += 1
        out[eid] = dict(id=eid, article=art, kind=kind, date=date, lat=lat, lon=lon, incident=inc, url=url,
                        anchor=(word, occurrence), props=p)
    return out


def _pair(group: list[int], rng: random.Random, old: dict | None) -> tuple[int, int]:
    """Two events of one incident, at random; with *old* (each event's incident in an older
    store), two that were apart there."""
    if old is None:
        return tuple(rng.sample(group, 2))
    pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1:]
             if old.get(a) is None or old.get(a) != old.get(b)]
    return rng.choice(pairs)


def sample(args) -> None:
    import sqlite3

    db = sqlite3.connect(args.db)
    events = _events(db)
    ids = corpus_ids_by_url(Path(args.data))
    members: dict[int, list[int]] = {}
    for incident, event in db.execute("SELECT incident_id, id FROM events WHERE incident_id IS NOT NULL ORDER BY id"):
        members.setdefault(incident, []).append(event)
    groups = sorted(m for m in members.values() if len(m) > 1)
    located = sorted((e for e in events.values() if e["lat"] is not None and e["date"]),
                     key=lambda e: (e["kind"], e["date"], e["id"]))
    near = []
    for i, a in enumerate(located):
        day = dt.date.fromisoformat(a["date"])
        for b in located[i + 1:]:
            if b["kind"] != a["kind"] or (dt.date.fromisoformat(b["date"]) - day).days > 3:
                break
            if (b["article"] != a["article"] and (a["incident"] != b["incident"])
                    and haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= 100):
                near.append((a["id"], b["id"]))
    rng = random.Random(args.seed)
    if args.apart_in:
        # only the merges new since an older store of the same ingest (rules changed since)
        old = dict(sqlite3.connect(args.apart_in).execute("SELECT id, incident_id FROM events"))
        groups = [g for g in groups if len({old.get(e) for e in g}) > 1 or None in {old.get(e) for e in g}]
    # merged: one pair from each of incidents drawn at random (a pair drawn at random from all would
    # come mostly from the few incidents that a hundred reports tell)
    chosen = [("merged", _pair(g, rng, old if args.apart_in else None))
              for g in rng.sample(groups, min(args.merged, len(groups)))]
    chosen += [("near", p) for p in rng.sample(near, min(args.near, len(near)))]
    print(f"{len(groups)} incidents of 2 or more events, {len(near)} near misses in the store; drew {len(chosen)}", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        for n, (how, (x, y)) in enumerate(chosen, 1):
            a, b = events[x], events[y]
            w.writerow([n + args.first - 1, ids.get(a["url"], ""), *a["anchor"], ids.get(b["url"], ""), *b["anchor"],
                        how, "", ""])


def show(args) -> None:
    from geomap.evaluation.incidents import load_pairs, resolve_anchor
    from geomap.store import EventStore

    store = EventStore(args.db)
    pairs = load_pairs(Path(args.file))[args.start - 1:args.start - 1 + args.count]
    urls = {v: k for k, v in corpus_ids_by_url(Path(args.data)).items()}
    for pair in pairs:
        print(f"=== pair {pair.number} ({pair.sampled}) label={pair.label or '?'}")
        for side in (pair.a, pair.b):
            event = resolve_anchor(store, urls, side)
            p = event["properties"] if event else {}
            print(f"  [{side.article}] {p.get('source')} pub {p.get('published')} | {p.get('kind')} {p.get('date')} "
                  f"tp{p.get('time_precision')} | {p.get('place')} p{p.get('geo_precision')} | "
                  f"{p.get('actor1')} -> {p.get('actor2')} | dead {p.get('fatalities')}")
            print(f"     T: {(p.get('article_title') or '')[:120]}")
            print(f"     S: {(p.get('sentence') or '')[:400]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared"))
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--db", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--merged", type=int, default=115)
    s.add_argument("--near", type=int, default=115)
    s.add_argument("--seed", type=int, default=15)
    s.add_argument("--apart-in", metavar="STORE", help="only merges new since this older store of the same ingest")
    s.add_argument("--first", type=int, default=1, help="the number of the first pair drawn")
    s.set_defaults(run=sample)
    v = sub.add_parser("show")
    v.add_argument("file")
    v.add_argument("--db", required=True)
    v.add_argument("--start", type=int, default=1)
    v.add_argument("--count", type=int, default=1000)
    v.set_defaults(run=show)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
