"""Offsets on the sphere (distances: :func:`gazetteer.great_circle_km`)."""

from __future__ import annotations

import math

from gazetteer.distance import EARTH_RADIUS_KM

# The bearing (degrees) of each compass direction a text names (شمال، جنوب شرقي …).
BEARINGS = {"N": 0, "NE": 45, "E": 90, "SE": 135, "S": 180, "SW": 225, "W": 270, "NW": 315}


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


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The initial bearing (degrees clockwise from north, 0–360) from the first point to the second.

    >>> round(bearing(32.9, 13.18, 27.04, 14.43))      # Sabha from Tripoli: south
    169
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(y, x)) + 360) % 360
