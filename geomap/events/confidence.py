"""How likely an event is right: a logistic model over what the parser knows of it.

An event's ``confidence`` is the probability, learned from the dev halves of our hand-labelled gold
(``tests/gold/events_2015*/``), that a gold event of its ACLED type lies within 50 km of where we
draw it — the test of ``geomap eval events``. The model is the weights in
``geomap/data/event_confidence.tsv``, trained by ``tools/train_confidence.py`` (which prints its
cross-validated precision and recall); it reads no words, only what the parse says of the event
(its kind, place kind and precision, date, status, evidence, actors) and of the article around it
(how many events it draws and where, how much of it is background).

An event below :data:`LIKELY` is more likely wrong than right (:attr:`geomap.model.Event.likely`):
the maps still draw it, its popup says so, and the map's confidence choice, the standalone map's
"likely events only" and the API's ``min_confidence`` leave it out on request.
Events the map does not draw (unplaced, background) keep the model's score too, but it was not
trained on them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

from gazetteer import great_circle_km
from gazetteer.once import once
from gazetteer.tables import load

from ..regions import mena

PLACE_KINDS = frozenset(["city", "town", "village", "admin1", "admin2", "admin3", "neighbourhood", "facility",
                         "region", "natural"])


@once
def weights() -> dict[str, float]:
    """The model's weights by feature name (``event_confidence.tsv``)."""
    return {r["feature"]: float(r["weight"]) for r in load("event_confidence.tsv", "geomap")}


