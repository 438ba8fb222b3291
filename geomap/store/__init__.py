"""The event store (SQLite, WAL): articles, mentions, places and events, with a versioned schema."""

from .query import DEFAULT_LIMIT, MAX_LIMIT, EventFilter
from .schema import SCHEMA_VERSION
from .store import SUMMARY_PROPERTIES, EventStore, PreparedArticle, Saved, default_db_path, prepare

__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "EventFilter", "EventStore", "SCHEMA_VERSION",
           "PreparedArticle", "SUMMARY_PROPERTIES", "Saved", "default_db_path", "prepare"]
