"""Where a place lies, by the words next to it (issue 17.2, issue 11 class 3).

A mention tied to the next one by "in" (:attr:`Mention.link`: قرية X بريف إدلب، X التابعة
لمحافظة Y، X شمال بغداد، مدينة X التركية) has that next mention as its *anchor*; the names of a
list (بلدات X وY وZ بريف إدلب) share the anchor of the last one. An anchor binds:

- a known name must be a place inside the anchor's area (a same-named town abroad is not the
  one meant): the best reading that fits is taken, or none, and the name is then one the
  gazetteer lacks;
- a name the gazetteer lacks is drawn where the anchor says (its area or point, ACLED geo
  precision 2 or 3, with the radius or box), ``placed_by="context"``, and stays "unresolved"
  so that the fix-a-name flow still offers it.
"""

from __future__ import annotations

from .model import Mention
from .geodesy import haversine_km

# How far (km) from its anchor's point a place may lie, by the anchor's qualifier.
_WITHIN_KM = {"countryside": 60.0, "near": 30.0, "direction": 150.0, None: 40.0}
_CITY_RADIUS_KM = 10.0          # a name placed in a city (حي X بحلب): a circle this wide
_BOX_SLACK = 0.1                # degrees around an area's box
_AREAS = ("country", "admin1", "admin2", "admin3", "admin4", "admin5", "region")


def anchor_of(mentions: list[Mention]) -> dict[int, Mention]:
    """Index of each mention (in *mentions*, sorted by offset) → its anchor."""
    out: dict[int, Mention] = {}
    chain: list[int] = []
    for k, m in enumerate(mentions):
        chain.append(k)
        if m.link == "and" and k + 1 < len(mentions):
            continue
        if m.link == "in" and k + 1 < len(mentions):
            anchor = mentions[k + 1]
            if anchor.resolved and anchor.role in ("place", "demonym"):
                for j in chain:
                    out[j] = anchor
        chain = []
    return out


def fits(m: Mention, anchor: Mention) -> bool:
    """The place *m* resolved to lies where *anchor* says."""
    p, a = m.place, anchor.place
    if anchor.role == "demonym" or a.kind == "country":
        return p.country == a.country
    if a.kind == "admin1" and anchor.qualifier is None:
        return p.country == a.country and (p.admin1 is None or p.admin1 == a.admin1)
    if a.kind in _AREAS and a.bbox:
        west, south, east, north = a.bbox
        inside = (west - _BOX_SLACK <= p.lon <= east + _BOX_SLACK
                  and south - _BOX_SLACK <= p.lat <= north + _BOX_SLACK)
        return inside or (anchor.qualifier == "direction" and p.country == a.country)
    limit = _WITHIN_KM.get(anchor.qualifier, _WITHIN_KM[None])
    return haversine_km(p.lat, p.lon, a.lat, a.lon) <= limit


def binds(m: Mention) -> bool:
    """*m* is a place an anchor can hold (not a country or a larger area said to lie somewhere)."""
    return m.role in ("place", "unresolved") and not (m.place is not None and m.place.kind in ("country",))


def place_by_context(m: Mention, anchor: Mention) -> None:
    """Draw the unresolved *m* where its anchor says: the anchor's area, or a circle around its point."""
    m.place = anchor.place
    m.placed_by = "context"
    m.lat, m.lon = anchor.lat, anchor.lon
    m.direction = anchor.direction
    m.confidence = 0.0
    if anchor.role == "demonym" or (anchor.geo_precision or 3) >= 3:
        m.qualifier = anchor.qualifier or "within"
        m.geo_precision, m.radius_km = 3, anchor.radius_km
    elif anchor.geo_precision == 1:
        m.qualifier = "near"
        m.geo_precision, m.radius_km = 2, _CITY_RADIUS_KM
    else:
        m.qualifier = anchor.qualifier or "near"
        m.geo_precision, m.radius_km = 2, anchor.radius_km or _CITY_RADIUS_KM


def unresolve(m: Mention) -> None:
    """*m* names no place the gazetteer has (a reading abroad was all it had)."""
    m.place, m.role, m.lat, m.lon, m.geo_precision, m.radius_km = None, "unresolved", None, None, None, None
    m.qualifier = m.direction = None