class ArticleContext:
    """What the model reads of the whole article: the events it draws and where they lie."""

    def __init__(self, events: list, mentions: list, text: str):
        self.drawn = [e for e in events if e.located and e.report == "new"]
        self.n_text = len(text)
        self.countries = Counter(e.place.country for e in self.drawn)
        resolved = [m for m in mentions if m.resolved and not m.in_title]
        self.n_resolved = len(resolved)
        self.mention_countries = Counter(m.place.country for m in resolved if m.place.country)
        self.places = Counter(m.place.id for m in mentions if m.resolved)
        self.centre = None
        if self.drawn:
            lats = sorted(e.mention.lat for e in self.drawn)
            lons = sorted(e.mention.lon for e in self.drawn)
            self.centre = (lats[len(lats) // 2], lons[len(lons) // 2])
        self.kinds = len({e.kind for e in events})
        self.background_share = sum(1 for e in events if e.report != "new") / (len(events) or 1)
        self.text = text
        self.by_sentence: dict[int, list] = {}
        for e in events:
            self.by_sentence.setdefault(e.sentence_start, []).append(e)
        self.triggers = Counter(e.trigger_start for e in events)
        self.mention_starts = sorted(m.start for m in resolved)


def _event_features(e, f: dict[str, float], published: dt.date | None) -> None:
    f["kind=" + e.kind] = 1.0
    f["status=" + e.status] = 1.0
    f[f"date_prec={e.date_precision}"] = 1.0
    if e.date is not None and published is not None:
        days = (published - e.date).days
        f["days_before"] = min(max(days, 0), 30) / 10
        f["after_pub"] = 1.0 if days < 0 else 0.0
        f["same_day_or_prev"] = 1.0 if days in (0, 1) else 0.0
    else:
        f["no_date"] = 1.0
    f["fatalities"] = 1.0 if e.fatalities else 0.0
    f["log_fat"] = math.log1p(e.fatalities or 0) / 3
    f["n_evidence"] = min(len(e.evidence), 6) / 3
    f["actor1"] = 1.0 if e.actor1 else 0.0
    f["actor2"] = 1.0 if e.actor2 else 0.0
    f["role_about"] = 1.0 if e.place_role == "about" else 0.0
    f["log_sent"] = math.log(max(e.sentence_end - e.sentence_start, 10)) / 6
    f["first_sent"] = 1.0 if e.sentence_start < 5 else 0.0


def _place_features(e, f: dict[str, float]) -> None:
    m, p = e.mention, e.place
    f["pkind=" + (p.kind if p.kind in PLACE_KINDS else "other")] = 1.0
    f[f"geo_prec={e.geo_precision}"] = 1.0
    f["m_conf"] = m.confidence
    f["m_in_title"] = 1.0 if m.in_title else 0.0
    f["m_cue"] = 1.0 if m.cue else 0.0
    f["m_qual"] = 1.0 if m.qualifier else 0.0
    f["m_context"] = 1.0 if m.placed_by == "context" else 0.0
    f["m_cands"] = min(m.candidates, 10) / 5
    f["log_pop"] = math.log10(1 + (p.population or 0)) / 6
    f["mena"] = 1.0 if p.country in mena() else 0.0
    f["trig_to_place"] = 0.5 if m.in_title else math.log1p(abs(m.start - e.trigger_start)) / 6


def _article_features(e, f: dict[str, float], ctx: ArticleContext) -> None:
    p = e.place
    f["pos"] = e.trigger_start / max(ctx.n_text, 1)
    f["log_ndrawn"] = math.log1p(len(ctx.drawn)) / 3
    f["country_share"] = ctx.countries[p.country] / (len(ctx.drawn) or 1)
    f["m_country_share"] = ctx.mention_countries[p.country] / (ctx.n_resolved or 1)
    f["place_mentions"] = min(ctx.places[p.id], 6) / 3
    if ctx.centre is not None:
        f["log_km_centre"] = math.log1p(great_circle_km(e.mention.lat, e.mention.lon, *ctx.centre)) / 7
    same = sum(1 for o in ctx.drawn if o is not e and o.kind == e.kind and o.place.id == p.id)
    f["same_kind_place"] = min(same, 3) / 3
    f["log_text"] = math.log(max(ctx.n_text, 100)) / 9
    f["n_kinds_doc"] = ctx.kinds / 5
    f["bg_share"] = ctx.background_share


_DEFINITE = ("ال", "وال", "بال", "فال", "لل", "كال")
_OPEN_QUOTES, _CLOSE_QUOTES = "«“", "»”"


def _quoted(text: str, start: int, end: int) -> bool:
    """*end* lies inside quotation marks opened after *start* (the sentence's start)."""
    before = text[start:end]
    opened = sum(before.count(c) for c in _OPEN_QUOTES) - sum(before.count(c) for c in _CLOSE_QUOTES)
    return opened > 0 or before.count('"') % 2 == 1


def _sentence_features(e, f: dict[str, float], ctx: ArticleContext) -> None:
    """What the event's sentence tells of it: how many events it holds and how many of them are
    background, whether the trigger is a definite noun (the attack told before) or quoted, whether
    the date was read from the text, and how many places the sentence names."""
    here = ctx.by_sentence.get(e.sentence_start, [e])
    f["sent_events"] = math.log1p(len(here) - 1) / 2
    f["sent_bg_share"] = sum(1 for o in here if o.report != "new") / len(here)
    f["multi_typed"] = 1.0 if ctx.triggers[e.trigger_start] > 1 else 0.0
    f["trig_definite"] = 1.0 if e.trigger.startswith(_DEFINITE) else 0.0
    f["in_quote"] = 1.0 if _quoted(ctx.text, e.sentence_start, e.trigger_start) else 0.0
    f["date_told"] = 1.0 if e.date_text else 0.0
    places = sum(1 for m in ctx.mention_starts if e.sentence_start <= m < e.sentence_end)
    f["sent_places"] = min(places, 6) / 3


def features(e, ctx: ArticleContext, published: dt.date | None) -> dict[str, float]:
    """The model's inputs for event *e* (a located event: the map's; others get the event part)."""
    f = {"bias": 1.0}
    _event_features(e, f, published)
    if e.located:
        _place_features(e, f)
        _article_features(e, f, ctx)
        _sentence_features(e, f, ctx)
    return f


def probability(f: dict[str, float], w: dict[str, float] | None = None) -> float:
    w = weights() if w is None else w
    z = sum(w.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score(events: list, mentions: list, text: str, published: dt.date | None) -> None:
    """Set each event's ``confidence`` from the model."""
    ctx = ArticleContext(events, mentions, text)
    for e in events:
        e.confidence = probability(features(e, ctx, published))
