"""``geomap eval events --split dev|test``: events against the hand-made gold of issue 11
(``tests/gold/events_2015``: conflict reports and non-conflict articles of SaudiNewsNet).

Two kinds of score:

- **On the map** (what an analyst sees by default: events reported as new, with a place): an
  event is right when a gold event of the same ACLED event type, reported as new, lies within
  50 km of it (a gold event for a whole country: in that country). Precision over the events
  drawn, recall over the gold events with a place, F1.
- **Per gold event**, found through its anchors (a produced event whose evidence overlaps one of
  the gold event's trigger words): type right, place within 25 km, date exact (at the gold's
  granularity: a day, a month or a year), time precision right, duplicates.

And the failure classes of issue 11: produced events reported as new whose evidence is a
background event or a statement that is not an event (background as news); violent events in
articles that are not about conflict (per 100 such articles); events drawn on a continent or an
ocean.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer import great_circle_km

from ..events.tables import VIOLENT_TYPES, kinds
from ..model import LIKELY
from .gold2015 import GoldArticle
from .metrics import PRF

MAP_KM = 50.0           # an event on the map is right within this distance of a gold event
PLACE_KM = 25.0         # a found event's place is right within this distance
_NOT_NEWS = ("generic", "cumulative", "background")
_ABOVE_COUNTRY = frozenset(["continent", "sea", "ocean", "supranational"])


@dataclass
class Tally:
    """The counts of one article (and, summed, of all)."""

    map: PRF = field(default_factory=PRF)
    likely: PRF = field(default_factory=PRF)     # the map with only events of confidence >= LIKELY
    covered: int = 0            # gold events (new, placed) with a drawn event of their type within MAP_KM
    likely_covered: int = 0     # … with a likely one
    gold: int = 0
    found: int = 0
    type_ok: int = 0
    place_ok: int = 0
    placed_gold: int = 0
    date_ok: int = 0
    time_precision_ok: int = 0
    duplicates: int = 0
    background_as_news: int = 0
    violent: int = 0            # violent events in a non-conflict article that are no gold event
    violent_any: int = 0        # every violent event reported as new there
    on_continent: int = 0
    produced: int = 0
    drawn: int = 0

    def add(self, other: "Tally") -> None:
        self.map += other.map
        self.likely += other.likely
        for name in ("covered", "likely_covered", "gold", "found", "type_ok", "place_ok", "placed_gold", "date_ok", "time_precision_ok",
                     "duplicates", "background_as_news", "violent", "violent_any", "on_continent", "produced",
                     "drawn"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _report(e) -> str:
    return getattr(e, "report", None) or "new"


def on_map(e) -> bool:
    """The event is drawn on the map's default view."""
    return e.located and _report(e) == "new"


def _gold_point(g: dict) -> dict | None:
    place = g.get("place")
    return place if place else None


def _near(e, g: dict, km: float) -> bool:
    """The produced event *e* lies within *km* of the gold event's place (in its country, for a
    gold place that is a whole country)."""
    place = _gold_point(g)
    if place is None or not e.located:
        return False
    if place.get("area") == "country":
        return e.place.country == place["country"]
    return great_circle_km(e.mention.lat, e.mention.lon, place["lat"], place["lon"]) <= km


def _same_type(e, g: dict) -> bool:
    return e.event_type == kinds()[g["kind"]].event_type


def _fit(e, g: dict) -> tuple[int, int]:
    """How well event *e* fits gold event *g*, best first: the same type, then at its place
    (within PLACE_KM, or both unplaced)."""
    place = _gold_point(g)
    placed_right = (not e.located) if place is None else _near(e, g, PLACE_KM)
    return (0 if _same_type(e, g) else 1, 0 if placed_right else 1)


def _in_gold(e, g: dict) -> bool:
    """Event *e* is gold event *g*: told by its words, or of its type within MAP_KM of it (a
    culture page may report a real attack: that one is not false)."""
    violent = g["kind"] in kinds() and kinds()[g["kind"]].event_type in VIOLENT_TYPES
    return violent and (_overlaps(e, g["spans"]) or (_same_type(e, g) and _gold_point(g) is not None
                                                      and _near(e, g, MAP_KM)))


