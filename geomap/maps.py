"""Interactive event maps with folium and our own event layer, with no CDN.

Leaflet and Leaflet.markercluster come from the xstatic packages installed with
geomap; our event layer (``static/geomap-map.js``) builds markers, popups and
the legend in the browser from the events' GeoJSON, putting every piece of
article text in with ``textContent``. ``assets="inline"`` writes one
self-contained HTML file; ``assets="/some/url"`` links the files instead (the
web app serves them).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import folium
from branca.element import Element, MacroElement
from jinja2 import Environment, Template
from markupsafe import escape

from gazetteer.once import once

from .export import to_feature_collection
from .labels import ui_tables
from .model import Document
from .tiles import GEONAMES_ATTRIBUTION, OSM_ATTRIBUTION, tile_attribution, tile_url

__all__ = ["render_map", "map_html", "offline_outline", "vendor_files", "json_for_script",
           "GEONAMES_ATTRIBUTION", "OSM_ATTRIBUTION"]
NATURAL_EARTH = "ne_110m_admin_0_countries.geojson"


def vendor_files() -> dict[str, Path]:
    """The third-party browser files we serve or inline, by URL name."""
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as cluster

    lb, cb = Path(leaflet.BASE_DIR), Path(cluster.BASE_DIR)
    files = {
        "leaflet.js": lb / "leaflet.js",
        "leaflet.css": lb / "leaflet.css",
        "leaflet.markercluster.js": cb / "leaflet.markercluster.js",
        "MarkerCluster.css": cb / "MarkerCluster.css",
        "MarkerCluster.Default.css": cb / "MarkerCluster.Default.css",
    }
    for image in (lb / "images").iterdir():
        files[f"images/{image.name}"] = image
    return files


def own_file(name: str) -> Path:
    return Path(str(resources.files("geomap").joinpath("static", name)))


_SCRIPTS = ["leaflet.js", "leaflet.markercluster.js"]
_STYLES = ["leaflet.css", "MarkerCluster.css", "MarkerCluster.Default.css"]
_OWN_SCRIPTS = ["geomap-map.js"]
_OWN_STYLES = ["geomap-map.css"]


@once
def _inline_assets() -> str:
    files = vendor_files()
    parts = []
    for name in _STYLES:
        css = files[name].read_text(encoding="utf-8")
        css = re.sub(r"url\((['\"]?)images/([\w.-]+)\1\)",
                     lambda m: f"url(data:image/png;base64,{_b64(files['images/' + m.group(2)])})", css)
        parts.append(f"<style>{css}</style>")
    for name in _OWN_STYLES:
        parts.append(f"<style>{own_file(name).read_text(encoding='utf-8')}</style>")
    for name in _SCRIPTS:
        parts.append(f"<script>{_script_safe(files[name].read_text(encoding='utf-8'))}</script>")
    for name in _OWN_SCRIPTS:
        parts.append(f"<script>{own_file(name).read_text(encoding='utf-8')}</script>")
    return "\n".join(parts)


def _linked_assets(base_url: str) -> str:
    base = base_url.rstrip("/")
    parts = [f'<link rel="stylesheet" href="{base}/vendor/{n}">' for n in _STYLES]
    parts += [f'<link rel="stylesheet" href="{base}/{n}">' for n in _OWN_STYLES]
    parts += [f'<script src="{base}/vendor/{n}"></script>' for n in _SCRIPTS]
    parts += [f'<script src="{base}/{n}"></script>' for n in _OWN_SCRIPTS]
    return "\n".join(parts)


def _b64(path: Path) -> str:
    return base64.b64encode(path.read_bytes()).decode("ascii")


def _script_safe(js: str) -> str:
    return js.replace("</script", "<\\/script")


def json_for_script(value) -> str:
    """JSON that is safe inside a <script> element: < > & and line separators escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class EventLayer(MacroElement):
    """The events of the documents on the map, with the type control and the key (geomap-map.js)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geomapEventLayer({{ this._parent.get_name() }}, {{ this.data }}, {{ this.options }});
        {% endmacro %}
    """)

    def __init__(self, collection: dict, *, article_url: str | None = None):
        super().__init__()
        self._name = "EventLayer"
        located = [f for f in collection["features"] if f["geometry"]]
        self.data = json_for_script({**ui_tables(), "features": located})
        self.options = json_for_script({"articleUrl": article_url})
        self.count = len(located)


