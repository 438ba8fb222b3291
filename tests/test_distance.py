"""The one great-circle distance (``gazetteer.great_circle_km``) is geopy's, written out for speed."""

import random

import pytest
from geopy.distance import great_circle

from gazetteer import great_circle_km
from gazetteer.distance import EARTH_RADIUS_KM


def test_great_circle_km_is_geopys_great_circle():
    rng = random.Random(16)
    pairs = [(rng.uniform(-89, 89), rng.uniform(-180, 180), rng.uniform(-89, 89), rng.uniform(-180, 180))
             for _ in range(2000)]
    pairs += [(36.2, 37.16, 36.2, 37.16), (0.0, 0.0, 0.0, 180.0), (36.2, 179.9, 36.2, -179.9)]
    for lat1, lon1, lat2, lon2 in pairs:
        theirs = great_circle((lat1, lon1), (lat2, lon2), radius=EARTH_RADIUS_KM).km
        assert great_circle_km(lat1, lon1, lat2, lon2) == pytest.approx(theirs, abs=1e-6)


def test_known_distances():
    assert round(great_circle_km(36.2, 37.16, 33.51, 36.29)) == 309        # Aleppo to Damascus
    assert great_circle_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(EARTH_RADIUS_KM * 3.141592653589793)
