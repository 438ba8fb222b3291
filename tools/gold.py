"""Tools for annotating the events and toponyms gold (``tests/gold/events_2015``) by hand.

    python tools/gold.py show ID             # the article: date, weekday, title, numbered paragraphs
    python tools/gold.py find ID WORD        # every occurrence of WORD: its number, offset, context
    python tools/gold.py check FILE.json...  # validate gold files; print each anchor in its context

Occurrence numbers count every place the string occurs in the article's text (``content``), as
``str.find`` from the previous hit + 1 does, inside longer words too; ``find`` prints them. Reads the
corpus from ``../shared`` (``--data``). Never runs the parser: annotation must not see its output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ["airstrike", "shelling", "explosion", "suicide_bomb", "battle", "territory", "killing", "abduction",
         "protest", "riot", "arrests", "group_change", "base", "withdrawal", "destruction", "talks",
         "agreement", "ceasefire", "statement"]
TOPONYM_KINDS = ["country", "admin1", "admin2", "admin3", "city", "town", "village", "neighbourhood",
                 "natural", "facility", "region", "continent", "sea"]
TOPICS = ["conflict", "politics", "sport", "economy", "culture", "health", "other"]


def article(data: Path, article_id: str) -> dict:
    with gzip.open(data / "corpora" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if article_id in line[:60]:
                a = json.loads(line)
                if a["id"] == article_id:
                    return a
    raise SystemExit(f"no article {article_id}")


def occurrences(text: str, word: str) -> list[int]:
    out, pos = [], text.find(word)
    while pos >= 0:
        out.append(pos)
        pos = text.find(word, pos + 1)
    return out


def offset_of(text: str, word: str, occurrence: int) -> int | None:
    hits = occurrences(text, word)
    return hits[occurrence - 1] if 0 < occurrence <= len(hits) else None


def show(a: dict) -> None:
    day = dt.date.fromisoformat(a["date_extracted"][:10])
    print(f"id: {a['id']}   source: {a['source']}   date_extracted: {a['date_extracted']} "
          f"({day.strftime('%A')})   published (given to geomap): {day}")
    print(f"url: {a['url']}")
    print(f"title: {a['title']}")
    print()
    for n, para in enumerate(a["content"].split("\n"), 1):
        if para.strip():
            print(f"[{n}] {para}")


def find(a: dict, word: str) -> None:
    text = a["content"]
    for n, pos in enumerate(occurrences(text, word), 1):
        before = text[max(0, pos - 50):pos].replace("\n", " ¶ ")
        after = text[pos + len(word):pos + len(word) + 50].replace("\n", " ¶ ")
        print(f"#{n} @{pos}: …{before}【{word}】{after}…")
    if not occurrences(text, word):
        print(f"'{word}' does not occur in the text (the title is not searched)")


def _context(text: str, pos: int, length: int) -> str:
    return (text[max(0, pos - 30):pos] + "【" + text[pos:pos + length] + "】" + text[pos + length:pos + length + 30]
            ).replace("\n", " ¶ ")


def _check_event(where: str, e: dict, text: str, quiet: bool) -> list[str]:
    """The problems of one gold event (its kind, report, date, place and anchors)."""
    problems = []
    if e.get("kind") not in KINDS:
        problems.append(f"{where}: kind {e.get('kind')!r}")
    if e.get("report") not in ("new", "background"):
        problems.append(f"{where}: report must be new or background")
    if e.get("time_precision") not in (1, 2, 3):
        problems.append(f"{where}: time_precision must be 1, 2 or 3")
    date = str(e.get("date", ""))
    try:
        (dt.date.fromisoformat(date) if len(date) == 10 else dt.date.fromisoformat(date + "-01" * (2 - date.count("-"))))
    except ValueError:
        problems.append(f"{where}: date {date!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    problems += _check_place(where, e.get("place", "missing"))
    for word, occ in e.get("anchors", []):
        pos = offset_of(text, word, occ)
        if pos is None:
            problems.append(f"{where}: anchor {word!r} #{occ} not in the text")
        elif not quiet:
            print(f"  {where} {e.get('kind')}/{e.get('report')}: {_context(text, pos, len(word))}")
    if not e.get("anchors"):
        problems.append(f"{where}: no anchors")
    return problems


def _check_place(where: str, place) -> list[str]:
    if place == "missing":
        return [f"{where}: place missing (null when the text gives none)"]
    if place is None:
        return []
    if place.get("area") == "country":
        return [] if place.get("country") else [f"{where}: a country area needs a country code"]
    if not (-90 <= place.get("lat", 999) <= 90 and -180 <= place.get("lon", 999) <= 180):
        return [f"{where}: lat/lon missing or out of range"]
    if place.get("precision") not in (1, 2, 3):
        return [f"{where}: place precision must be 1, 2 or 3"]
    return []


def check_file(path: Path, data: Path, quiet: bool = False) -> list[str]:
    problems = []
    g = json.loads(path.read_text(encoding="utf-8"))
    if path.name == "selection.json":
        return []                                 # the list of articles picked, not a gold file
    a = article(data, g["id"])
    text = a["content"]
    if g.get("published") != a["date_extracted"][:10]:
        problems.append(f"published should be {a['date_extracted'][:10]}")
    if g.get("topic") not in TOPICS:
        problems.append(f"topic {g.get('topic')!r} not one of {TOPICS}")
    for k, e in enumerate(g.get("events", []), 1):
        problems += _check_event(f"event {k}", e, text, quiet)
    for k, n in enumerate(g.get("not_events", []), 1):
        for word, occ in n.get("anchors", []):
            if offset_of(text, word, occ) is None:
                problems.append(f"not_event {k}: anchor {word!r} #{occ} not in the text")
    for k, t in enumerate(g.get("toponyms", []), 1):
        pos = offset_of(text, t.get("text", ""), t.get("occurrence", 0))
        if pos is None:
            problems.append(f"toponym {k}: {t.get('text')!r} #{t.get('occurrence')} not in the text")
        if t.get("kind") not in TOPONYM_KINDS:
            problems.append(f"toponym {k}: kind {t.get('kind')!r} not one of {TOPONYM_KINDS}")
        if (t.get("lat") is None) != (t.get("lon") is None):
            problems.append(f"toponym {k}: give both lat and lon, or neither")
    for k, t in enumerate(g.get("not_toponyms", []), 1):
        if offset_of(text, t.get("text", ""), t.get("occurrence", 0)) is None:
            problems.append(f"not_toponym {k}: {t.get('text')!r} #{t.get('occurrence')} not in the text")
    spans = sorted((offset_of(text, t["text"], t["occurrence"]) or -1, t["text"]) for t in g.get("toponyms", []))
    for (p1, w1), (p2, w2) in zip(spans, spans[1:]):
        if p1 >= 0 and p2 < p1 + len(w1):
            problems.append(f"toponyms {w1!r} and {w2!r} overlap: two occurrences counted the same?")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("show").add_argument("id")
    f = sub.add_parser("find")
    f.add_argument("id")
    f.add_argument("word")
    c = sub.add_parser("check")
    c.add_argument("files", nargs="+", type=Path)
    c.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    if not (args.data / "corpora" / "saudinewsnet.jsonl.gz").is_file():
        parser.error(f"no SaudiNewsNet corpus under {args.data}/corpora: give --data, the shared folder "
                     "(before the command: tools/gold.py --data ../shared show ID)")
    if args.command == "show":
        show(article(args.data, args.id))
    elif args.command == "find":
        find(article(args.data, args.id), args.word)
    else:
        bad = 0
        for path in args.files:
            print(path)
            problems = check_file(path, args.data, args.quiet)
            for p in problems:
                print(f"  PROBLEM: {p}")
            bad += bool(problems)
        print(f"{len(args.files) - bad} of {len(args.files)} files fine")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
