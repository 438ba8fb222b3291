"""Toponym resolution: pick the place each mention names, and where to draw it.

Each candidate is scored by its size (population, or its rank as a country or
admin-1 area), by how well it fits the cue word (محافظة X → the admin-1 area X,
قرية X → a village), and by the document's other places (the countries they
agree on). Relative areas (ريف حلب الجنوبي, شمال ادلب, قرب مدينة حلب) become a
point offset from their anchor with a radius and ACLED geo-precision 2, and a
place said to lie in a direction from another (الحسينية شمال شرقي بغداد) must
lie near it.
"""

from __future__ import annotations

import math
from collections import defaultdict

from gazetteer.once import once

from gazetteer import Candidate, Gazetteer, Place
from gazetteer.arabic import normalize
from gazetteer.tables import load

from .model import Mention
from .toponyms import SETTLEMENT_CUES, rules

# How far (km) the point of a relative area is from its anchor, and its radius.
_COUNTRYSIDE_OFFSET_KM = 20.0
_COUNTRYSIDE_RADIUS_KM = 20.0
_NEAR_RADIUS_KM = 10.0
_GOVERNORATE_RADIUS_KM = 30.0
_DIRECTION_OFFSET_KM = 15.0
_BEARINGS = {"N": 0, "NE": 45, "E": 90, "SE": 135, "S": 180, "SW": 225, "W": 270, "NW": 315}

COHERENCE = 4.0       # weight of the document's other places' countries in a candidate's score
# Admin areas below admin-2 come from imported P-coded gazetteers and GeoNames dumps.
_AREA_KINDS = {"country": 3, "admin1": 3, "admin2": 3, "admin3": 3, "admin4": 2, "admin5": 2,
               "region": 3}
_SIZE_PRIOR = {"country": 8.0, "admin1": 6.0, "admin2": 5.0, "admin3": 4.0, "admin4": 3.0,
               "admin5": 3.0, "region": 5.0}
_SUB_AREAS = ("admin1", "admin2", "admin3", "admin4", "admin5")

# Cue kind → {place kind: bonus}
_CUE_FIT = {
    "admin1": {"admin1": 10.0, "admin2": 4.0, "country": -6.0, "city": -4.0, "town": -4.0, "village": -4.0},
    "admin2": {"admin2": 8.0, "admin1": 2.0, "city": 1.0, "town": 1.0},
    "admin3": {"admin3": 8.0, "town": 1.0, "village": 1.0, "admin1": -6.0, "country": -8.0},
    "region": {"region": 4.0, "admin1": 2.0, "admin2": 2.0},
    "city": {"city": 1.0, "town": 1.0, "village": 0.0, "admin1": -10.0, "country": -10.0},
    "town": {"town": 0.5, "village": 0.5, "city": 0.0, "admin1": -10.0, "country": -10.0},
    "village": {"village": 1.0, "town": 0.5, "city": -0.5, "admin1": -10.0, "country": -10.0},
    "camp": {"village": 0.5, "town": 0.5, "admin1": -10.0, "country": -10.0},
    "neighbourhood": {"village": 0.5, "town": 0.5, "admin1": -10.0, "country": -10.0},
    "countryside": {"city": 1.0, "town": 0.5, "admin1": -3.0, "country": -10.0},
    "country": {"country": 10.0},
}


