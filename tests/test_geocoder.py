"""gazetteer.ArabicGazetteer: a geopy Geocoder that works offline."""

import pytest
from geopy.exc import GeocoderQueryError, GeocoderServiceError, GeocoderUnavailable
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from gazetteer import ArabicGazetteer


@pytest.fixture
def geocoder(gaz):
    return ArabicGazetteer(gazetteer=gaz)


@pytest.mark.parametrize("query, kwargs, place_id, address", [
    ("حلب", {}, "geonames:170063", "حلب، حلب، سوريا"),
    ("محافظة حلب", {}, "admin1:SY.09", "حلب، سوريا"),
    ("جنيف", {}, "geonames:2660646", "جنيف، سويسرا"),
    ("جنيف", {"country_codes": "us"}, "geonames:4893591", None),
    ("سوريا", {"featuretype": "country"}, "geonames:163843", "سوريا"),
    ("Aleppo", {"language": "en"}, "geonames:170063", "Aleppo, Aleppo Governorate, Syria"),
    ("هانجتشو", {}, "geonames:1808926", "هانغتشو، الصين"),
    ({"city": "جنيف", "country": "سويسرا"}, {}, "geonames:2660646", None),
])
def test_geocode(geocoder, query, kwargs, place_id, address):
    location = geocoder.geocode(query, **kwargs)
    assert isinstance(location, Location)
    assert location.raw["id"] == place_id
    if address:
        assert location.address == address
    assert location.latitude == pytest.approx(location.raw["lat"], abs=1e-5)
    assert location.longitude == pytest.approx(location.raw["lon"], abs=1e-5)
    assert {"kind", "admin_chain", "population", "source", "score"} <= set(location.raw)


def test_geocode_many_and_none(geocoder):
    many = geocoder.geocode("جنيف", exactly_one=False, limit=3)
    assert [loc.raw["country"] for loc in many] == ["CH", "US", "US"]
    assert geocoder.geocode("ققققق") is None
    assert geocoder.geocode("تونسي") is None          # a suggestion is not an answer


def test_reverse(geocoder):
    location = geocoder.reverse((36.2, 37.16))
    assert location.raw["id"] == "geonames:170063" and location.raw["distance_km"] < 1
    near = geocoder.reverse("33.51, 36.29", exactly_one=False, limit=3)
    assert near[0].raw["name"] == "Damascus" and len(near) == 3
    assert geocoder.reverse((0.0, -160.0)) is None   # the middle of the Pacific


@pytest.mark.parametrize("call, error", [
    (lambda g: g.geocode(""), GeocoderQueryError),
    (lambda g: g.geocode("حلب", country_codes="Syria"), GeocoderQueryError),
    (lambda g: g.geocode("حلب", featuretype="castle"), GeocoderQueryError),
    (lambda g: g.reverse("north of here"), GeocoderQueryError),
    (lambda g: g.reverse((95.0, 10.0)), GeocoderQueryError),
])
def test_errors_are_geopy_errors(geocoder, call, error):
    with pytest.raises(error):
        call(geocoder)


def test_a_missing_gazetteer_is_unavailable(tmp_path):
    folder = tmp_path / "gazetteer.sqlite"
    folder.mkdir()                                  # neither a gazetteer nor a place to build one
    with pytest.raises(GeocoderUnavailable, match="No gazetteer"):
        ArabicGazetteer(folder).geocode("حلب")


def test_works_with_rate_limiter_and_with_statement(geocoder):
    assert isinstance(geocoder, Geocoder)
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0.0)
    with geocoder:
        assert geocode("دمشق").raw["id"] == "geonames:170654"


def test_it_never_makes_a_request(geocoder):
    with pytest.raises(GeocoderServiceError, match="offline"):
        geocoder._call_geocoder("http://example.invalid/", lambda x: x)
