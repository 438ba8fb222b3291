"""``geomap eval recognition --corpus ours``: place recognition on our own gold (the SaudiNewsNet
articles of ``tests/gold/events_2015``, issues 11 and 17), overall and by kind, and where the
names the gazetteer lacks were drawn.

A mention counts when its name (حلب in ريف حلب) or its phrase (مطار حماة العسكري, جبل الشيخ) is
the gold span: the guidelines mark a settlement after a cue word by its name and a natural
feature, neighbourhood or facility by its phrase (``docs/gold-guidelines.md``).
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict

from gazetteer import great_circle_km
from gazetteer.arabic import normalize

from ..model import Mention
from ..pipeline import find_places
from ..toponyms import cue_readings, name_words, rules
from .gold2015 import GoldArticle
from .metrics import PRF

KINDS = ("country", "admin1", "admin2", "admin3", "city", "town", "village", "neighbourhood", "natural",
         "facility", "region", "continent", "sea")
# A gazetteer place's kind in the gold's words.
_PLACE_KIND = {"camp": "facility", "airport": "facility", "landmark": "facility", "mountain": "natural",
               "valley": "natural", "water": "natural", "admin4": "admin3", "admin5": "admin3",
               "supranational": "region", "populated": "town"}
_WIDE = {"CONTINENT": "continent", "OCEAN": "sea", "SEA": "sea"}
SLACK_KM = 10.0         # a village's gold point may be this far off (the guidelines' ±10 km)


def kind_of(m: Mention) -> str:
    """What the mention names, in the gold's kinds."""
    kind = m.kind
    if kind is None and m.place is not None:
        kind = _WIDE.get(m.place.feature_code or "") or m.place.kind
    return _PLACE_KIND.get(kind, kind) or "town"


def spans_of(m: Mention, text: str) -> set[tuple[int, int]]:
    """The spans a gold toponym may give for the mention: its name, its phrase, the phrase
    from its feature cue (مطار عدن in محيط مطار عدن), each without the adjective that may close
    a facility's name (مستشفى سامراء [العام]), and a gazetteer name without its cue word
    (دمشق in ريف دمشق)."""
    spans = {(m.start, m.end)}
    words = name_words()
    first = text[m.start:m.end].split(" ", 1)
    if len(first) == 2 and normalize(first[0]) in rules().feature_cues | rules().area_cues.keys():
        spans.add((m.start + len(first[0]) + 1, m.end))
    if m.area_start is None or m.area_end is None:
        return spans
    ends = {m.area_end}
    last = text[m.area_start:m.area_end].rsplit(" ", 1)
    if len(last) == 2 and normalize(last[1]) in words.facility_end:
        ends.add(m.area_start + len(last[0]))
    starts = {m.area_start}
    cue = _cue_start(m, text)
    if cue is not None:
        starts.add(cue)
    spans.update((a, b) for a in starts for b in ends if a < b)
    return spans


def _cue_start(m: Mention, text: str) -> int | None:
    """Where the mention's feature cue word starts (after its proclitics), or None."""
    if not m.cue or m.area_start is None:
        return None
    pos = m.area_start
    for word in text[m.area_start:m.start].split():
        at = text.index(word, pos)
        pos = at + len(word)
        for stem in cue_readings(normalize(word)):
            if stem == m.cue.split(" ", 1)[0]:
                return at + len(word) - len(stem) if len(word) >= len(stem) else at
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(gold: list[tuple[int, int]], mentions: list[Mention], text: str, *, overlap: bool) -> dict[int, int]:
    """Gold index → mention index, each used once (exact: a span of the mention is the gold span)."""
    used: set[int] = set()
    pairs = {}
    for g, span in enumerate(gold):
        for n, m in enumerate(mentions):
            if n in used:
                continue
            spans = spans_of(m, text)
            if span in spans if not overlap else any(_overlaps(span, s) for s in spans):
                pairs[g] = n
                used.add(n)
                break
    return pairs