def resolve(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Resolve *mentions* in place; returns those kept (names with no fitting place dropped)."""
    r = rules()
    scored: list[tuple[Mention, list[tuple[float, Candidate]]]] = []
    kept: list[Mention] = []
    for m in mentions:
        if m.role == "unresolved":
            kept.append(m)
            continue
        cands = _eligible(m, gaz.lookup(m.name), r)
        if m.role == "demonym":
            cands = [c for c in cands if c.place.kind == "country"]
        if not cands:
            if m.cue_kind in ("admin1",):
                kept.append(m)          # محافظة X where X is unknown: keep as unresolved
                m.role = "unresolved"
            continue
        m.candidates = len(cands)
        scored.append((m, [(_prior(m, c, r), c) for c in cands]))
        kept.append(m)

    votes, own = _country_votes(scored)
    for (m, options), mine in zip(scored, own):
        # a name does not vote for its own reading: the others' votes (as Counter subtraction keeps them)
        others = {country: v - mine.get(country, 0) for country, v in votes.items()}
        others = {country: v for country, v in others.items() if v > 0}
        total = sum(others.values()) or 1.0
        ranked = sorted(((s + COHERENCE * others.get(c.place.country, 0.0) / total, c) for s, c in options),
                        key=lambda x: -x[0])
        best_score, best = ranked[0]
        margin = best_score - ranked[1][0] if len(ranked) > 1 else 5.0
        m.confidence = 1.0 / (1.0 + math.exp(-(0.8 * margin + 0.3 * min(best_score, 8.0) - 1.0)))
        place = best.place
        if m.cue_kind == "admin1" and place.kind != "admin1":
            if _admin_level(place.country, m.cue) == "admin2":
                m.place = place                 # محافظة حفر الباطن: the governorate around the city
                _locate(m)
                m.geo_precision, m.radius_km = 2, _GOVERNORATE_RADIUS_KM
                continue
            # محافظة X where X names a city: the admin-1 area that contains it.
            place = gaz.admin1_area(place.country, place.admin1) or place
        m.place = place
        _locate(m)
    _one_sense_per_document(scored)
    _near_their_anchors(scored, kept)
    kept = [m for m in kept if not _a_team(m)]
    kept.sort(key=lambda m: m.start)
    return kept


def _a_team(m: Mention) -> bool:
    """A city's name the recogniser read as a club's in a sports report (برشلونة) is no place;
    a country or a larger area stays one (معسكر في إسبانيا)."""
    if m.metonymy != "team":
        return False
    if m.place is not None and m.place.kind == "country":
        m.metonymy = None
        return False
    return True


_ANCHOR_KM = 150.0      # a place said to lie north (…) of another lies this near it at most
_ANCHOR_GAP = 3         # characters between the name and the direction phrase: " ", "، "


def _near_their_anchors(scored, kept: list[Mention]) -> None:
    """"الحسينية شمال شرقي بغداد": a place placed by a direction from another lies near it. When
    the reading chosen does not, take the best reading that does, or none: the name is then a
    place the gazetteer lacks, and the direction from the anchor says where it is."""
    anchors = {}
    for n in kept:
        if n.qualifier == "direction" and n.resolved and n.area_start is not None:
            anchors[n.area_start] = n
    if not anchors:
        return
    for m, options in scored:
        if not m.resolved or m.qualifier:
            continue
        anchor = next((anchors[k] for k in range(m.end, m.end + _ANCHOR_GAP + 1) if k in anchors), None)
        if anchor is None or anchor.sentence != m.sentence:
            continue
        a = anchor.place
        if a.kind in _AREA_KINDS:         # تعز، جنوبي اليمن: within the area's country
            def fits(p: Place) -> bool:
                return p.country == a.country
        else:
            def fits(p: Place) -> bool:
                return haversine_km(p.lat, p.lon, a.lat, a.lon) <= _ANCHOR_KM
        if fits(m.place):
            continue
        near = [(score, c) for score, c in options if fits(c.place)]
        if near:
            m.place = max(near, key=lambda x: x[0])[1].place
            _locate(m)
        else:
            m.place, m.role, m.lat, m.lon, m.geo_precision, m.radius_km = None, "unresolved", None, None, None, None


def _one_sense_per_document(scored) -> None:
    """A name said bare several times in one article means one place: the surest reading wins."""
    groups: dict[str, list] = defaultdict(list)
    for m, options in scored:
        if m.place is not None and not (m.cue_kind or m.qualifier) and m.role == "place":
            groups[m.name].append((m, options))
    for members in groups.values():
        if len({m.place.id for m, _ in members}) < 2:
            continue
        sure = max(members, key=lambda x: x[0].confidence)[0]
        for m, options in members:
            if m.place.id != sure.place.id and any(c.place.id == sure.place.id for _, c in options):
                m.place = sure.place
                _locate(m)


@once
def _admin_levels() -> dict[tuple[str, str], str]:
    return {(r["country"], normalize(r["word"])): r["level"] for r in load("admin_cues.tsv")}


def _admin_level(country: str | None, cue: str | None) -> str:
    return _admin_levels().get((country or "", cue or ""), "admin1")


def _eligible(m: Mention, cands: tuple[Candidate, ...], r) -> list[Candidate]:
    """Candidates the mention may name. Without a cue word, small places far from the
    Arab world, and names known only in a Persian/Urdu spelling, are not enough."""
    if m.qualifier or m.cue_kind in SETTLEMENT_CUES:
        return list(cands)
    if m.evidence == "model":            # the tagger vouches for a name, not for a faraway village
        return [c for c in cands if c.place.kind in ("country", "admin1", "region") or c.trusted
                or r.needs_population(c.place.country) < 100_000 or c.place.population >= 100_000]
    out = []
    for c in cands:
        p = c.place
        if c.variant_script and not c.trusted:
            continue
        if p.kind in ("country", "admin1") or c.trusted or p.population >= r.needs_population(p.country):
            out.append(c)
    return out


def _prior(m: Mention, c: Candidate, r) -> float:
    p = c.place
    score = _SIZE_PRIOR.get(p.kind) or math.log10(p.population + 10)
    if p.kind not in _SIZE_PRIOR and p.population < r.needs_population(p.country):
        score -= 1.5                     # a small place far from the region the news is about
    if not m.cue_kind and p.kind in _SUB_AREAS:
        score -= 1.5                     # a bare name means the city more often than the province
    score += _CUE_FIT.get(m.cue_kind or m.qualifier or "", {}).get(p.kind, 0.0)
    if c.variant_script:
        score -= 1.0
    return score


def _country_votes(scored) -> tuple[dict[str, float], list[dict[str, float]]]:
    """How strongly the document's mentions point at each country, and each mention's share."""
    votes: dict[str, float] = {}
    own: list[dict[str, float]] = []
    for m, options in scored:
        countries = dict.fromkeys(c.place.country for _, c in options)
        if not countries:
            own.append({})
            continue
        weight = 2.0 if any(c.place.kind == "country" for _, c in options) else 1.0
        mine = dict.fromkeys(countries, weight / len(countries))
        for country, share in mine.items():
            votes[country] = votes.get(country, 0) + share
        own.append(mine)
    return votes, own


def _locate(m: Mention) -> None:
    """Set the point, radius and ACLED geo-precision of a resolved mention."""
    p = m.place
    m.lat, m.lon = p.lat, p.lon
    m.geo_precision = _AREA_KINDS.get(p.kind, 1)
    if m.qualifier == "countryside":
        m.geo_precision = max(2, m.geo_precision)
        m.radius_km = _COUNTRYSIDE_RADIUS_KM
        if m.direction:
            m.lat, m.lon = offset(p.lat, p.lon, _BEARINGS[m.direction], _COUNTRYSIDE_OFFSET_KM)
    elif m.qualifier == "near":
        m.geo_precision = max(2, m.geo_precision)
        m.radius_km = _NEAR_RADIUS_KM
    elif m.qualifier == "direction" and m.direction:
        if p.bbox and p.kind in _AREA_KINDS:
            m.lat, m.lon = _part_of_box(p, m.direction)
            m.geo_precision = 3
        else:
            m.lat, m.lon = offset(p.lat, p.lon, _BEARINGS[m.direction], _DIRECTION_OFFSET_KM)
            m.geo_precision = 2
            m.radius_km = _DIRECTION_OFFSET_KM


def offset(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point *km* from (lat, lon) along *bearing_deg* on a sphere.

    >>> [round(v, 3) for v in offset(36.2, 37.16, 180, 20)]
    [36.02, 37.16]
    """
    R = 6371.0088
    d, b = km / R, math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def _part_of_box(p: Place, direction: str) -> tuple[float, float]:
    """The middle of the *direction* half of an area's box (شمال سوريا → northern Syria)."""
    west, south, east, north = p.bbox
    lat, lon = p.lat, p.lon
    if "N" in direction:
        lat = (lat + north) / 2
    if "S" in direction:
        lat = (lat + south) / 2
    if "E" in direction:
        lon = (lon + east) / 2
    if "W" in direction:
        lon = (lon + west) / 2
    return lat, lon


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(36.2, 37.16, 33.51, 36.29))
    309
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))
