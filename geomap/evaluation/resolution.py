"""``geomap eval resolution``: where we put each gold mention of IDRISI-D, against OpenStreetMap.

For every gold mention: did we recognise it (a mention of ours overlaps it), did we resolve
it, and how far our point lies from the gold point. Accuracy within 161 km (100 miles),
median and mean error, per gold type; and how many gold places the gazetteer simply lacks
(no place with that name within 161 km of the gold point).
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

from gazetteer import great_circle_km
from gazetteer.arabic import normalize, strip_proclitics

from ..pipeline import find_places
from .corpora import idrisi_d
from .metrics import Distances

CITY_OR_LARGER = {"Country", "Province", "City/town"}


def evaluate(data: Path, gaz, *, split: str = "dev", model: str = "auto", limit: int | None = None,
             errors: int = 0) -> dict:
    from .recognition import _tagger

    tagger = _tagger(model, "tweets")
    per_type: dict[str, dict] = defaultdict(lambda: {"gold": 0, "recognised": 0, "resolved": 0,
                                                     "lacking": 0, "distances": Distances(),
                                                     "country_checked": 0, "country_right": 0})
    large = Distances()
    everything = Distances()
    far = []
    t0 = time.perf_counter()
    n = 0
    for sample in idrisi_d(data, split):
        if limit is not None and n >= limit:
            break
        n += 1
        mentions = [m for m in find_places(sample.text, gaz, tagger=tagger, domain="tweets")
                    if m.role in ("place", "unresolved")]
        for g in sample.mentions:
            row = per_type[g["type"]]
            row["gold"] += 1
            ours = [m for m in mentions
                    if (m.area_start if m.area_start is not None else m.start) < g["end"] and g["start"] < m.end]
            if not _gazetteer_has(g, ours, gaz):
                row["lacking"] += 1
            if not ours:
                continue
            row["recognised"] += 1
            resolved = [m for m in ours if m.resolved]
            if not resolved:
                continue
            row["resolved"] += 1
            best = min(resolved, key=lambda m: abs(m.start - g["start"]))
            km = great_circle_km(best.lat, best.lon, g["lat"], g["lon"])
            row["distances"].add(km)
            if g.get("country_code"):
                row["country_checked"] += 1
                row["country_right"] += int((best.place.country or "").lower() == g["country_code"])
            everything.add(km)
            if g["type"] in CITY_OR_LARGER:
                large.add(km)
            if km > 161 and errors:
                far.append(f"{g['text']} [{g['type']}] → {best.place.name} ({best.place.country}) "
                           f"{km:.0f} km; gold: {g['display_name']}")
    gold_large = sum(v["gold"] for k, v in per_type.items() if k in CITY_OR_LARGER)
    result = {
        "corpus": "idrisi-d", "split": split, "samples": n, "seconds": round(time.perf_counter() - t0, 1),
        "model": str(tagger.path) if tagger else "none (rules only)",
        "gold_mentions": sum(v["gold"] for v in per_type.values()),
        "city_or_larger": {"gold": gold_large, "resolved": large.to_dict().get("n", 0), **large.to_dict()},
        "all_resolved": everything.to_dict(),
        "per_type": {k: {"gold": v["gold"], "recognised": v["recognised"], "resolved": v["resolved"],
                         "gazetteer_lacks": v["lacking"], **v["distances"].to_dict(),
                         "right_country": round(v["country_right"] / v["country_checked"], 4)
                         if v["country_checked"] else None}
                     for k, v in sorted(per_type.items())},
    }
    if errors:
        result["far"] = far[:errors]
    return result


def _gazetteer_has(gold: dict, ours, gaz) -> bool:
    """Does any gazetteer place named like the mention (or a name inside it) lie within 161 km?"""
    names = {m.name for m in ours}
    for word in normalize(gold["text"].replace("#", " ").replace("_", " ")).split():
        names.update(stem for stem, _ in strip_proclitics(word))
    names.add(normalize(gold["text"].replace("#", "").replace("_", " ")))
    for name in names:
        for c in gaz.lookup(name):
            if great_circle_km(c.place.lat, c.place.lon, gold["lat"], gold["lon"]) <= 161:
                return True
    return False
