"""Offsets on the sphere (distances: :func:`gazetteer.great_circle_km`)."""

from __future__ import annotations

import math

from gazetteer.distance import EARTH_RADIUS_KM


def offset(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point *km* from (lat, lon) along *bearing_deg* on a sphere.

    >>> [round(v, 3) for v in offset(36.2, 37.16, 180, 20)]
    [36.02, 37.16]
    """
    R = EARTH_RADIUS_KM
    d, b = km / R, math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180
