"""The folium map: no CDN, escaped article text, one layer per event type."""

import json
import re
from html.parser import HTMLParser

import pytest

import geomap
from geomap.errors import ConfigurationError
from geomap.maps import json_for_script, map_html


class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.urls.append(attrs["href"])
        if tag in ("img", "iframe") and attrs.get("src"):
            self.urls.append(attrs["src"])


def external_urls(html):
    p = _Assets()
    p.feed(html)
    return [u for u in p.urls if re.match(r"^(https?:)?//", u)]


def test_seed_map_loads_nothing_from_the_network(seed_doc):
    html = map_html(seed_doc, tiles="none")
    assert external_urls(html) == []
    assert "L.map(" in html and "geomapEventLayer(" in html
    assert "markerClusterGroup" in html                   # clustering is inlined
    assert not re.search(r"https?://[^\"' ]*\.(js|css)\b", html)
    assert "tile.openstreetmap.org" not in html


def test_default_tiles_are_the_only_network_use(seed_doc):
    html = map_html(seed_doc)
    assert external_urls(html) == []
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in html
    assert "GeoNames" in html and "OpenStreetMap" in html


def test_linked_assets_for_the_web_app(seed_doc):
    html = map_html(seed_doc, tiles="none", assets="/static")
    assert '<script src="/static/vendor/leaflet.js"></script>' in html
    assert external_urls(html) == []


def test_one_layer_per_event_type(seed_doc):
    html = map_html(seed_doc, tiles="none")
    data = json.loads(re.search(r"geomapEventLayer\(\w+, (\{.*?\}), \{", html, re.S).group(1))
    kinds = {f["properties"]["kind"] for f in data["features"]}
    assert {"talks", "airstrike", "battle", "ceasefire"} <= kinds
    assert all(k in data["kinds"] and data["kinds"][k]["colour"] for k in kinds)
    # every kind its own shape; colours from the colour-blind-safe Okabe–Ito set, violent kinds first
    assert len({v["shape"] for v in data["kinds"].values()}) == len(data["kinds"])
    assert {v["colour"] for v in data["kinds"].values()} <= {
        "#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
    assert data["kinds"]["airstrike"]["tier"] < data["kinds"]["arrests"]["tier"] < data["kinds"]["talks"]["tier"]
    assert {"status", "geo_precision"} <= set(data["labels"]) and data["plurals"]["event"]["many"] == "{n} حدثاً"


@pytest.mark.parametrize("evil", [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "`${alert(1)}`",
    "</script><script>alert(1)</script>",
])
def test_article_text_is_escaped(gaz, evil):
    text = f"قتل خمسة في غارة جوية على مدينة حلب {evil} اليوم."
    doc = geomap.parse(text, published="2016-09-09", title=evil, source=evil, gazetteer=gaz)
    assert doc.events and doc.events[0].located
    html = map_html(doc, tiles="none", title=evil)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "</script><script>alert" not in html
    assert "onerror=alert(1)>" not in html
    # the text is still there, as data
    assert json.dumps("حلب", ensure_ascii=False)[1:-1] in html


def test_json_for_script_escapes_markup():
    assert json_for_script({"a": "</script>&\u2028"}) == '{"a":"\\u003c/script\\u003e\\u0026\\u2028"}'


def test_bad_tiles_value_is_refused(seed_doc):
    with pytest.raises(ConfigurationError, match="tiles"):
        map_html(seed_doc, tiles="javascript:alert(1)")


def test_an_article_with_no_events_still_renders(gaz):
    doc = geomap.parse("هذا نص عربي قصير بلا أحداث ولا أماكن.", gazetteer=gaz)
    html = map_html(doc, tiles="none")
    assert "No mapped events" in html


def test_offline_maps_draw_country_outlines(seed_doc):
    """With no tile server the map still shows where things are: Natural Earth outlines."""
    from geomap.maps import offline_outline

    outline = offline_outline()
    names = {f["properties"]["name"] for f in outline["features"]}
    assert {"Syria", "Switzerland", "China"} <= names
    html = map_html(seed_doc, tiles="none")
    assert "geomapOutline(" in html and "Natural Earth" in html
    assert external_urls(html) == []
    under = re.compile(r"geomapOutline\(\w+, \{.*\}, (true|false)\);")
    assert under.search(html).group(1) == "false"
    # with tiles the outlines lie under them, so a map opened offline still shows the world
    assert under.search(map_html(seed_doc)).group(1) == "true"


def test_natural_earth_ships_with_geomap_with_its_source_and_licence():
    """The outlines are our own package's file (not another package's test fixture)."""
    from importlib import resources

    from geomap.maps import NATURAL_EARTH

    with resources.files("geomap").joinpath("data", NATURAL_EARTH).open(encoding="utf-8") as f:
        countries = json.load(f)
    assert "Natural Earth" in countries["source"] and "ublic domain" in countries["license"]
    assert len(countries["features"]) > 170


def test_the_standalone_map_has_a_header(seed_doc):
    html = map_html(seed_doc, tiles="none", title="كيري في جنيف")
    header = re.search(r'<header class="gm-header".*?</header>', html, re.S).group(0)
    assert "كيري في جنيف" in header and "BBC Arabic" in header and "2016-09-09" in header
    features = seed_doc.to_geojson()["features"]
    news = [f for f in features if f["properties"]["report"] == "new"]
    background = len(features) - len(news)
    unplaced = sum(1 for f in features if not f["geometry"])
    assert 0 < background and 0 < unplaced
    assert f"{len(news)} أحداث، على الخريطة {sum(1 for f in news if f['geometry'])}" in header
    assert f"والخلفية: {background}" in header and f"بلا مكان على الخريطة ({unplaced})" in header


def test_one_tile_setting():
    """osm, none or a template: the standalone map and the service read it the same way."""
    import geomap.maps
    import geomap.web
    from geomap.tiles import OSM_TILES, tile_url

    assert not hasattr(geomap.maps, "OSM_TILES") and not hasattr(geomap.web, "OSM_TILES")
    assert tile_url("osm") == OSM_TILES and tile_url(" none ") is None
    with pytest.raises(ConfigurationError, match="GEOMAP_TILES"):
        tile_url("javascript:alert(1)")
