"""``geomap eval seed``: our own gold for the reference article (places, dates, events)."""

from __future__ import annotations

import json
from pathlib import Path

from gazetteer import great_circle_km

from .metrics import PRF


def evaluate_seed(gold_path: Path, article_path: Path, gaz) -> dict:
    """Score the pipeline on the seed article against the gold file."""
    from ..parser import parse

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = article_path.read_text(encoding="utf-8")
    doc = parse(text, published=gold["published"], gazetteer=gaz)
    errors: list[str] = []
    places = _score_places(doc, gold, errors)
    dates = _score_dates(doc, gold, errors)
    events = _score_events(doc, gold, errors)
    geneva = gaz.get("geonames:2660646")
    return {
        "places": places,
        "dates": dates,
        "events": events,
        "sanity_km_geneva_aleppo": round(great_circle_km(geneva.lat, geneva.lon, 36.2, 37.16)) if geneva else None,
        "errors": errors,
    }


def _score_places(doc, gold: dict, errors: list[str]) -> dict:
    """Recognition and resolution of the gold's places, and the not-places found; errors appended."""
    # a demonym (الروسي، القوات التركية) is kept with its own role, as an actor: not a place found
    found = {(m.start, m.end): m for m in doc.mentions if m.role != "demonym"}
    gold_spans = {(g["start"], g["start"] + len(g["text"])): g for g in gold["places"]}
    recognition = PRF()
    resolution = PRF()
    for span, g in gold_spans.items():
        _score_gold_place(found.get(span), g, recognition, resolution, errors)
    for span, m in found.items():
        if span not in gold_spans:
            recognition.fp += 1
            resolution.fp += 1
            errors.append(f"extra place {m.text}@{m.start}")
    forbidden = [b for b in gold["not_places"]
                 if any(s < b["start"] + len(b["text"]) and b["start"] < e for s, e in found)]
    errors += [f"not a place but found: {b['text']}@{b['start']} ({b['why']})" for b in forbidden]
    return {"recognition": recognition.to_dict(), "resolution": resolution.to_dict(),
            "not_places_found": len(forbidden)}


def _score_gold_place(m, g: dict, recognition: PRF, resolution: PRF, errors: list[str]) -> None:
    """One gold place against the mention found at its span (or None)."""
    if m is None:
        recognition.fn += 1
        resolution.fn += 1
        errors.append(f"missed place {g['text']}@{g['start']}")
        return
    recognition.tp += 1
    got = m.place.id if m.place else None
    if got == g["place"]:
        resolution.tp += 1
    else:
        resolution.fp += 1
        resolution.fn += 1
        errors.append(f"{g['text']}@{g['start']}: resolved to {got}, gold {g['place']}")


def _score_dates(doc, gold: dict, errors: list[str]) -> dict:
    """The gold dates found with the right day (the first date of each text counts)."""
    dates: dict[str, str] = {}
    for d in doc.dates:
        dates.setdefault(d.text, d.date.isoformat())
    date_ok = sum(1 for g in gold["dates"] if dates.get(g["text"]) == g["date"])
    errors += [f"date {g['text']}: got {dates.get(g['text'])}, gold {g['date']}"
               for g in gold["dates"] if dates.get(g["text"]) != g["date"]]
    return {"gold": len(gold["dates"]), "correct": date_ok}


def _score_events(doc, gold: dict, errors: list[str]) -> dict:
    """The gold events found, the events not in an exhaustive gold, and events in a wrong place."""
    events_found = 0
    matched = set()
    for g in gold["events"]:
        hits = [e for e in doc.events if _event_matches(e, g)]
        if hits:
            events_found += 1
            matched.update(id(e) for e in hits)
        else:
            errors.append(f"event not found: {g['kind']} at {g['place']} ({g['why']})")
    if gold.get("events_exhaustive"):
        errors += [f"event not in the gold: {e.kind} {e.status} at {e.place.id if e.place else None} "
                   f"«{e.trigger}»" for e in doc.events if id(e) not in matched]
    wrong_country = [e for e in doc.events if e.located
                     and (e.place.country not in gold["allowed_countries"]
                          or e.place.id in gold["forbidden_places"])]
    errors += [f"event in a wrong place: {e.kind} at {e.place.id} ({e.place.name}, {e.place.country})"
               for e in wrong_country]
    return {"gold": len(gold["events"]), "found": events_found, "produced": len(doc.events),
            "located": sum(e.located for e in doc.events), "in_wrong_place": len(wrong_country)}


def _event_matches(event, gold: dict) -> bool:
    if event.kind != gold["kind"]:
        return False
    if (event.place.id if event.place else None) != gold["place"]:
        return False
    if "date" in gold and str(event.date) != gold["date"]:
        return False
    if "precision" in gold and event.geo_precision != gold["precision"]:
        return False
    if "direction" in gold and (event.mention is None or event.mention.direction != gold["direction"]):
        return False
    if "status_not" in gold and event.status == gold["status_not"]:
        return False
    for key in ("status", "place_role", "topic", "report"):
        if key in gold and getattr(event, key) != gold[key]:
            return False
    if "fatalities" in gold and event.fatalities != gold["fatalities"]:
        return False
    return True
