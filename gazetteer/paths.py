"""Where the gazetteer's files live.

The embedded default is one file (``$GEOMAP_GAZETTEER`` or the user data directory);
the other layers are files in ``<stem>.layers/`` beside it, and downloads are kept
in ``<stem>.downloads/`` so an interrupted one can resume.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import InvalidLayerName

USER_LAYER = "user"
# Layer name prefix → priority: higher layers win when they describe the same place.
_PRIORITY = {"geonames": 1, "import": 2, USER_LAYER: 3}
_LAYER_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,62}$")


def default_path() -> Path:
    """``$GEOMAP_GAZETTEER`` or ``gazetteer.sqlite`` in the platform's user data directory."""
    env = os.environ.get("GEOMAP_GAZETTEER")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("geomap", appauthor=False) / "gazetteer.sqlite"


def layers_dir(base: str | os.PathLike | None = None) -> Path:
    base = Path(base) if base else default_path()
    return base.with_name(base.stem + ".layers")


def downloads_dir(base: str | os.PathLike | None = None) -> Path:
    base = Path(base) if base else default_path()
    return base.with_name(base.stem + ".downloads")


def layer_path(name: str, base: str | os.PathLike | None = None) -> Path:
    """The file of the layer *name* (``geonames-SY``, ``import-opensyria``, ``user``)."""
    if not _LAYER_NAME.match(name.lower()):
        raise InvalidLayerName(f"{name!r} is not a usable layer name: use letters, digits, '-', '_' or '.'")
    return layers_dir(base) / f"{name.lower()}.sqlite"


def layer_priority(name: str) -> int:
    return _PRIORITY.get(name.split("-", 1)[0], 1)


def layer_paths(base: str | os.PathLike | None = None) -> list[Path]:
    """The layer files beside *base*, lowest priority first."""
    folder = layers_dir(base)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.sqlite") if p.is_file()]
    return sorted(files, key=lambda p: (layer_priority(p.stem), p.stem))
