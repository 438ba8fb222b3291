"""GeoJSON (RFC 7946), GeoDataFrame and CSV outputs."""

import csv
import io
import json

from geomap.export import dumps_geojson, to_csv, to_feature_collection

REQUIRED = {"event_type", "sub_event_type", "date", "date_precision", "place", "place_ar",
            "gazetteer_id", "geo_precision", "sentence", "trigger", "article_title", "source", "url"}


def test_feature_collection_is_rfc7946(seed_doc):
    fc = seed_doc.to_geojson()
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    assert len(fc["features"]) == len(seed_doc.events)
    for f in fc["features"]:
        assert f["type"] == "Feature" and "crs" not in f
        assert REQUIRED <= set(f["properties"])
        if f["geometry"] is not None:
            lon, lat = f["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_coordinates_are_lon_lat(seed_doc):
    geneva = next(f for f in seed_doc.to_geojson()["features"]
                  if f["properties"]["gazetteer_id"] == "geonames:2660646")
    assert geneva["geometry"]["coordinates"] == [6.14569, 46.20222]


def test_geojson_text_is_utf8_not_escaped(seed_doc):
    text = dumps_geojson(seed_doc.to_geojson())
    assert "جنيف" in text and "\\u0" not in text
    assert json.loads(text) == seed_doc.to_geojson()


def test_geodataframe(seed_doc):
    gdf = seed_doc.to_geodataframe()
    assert gdf.crs.to_epsg() == 4326
    assert len(gdf) == len(seed_doc.events)
    located = gdf[~gdf.geometry.isna()]
    assert len(located) == sum(e.located for e in seed_doc.events)
    row = located[located.gazetteer_id == "geonames:1808926"].iloc[0]
    assert (round(row.geometry.x, 3), round(row.geometry.y, 3)) == (120.161, 30.294)
    # geopandas' own RFC 7946 writer agrees with ours
    out = json.loads(located.to_json(to_wgs84=True))
    assert "crs" not in out


def test_csv_has_acled_columns_and_arabic_text(seed_doc):
    rows = list(csv.DictReader(io.StringIO(to_csv([seed_doc]))))
    assert len(rows) == sum(e.report == "new" for e in seed_doc.events) < len(seed_doc.events)   # no background
    assert {"event_date", "event_type", "sub_event_type", "latitude", "longitude", "geo_precision",
            "notes"} <= set(rows[0])
    assert any(r["location_ar"] == "جنيف" for r in rows)


def test_empty_collection():
    assert to_feature_collection([]) == {"type": "FeatureCollection", "features": []}


def test_csv_starts_with_acleds_columns_in_acleds_order(seed_doc):
    from geomap.export import ACLED_COLUMNS

    header = next(csv.reader(io.StringIO(to_csv([seed_doc]))))
    assert header[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert {"status", "place_role", "confidence", "source_url", "kind", "fatalities_max"} <= set(header)


def test_csv_rows_carry_actors_status_role_and_fatalities(seed_doc):
    rows = list(csv.DictReader(io.StringIO(to_csv([seed_doc]))))
    call = next(r for r in rows if r["status"] == "called_for")
    assert (call["event_date"], call["place_role"], call["location"], call["country"]) == (
        "2016-09-08", "about", "Aleppo", "Syria")
    assert "Government of Russia" in call["actor1"] and "Government of" in call["actor2"]
    assert call["event_id_cnty"].startswith("SY") and call["time_precision"] == "1"
    strike = next(r for r in rows if r["sub_event_type"] == "Air/drone strike" and r["status"] == "occurred")
    assert strike["fatalities"] == "" and strike["geo_precision"] == "3"


def test_geojson_properties_for_the_map_popups(seed_doc):
    props = [f["properties"] for f in seed_doc.to_geojson()["features"]]
    for p in props:
        assert {"status", "place_role", "time_precision", "fatalities", "fatalities_max", "actor1", "actor2",
                "assoc_actor_1", "actors", "evidence", "topic"} <= set(p)
    talks = next(p for p in props if p["place"] == "Geneva")
    assert talks["topic"] == "ceasefire" and talks["place_role"] == "site"
    assert [a["person"] for a in talks["actors"]] == ["جون كيري", "سيرجي لافروف"]


def test_a_relative_area_carries_its_anchor_and_direction(seed_doc):
    battle = next(f["properties"] for f in seed_doc.to_geojson()["features"] if f["properties"]["kind"] == "battle")
    area = battle["area"]
    assert (area["anchor"], area["qualifier"], area["direction"]) == ("Aleppo", "countryside", "S")
    assert area["radius_km"] > 0 and battle["geo_precision"] == 2
