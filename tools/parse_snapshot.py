"""Everything geomap.parse finds in SaudiNewsNet articles, one JSON line per article, to tell
whether a change (a speed-up, say) changed what parse finds:

    python tools/parse_snapshot.py --every 3 > before.jsonl      # with the old code
    python tools/parse_snapshot.py --every 3 > after.jsonl       # with the new
    cmp before.jsonl after.jsonl

Every field of every mention, date, actor and event is written (places by gazetteer id,
floats to 9 decimals), and the GeoJSON of the events. Reads ``corpora/saudinewsnet.jsonl.gz``
from the shared data folder (``--data``, default ``../shared``).
"""

import argparse
import dataclasses
import gzip
import json
import sys
from pathlib import Path

import geomap
from gazetteer import open_default
from geomap.errors import InputError
from geomap.evaluation.cli import default_data_dir


def plain(value):
    """A dataclass tree as JSON-ready values (a Place as its id)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: (getattr(value, f.name).id if f.name == "place" and getattr(value, f.name) is not None
                         else plain(getattr(value, f.name))) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 9)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="The shared data folder (default: ../shared).")
    ap.add_argument("--limit", type=int, default=None, help="Stop after this many articles.")
    ap.add_argument("--every", type=int, default=1, help="Take one article in N (spread over the corpus).")
    args = ap.parse_args()
    corpus = (args.data or default_data_dir()) / "corpora" / "saudinewsnet.jsonl.gz"
    gaz = open_default()
    written = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % args.every:
                continue
            if args.limit is not None and written == args.limit:
                break
            a = json.loads(line)
            try:
                doc = geomap.parse(a["content"], published=a["date_extracted"][:10], gazetteer=gaz)
                row = {"id": a["id"], "mentions": plain(doc.mentions), "dates": plain(doc.dates),
                       "actors": plain(doc.actors), "events": plain(doc.events), "geojson": doc.to_geojson()}
            except InputError as exc:
                row = {"id": a["id"], "error": str(exc)}
            sys.stdout.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) + "\n")
            written += 1


if __name__ == "__main__":
    main()