def _overlaps(e, spans) -> bool:
    return any(ev["trigger_start"] < b and a < ev["trigger_end"] for ev in e.evidence for a, b in spans)


def _date_ok(e, g: dict) -> bool:
    if e.date is None:
        return False
    want = str(g["date"])
    return e.date.isoformat()[:len(want)] == want


def score_article(article: GoldArticle, events: list, errors: list[str]) -> Tally:
    """The tally of one article's produced *events* against its gold."""
    t = Tally(produced=len(events))
    new_gold = [g for g in article.events if g.get("report", "new") == "new"]
    drawn = [e for e in events if on_map(e)]
    t.drawn = len(drawn)
    t.placed_gold = sum(1 for g in new_gold if _gold_point(g) is not None)
    t.covered = _score_map(article, drawn, new_gold, t.map, errors)
    t.likely_covered = _score_map(article, [e for e in drawn if e.likely], new_gold, t.likely, [])
    for g in article.events:
        _score_found(article, g, events, t, errors)
    _score_not_news(article, events, t, errors)
    if not article.conflict:
        violent = [e for e in events if _report(e) == "new" and e.event_type in VIOLENT_TYPES]
        false = [e for e in violent if not any(_in_gold(e, g) for g in new_gold)]
        t.violent, t.violent_any = len(false), len(violent)
        for e in false:
            errors.append(f"{article.id} ({article.topic}): violent {e.kind} «{e.trigger}» in a non-conflict article")
    for e in drawn:
        if e.place.kind in _ABOVE_COUNTRY:
            t.on_continent += 1
            errors.append(f"{article.id}: {e.kind} drawn on {e.place.name} ({e.place.kind})")
    return t


def _score_map(article: GoldArticle, drawn: list, new_gold: list[dict], prf: PRF, errors: list[str]) -> int:
    """Count the drawn events right and wrong and the gold events missed into *prf*; return how many
    gold events a drawn event covers (what recall counts: one city-centre event may cover two)."""
    covered = 0
    for e in drawn:
        if any(_same_type(e, g) and _near(e, g, MAP_KM) for g in new_gold):
            prf.tp += 1
        else:
            prf.fp += 1
            errors.append(f"{article.id}: drawn {e.kind} «{e.trigger}» at {_where(e)} (confidence "
                          f"{e.confidence:.2f}): no gold {e.event_type} within {MAP_KM:.0f} km")
    for g in new_gold:
        if _gold_point(g) is None:
            continue
        if any(_same_type(e, g) and _near(e, g, MAP_KM) for e in drawn):
            covered += 1
        else:
            prf.fn += 1
            errors.append(f"{article.id}: gold {g['kind']} at {_gold_name(g)} «{g['anchors'][0][0]}» not on the map")
    return covered


def _score_found(article: GoldArticle, g: dict, events: list, t: Tally, errors: list[str]) -> None:
    t.gold += 1
    hits = [e for e in events if _overlaps(e, g["spans"])]
    label = f"{article.id}: {g.get('report', 'new')} {g['kind']} «{g['anchors'][0][0]}»"
    if not hits:
        errors.append(f"{label}: missed")
        return
    t.found += 1
    # one trigger may tell several happenings (استهدفوا … حلب والحسكة وعين العرب: three gold events,
    # three of ours): the gold event is scored against the one of its hits that fits it best, and
    # only the other hits that fit it as well are duplicates
    fits = sorted((_fit(x, g), n) for n, x in enumerate(hits))
    e = hits[fits[0][1]]
    t.duplicates += sum(1 for fit, _ in fits[1:] if fit == fits[0][0])
    if _same_type(e, g):
        t.type_ok += 1
    else:
        errors.append(f"{label}: typed {e.event_type} ({e.kind})")
    place = _gold_point(g)
    ok = (not e.located) if place is None else _near(e, g, PLACE_KM)
    t.place_ok += ok
    if not ok:
        errors.append(f"{label}: at {_where(e)}, gold {_gold_name(g)}")
    if _date_ok(e, g):
        t.date_ok += 1
    else:
        errors.append(f"{label}: dated {e.date}, gold {g['date']}")
    if e.date_precision == g.get("time_precision"):
        t.time_precision_ok += 1


