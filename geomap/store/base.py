"""The event store's protocol: what every backend does, and how a target names its backend.

``EventStore(target)`` opens the backend the target names, as :class:`pathlib.Path`
does for its flavours: a file path is an SQLite store (the default, one machine), a
``postgresql://`` URL a PostgreSQL + PostGIS store that many processes and machines
share. Everything above the store (ingest, web, CLI, benchmarks) talks to this
protocol, never to SQL.
"""

from __future__ import annotations

import abc
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..model import Document
from .query import EventFilter
from .rows import PreparedArticle, Saved

URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(target) -> bool:
    """Whether *target* names a PostgreSQL database rather than an SQLite file.

    >>> is_url("postgresql://geomap@db.example.org/events"), is_url("events.sqlite")
    (True, False)
    """
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def default_target() -> str | Path:
    """``$GEOMAP_DB`` (a path or a ``postgresql://`` URL), or ``events.sqlite`` in the
    platform's user data directory."""
    env = os.environ.get("GEOMAP_DB")
    if env:
        return env if is_url(env) else Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("geomap", appauthor=False) / "events.sqlite"


def default_db_path() -> Path:
    """The default SQLite file (kept for callers that want a path); see :func:`default_target`."""
    target = default_target()
    if is_url(target):
        from platformdirs import user_data_path

        return user_data_path("geomap", appauthor=False) / "events.sqlite"
    return Path(target)


def redact(url: str) -> str:
    """A database URL without its password, for messages and logs.

    >>> redact("postgresql://geomap:secret@db:5432/events")
    'postgresql://geomap:***@db:5432/events'
    """
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))


class EventStore(abc.ABC):
    """Articles, their place mentions, the places and the events.

    Every backend keeps the same promises: one transaction per article (a crash
    leaves each article whole or absent); re-submitting the same text or URL
    replaces the article; deleting one removes its mentions and events; the schema
    is versioned and migrated on open (a newer one is refused); a change counter
    that every writer in any process bumps lets readers keep results until it
    moves. Safe to share between threads.

    >>> store = EventStore("events.sqlite")                    # doctest: +SKIP
    >>> store = EventStore("postgresql://geomap@db/events")    # doctest: +SKIP
    >>> store.save(geomap.parse(text, published="2016-09-09"))  # doctest: +SKIP
    """

    backend: str = ""
    #: other processes and machines can write to it directly (Dask workers do)
    shared: bool = False
    #: what the store was opened with (a URL keeps its password: never print it)
    target: str
    #: the store for messages: the file, or the URL without its password
    location: str
    migrated_from: int
    #: whether saving an article matches its events into incidents (``EventStore(target,
    #: incidents=False)`` turns it off: a benchmark's baseline, a bulk load rebuilt afterwards)
    match_incidents: bool = True

    def __new__(cls, target=None, *args, **kwargs):
        if cls is EventStore:
            cls = _backend(target if target is not None else default_target())
        return super().__new__(cls)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.backend:
            _BACKENDS[cls.backend] = cls        # geomap.store imports each backend module, which registers

    # -- life cycle --------------------------------------------------------------------

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    @abc.abstractmethod
    def schema_version(self) -> int: ...

    # -- writing -----------------------------------------------------------------------

    @abc.abstractmethod
    def save(self, doc: Document | PreparedArticle) -> Saved:
        """Store one parsed article with its mentions and events, in one transaction;
        :class:`~geomap.errors.StoreUnwritable` when the store takes no writes at all."""

    @abc.abstractmethod
    def delete(self, article_id: int) -> None:
        """Delete an article with its mentions and events; :class:`NotFound` if there is none."""

    # -- reading -----------------------------------------------------------------------

    @abc.abstractmethod
    def article(self, article_id: int, *, text: bool = True) -> dict:
        """One article's record (with its text and mentions); :class:`NotFound` if there is none."""

    @abc.abstractmethod
    def mentions(self, article_id: int) -> list[dict]: ...

    @abc.abstractmethod
    def find_article(self, *, url: str | None = None, text_hash: str | None = None) -> int | None:
        """The id of the stored article with this URL (or text hash), or None."""

    @abc.abstractmethod
    def articles(self, *, limit: int = 50, offset: int = 0,
                 source: str | None = None) -> tuple[list[dict], int]:
        """Articles, most recently updated first, and how many there are in all."""

    @abc.abstractmethod
    def events_json(self, flt: EventFilter, *, summary: bool = False) -> tuple[list[bytes], int]:
        """The matching events as GeoJSON Feature texts (UTF-8, as stored) and their count;
        with *summary*, the map's short form, kept until the store changes."""

    @abc.abstractmethod
    def iter_events(self, flt: EventFilter, *, batch: int = 2000) -> Iterator[list[dict]]:
        """The matching events as Feature dicts, in batches from one query (for downloads)."""

    @abc.abstractmethod
    def event(self, event_id: str) -> dict: ...

    # -- incidents: one per happening, grouping events of different articles ----------------

    @abc.abstractmethod
    def incidents_json(self, flt: EventFilter, *, summary: bool = False) -> tuple[list[bytes], int]:
        """The matching incidents as GeoJSON Feature texts (UTF-8) and their count; the filters
        are the events' (an incident matches an article or source when one of its events does)."""

    @abc.abstractmethod
    def iter_incidents(self, flt: EventFilter, *, batch: int = 2000) -> Iterator[list[dict]]:
        """The matching incidents as Feature dicts, in batches (for downloads)."""

    @abc.abstractmethod
    def incident(self, incident_id: int) -> dict:
        """One incident's Feature (its events and sources); :class:`NotFound` if there is none."""

    @abc.abstractmethod
    def rebuild_incidents(self, progress=None) -> int:
        """Match every stored event again, in the order stored (after the matching rules
        changed, or on a store from before incidents), in one transaction; the incidents made."""

    def incidents(self, flt: EventFilter | None = None) -> list[dict]:
        """The matching incidents as GeoJSON Feature dicts."""
        import json

        texts, _ = self.incidents_json(flt or EventFilter())
        return [json.loads(t) for t in texts]

    @abc.abstractmethod
    def articles_with_unresolved(self, name: str) -> list[int]:
        """The articles where *name* was found but not placed (to re-parse after a gazetteer fix)."""

    @abc.abstractmethod
    def facets(self) -> dict:
        """What the map's filters offer: kinds, sources, the date range, counts."""

    @abc.abstractmethod
    def stats(self) -> dict: ...

    @abc.abstractmethod
    def newest_id(self, table: str) -> int:
        """The highest row id of ``events`` or ``incidents`` (0 when empty): where a paged walk's
        snapshot ends, so that rows stored while it pages are not counted in (``max_id``)."""

    @abc.abstractmethod
    def change_count(self) -> int:
        """The change counter: bumped by every write, by any process."""

    def events(self, flt: EventFilter | None = None) -> list[dict]:
        """The matching events as GeoJSON Feature dicts."""
        import json

        texts, _ = self.events_json(flt or EventFilter())
        return [json.loads(t) for t in texts]


