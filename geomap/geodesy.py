"""Distances and offsets on the sphere."""

from __future__ import annotations

import math


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


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(36.2, 37.16, 33.51, 36.29))
    309
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))