def _score_not_news(article: GoldArticle, events: list, t: Tally, errors: list[str]) -> None:
    """Events reported as new whose evidence is only background or a statement that is not an event."""
    background = [g["spans"] for g in article.events if g.get("report") == "background"]
    background += [n["spans"] for n in article.not_events if n.get("why") in _NOT_NEWS]
    news = [g["spans"] for g in article.events if g.get("report", "new") == "new"]
    for e in events:
        if _report(e) != "new" or not any(_overlaps(e, s) for s in background):
            continue
        if any(_overlaps(e, s) for s in news):
            continue
        t.background_as_news += 1
        errors.append(f"{article.id}: background told as news: {e.kind} «{e.trigger}» dated {e.date}")


def _where(e) -> str:
    if not e.located:
        return "no place"
    return f"{e.place.name} ({e.mention.lat:.2f}, {e.mention.lon:.2f})"


def _gold_name(g: dict) -> str:
    place = _gold_point(g)
    return "no place" if place is None else place.get("name") or place.get("country", "?")


def evaluate(articles: list[GoldArticle], gaz) -> dict:
    """Score :func:`geomap.parse` on the gold *articles* (see the module docstring)."""
    from ..parser import parse

    total, rows, errors = Tally(), [], []
    conflict = sum(a.conflict for a in articles)
    for a in articles:
        doc = parse(a.text, published=a.published, title=a.title or None, source=a.source or None,
                    gazetteer=gaz)
        t = score_article(a, doc.events, errors)
        total.add(t)
        rows.append({"article": a.id, "topic": a.topic, "gold": t.gold, "drawn": t.drawn, "right": t.map.tp,
                     "wrong": t.map.fp, "missed": t.map.fn, "found": t.found, "violent_false": t.violent,
                     "background_as_news": t.background_as_news})
    return {"summary": summary(total, len(articles), conflict), "articles": rows, "errors": errors}


def _recall(covered: int, missed: int) -> float:
    return covered / (covered + missed) if covered + missed else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(t: Tally, n_articles: int, n_conflict: int) -> dict:
    found = t.found or 1
    other = n_articles - n_conflict
    recall, likely_recall = _recall(t.covered, t.map.fn), _recall(t.likely_covered, t.likely.fn)
    return {
        "articles": n_articles, "conflict_articles": n_conflict, "other_articles": other,
        "gold_events": t.gold, "gold_on_map": t.placed_gold, "drawn": t.drawn, "produced": t.produced,
        "precision": round(t.map.precision, 3), "recall": round(recall, 3),
        "f1": round(_f1(t.map.precision, recall), 3),
        # recall as the sessions before the twenty-fourth counted it: right drawn events over right
        # drawn events and missed gold events (a drawn event covering two gold events counted once)
        "recall_before_s24": round(t.map.recall, 3),
        "likely_view": {"confidence_at_least": LIKELY, "drawn": t.likely.tp + t.likely.fp,
                        "precision": round(t.likely.precision, 3), "recall": round(likely_recall, 3),
                        "f1": round(_f1(t.likely.precision, likely_recall), 3)},
        "found": t.found, "type_accuracy": round(t.type_ok / found, 3),
        "place_within_25km": round(t.place_ok / found, 3), "date_exact": round(t.date_ok / found, 3),
        "time_precision_right": round(t.time_precision_ok / found, 3), "duplicates": t.duplicates,
        "background_as_news": t.background_as_news,
        "false_violent_per_100_other": round(100 * t.violent / other, 1) if other else None,
        # every violent event reported as new in those articles, gold ones too (the count before
        # the twelfth session)
        "violent_per_100_other": round(100 * t.violent_any / other, 1) if other else None,
        "drawn_on_continent_or_ocean": t.on_continent,
    }