_BACKENDS: dict[str, type[EventStore]] = {}     # backend name → its class (each registers itself)


def _backend(target) -> type[EventStore]:
    from ..errors import StoreError

    if is_url(target):
        name = "postgis"
    elif isinstance(target, str) and re.match(r"[A-Za-z][A-Za-z0-9+.-]+:/", target):
        raise StoreError(f"{redact(target)} is neither a file path nor a postgresql:// URL: --db / GEOMAP_DB "
                         "takes an SQLite file (events.sqlite) or postgresql://user:password@host:5432/dbname")
    else:
        name = "sqlite"
    if name not in _BACKENDS:
        raise StoreError(f"the {name} event store is not available in this installation")
    return _BACKENDS[name]


def open_store(target=None, **options) -> EventStore:
    """The store *target* names (a path or a ``postgresql://`` URL; default: :func:`default_target`)."""
    return EventStore(target, **options)


class ReadCache:
    """Results of reads by key, for one version of the store; at most *budget* characters of
    text (the map payload of 100,000 events is about 25 MB), least recently used out first."""

    def __init__(self, budget: int = 64_000_000):
        self.budget = budget
        self._entries: OrderedDict[tuple, tuple[int, object, int]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple, version: int):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, key: tuple, version: int, value) -> None:
        size = _text_size(value)
        if size > self.budget:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old:
                self._size -= old[2]
            self._entries[key] = (version, value, size)
            self._size += size
            while self._size > self.budget:
                _, (_, _, dropped) = self._entries.popitem(last=False)
                self._size -= dropped


def _text_size(value) -> int:
    if isinstance(value, (str, bytes)):
        return len(value)
    if isinstance(value, (tuple, list)):
        return sum(_text_size(v) for v in value) + 8 * len(value)
    if isinstance(value, dict):
        return sum(_text_size(v) for v in value.values()) + 64
    return 8
