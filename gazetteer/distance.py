"""Distances on the Earth's surface, from geopy (one function, for the gazetteer and geomap).

>>> round(great_circle_km(46.2044, 6.1432, 36.2, 37.16))      # Geneva to Aleppo
2800
"""

from __future__ import annotations

EARTH_RADIUS_KM = 6371.0088          # the mean radius (IUGG), as our distances always used


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in km between two points given in degrees (``geopy.distance.great_circle``)."""
    from geopy.distance import great_circle     # geopy's package import takes ~0.15 s: only when measuring

    return great_circle((lat1, lon1), (lat2, lon2), radius=EARTH_RADIUS_KM).km
