"""The headline is part of the article: a place or a death toll only the headline gives
belongs to the events the body tells ("ضربات التحالف تقتل 29 مدنيا في الرقة" over a body that
says only "قتل 29 مدنيا في غارات للتحالف").

The headline's own triggers, places (resolved like the body's) and death counts are read;
then a body event of the same ACLED type with no place to draw takes the headline's place
nearest its trigger, and one with no toll takes the headline's. The headline's mentions keep
``in_title`` so that no highlight in the body points at them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer.arabic import Tokens

from ..anchors import SETTLED, near_point
from ..model import Event, Mention, is_site
from .fatalities import DeathCount
from .tables import kinds
from .triggers import Trigger


@dataclass
class Headline:
    """What the headline says: its triggers, its resolved places and its death counts."""

    tokens: Tokens
    triggers: list[Trigger] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    deaths: list[DeathCount] = field(default_factory=list)

    def site_for(self, trigger: Trigger) -> Mention | None:
        """The headline's site nearest to one of its triggers (after it counts a little more)."""
        best, best_distance = None, None
        starts = self.tokens.starts
        for m in self.mentions:
            if not (m.resolved and is_site(m.place)) or m.metonymy:
                continue
            k = max(0, next((n for n, s in enumerate(starts) if s > m.start), len(starts)) - 1)
            distance = k - trigger.last if k > trigger.last else trigger.first - k + 2
            if best_distance is None or distance < best_distance:
                best, best_distance = m, distance
        return best


    def focus(self) -> Mention | None:
        """The one settlement the headline names (هدوء حذر ببنغازي), or None."""
        settled = {m.place.id: m for m in self.mentions
                   if m.resolved and not m.metonymy and m.place.kind in SETTLED}
        return next(iter(settled.values())) if len(settled) == 1 else None


def enrich(events: list[Event], headline: Headline | None) -> None:
    """Give body events the headline's place and toll where the body gives none."""
    if headline is None:
        return
    _local_names_in_focus(events, headline)
    if not headline.triggers:
        return
    for e in events:
        trig = next((t for t in headline.triggers if kinds()[t.kind].event_type == e.event_type), None)
        if trig is None or e.report != "new":
            continue
        if not e.located and e.kind != "statement":
            site = headline.site_for(trig)
            if site is not None and (e.place is None or e.place.country == site.place.country):
                e.mention = site
                e.place_role = e.place_role or "site"
        if e.fatalities is None and kinds()[e.kind].violent and headline.deaths:
            count = headline.deaths[0]
            e.fatalities = count.low
            e.fatalities_max = count.high if count.high != count.low else None


def _local_names_in_focus(events: list[Event], headline: Headline) -> None:
    """An event whose site is a name the gazetteer lacks (منطقة بوعطني، سجن الهضبة), in an article
    whose headline names one settlement, is drawn around that settlement (geo precision 2): the
    local names of a report lie in the place it is about."""
    focus = headline.focus()
    if focus is None:
        return
    for e in events:
        m = e.mention
        if m is None or m.role != "unresolved" or m.resolved or m.cue_kind in _PROVINCE_CUES:
            continue            # (اقليم سيلوبي، محافظة شيرناك: a province the gazetteer lacks is no local name)
        near_point(m, focus)


_PROVINCE_CUES = ("admin1", "admin2")