class _Placement:
    """Where the unresolved names found were drawn, against the gold's points."""

    def __init__(self):
        self.found = 0              # gold toponyms found as names the gazetteer lacks
        self.placed = 0             # … drawn from their context
        self.km: list[float] = []   # distance from the drawn point to the gold point (or area)
        self.inside = 0             # … within the area drawn (its radius or box, with slack)
        self.cued = 0               # gold says the text places it (a region), and the gazetteer lacks it
        self.cued_inside = 0        # … and we drew it within that region's area
        self.lines: list[str] = []

    def add(self, g: dict, m: Mention, article: str = "") -> None:
        self.found += 1
        point = _gold_point(g)
        km = great_circle_km(m.lat, m.lon, *point) if point and m.lat is not None else None
        self.lines.append(f"{article}  {g['text']} ({g['kind']})  placed={m.placed_by or '-'}"
                          f"{f' {km:.0f} km' if km is not None else ''}  gold "
                          f"{'point' if g.get('lat') is not None else 'region' if g.get('region') else 'none'}"
                          f"{'  «' + g['context'] + '»' if g.get('context') else ''}")
        placed = m.placed_by == "context" and m.lat is not None
        self.placed += placed
        point = _gold_point(g)
        cued = g.get("lat") is None and g.get("region") is not None
        self.cued += cued
        if not placed or point is None:
            return
        km = great_circle_km(m.lat, m.lon, *point)
        self.km.append(km)
        inside = _inside(m, point, km)
        self.inside += inside
        self.cued_inside += cued and inside

    def to_dict(self) -> dict:
        out = {"found": self.found, "placed_from_context": self.placed,
               "placed_share": round(self.placed / self.found, 4) if self.found else 0.0,
               "with_gold_point": len(self.km), "within_area": self.inside,
               "within_area_share": round(self.inside / len(self.km), 4) if self.km else 0.0,
               "gold_context_cue": self.cued, "gold_context_cue_within": self.cued_inside,
               "gold_context_cue_share": round(self.cued_inside / self.cued, 4) if self.cued else 0.0}
        if self.km:
            out["median_km"] = round(statistics.median(self.km), 1)
            out["mean_km"] = round(statistics.fmean(self.km), 1)
        return out


def _gold_point(g: dict) -> tuple[float, float] | None:
    if g.get("lat") is not None and g.get("lon") is not None:
        return g["lat"], g["lon"]
    region = g.get("region") or {}
    if region.get("lat") is not None and region.get("lon") is not None:
        return region["lat"], region["lon"]
    return None


def _inside(m: Mention, point: tuple[float, float], km: float) -> bool:
    """The gold point lies in the area drawn: its box (precision 3) or its circle, with slack."""
    box = m.place.bbox if m.place is not None and m.geo_precision == 3 else None
    if box:
        west, south, east, north = box
        return west <= point[1] <= east and south <= point[0] <= north
    return km <= (m.radius_km or 0.0) + SLACK_KM


def evaluate(articles: list[GoldArticle], gaz, *, tagger=None, errors: int = 0) -> dict:
    """Recognition of the gold articles' toponyms (rules only unless *tagger* is given)."""
    exact, overlap = PRF(), PRF()
    by_kind: dict[str, PRF] = defaultdict(PRF)
    placement = _Placement()
    missed, extra = [], []
    t0 = time.perf_counter()
    for a in articles:
        mentions = [m for m in find_places(a.text, gaz, tagger=tagger) if m.role != "demonym"]
        gold = [t["span"] for t in a.toponyms]
        pairs, loose = match(gold, mentions, a.text, overlap=False), match(gold, mentions, a.text, overlap=True)
        exact += PRF(len(pairs), len(mentions) - len(pairs), len(gold) - len(pairs))
        overlap += PRF(len(loose), len(mentions) - len(loose), len(gold) - len(loose))
        for g, t in enumerate(a.toponyms):
            if g in pairs:
                by_kind[t["kind"]].tp += 1
                m = mentions[pairs[g]]
                if m.role == "unresolved":
                    placement.add(t, m, a.id)
            else:
                by_kind[t["kind"]].fn += 1
                missed.append(_line(a, t["span"], t["kind"]))
        for n in set(range(len(mentions))) - set(pairs.values()):
            by_kind[kind_of(mentions[n])].fp += 1
            extra.append(_line(a, (mentions[n].start, mentions[n].end), kind_of(mentions[n])))
    result = {"corpus": "ours", "articles": len(articles), "gold_mentions": exact.tp + exact.fn,
              "seconds": round(time.perf_counter() - t0, 1), "exact": exact.to_dict(),
              "overlap": overlap.to_dict(),
              "by_kind": {k: by_kind[k].to_dict() for k in KINDS if k in by_kind},
              "unresolved": placement.to_dict()}
    if errors:
        result["missed"], result["extra"] = missed[:errors], extra[:errors]
        result["unresolved_found"] = placement.lines[:errors]
    return result


def _line(a: GoldArticle, span: tuple[int, int], kind: str) -> str:
    start, end = span
    context = (a.text[max(0, start - 30):start] + "[" + a.text[start:end] + "]" + a.text[end:end + 30])
    return f"{a.id}  {a.text[start:end]}  ({kind})  «{context.replace(chr(10), ' ')}»"
