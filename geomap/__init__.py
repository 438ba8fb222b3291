"""geomap: Arabic news in, an interactive map of what happened where and when out.

>>> import geomap
>>> doc = geomap.parse("قتل خمسة في غارة جوية على مدينة حلب اليوم الجمعة", published="2016-09-09")
>>> [(e.kind, e.place.name, str(e.date)) for e in doc.events]
[('airstrike', 'Aleppo', '2016-09-09')]
>>> doc.to_geojson()["features"][0]["properties"]["event_type"]
'Explosions/Remote violence'
>>> geomap.render_map(doc).save("map.html")              # writes a file  # doctest: +SKIP
"""

from .errors import GeomapError, InputError
from .model import Article, DateMention, Document, Event, Mention, Place
from .parser import Parser
from .parser import parse

__version__ = "0.1.0"

__all__ = ["Article", "DateMention", "Document", "Event", "GeomapError", "InputError",
           "Mention", "Parser", "Place", "parse", "render_map"]


def render_map(documents, **options):
    """A folium map of the events of one document or several (see :func:`geomap.maps.render_map`)."""
    from .maps import render_map as _render

    return _render(documents, **options)
