"""geomap's Arabic gazetteer: place names in Arabic script, looked up without translation.

>>> from gazetteer import open_default
>>> gaz = open_default()                         # builds on first use
>>> gaz.lookup("حلب")[0].place.name
'Aleppo'

The gazetteer is a stack of layers: the embedded default (built on first use),
GeoNames country dumps (``geomap gazetteer download SY``), imported P-coded
gazetteers (``geomap gazetteer import FILE``) and the user's own entries
(:func:`add_user_place`, ``geomap gazetteer add``). :func:`open_default` opens them
all as one :class:`Gazetteer`; :class:`ArabicGazetteer` is the same data as a geopy
geocoder.
"""

from __future__ import annotations

from .arabic import normalize, tokenize
from .default import _needs_build, build_default, invalidate, open_default  # noqa: F401
from .distance import great_circle_km
from .errors import (GazetteerBuildError, GazetteerCorrupt, GazetteerDownloadError, GazetteerError,
                     GazetteerImportError, GazetteerNotFound)
from .paths import default_path, layer_paths, layers_dir
from .places import Candidate, Place
from .store import Gazetteer
from .user import add_user_place

__all__ = [
    "ArabicGazetteer", "Candidate", "Gazetteer", "GazetteerBuildError", "GazetteerCorrupt",
    "GazetteerDownloadError", "GazetteerError", "GazetteerImportError", "GazetteerNotFound",
    "Place", "add_user_place", "build_default", "default_path", "great_circle_km", "invalidate", "layers_dir",
    "normalize", "open_default", "tokenize",
]



def __getattr__(name):
    # geopy is imported only by those who use the geocoder
    if name == "ArabicGazetteer":
        from .geocoder import ArabicGazetteer

        return ArabicGazetteer
    raise AttributeError(f"module 'gazetteer' has no attribute {name!r}")
