"""Distances said in the text: "على بعد 40 كيلومترا غرب مدينة العريش" puts the place 40 km
west of El Arish (ACLED geo-precision 2, the distance as the radius's scale), not at the city
or the province.

Read after resolution: a resolved mention whose phrase starts with a direction (غرب X) or
follows "من" (على بعد 175 كيلومترا من بغداد) and has "على بعد (نحو) N كيلومترا" or a bracketed
"(N كلم" right before it (قرب ديكوا (90 كلم شرق مايدوغوري)) is
moved N km along the direction (or left at the anchor with an N km radius when no direction
is given, if N is at most 25 km; farther, and with no direction, or more than 500 km away, the
event has no point), and so is an unknown town just before it that borrowed the anchor's point
(بلدة جنالي التي تبعد 90 كيلومترا جنوب مقديشو).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from gazetteer import great_circle_km
from gazetteer.arabic import Tokens, normalize

from .model import AREA_KINDS, Mention
from .quantities import number_at
from .resolve import offset
from .toponyms import NEAR_BY_KM, place_words

_BEARINGS = {"N": 0, "NE": 45, "E": 90, "SE": 135, "S": 180, "SW": 225, "W": 270, "NW": 315}
_FROM = frozenset(normalize(w) for w in ["من", "عن"])
_MAX_KM = 500           # farther than this from its landmark, a place is not drawn (too far to say)
_READ_KM = 3000         # a number read as a distance (not a year, whatever the unit)
_GAP = re.compile(r"[\s،,]*")
_AREA_KM = 300          # a point moved this near the area an unknown town was placed in is that town's
_BRACKET_GAP = 20       # characters read back from a number for the bracket that opens it


def apply_distances(text: str, tokens: Tokens, mentions: list[Mention]) -> None:
    """Move the mentions a distance phrase places away from their anchor (in place), and the
    unknown town told just before that borrowed the anchor's point (بلدة جنالي التي تبعد 90
    كيلومترا جنوب مقديشو)."""
    for n, m in enumerate(mentions):
        if not m.resolved:
            continue
        start = m.area_start if m.area_start is not None else m.start
        k = _token_at(tokens, start)
        if k is None:
            continue
        if m.qualifier != "direction" and k > 0 and tokens.norms[k - 1] in _FROM:
            k -= 1                                 # على بعد 175 كيلومترا من بغداد
        km = _distance_before(tokens, k) or _bracketed_distance(text, tokens, k)
        if km is None:
            continue
        before = (m.lat, m.lon)
        _move(m, km)
        for i in range(max(0, n - 2), n):
            told = mentions[i]
            if told.sentence == m.sentence and told.placed_by == "context" and _borrowed(told, before, mentions[i + 1:n], m):
                told.lat, told.lon, told.radius_km, told.geo_precision = m.lat, m.lon, m.radius_km, m.geo_precision


def _borrowed(told: Mention, anchor: tuple, between: list[Mention], moved: Mention) -> bool:
    """*told*, an unknown town, took the anchor's point, or that of the area named between them
    when the moved point lies near that area (بلدة بولو بوردي في إقليم هيران، التي تبعد 200 كيلومتر
    شمال مقديشو)."""
    if (told.lat, told.lon) == anchor:
        return True
    if moved.lat is None:
        return False
    return any(x.resolved and x.place.kind in AREA_KINDS and (told.lat, told.lon) == (x.lat, x.lon)
               and great_circle_km(moved.lat, moved.lon, x.lat, x.lon) <= _AREA_KM for x in between)


def _move(m: Mention, km: float) -> None:
    """Draw *m* *km* along its direction from its place (or, without one, at its place within *km*);
    nowhere when that is too far to say or the distance is more than _MAX_KM."""
    anchor = m.place
    if km <= _MAX_KM and m.qualifier == "direction" and m.direction in _BEARINGS:
        m.lat, m.lon = offset(anchor.lat, anchor.lon, _BEARINGS[m.direction], km)
        m.radius_km = max(5.0, km / 4)
    elif km <= NEAR_BY_KM:                         # without a direction, this near: at the anchor
        m.lat, m.lon = anchor.lat, anchor.lon
        m.radius_km = float(km)
    else:          # somewhere 175 km from Baghdad, الشرارة 700 كيلومتر جنوب طرابلس: no point to draw
        m.lat = m.lon = m.radius_km = m.geo_precision = None
        return
    m.geo_precision = 2


def _token_at(tokens: Tokens, offset_: int) -> int | None:
    """The token holding the character *offset_* (a bisect: called once per mention)."""
    k = bisect_right(tokens.starts, offset_) - 1
    if k >= 0 and (tokens.starts[k] == offset_ or offset_ < tokens.ends[k]):
        return k
    return None


def _past_approximator(norms: list[str], k: int) -> int:
    """k, or k - 1 when the word before token k is an approximator after a unit (200 كيلومتر تقريبا
    شمال مقديشو)."""
    words = place_words()
    if k >= 2 and norms[k - 1] in words["distance_about"] and norms[k - 2] in words["distance_unit"]:
        return k - 1
    return k


def _bracketed_distance(text: str, tokens: Tokens, k: int) -> float | None:
    """N when the text just before token k reads "(N كلم" or "(نحو N كلم" (قرب ديكوا (90 كلم شرق
    مايدوغوري))."""
    k = _past_approximator(tokens.norms, k)
    if k < 2 or tokens.norms[k - 1] not in place_words()["distance_unit"]:
        return None
    number = number_at(tokens, k - 2)
    if not number or number[0] != k - 2 or not 0 < number[1] <= _READ_KM:
        return None
    first = k - 3 if k >= 3 and tokens.norms[k - 3] in place_words()["distance_about"] else k - 2
    before = tokens.starts[first]
    return float(number[1]) if text[max(0, before - _BRACKET_GAP):before].rstrip().endswith("(") else None


def _distance_before(tokens: Tokens, k: int) -> float | None:
    """N when tokens just before k read "على بعد N كيلومترا" (or "بعد/مسافة N كم", or with an
    approximator: "على بعد نحو N كيلومترا"، "تبعد 200 كيلومتر تقريبا")."""
    norms, words = tokens.norms, place_words()
    at = words["distance_verb"]
    k = _past_approximator(norms, k)
    if k < 1 or norms[k - 1] not in words["distance_unit"]:
        return None
    for start in range(max(0, k - 5), k - 1):
        if norms[start] in at or (norms[start].startswith("ب") and norms[start][1:] in at):
            first = start + 2 if start + 2 < k and norms[start + 1] in words["distance_about"] else start + 1
            number = number_at(tokens, first)
            if number and number[0] == k - 2 and 0 < number[1] <= _READ_KM:
                return float(number[1])
    return None
