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
import os
import re
from collections.abc import Iterable
from gazetteer.once import once
from importlib import resources
from pathlib import Path

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from .events import kinds
from .export import to_feature_collection
from .model import Document

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
GEONAMES_ATTRIBUTION = 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'


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
    """The events of the documents as one layer per kind, with a legend (geomap-map.js)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geomapEventLayer({{ this._parent.get_name() }}, {{ this.data }}, {{ this.options }});
        {% endmacro %}
    """)

    def __init__(self, collection: dict, *, article_url: str | None = None):
        super().__init__()
        self._name = "EventLayer"
        slim = {"type": "FeatureCollection",
                "features": [f for f in collection["features"] if f["geometry"]]}
        table = {k: {"kind": v.kind, "label_ar": v.label_ar, "label_en": v.label_en,
                     "colour": v.colour, "shape": v.shape} for k, v in kinds().items()}
        self.data = json_for_script({"kinds": table, "features": slim["features"]})
        self.options = json_for_script({"articleUrl": article_url})
        self.count = len(slim["features"])


@once
def offline_outline() -> dict | None:
    """Country outlines for maps without a tile server, or None when none is installed.

    Natural Earth's 1:110m countries (public domain) come with pyogrio, which geopandas
    installs; simplified to about 2 km, they weigh some 150 KB.
    """
    try:
        import geopandas as gpd
        import pyogrio
        import shapely
    except ImportError:  # pragma: no cover - geopandas is a dependency
        return None
    path = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    if not path.is_file():
        return None
    try:
        frame = gpd.read_file(path)[["name", "geometry"]]
    except Exception:  # a damaged or changed fixture: maps still work, only without outlines
        return None
    frame["geometry"] = shapely.set_precision(frame.geometry.simplify(0.02), 0.01)
    return json.loads(frame.to_json(to_wgs84=True))


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


def render_map(documents: Document | Iterable[Document] | dict, *, tiles: str | None = None,
               assets: str = "inline", article_url: str | None = None,
               title: str | None = None) -> folium.Map:
    """A folium map of the events of *documents* (or of a GeoJSON FeatureCollection of events,
    such as stored ones).

    *tiles*: ``"osm"`` (default, or ``$GEOMAP_TILES``), ``"none"`` for no
    basemap (works with no network at all), or a URL template with {z}/{x}/{y}.
    *assets*: ``"inline"`` for a self-contained file, or the base URL the
    files are served under (``/static``: ``/static/vendor/leaflet.js``…).
    """
    if isinstance(documents, dict):
        collection = documents
    else:
        collection = to_feature_collection([documents] if isinstance(documents, Document) else list(documents))
    tiles = (tiles or os.environ.get("GEOMAP_TILES") or "osm").strip()
    m = folium.Map(location=[30, 30], zoom_start=3, tiles=None, control_scale=True,
                   )
    m.options.update(maxZoom=18, minZoom=2)     # markercluster needs a maxZoom even with no tiles
    m.default_js = []
    m.default_css = []
    head = _inline_assets() if assets == "inline" else _linked_assets(assets)
    root = m.get_root()
    root.header.add_child(Element(head), name="geomap_assets")
    if title:
        from markupsafe import escape

        root.header.add_child(Element(f"<title>{escape(title)}</title>"), name="geomap_title")
    if tiles.lower() in ("osm", "openstreetmap"):
        folium.TileLayer(OSM_TILES, attr=OSM_ATTRIBUTION + " · " + GEONAMES_ATTRIBUTION,
                         name="OpenStreetMap", max_zoom=19, control=False).add_to(m)
    elif tiles.lower() != "none":
        if not re.match(r"^https?://", tiles) or "{z}" not in tiles:
            raise ValueError(f"tiles must be 'osm', 'none' or an http(s) URL template with {{z}}/{{x}}/{{y}}, not {tiles!r}")
        folium.TileLayer(tiles, attr=GEONAMES_ATTRIBUTION, name="tiles", control=False).add_to(m)
    else:
        _attribution(m, GEONAMES_ATTRIBUTION)
    # the sea under the outlines (and, with tiles, under them while they load or when offline)
    root.header.add_child(Element("<style>.leaflet-container{background:#cfe0ea}</style>"), name="geomap_blank")
    outline = offline_outline()
    if outline is not None:
        _Outline(outline, under=tiles.lower() != "none").add_to(m)
    layer = EventLayer(collection, article_url=article_url)
    layer.add_to(m)
    if layer.count == 0:
        root.html.add_child(Element('<div class="gm-empty" dir="rtl" lang="ar">'
                                    'لا أحداث على الخريطة · No mapped events</div>'))
    return m


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
