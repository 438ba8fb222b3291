"""Where the gazetteer file lives."""

from __future__ import annotations

import os
from pathlib import Path


def default_path() -> Path:
    """``$GEOMAP_GAZETTEER`` or ``gazetteer.sqlite`` in the platform's user data directory."""
    env = os.environ.get("GEOMAP_GAZETTEER")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("geomap", appauthor=False) / "gazetteer.sqlite"
