"""Parse random SaudiNewsNet articles nobody annotated and print the events each draws on the map,
for a reviewer to judge as an ACLED coder would (issue 11: trust on text nobody tuned on).

    python tools/live_sample.py SEED [N] [--data ../shared] > sample.txt

The articles of every gold set (``tests/gold/events_2015*``) are left out; SEED fixes the draw.
Per article: its id and title, then one line per event drawn (reported as new, with a place): kind,
date, place / the words that named it, country, trigger and the start of its sentence. Articles
that are empty or not Arabic are skipped. Reviews made with it are in docs/evaluation.md ("Gold
batches 6 and 7").
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gold_ids() -> set[str]:
    from geomap.evaluation.sections import batch_ids

    return batch_ids(ROOT / "tests" / "gold")


def drawn_lines(doc) -> list[str]:
    from geomap.export import to_features

    lines = []
    for f in to_features([doc], located_only=True):
        q = f["properties"]
        if q.get("report") == "background":
            continue
        sentence = (q.get("sentence") or "")[:150]
        lines.append(f"  {q['kind']:<12} {q.get('date')} {q.get('place')}/{q.get('location_text')} "
                     f"[{q.get('country') or ''}] «{q.get('trigger') or ''}» :: {sentence}")
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("n", type=int, nargs="?", default=150)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    if not (args.data / "corpora" / "saudinewsnet.jsonl.gz").is_file():
        ap.error(f"no SaudiNewsNet corpus under {args.data}/corpora: give --data, the shared folder "
                     "(python tools/live_sample.py SEED N --data ../shared)")

    from geomap.errors import InputError
    from geomap.parser import Parser

    with gzip.open(args.data / "corpora" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
        records = fh.readlines()
    skip = gold_ids()
    parser = Parser.from_environment()
    shown = 0
    for line in random.Random(args.seed).sample(records, len(records)):
        r = json.loads(line)
        if r.get("id") in skip:
            continue
        try:
            doc = parser.parse(r["content"], published=r["date_extracted"][:10], title=r.get("title"))
        except InputError:
            continue
        shown += 1
        print(f"\n#### {r['id']} | {(r.get('title') or '')[:90]}")
        for text in drawn_lines(doc):
            print(text)
        if shown >= args.n:
            break


if __name__ == "__main__":
    main()
