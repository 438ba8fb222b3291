"""geomap's Arabic gazetteer: place names in Arabic script, looked up without translation.

>>> from gazetteer import open_default          # doctest: +SKIP
>>> gaz = open_default()                         # builds on first use
>>> gaz.lookup("حلب")[0].place.name              # doctest: +SKIP
'Aleppo'
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from .arabic import normalize, tokenize
from .errors import GazetteerBuildError, GazetteerCorrupt, GazetteerError, GazetteerNotFound
from .paths import default_path
from .store import Candidate, Gazetteer, Place

__all__ = [
    "Candidate", "Gazetteer", "GazetteerBuildError", "GazetteerCorrupt", "GazetteerError",
    "GazetteerNotFound", "Place", "build_default", "default_path", "normalize", "open_default",
    "tokenize",
]

_lock = threading.Lock()
_open: dict[Path, Gazetteer] = {}


def build_default(path: str | Path | None = None, *, progress: bool | None = None) -> Path:
    """Build the embedded default gazetteer (about 20 s) at *path* or the default path."""
    from .sources import embedded

    path = Path(path) if path else default_path()
    if progress is None:
        progress = sys.stderr.isatty()
    return embedded.build(path, progress=progress)


def open_default(path: str | Path | None = None, *, build: bool = True,
                 progress: bool | None = None) -> Gazetteer:
    """The gazetteer at *path* (default: :func:`default_path`), opened once per process.

    With *build*, a missing default gazetteer, or one built from older data, is
    built first (with a progress bar on a terminal).
    """
    from .sources import embedded

    path = Path(path) if path else default_path()
    with _lock:
        gaz = _open.get(path)
        if gaz is not None:
            return gaz
        if build and _needs_build(path, embedded.fingerprint_default()):
            if progress is None:
                progress = True
            print(f"geomap: building the Arabic gazetteer at {path} (once)", file=sys.stderr)
            embedded.build(path, progress=progress)
        gaz = Gazetteer(path)
        _open[path] = gaz
        return gaz


def _needs_build(path: Path, fingerprint: str) -> bool:
    if not path.exists():
        return True
    try:
        gaz = Gazetteer(path)
    except GazetteerCorrupt:
        return _is_ours(path)
    try:
        return gaz.meta.get("origin") == "default" and gaz.meta.get("fingerprint") != fingerprint
    finally:
        gaz.close()


def _is_ours(path: Path) -> bool:
    """A file we can safely rebuild: one of our default builds, or an unfinished one."""
    import sqlite3

    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta"))
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False
    return meta.get("origin") == "default" or meta.get("complete") != "1"
