"""``geomap eval events``: events against hand-made gold for the seed and SaudiNewsNet reports.

The gold (``tests/gold/events_saudinewsnet.json``) keeps only article ids and our labels:
each event has anchors (a trigger word and which occurrence of it in the article's text)
that the evaluation finds in the text read from the corpus. A produced event matches a
gold event when one of its evidence triggers overlaps one of the gold anchors.

Scores: events found (recall), type accuracy (ACLED event type; sub-event type too),
place within 25 km (a gold event with no place is right when none is given, one in a
whole country when the event is put in that country at precision 3), date
exact, duplicates (extra produced events matching one gold event), conflated (one
produced event matching several gold events: distinct happenings merged), and produced
events that match no gold event.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from gazetteer import great_circle_km

from .corpora import CorpusMismatch

PLACE_KM = 25.0


def load_corpus_articles(corpus: Path, ids: set[str]) -> dict[str, dict]:
    """The articles with these ids from SaudiNewsNet (``saudinewsnet.jsonl.gz``)."""
    found = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if not any(i in line[:60] for i in ids):
                continue
            article = json.loads(line)
            if article["id"] in ids:
                found[article["id"]] = article
                if len(found) == len(ids):
                    break
    return found


def _anchor_spans(text: str, anchors: list[list]) -> list[tuple[int, int]]:
    spans = []
    for word, occurrence in anchors:
        pos = -1
        for _ in range(occurrence):
            pos = text.find(word, pos + 1)
            if pos < 0:
                raise CorpusMismatch(f"anchor {word!r} #{occurrence} is not in the article: the corpus changed?")
        spans.append((pos, pos + len(word)))
    return spans


def evaluate_events(cases: list[dict], gaz) -> dict:
    """Score the pipeline on gold cases: each {"id", "text", "published", "events": [...]}."""
    from ..events import kinds
    from ..parser import parse

    totals = dict(gold=0, found=0, type_ok=0, sub_type_ok=0, place_ok=0, date_ok=0, duplicates=0,
                  conflated=0, produced=0, unmatched=0)
    rows, errors = [], []
    for case in cases:
        doc = parse(case["text"], published=case["published"], gazetteer=gaz)
        matched_events: dict[int, int] = {}
        row = dict(article=case["id"], gold=len(case["events"]), found=0, type_ok=0, place_ok=0, date_ok=0,
                   duplicates=0, produced=len(doc.events))
        for g in case["events"]:
            spans = _anchor_spans(case["text"], g["anchors"])
            hits = [e for e in doc.events
                    if any(ev["trigger_start"] < b and a < ev["trigger_end"] for ev in e.evidence for a, b in spans)]
            if not hits:
                errors.append(f"{case['id']}: missed {g['kind']} «{g['anchors'][0][0]}» ({g.get('why', '')})")
                continue
            row["found"] += 1
            row["duplicates"] += len(hits) - 1
            for e in hits:
                matched_events[id(e)] = matched_events.get(id(e), 0) + 1
            e = hits[0]
            want = kinds()[g["kind"]]
            if e.event_type == want.event_type:
                row["type_ok"] += 1
            else:
                errors.append(f"{case['id']}: «{g['anchors'][0][0]}» typed {e.event_type}, gold {want.event_type}")
            if e.sub_event_type == g.get("sub_event_type", want.sub_event_type):
                totals["sub_type_ok"] += 1
            place = g.get("place")
            if place is None:
                ok = not e.located
            elif place.get("area") == "country":       # a whole country: right when it is that country
                ok = e.located and e.place.country == place["country"] and e.geo_precision == 3
            else:
                ok = e.located and great_circle_km(e.mention.lat, e.mention.lon, place["lat"], place["lon"]) <= PLACE_KM
            row["place_ok"] += ok
            if not ok:
                got = f"{e.place.name} ({e.mention.lat:.2f}, {e.mention.lon:.2f})" if e.located else "no place"
                errors.append(f"{case['id']}: «{g['anchors'][0][0]}» at {got}, gold {place and place['name']}")
            if str(e.date) == g["date"]:
                row["date_ok"] += 1
            else:
                errors.append(f"{case['id']}: «{g['anchors'][0][0]}» dated {e.date}, gold {g['date']}")
        row["unmatched"] = sum(1 for e in doc.events if id(e) not in matched_events)
        row["conflated"] = sum(1 for n in matched_events.values() if n > 1)
        rows.append(row)
        for key in ("gold", "found", "type_ok", "place_ok", "date_ok", "duplicates", "conflated", "produced",
                    "unmatched"):
            totals[key] += row[key]
    found = totals["found"] or 1
    summary = {
        "articles": len(cases), "gold_events": totals["gold"], "found": totals["found"],
        "recall": round(totals["found"] / (totals["gold"] or 1), 3),
        "type_accuracy": round(totals["type_ok"] / found, 3),
        "sub_type_accuracy": round(totals["sub_type_ok"] / found, 3),
        "place_within_25km": round(totals["place_ok"] / found, 3),
        "date_exact": round(totals["date_ok"] / found, 3),
        "duplicates": totals["duplicates"], "conflated": totals["conflated"], "produced": totals["produced"],
        "produced_not_in_gold": totals["unmatched"],
    }
    return {"summary": summary, "articles": rows, "errors": errors}


def gold_cases(gold_path: Path, corpus: Path | None, seed_gold: Path | None, seed_article: Path | None) -> list[dict]:
    """The gold cases with their texts: the SaudiNewsNet reports (from the corpus) and the seed."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    cases = []
    if seed_gold is not None and seed_article is not None:
        seed = json.loads(seed_gold.read_text(encoding="utf-8"))
        cases.append({"id": "seed_000", "text": seed_article.read_text(encoding="utf-8"),
                      "published": seed["published"], "events": seed["anchored_events"]})
    if corpus is not None:
        articles = load_corpus_articles(corpus, {a["id"] for a in gold["articles"]})
        for a in gold["articles"]:
            if a["id"] not in articles:
                raise CorpusMismatch(f"article {a['id']} is not in {corpus}")
            cases.append({"id": a["id"], "text": articles[a["id"]]["content"], "published": a["published"],
                          "events": a["events"]})
    return cases