@once
def offline_outline() -> dict | None:
    """Country outlines for maps without a tile server, or None when the file cannot be read.

    Natural Earth's 1:110m countries (public domain), shipped in ``geomap/data`` (see
    ``tools/natural_earth.py``); simplified to about 2 km, they weigh some 150 KB.
    """
    import shapely

    try:
        with resources.files("geomap").joinpath("data", NATURAL_EARTH).open(encoding="utf-8") as f:
            countries = json.load(f)
    except (OSError, ValueError):  # a damaged install: maps still work, only without outlines
        return None
    features = []
    for feature in countries["features"]:
        shape = shapely.geometry.shape(feature["geometry"])
        shape = shapely.set_precision(shape.simplify(0.02), 0.01)
        if not shape.is_empty:
            features.append({"type": "Feature", "properties": {"name": feature["properties"]["name"]},
                             "geometry": shapely.geometry.mapping(shape)})
    return {"type": "FeatureCollection", "features": features}


class _Outline(MacroElement):
    """The country outlines; *under* the tiles (a pane below them) when the map has tiles, so a
    map opened with no network still shows the world."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geomapOutline({{ this._parent.get_name() }}, {{ this.data }}, {{ this.under }});
        {{ this._parent.get_name() }}.attributionControl.addAttribution("Outlines: Natural Earth");
        {% endmacro %}
    """)

    def __init__(self, geojson: dict, *, under: bool = False):
        super().__init__()
        self._name = "Outline"
        self.data = json_for_script(geojson)
        self.under = "true" if under else "false"


def render_map(documents: Document | Iterable[Document] | dict, *, tiles: str | None = "osm",
               assets: str = "inline", article_url: str | None = None,
               title: str | None = None) -> folium.Map:
    """A folium map of the events of *documents* (or of a GeoJSON FeatureCollection of events,
    such as stored ones), under a header with the title, sources, dates and counts.

    *tiles*: ``"osm"`` (default), ``"none"`` for no basemap (works with no network at all),
    or a URL template with {z}/{x}/{y} (see :mod:`geomap.tiles`).
    *assets*: ``"inline"`` for a self-contained file, or the base URL the
    files are served under (``/static``: ``/static/vendor/leaflet.js``…).
    """
    if isinstance(documents, dict):
        collection = documents
    else:
        collection = to_feature_collection([documents] if isinstance(documents, Document) else list(documents))
    url = tile_url(tiles)
    m = folium.Map(location=[30, 30], zoom_start=3, tiles=None, control_scale=True)
    m.options.update(maxZoom=18, minZoom=2)     # markercluster needs a maxZoom even with no tiles
    m.default_js = []
    m.default_css = []
    head = _inline_assets() if assets == "inline" else _linked_assets(assets)
    root = m.get_root()
    root.header.add_child(Element(head), name="geomap_assets")
    root.header.add_child(Element(f"<title>{escape(title or 'geomap')}</title>"), name="geomap_title")
    credit = " · ".join(filter(None, [tile_attribution(url), GEONAMES_ATTRIBUTION]))
    if url:
        folium.TileLayer(url, attr=credit, name="tiles", max_zoom=19, control=False).add_to(m)
    else:
        _attribution(m, credit)
    # the sea under the outlines (and, with tiles, under them while they load or when offline);
    # the header above the map, the map filling the rest of the window
    root.header.add_child(Element(
        "<style>.leaflet-container{background:#cfe0ea}html,body{height:100%}"
        "body{display:flex;flex-direction:column;margin:0}"
        f"body #{m.get_name()}.folium-map{{flex:1 1 auto;height:auto;min-height:0}}</style>"),
        name="geomap_layout")
    root.html.add_child(Element(standalone_header(collection, title)), name="geomap_header", index=0)
    outline = offline_outline()
    if outline is not None:
        _Outline(outline, under=url is not None).add_to(m)
    layer = EventLayer(collection, article_url=article_url)
    layer.add_to(m)
    return m


