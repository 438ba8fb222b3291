"""The basemap setting, one for the standalone map (``geomap map --tiles``) and the service
(``GEOMAP_TILES``): ``osm`` (OpenStreetMap, the default), ``none`` (no tile server: our
country outlines alone, nothing leaves the machine) or an http(s) URL template."""

from __future__ import annotations

from .errors import ConfigurationError
from .metadata import is_http_url

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
GEONAMES_ATTRIBUTION = 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'


def tile_url(setting: str | None) -> str | None:
    """The tile URL template for a setting, or None for no tiles.

    >>> tile_url("none") is None, tile_url("osm") == OSM_TILES
    (True, True)
    >>> tile_url("ftp://example.org/{z}/{x}/{y}.png")
    Traceback (most recent call last):
    ...
    geomap.errors.ConfigurationError: tiles (GEOMAP_TILES, --tiles) must be 'osm', 'none' or an http(s) URL template with {z}/{x}/{y}, not 'ftp://example.org/{z}/{x}/{y}.png'
    """
    value = (setting or "osm").strip()
    if value.lower() in ("osm", "openstreetmap"):
        return OSM_TILES
    if value.lower() == "none":
        return None
    if not is_http_url(value) or "{z}" not in value:
        raise ConfigurationError("tiles (GEOMAP_TILES, --tiles) must be 'osm', 'none' or an http(s) URL template "
                                 f"with {{z}}/{{x}}/{{y}}, not {value!r}")
    return value


def tile_attribution(url: str | None) -> str:
    """The credit the tiles of *url* need (HTML): OpenStreetMap's for its own tiles."""
    return OSM_ATTRIBUTION if url == OSM_TILES else ""
