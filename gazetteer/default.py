"""The default gazetteer of this process: built once (on first use, or by ``geomap gazetteer
build``) and opened once per path, with every layer beside it."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from .paths import default_path, layer_paths
from .store import Gazetteer

_lock = threading.RLock()
_open: dict[Path, tuple[Gazetteer, tuple]] = {}     # each open gazetteer, and the layers it was opened with


def build_default(path: str | Path | None = None, *, progress: bool | None = None) -> Path:
    """Build the embedded default gazetteer (about 20 s) at *path* or the default path."""
    from .sources import embedded

    path = Path(path) if path else default_path()
    if progress is None:
        progress = sys.stderr.isatty()
    with _lock:
        built = embedded.build(path, progress=progress)
        _open.pop(path, None)
    return built


def open_default(path: str | Path | None = None, *, build: bool = True,
                 progress: bool | None = None) -> Gazetteer:
    """The gazetteer at *path* (default: :func:`default_path`) with its layers, opened once per process.

    With *build*, a missing default gazetteer, or one built from older data, is
    built first (with a progress bar on a terminal).
    """
    from .sources import embedded

    path = Path(path) if path else default_path()
    with _lock:
        gaz, seen = _open.get(path, (None, None))
        layers = _layers(path)
        if gaz is not None and seen == layers:
            return gaz
        # a layer added, changed or removed since, by this process or another (`geomap gazetteer
        # add` while a server runs): open it anew; a few stat calls per call, no reading
        if build and gaz is None and _needs_build(path, embedded.fingerprint_default()):
            if progress is None:
                progress = True
            print(f"geomap: building the Arabic gazetteer at {path} (once)", file=sys.stderr)
            embedded.build(path, progress=progress)
        try:
            fresh = Gazetteer(path, layer_paths(path))
        except Exception:
            if gaz is None:
                raise
            # a layer half copied or not a gazetteer: keep serving the one opened before, and try
            # again when the layer files change (the next open says what is wrong with them)
            _open[path] = gaz, layers
            return gaz
        _open[path] = fresh, layers
        return fresh


def _layers(path: Path) -> tuple:
    """The layer files beside *path*, each with its size and modification time."""
    out = []
    for layer in layer_paths(path):
        try:
            st = layer.stat()
        except OSError:
            continue
        out.append((layer.name, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(out)


def invalidate(path: str | Path | None = None) -> None:
    """Forget the gazetteers this process opened (all, or the one at *path*), so the
    next :func:`open_default` sees layers added or changed since. Thread-safe.

    Gazetteers already handed out stay usable: they are not closed.
    """
    with _lock:
        if path is None:
            _open.clear()
        else:
            _open.pop(Path(path), None)


def _needs_build(path: Path, fingerprint: str) -> bool:
    """A missing default, an unreadable or unfinished one we built, or one from older data."""
    if not path.exists():
        return True
    meta = _meta(path)
    if meta is None:
        return False                    # not a database: Gazetteer() will say so, we never overwrite it
    from .layer import SCHEMA_VERSION

    if meta.get("origin") != "default":
        return meta.get("complete") != "1" and not meta.get("layer")
    return (meta.get("complete") != "1" or meta.get("schema_version") != str(SCHEMA_VERSION)
            or meta.get("fingerprint") != fingerprint)


def _meta(path: Path) -> dict | None:
    """The meta table of a gazetteer file, read without loading its names (fast)."""
    import sqlite3

    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return dict(db.execute("SELECT key, value FROM meta"))
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return None