# Each part of the line isolated (bdi): "BBC Arabic · 2016-09-09 · 8 أحداث" must not run together
# left to right. Autoescaped: titles, sources and sentences are article text.
_HEADER = Environment(autoescape=True).from_string("""\
<header class="gm-header" dir="rtl" lang="ar"><h1>{{ title }}</h1>
<p>{% for s in sources %}<bdi>{{ s }}</bdi> · {% endfor %}{% if when %}<bdi dir="ltr">{{ when }}</bdi> · {% endif %}\
<bdi>{{ counts }}</bdi> <span class="gm-en"><span class="gm-sep"> · </span><bdi dir="ltr" lang="en">{{ english }}</bdi></span></p>
{% if unplaced %}<details class="gm-unplaced"><summary>بلا مكان على الخريطة ({{ unplaced|length }}) \
<span class="gm-en"><span class="gm-sep"> · </span><bdi dir="ltr" lang="en">without a place</bdi></span></summary><ul>
{% for label, date, sentence, background in unplaced %}<li><strong>{{ label }}</strong> <bdi dir="ltr">{{ date }}</bdi>\
{% if background %} (خلفية){% endif %} — {{ sentence }}</li>
{% endfor %}</ul></details>{% endif %}</header>""")


def standalone_header(collection: dict, title: str | None) -> str:
    """The standalone map's header (HTML, every value escaped): title, sources, dates, how many
    events and how many of them have no place, those listed."""
    from .labels import count_ar, count_en, ui_tables

    features = collection["features"]
    props = [f["properties"] for f in features]
    dates = sorted({p.get("published") for p in props if p.get("published")})
    news = [f for f in features if f["properties"].get("report", "new") == "new"]
    located = sum(1 for f in news if f["geometry"])
    background = sum(1 for p in props if p.get("report") == "background")
    planned = sum(1 for p in props if p.get("report") == "planned")
    kinds = ui_tables()["kinds"]
    unplaced = [(kinds.get(f["properties"].get("kind"), {}).get("label_ar", f["properties"].get("kind")),
                 f["properties"].get("date") or "?", f["properties"].get("sentence") or "",
                 f["properties"].get("report") == "background")
                for f in features if not f["geometry"]]
    counts = f"{count_ar(len(news), 'event')}، على الخريطة {located}" if news else "لا أحداث"
    return _HEADER.render(
        title=title or "geomap", sources=sorted({p.get("source") for p in props if p.get("source")}),
        when=" – ".join(dict.fromkeys([dates[0], dates[-1]])) if dates else "",
        counts=counts + (f"؛ والخلفية: {background}" if background else "")
        + (f"؛ وما سيأتي: {planned}" if planned else ""),
        english=f"{count_en(len(news), 'event')}, {located} on the map" + (
            f"; {background} background" if background else "") + (f"; {planned} planned" if planned else ""),
        unplaced=unplaced)


def _attribution(m: folium.Map, html: str) -> None:
    class _Attribution(MacroElement):
        _template = Template("""
            {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.html }});
            {% endmacro %}
        """)

        def __init__(self):
            super().__init__()
            self.html = json.dumps(html)

    _Attribution().add_to(m)


def map_html(documents, **options) -> str:
    """The map as one HTML page."""
    return render_map(documents, **options).get_root().render()
