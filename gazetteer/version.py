"""The content version of a gazetteer: equal on two machines exactly when their gazetteers
would place names the same way, whatever the file paths or build times.

Parsers that run apart (the workers of a Dask cluster) must all use the same
gazetteer, or the same article would get different places on different
machines; :func:`content_version` is what they compare.
"""

from __future__ import annotations

import hashlib
import threading

_lock = threading.Lock()
_known: dict[tuple, str] = {}

# Meta keys that say when or where a layer was built, not what it holds.
_NOT_CONTENT = frozenset({"built_at", "path", "downloaded_at", "imported_at"})


def content_version(gaz) -> str:
    """A short hash of what *gaz* (a :class:`gazetteer.Gazetteer`, with its layers) holds:
    each layer's name, its build meta (not its build time), its packed name index (every
    Arabic name with its candidates) and its places table in aggregate. Computed once per
    set of files in a process (about 0.1 s for the default).

    >>> content_version(open_default())        # doctest: +SKIP
    'c1f3e0a9b2d4e6f8'
    """
    key = tuple((str(layer.path), *_stamp(layer.path)) for layer in gaz.layers)
    with _lock:
        known = _known.get(key)
        if known is None:
            h = hashlib.sha256()
            for layer in gaz.layers:
                _hash_layer(h, layer)
            known = _known[key] = h.hexdigest()[:16]
        return known


def _stamp(path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _hash_layer(h, layer) -> None:
    h.update(b"\x00layer\x00")
    for key, value in sorted(layer.meta.items()):
        if key not in _NOT_CONTENT:
            h.update(f"{key}={value}\n".encode())
    for part, data in layer.query("SELECT part, data FROM packed ORDER BY part"):
        h.update(part.encode() + len(data).to_bytes(8, "big"))
        h.update(data)
    # places without an Arabic name are not in the packed index (admin areas, nearest places)
    for row in layer.query("SELECT count(*), total(lat), total(lon), total(population), "
                           "total(length(id)), total(length(kind)) FROM places"):
        h.update(repr(tuple(round(v, 3) if isinstance(v, float) else v for v in row)).encode())
