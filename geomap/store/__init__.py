"""The event store: articles, mentions, places and events behind one protocol, :class:`EventStore`.

``EventStore(target)`` opens SQLite (a file path: the default) or PostgreSQL + PostGIS
(a ``postgresql://`` URL). What to write for an article (:mod:`.rows`) and the
filters (:mod:`.query`) are shared by both backends.
"""

from . import postgis, sqlite  # noqa: F401  (each backend registers itself with EventStore)
from .base import EventStore, ReadCache, default_db_path, default_target, is_url, open_store, redact
from .query import DEFAULT_LIMIT, MAX_LIMIT, Dialect, EventFilter
from .rows import SUMMARY_PROPERTIES, Area, EventRow, PreparedArticle, Saved, event_rows, prepare
from .schema import SCHEMA_VERSION

__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "Area", "Dialect", "EventFilter", "EventRow", "EventStore",
           "PreparedArticle", "ReadCache", "SCHEMA_VERSION", "SUMMARY_PROPERTIES", "Saved",
           "default_db_path", "default_target", "event_rows", "is_url", "open_store", "prepare", "redact"]
