"""The SQLite event store (WAL): the default, for one machine.

One transaction per article: a crash mid-ingest leaves every article either
fully stored or not at all. Re-submitting an article (same text, or same URL)
replaces it instead of adding a duplicate. Each event's whole GeoJSON Feature
is kept as JSON beside the columns we filter on, so fields added to events
later flow through without a migration.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

from ..errors import NotFound, StoreError, StoreUnwritable
from ..model import Document
from .base import EventStore, ReadCache, default_db_path
from .query import SQLITE, EventFilter
from ..incidents.aggregate import FeatureCache, with_full_matches
from ..incidents.update import match_article, rebuild, refresh, rematch, started
from .rows import ARTICLE_KEYS, MENTION_KEYS, PreparedArticle, Saved, event_facts, event_rows, prepare
from .schema import INCIDENTS_VERSION, migrate
from .sqlite_incidents import SQLiteIncidents

ARTICLE_COLUMNS = ("id", "text_hash", "url", "title", "source", "published", "chars",
                   "events AS event_count", "mentions AS mention_count",
                   "unresolved AS unresolved_count", "created_at", "updated_at")
_ARTICLE_KEYS = ARTICLE_KEYS
# Newest first, events with no date last (SQLite sorts NULL lowest), then in the order stored:
# the order of the index events_recent.
EVENT_ORDER = SQLITE.order


class SQLiteStore(EventStore):
    """An event store file. Safe to share between threads (one connection per thread).

    >>> store = EventStore("/tmp/events.sqlite")          # doctest: +SKIP
    >>> saved = store.save(geomap.parse(text, published="2016-09-09"))  # doctest: +SKIP
    >>> store.events(EventFilter(types=("airstrike",)))   # doctest: +SKIP
    """

    backend = "sqlite"
    shared = False

    def __init__(self, path: str | os.PathLike | None = None, *, incidents: bool = True):
        self.path = Path(path) if path else default_db_path()
        self.match_incidents = incidents
        self.target = self.location = str(self.path)
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a directory; give the event store a file name "
                             "(e.g. events.sqlite)")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the event store {self.path}: {exc}") from None
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._cache = ReadCache()
        self._members = FeatureCache()          # incidents' member Features, decoded once
        try:
            self.migrated_from = migrate(self.db, str(self.path))
        except sqlite3.DatabaseError as exc:
            raise write_error(self.path, exc, "open") from None
        if 0 < self.migrated_from < INCIDENTS_VERSION and incidents:
            self.rebuild_incidents()            # a store from before incidents: match what it holds

    # -- connections -----------------------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use)."""
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(self.path, isolation_level=None, timeout=30,
                                     check_same_thread=False)
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")   # WAL + NORMAL: a crashed process loses nothing committed
                db.execute("PRAGMA foreign_keys = ON")
                db.execute("PRAGMA busy_timeout = 30000")
            except sqlite3.DatabaseError as exc:
                if _cannot_write(self.path):
                    raise write_error(self.path, exc, "open") from None
                raise StoreError(f"{self.path} is not a usable event store ({exc}); point --db / "
                                 "GEOMAP_DB at another file") from None
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                try:
                    db.execute("PRAGMA optimize")      # statistics for the planner, where SQLite sees a need
                except sqlite3.Error:                  # a read-only or full store: no statistics, still closed
                    pass
                try:
                    db.close()
                except sqlite3.ProgrammingError:       # pragma: no cover - closed from another thread
                    pass
            self._all.clear()
        self._local = threading.local()

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # -- writing ---------------------------------------------------------------------------

    def save(self, doc: Document | "PreparedArticle") -> Saved:
        """Store one parsed article with its mentions and events, in one transaction.

        A store that cannot be written (read-only, full disk) raises
        :class:`StoreUnwritable`; the transaction is rolled back, so the store
        is as it was before this article.
        """
        art = doc if isinstance(doc, PreparedArticle) else prepare(doc)
        try:
            return self._save(art)
        except sqlite3.DatabaseError as exc:
            raise write_error(self.path, exc, "store the article") from None

    def _save(self, art: PreparedArticle) -> Saved:
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            by_hash = db.execute("SELECT id FROM articles WHERE text_hash = ?", (art.text_hash,)).fetchone()
            by_url = (db.execute("SELECT id FROM articles WHERE url = ?", (art.url,)).fetchone()
                      if art.url else None)
            existing = by_hash or by_url
            incidents = SQLiteIncidents(db, self._members)
            left = set()                      # the incidents the replaced copy's events leave
            if by_hash and by_url and by_hash[0] != by_url[0]:
                left |= incidents.of_article(by_url[0])
                db.execute("DELETE FROM articles WHERE id = ?", (by_url[0],))   # the URL moves to this text
            row = art.article_row()
            if existing:
                left |= incidents.of_article(existing[0])
                article_id = existing[0]
                db.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            if self.match_incidents:
                rematch(incidents, left)         # as if the replaced copy had never been read
            if existing:
                db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
                db.execute("UPDATE articles SET text_hash=?, url=?, title=?, source=?, published=?, text=?, "
                           "chars=?, events=?, mentions=?, unresolved=?, updated_at=? WHERE id=?",
                           (*row, now, article_id))
            else:
                article_id = db.execute(
                    "INSERT INTO articles (text_hash, url, title, source, published, text, chars, events, "
                    "mentions, unresolved, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*row, now, now)).lastrowid
            # An upsert, not INSERT OR REPLACE: a replace deletes the row first, and every delete
            # makes SQLite check the tables that refer to places.
            db.executemany(
                "INSERT INTO places (id, name, name_ar, kind, country, admin1, lat, lon) VALUES (?,?,?,?,?,?,?,?) "
                "ON CONFLICT(id) DO UPDATE SET name=excluded.name, name_ar=excluded.name_ar, kind=excluded.kind, "
                "country=excluded.country, admin1=excluded.admin1, lat=excluded.lat, lon=excluded.lon",
                art.places)
            db.executemany(
                "INSERT INTO mentions (article_id, start, end, text, area_start, area_end, area_text, "
                "place_id, lat, lon, geo_precision, radius_km, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(article_id, *m) for m in art.mentions])
            decisions = (match_article(incidents, event_facts(art, article_id)) if self.match_incidents
                         else None)
            rows = event_rows(art, article_id, decisions)
            db.executemany(
                "INSERT INTO events (event_key, article_id, kind, event_type, date, geo_precision, lat, lon, "
                "place_id, source, status, fatalities, report, summary, incident_id, facts, incident_link, "
                "word_count, word_bits_lo, word_bits_hi) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [r.columns() + r.incident_columns() + r.word_columns() for r in rows])
            db.executemany(
                "INSERT INTO event_records (event_id, feature) "
                "VALUES ((SELECT id FROM events WHERE event_key = ?), ?)", [(r.key, r.feature) for r in rows])
            if decisions is not None:
                incidents.index(rows)
                refresh(incidents, {r.incident_id for r in rows}, started(decisions, [r.record for r in rows]))
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise
        return art.saved(article_id, existing is None)

    @contextmanager
    def _writing(self, action: str):
        """One write transaction (BEGIN IMMEDIATE … COMMIT, rolled back on any error); a database
        error becomes :func:`write_error` saying what could not be done (*action*)."""
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        except sqlite3.DatabaseError as exc:
            raise write_error(self.path, exc, action) from None

    def delete(self, article_id: int) -> None:
        """Delete an article and its mentions and events (its incidents are remade without
        them, or dropped when it was their only source); :class:`NotFound` if there is none."""
        with self._writing("delete the article") as db:
            incidents = SQLiteIncidents(db, self._members)
            left = incidents.of_article(article_id)
            deleted = db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
            rematch(incidents, left)
        if deleted == 0:
            raise NotFound(f"no article with id {article_id}")

    # -- reading ---------------------------------------------------------------------------

    def article(self, article_id: int, *, text: bool = True) -> dict:
        """One article's record, with its text and mentions; :class:`NotFound` if there is none."""
        cols = ARTICLE_COLUMNS + (("text",) if text else ())
        row = self.db.execute(f"SELECT {', '.join(cols)} FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        record = dict(zip(_ARTICLE_KEYS + (("text",) if text else ()), row))
        if text:
            record["mentions"] = self.mentions(article_id)
        return record

    def find_article(self, *, url: str | None = None, text_hash: str | None = None) -> int | None:
        column, value = ("url", url) if url else ("text_hash", text_hash)
        row = self.db.execute(f"SELECT id FROM articles WHERE {column} = ?", (value,)).fetchone()
        return row[0] if row else None

    def mentions(self, article_id: int) -> list[dict]:
        cols = ("start", "end", "text", "area_start", "area_end", "area_text", "place_id", "lat",
                "lon", "geo_precision", "radius_km", "confidence")
        rows = self.db.execute(
            f"SELECT {', '.join('m.' + c for c in cols)}, p.name, p.name_ar, p.kind, p.country "
            "FROM mentions m LEFT JOIN places p ON p.id = m.place_id WHERE m.article_id = ? "
            "ORDER BY m.start", (article_id,)).fetchall()
        out = []
        for r in rows:
            m = dict(zip(cols, r[:len(cols)]))
            m["place"] = (dict(zip(("id", "name", "name_ar", "kind", "country"), (r[6], *r[len(cols):])))
                          if r[6] else None)
            m["resolved"] = m["lat"] is not None and m["place_id"] is not None
            out.append(m)
        return out

    def articles(self, *, limit: int = 50, offset: int = 0, source: str | None = None) -> tuple[list[dict], int]:
        """Articles, most recently updated first, and how many there are in all."""
        where, params = ("source = ?", [source]) if source else ("1", [])
        total = self.db.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]
        rows = self.db.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE {where} "
            "ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return [dict(zip(_ARTICLE_KEYS, r)) for r in rows], total

    def events_json(self, flt: EventFilter, *, summary: bool = False) -> tuple[list[bytes], int]:
        """The matching events as GeoJSON Feature texts, UTF-8 as stored (no decoding and
        re-encoding per request), and the count."""
        where, params = flt.where()
        db = self.db
        if summary:
            # The map's payload: every viewer asks for the same one, so it is kept until a write.
            key = ("summary", where, tuple(params), flt.limit, flt.offset)
            return self._read_cached(key, lambda: self._summaries(where, params, flt))
        total = db.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
        # The page's ids first (narrow rows, often straight from an index), then their records:
        # sorting the matches with their whole Feature text took 120 ms for 10,000 events.
        ids = [r[0] for r in db.execute(f"SELECT id FROM events WHERE {where} ORDER BY {EVENT_ORDER} "
                                        "LIMIT ? OFFSET ?", [*params, flt.limit, flt.offset])]
        if not ids:
            return [], total
        records = dict(db.execute(f"SELECT event_id, CAST(feature AS BLOB) FROM event_records WHERE event_id IN "
                                  f"({','.join('?' * len(ids))})", ids))
        return [records[i] for i in ids if i in records], total

    def _summaries(self, where: str, params: list, flt: EventFilter) -> tuple[tuple[bytes, ...], int]:
        db = self.db
        total = db.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
        rows = db.execute(f"SELECT CAST(summary AS BLOB) FROM events WHERE {where} ORDER BY {EVENT_ORDER} LIMIT ? OFFSET ?",
                          [*params, flt.limit, flt.offset]).fetchall()
        return tuple(r[0] for r in rows), total

    def _read_cached(self, key: tuple, read):
        """*read()*'s result, kept while the store's change counter (bumped by every writer, in
        any process) stays the same; the counter and the rows are read in one snapshot."""
        db = self.db
        db.execute("BEGIN")
        try:
            version = db.execute("SELECT n FROM changes").fetchone()[0]
            value = self._cache.get(key, version)
            if value is None:
                value = read()
                self._cache.put(key, version, value)
        finally:
            db.execute("COMMIT")
        return value

    def change_count(self) -> int:
        return self.db.execute("SELECT n FROM changes").fetchone()[0]

    def iter_events(self, flt: EventFilter, *, batch: int = 2000):
        """The matching events as GeoJSON Feature dicts, in batches from one query (for downloads)."""
        where, params = flt.where()
        cursor = self.db.execute(
            f"SELECT r.feature FROM events JOIN event_records r ON r.event_id = events.id WHERE {where} "
            f"ORDER BY {EVENT_ORDER} LIMIT ? OFFSET ?", [*params, flt.limit, flt.offset])
        while rows := cursor.fetchmany(batch):
            yield [json.loads(r[0]) for r in rows]

    def event(self, event_id: str) -> dict:
        row = self.db.execute("SELECT r.feature FROM events e JOIN event_records r ON r.event_id = e.id "
                              "WHERE e.event_key = ?", (event_id,)).fetchone()
        if row is None:
            raise NotFound(f"no event with id {event_id!r}")
        return json.loads(row[0])

    # -- incidents ---------------------------------------------------------------------------

    def incidents_json(self, flt: EventFilter, *, summary: bool = False) -> tuple[list[bytes], int]:
        where, params = flt.where(table="incidents")
        column = "summary" if summary else "feature"

        def read():
            total = self.db.execute(f"SELECT count(*) FROM incidents WHERE {where}", params).fetchone()[0]
            rows = self.db.execute(
                f"SELECT CAST({column} AS BLOB) FROM incidents WHERE {where} ORDER BY {SQLITE.incident_order} "
                "LIMIT ? OFFSET ?", [*params, flt.limit, flt.offset]).fetchall()
            return tuple(r[0] for r in rows), total

        if summary:
            return self._read_cached(("incidents", where, tuple(params), flt.limit, flt.offset), read)
        return read()

    def iter_incidents(self, flt: EventFilter, *, batch: int = 2000):
        where, params = flt.where(table="incidents")
        cursor = self.db.execute(f"SELECT feature FROM incidents WHERE {where} ORDER BY {SQLITE.incident_order} "
                                 "LIMIT ? OFFSET ?", [*params, flt.limit, flt.offset])
        while rows := cursor.fetchmany(batch):
            yield [json.loads(r[0]) for r in rows]

    def incident(self, incident_id: int) -> dict:
        row = self.db.execute("SELECT feature FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            raise NotFound(f"no incident with id {incident_id}")
        links = dict(self.db.execute("SELECT event_key, incident_link FROM events WHERE incident_id = ?",
                                     (incident_id,)).fetchall())
        return with_full_matches(json.loads(row[0]), links)

    def rebuild_incidents(self, progress=None) -> int:
        with self._writing("rebuild the incidents") as db:
            return rebuild(SQLiteIncidents(db, self._members), progress)

    def articles_with_unresolved(self, name: str) -> list[int]:
        """The articles where *name* was found but not placed (to re-parse after a gazetteer fix)."""
        rows = self.db.execute(
            "SELECT DISTINCT article_id FROM mentions WHERE place_id IS NULL AND (text = ? OR area_text = ?) "
            "ORDER BY article_id", (name, name)).fetchall()
        return [r[0] for r in rows]

    def facets(self) -> dict:
        """What the map's filters offer: kinds, sources, articles, the date range, counts."""
        return dict(self._read_cached(("facets",), self._facets))

    def _facets(self) -> dict:
        db = self.db
        kinds = dict(db.execute("SELECT kind, count(*) FROM events GROUP BY kind").fetchall())
        sources = [r[0] for r in db.execute(
            "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source")]
        first, last, total = db.execute("SELECT min(date), max(date), count(*) FROM events").fetchone()
        precision = dict(db.execute(
            "SELECT geo_precision, count(*) FROM events WHERE geo_precision IS NOT NULL "
            "GROUP BY geo_precision").fetchall())
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        reports = dict(db.execute("SELECT report, count(*) FROM events GROUP BY report").fetchall())
        return {"kinds": kinds, "sources": sources, "first_date": first, "last_date": last,
                "events": total, "articles": articles,
                "precision": {str(k): v for k, v in precision.items()}, "reports": reports}

    def newest_id(self, table: str) -> int:
        if table not in ("events", "incidents"):
            raise ValueError(f"no table {table!r}")
        return self.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]

    def stats(self) -> dict:
        db = self.db
        return {
            "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "events": db.execute("SELECT count(*) FROM events").fetchone()[0],
            "located_events": db.execute("SELECT count(*) FROM events WHERE lat IS NOT NULL").fetchone()[0],
            "incidents": db.execute("SELECT count(*) FROM incidents").fetchone()[0],
            "places": db.execute("SELECT count(DISTINCT place_id) FROM mentions").fetchone()[0],
            "unresolved_names": db.execute(
                "SELECT count(DISTINCT text) FROM mentions WHERE place_id IS NULL").fetchone()[0],
            "schema_version": self.schema_version,
        }


def _rollback(db: sqlite3.Connection) -> None:
    """Undo the open transaction; SQLite may already have rolled it back itself (full disk, I/O error)."""
    if db.in_transaction:
        try:
            db.execute("ROLLBACK")
        except sqlite3.DatabaseError:       # pragma: no cover - the connection is beyond use
            pass


def _cannot_write(path: Path) -> bool:
    """The file, or the folder that must hold its -wal and -shm files, is not writable by us."""
    return not os.access(path if path.exists() else path.parent, os.W_OK) or not os.access(path.parent, os.W_OK)


def write_error(path: Path, exc: sqlite3.DatabaseError, doing: str) -> StoreError:
    """Our error for an SQLite failure, saying what to do: free space, fix permissions, wait."""
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if code == "SQLITE_FULL" or "disk is full" in text:
        return StoreUnwritable(
            f"cannot {doing}: the disk holding the event store {path} is full. Nothing of this "
            "article was stored and everything stored before is intact; free some space and run "
            "the ingest again (stored articles are not duplicated)")
    if code.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text or (
            code.startswith("SQLITE_CANTOPEN") or "unable to open" in text) and _cannot_write(path):
        return StoreUnwritable(
            f"cannot {doing}: the event store {path} is read-only (the file or its folder cannot be "
            "written by this user, or the disk is mounted read-only). Nothing was changed; fix the "
            "permissions, or point --db / GEOMAP_DB at a writable file")
    if code.startswith("SQLITE_BUSY") or "locked" in text:
        return StoreError(f"cannot {doing}: the event store {path} stayed locked by another process "
                          "for 30 s; try again when it has finished")
    if code.startswith("SQLITE_IOERR"):
        return StoreUnwritable(f"cannot {doing}: the disk holding the event store {path} failed "
                               f"({exc}); nothing of this article was stored")
    return StoreError(f"cannot {doing}: the event store {path} failed ({exc}); check the file with "
                      f"`sqlite3 {path} 'PRAGMA integrity_check'`, or point --db / GEOMAP_DB at another file")


__all__ = ["SQLiteStore"]
