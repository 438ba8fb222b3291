"""The PostgreSQL + PostGIS event store: one database shared by many servers, ingest
processes and Dask workers, on one machine or many.

``EventStore("postgresql://user:password@host:5432/dbname")``. psycopg 3 with a
connection pool; the tables live in the schema ``geomap`` (see
:mod:`.postgis_schema`). The same promises as the SQLite store: one transaction
per article, replace by text or URL (writers of the same text or URL wait for each
other on advisory locks), cascading deletes, migrations on open, and the change
counter the map cache keys on, bumped at commit by every writer in any process.
Events carry a ``geometry(Point, 4326)`` with a GiST index that the bbox filter
uses, and their areas as polygons.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from contextlib import contextmanager

from ..errors import NotFound, StoreError, StoreUnwritable
from ..model import Document
from .base import EventStore, ReadCache, redact
from .postgis_schema import INCIDENTS_VERSION, SCHEMA, migrate
from .query import Dialect, EventFilter
from ..incidents.aggregate import FeatureCache, with_full_matches
from ..incidents.update import match_article, rebuild, refresh, rematch, started
from .postgis_incidents import PostGISIncidents, event_incident_params
from .rows import ARTICLE_KEYS, MENTION_KEYS, PreparedArticle, Saved, event_facts, event_rows, prepare

ARTICLE_COLUMNS = ("id", "text_hash", "url", "title", "source", "published", "chars", "events", "mentions",
                   "unresolved", "created_at", "updated_at")
_RETRIES = 4                 # a save that lost a race (unique key, deadlock) is tried again
POOL_TIMEOUT_S = 30
INCIDENT_LOCK = 0x67656F6D6170_15      # one advisory lock for incident matching


class PostGISDialect(Dialect):
    """The filters in PostgreSQL: ``%s`` parameters, dates as dates, and the bbox through the
    GiST index on ``geom`` (``&&``), then the exact test on lat/lon, so that the answer is
    the SQLite store's to the last edge."""

    mark = "%s"
    true = "TRUE"
    order = "date DESC NULLS LAST, events.id"
    incident_order = "date DESC NULLS LAST, incidents.id"

    def date(self, value: dt.date):
        return value

    def confidence(self, table: str) -> str:
        return f"({table}.summary::json -> 'properties' ->> 'confidence')::double precision"

    def bbox(self, west, south, east, north):
        exact, params = super().bbox(west, south, east, north)
        if west <= east:
            return f"geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326) AND {exact}", [west, south, east, north, *params]
        return (f"(geom && ST_MakeEnvelope(%s, %s, 180, %s, 4326) OR geom && ST_MakeEnvelope(-180, %s, %s, %s, 4326))"
                f" AND {exact}", [west, south, north, south, east, north, *params])


POSTGIS = PostGISDialect()

def area_sql(value: str = "%({})s") -> str:
    """The area of an event as a polygon, from its shape and values (*value* names them: query
    parameters by default): a box, or a circle on the sphere (a geography buffer)."""
    a = [f"{value.format(f'a{n}')}::float8" for n in range(1, 5)]
    return (f"CASE {value.format('area')}::text WHEN 'box' THEN ST_MakeEnvelope({a[0]}, {a[1]}, {a[2]}, {a[3]}, 4326) "
            f"WHEN 'circle' THEN ST_Buffer(ST_SetSRID(ST_MakePoint({a[0]}, {a[1]}), 4326)::geography, "
            f"{a[2]} * 1000, 'quad_segs=8')::geometry END")


class PostGISStore(EventStore):
    """An event store in a PostgreSQL database with PostGIS. Safe to share between threads."""

    backend = "postgis"
    shared = True

    def __init__(self, url: str, *, pool_size: int = 8, incidents: bool = True):
        import psycopg

        self.match_incidents = incidents
        self.target = url
        self.location = redact(url)
        self.dialect = POSTGIS
        self._cache = ReadCache()
        self._members = FeatureCache()          # incidents' member Features, decoded once
        try:
            with psycopg.connect(url, autocommit=True, connect_timeout=15) as conn:
                self.migrated_from = migrate(conn, self.location)
        except psycopg.Error as exc:
            raise write_error(self.location, exc, "open") from None
        self._pool = _pool(url, pool_size, self.location)
        if 0 < self.migrated_from < INCIDENTS_VERSION and incidents:
            self.rebuild_incidents()            # a store from before incidents: match what it holds

    # -- connections -----------------------------------------------------------------------

    @contextmanager
    def connection(self, doing: str = "read the event store"):
        """A pooled connection (autocommit; open a transaction with ``conn.transaction()``);
        database errors become our :class:`StoreError` saying what to do."""
        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            with self._pool.connection(timeout=POOL_TIMEOUT_S) as conn:
                yield conn
        except PoolTimeout:
            raise StoreError(f"cannot {doing}: no connection to {self.location} within "
                             f"{POOL_TIMEOUT_S} s (is the server up, and are its connections used up?)") from None
        except psycopg.Error as exc:
            raise write_error(self.location, exc, doing) from None

    def _one(self, sql: str, params=()):
        with self.connection() as conn:
            return conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params=()) -> list:
        with self.connection() as conn:
            return conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self._pool.close()

    @property
    def schema_version(self) -> int:
        return self._one("SELECT max(version) FROM schema_version")[0]

    # -- writing ---------------------------------------------------------------------------

    def save(self, doc: Document | PreparedArticle) -> Saved:
        """Store one parsed article in one transaction (see :meth:`EventStore.save`)."""
        import psycopg

        art = doc if isinstance(doc, PreparedArticle) else prepare(doc)
        for attempt in range(_RETRIES):
            try:
                # pipeline mode: statements go out without waiting for each other's answers, so
                # an article costs three round trips to the server, not a dozen
                with self.connection("store the article") as conn, conn.pipeline(), conn.transaction():
                    return self._save(conn, art)
            except StoreError as exc:
                cause = exc.__context__
                if attempt + 1 < _RETRIES and isinstance(cause, (
                        psycopg.errors.UniqueViolation, psycopg.errors.ForeignKeyViolation,
                        psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure)):
                    continue
                raise
        raise AssertionError("unreachable")   # pragma: no cover

    def _save(self, conn, art: PreparedArticle) -> Saved:
        # Writers of the same text or URL go one after the other (SQLite: BEGIN IMMEDIATE).
        for key in sorted({_lock_id("text", art.text_hash), *([_lock_id("url", art.url)] if art.url else [])}):
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (key,))
        by_hash, by_url = conn.execute(
            "SELECT (SELECT id FROM articles WHERE text_hash = %s), (SELECT id FROM articles WHERE url = %s)",
            (art.text_hash, art.url)).fetchone()
        existing = by_hash or by_url
        incidents = PostGISIncidents(conn, self._members)
        # Incident matching reads what other writers wrote: one writer at a time matches (until
        # its commit), so that two reports of one happening saved at once still meet.
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (INCIDENT_LOCK,))
        left = set()                        # the incidents the replaced copy's events leave
        if by_hash and by_url and by_hash != by_url:
            left |= incidents.of_article(by_url)
            conn.execute("DELETE FROM articles WHERE id = %s", (by_url,))      # the URL moves to this text
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        row = art.article_row()
        if existing:
            left |= incidents.of_article(existing)
            conn.execute("DELETE FROM events WHERE article_id = %s", (existing,))
        if self.match_incidents:
            rematch(incidents, left)        # as if the replaced copy had never been read
        if existing:
            article_id = existing
            conn.execute("DELETE FROM mentions WHERE article_id = %s", (article_id,))
            conn.execute("UPDATE articles SET text_hash=%s, url=%s, title=%s, source=%s, published=%s, "
                         "text=%s, chars=%s, events=%s, mentions=%s, unresolved=%s, updated_at=%s WHERE id=%s",
                         (*row, now, article_id))
        else:
            article_id = conn.execute(
                "INSERT INTO articles (text_hash, url, title, source, published, text, chars, events, mentions, "
                "unresolved, created_at, updated_at) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) RETURNING id",
                (*row, now, now)).fetchone()[0]
        self._write_rows(conn, art, article_id, incidents)
        return art.saved(article_id, existing is None)

    def _write_rows(self, conn, art: PreparedArticle, article_id: int, incidents: PostGISIncidents) -> None:
        with conn.cursor() as cur:
            places = sorted(art.places)       # one order for every writer: no deadlock between two
            if places:
                # insert new places without locking known ones; update only what changed
                cur.executemany(
                    "INSERT INTO places (id, name, name_ar, kind, country, admin1, lat, lon, geom) "
                    "VALUES (%s,%s,%s,%s,%s,%s,%s,%s, ST_SetSRID(ST_MakePoint(%s::float8, %s::float8), 4326)) "
                    "ON CONFLICT (id) DO NOTHING", [(*p, p[7], p[6]) for p in places])
                cur.executemany(
                    "UPDATE places SET name=%s, name_ar=%s, kind=%s, country=%s, admin1=%s, lat=%s, lon=%s, "
                    "geom = ST_SetSRID(ST_MakePoint(%s::float8, %s::float8), 4326) WHERE id = %s AND "
                    "(name, name_ar, kind, country, admin1, lat, lon) IS DISTINCT FROM "
                    "(%s::text, %s::text, %s::text, %s::text, %s::text, %s::float8, %s::float8)",
                    [(*p[1:], p[7], p[6], p[0], *p[1:]) for p in places])
            if art.mentions:
                cur.executemany(
                    'INSERT INTO mentions (article_id, start, "end", text, area_start, area_end, area_text, '
                    "place_id, lat, lon, geo_precision, radius_km, confidence) "
                    "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)", [(article_id, *m) for m in art.mentions])
            decisions = (match_article(incidents, event_facts(art, article_id)) if self.match_incidents
                         else None)
            rows = event_rows(art, article_id, decisions)
            if rows:
                cur.executemany(
                    "INSERT INTO events (event_key, article_id, kind, event_type, date, geo_precision, lat, lon, "
                    "place_id, source, status, fatalities, report, summary, geom, area, incident_id, facts, "
                    "incident_link, extent, day_lo, day_hi) VALUES (%(key)s, %(article_id)s, "
                    "%(kind)s, %(event_type)s, %(date)s, %(geo_precision)s, %(lat)s, %(lon)s, %(place_id)s, "
                    "%(source)s, %(status)s, %(fatalities)s, %(report)s, %(summary)s, "
                    "ST_SetSRID(ST_MakePoint(%(lon)s::float8, %(lat)s::float8), 4326), " + area_sql() + ", "
                    "%(incident_id)s, %(facts)s, %(link)s, ST_MakeEnvelope(%(xw)s::float8, "
                    "%(xs)s::float8, %(xe)s::float8, %(xn)s::float8, 4326), %(day_lo)s, %(day_hi)s)",
                    [{**_event_params(r), **event_incident_params(r)} for r in rows])
                cur.executemany(
                    "INSERT INTO event_records (event_id, feature) "
                    "VALUES ((SELECT id FROM events WHERE event_key = %s), %s)", [(r.key, r.feature) for r in rows])
            if decisions is not None:
                refresh(incidents, {r.incident_id for r in rows}, started(decisions, [r.record for r in rows]))

    def delete(self, article_id: int) -> None:
        with self.connection("delete the article") as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (INCIDENT_LOCK,))
            incidents = PostGISIncidents(conn, self._members)
            left = incidents.of_article(article_id)
            deleted = conn.execute("DELETE FROM articles WHERE id = %s", (article_id,)).rowcount
            rematch(incidents, left)
        if deleted == 0:
            raise NotFound(f"no article with id {article_id}")

    # -- reading ---------------------------------------------------------------------------

    def article(self, article_id: int, *, text: bool = True) -> dict:
        cols = ARTICLE_COLUMNS + (("text",) if text else ())
        row = self._one(f"SELECT {', '.join(cols)} FROM articles WHERE id = %s", (article_id,))
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        record = dict(zip(ARTICLE_KEYS + (("text",) if text else ()), map(_plain, row)))
        if text:
            record["mentions"] = self.mentions(article_id)
        return record

    def find_article(self, *, url: str | None = None, text_hash: str | None = None) -> int | None:
        column, value = ("url", url) if url else ("text_hash", text_hash)
        row = self._one(f"SELECT id FROM articles WHERE {column} = %s", (value,))
        return row[0] if row else None

    def mentions(self, article_id: int) -> list[dict]:
        cols = ", ".join(f'm."{c}"' for c in MENTION_KEYS)
        rows = self._all(
            f"SELECT {cols}, p.name, p.name_ar, p.kind, p.country FROM mentions m "
            "LEFT JOIN places p ON p.id = m.place_id WHERE m.article_id = %s ORDER BY m.start, m.id",
            (article_id,))
        out = []
        for r in rows:
            m = dict(zip(MENTION_KEYS, r[:len(MENTION_KEYS)]))
            m["place"] = (dict(zip(("id", "name", "name_ar", "kind", "country"), (r[6], *r[len(MENTION_KEYS):])))
                          if r[6] else None)
            m["resolved"] = m["lat"] is not None and m["place_id"] is not None
            out.append(m)
        return out

    def articles(self, *, limit: int = 50, offset: int = 0, source: str | None = None) -> tuple[list[dict], int]:
        where, params = ("source = %s", [source]) if source else ("TRUE", [])
        with self.connection() as conn:
            total = conn.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]
            rows = conn.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE {where} "
                                "ORDER BY updated_at DESC, id DESC LIMIT %s OFFSET %s",
                                [*params, limit, offset]).fetchall()
        return [dict(zip(ARTICLE_KEYS, map(_plain, r))) for r in rows], total

    def events_json(self, flt: EventFilter, *, summary: bool = False) -> tuple[list[bytes], int]:
        where, params = flt.where(self.dialect)
        if summary:
            key = ("summary", where, tuple(params), flt.limit, flt.offset)
            return self._read_cached(key, lambda conn: self._summaries(conn, where, params, flt))
        with self.connection() as conn:
            total = conn.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
            ids = [r[0] for r in conn.execute(
                f"SELECT id FROM events WHERE {where} ORDER BY {self.dialect.order} LIMIT %s OFFSET %s",
                [*params, _limit(flt), flt.offset])]
            if not ids:
                return [], total
            records = dict(conn.execute("SELECT event_id, feature::text FROM event_records "
                                        "WHERE event_id = ANY(%s)", (ids,)).fetchall())
        return [records[i].encode() for i in ids if i in records], total

    def _summaries(self, conn, where: str, params: list, flt: EventFilter) -> tuple[tuple[bytes, ...], int]:
        total = conn.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
        rows = conn.execute(f"SELECT summary FROM events WHERE {where} ORDER BY {self.dialect.order} "
                            "LIMIT %s OFFSET %s", [*params, _limit(flt), flt.offset]).fetchall()
        return tuple(r[0].encode() for r in rows), total

    def _read_cached(self, key: tuple, read):
        """*read(conn)*'s result, kept while the change counter stays the same; the counter and
        the rows are read in one snapshot (repeatable read), so a write committed in between
        cannot be cached under the old count. (Snapshots taken one after the other see ever more
        commits, so the same sum of the counter's rows means the same committed writes.)"""
        with self.connection() as conn, conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            version = conn.execute("SELECT sum(n)::bigint FROM changes").fetchone()[0]
            value = self._cache.get(key, version)
            if value is None:
                value = read(conn)
                self._cache.put(key, version, value)
        return value

    def change_count(self) -> int:
        return self._one("SELECT sum(n)::bigint FROM changes")[0]

    def iter_events(self, flt: EventFilter, *, batch: int = 2000):
        where, params = flt.where(self.dialect)
        with self.connection() as conn, conn.transaction():
            with conn.cursor(name="geomap_events") as cursor:
                cursor.execute(
                    f"SELECT r.feature::text FROM events JOIN event_records r ON r.event_id = events.id "
                    f"WHERE {where} ORDER BY {self.dialect.order} LIMIT %s OFFSET %s",
                    [*params, _limit(flt), flt.offset])
                while rows := cursor.fetchmany(batch):
                    yield [json.loads(r[0]) for r in rows]

    def event(self, event_id: str) -> dict:
        row = self._one("SELECT r.feature::text FROM events e JOIN event_records r ON r.event_id = e.id "
                        "WHERE e.event_key = %s", (event_id,))
        if row is None:
            raise NotFound(f"no event with id {event_id!r}")
        return json.loads(row[0])

    # -- incidents ---------------------------------------------------------------------------

    def incidents_json(self, flt: EventFilter, *, summary: bool = False) -> tuple[list[bytes], int]:
        where, params = flt.where(self.dialect, table="incidents")
        column = "summary" if summary else "feature::text"

        def read(conn):
            total = conn.execute(f"SELECT count(*) FROM incidents WHERE {where}", params).fetchone()[0]
            rows = conn.execute(f"SELECT {column} FROM incidents WHERE {where} ORDER BY "
                                f"{self.dialect.incident_order} LIMIT %s OFFSET %s",
                                [*params, flt.limit, flt.offset]).fetchall()
            return tuple(r[0].encode() for r in rows), total

        if summary:
            return self._read_cached(("incidents", where, tuple(params), flt.limit, flt.offset), read)
        with self.connection() as conn:
            return read(conn)

    def iter_incidents(self, flt: EventFilter, *, batch: int = 2000):
        where, params = flt.where(self.dialect, table="incidents")
        limit = flt.limit if flt.limit >= 0 else None
        with self.connection() as conn, conn.transaction():
            with conn.cursor(name="geomap_incidents") as cursor:
                cursor.execute(f"SELECT feature::text FROM incidents WHERE {where} ORDER BY "
                               f"{self.dialect.incident_order} LIMIT %s OFFSET %s", [*params, limit, flt.offset])
                while rows := cursor.fetchmany(batch):
                    yield [json.loads(r[0]) for r in rows]

    def incident(self, incident_id: int) -> dict:
        row = self._one("SELECT feature::text FROM incidents WHERE id = %s", (incident_id,))
        if row is None:
            raise NotFound(f"no incident with id {incident_id}")
        links = dict(self._all("SELECT event_key, incident_link FROM events WHERE incident_id = %s", (incident_id,)))
        return with_full_matches(json.loads(row[0]), links)

    def rebuild_incidents(self, progress=None) -> int:
        with self.connection("rebuild the incidents") as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (INCIDENT_LOCK,))
            return rebuild(PostGISIncidents(conn, self._members), progress)

    def articles_with_unresolved(self, name: str) -> list[int]:
        rows = self._all("SELECT DISTINCT article_id FROM mentions WHERE place_id IS NULL AND "
                         "(text = %s OR area_text = %s) ORDER BY article_id", (name, name))
        return [r[0] for r in rows]

    def facets(self) -> dict:
        return dict(self._read_cached(("facets",), self._facets))

    def _facets(self, conn) -> dict:
        kinds = dict(conn.execute("SELECT kind, count(*) FROM events GROUP BY kind ORDER BY kind").fetchall())
        sources = [r[0] for r in conn.execute(
            "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source")]
        first, last, total = conn.execute("SELECT min(date), max(date), count(*) FROM events").fetchone()
        precision = conn.execute("SELECT geo_precision, count(*) FROM events WHERE geo_precision IS NOT NULL "
                                 "GROUP BY geo_precision ORDER BY geo_precision").fetchall()
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        reports = dict(conn.execute("SELECT report, count(*) FROM events GROUP BY report ORDER BY report").fetchall())
        return {"kinds": kinds, "sources": sources, "first_date": _plain(first), "last_date": _plain(last),
                "events": total, "articles": articles, "precision": {str(k): v for k, v in precision},
                "reports": reports}

    def newest_id(self, table: str) -> int:
        if table not in ("events", "incidents"):
            raise ValueError(f"no table {table!r}")
        with self.connection() as conn:
            return conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]

    def stats(self) -> dict:
        with self.connection() as conn:
            one = lambda sql: conn.execute(sql).fetchone()[0]      # noqa: E731
            return {
                "articles": one("SELECT count(*) FROM articles"),
                "events": one("SELECT count(*) FROM events"),
                "located_events": one("SELECT count(*) FROM events WHERE lat IS NOT NULL"),
                "incidents": one("SELECT count(*) FROM incidents"),
                "places": one("SELECT count(DISTINCT place_id) FROM mentions"),
                "unresolved_names": one("SELECT count(DISTINCT text) FROM mentions WHERE place_id IS NULL"),
                "schema_version": one("SELECT max(version) FROM schema_version"),
            }


def _pool(url: str, size: int, location: str):
    from psycopg_pool import ConnectionPool, PoolTimeout

    def configure(conn) -> None:
        conn.execute(f"SET search_path TO {SCHEMA}, public")
        conn.execute("SET TIME ZONE 'UTC'")

    pool = ConnectionPool(url, min_size=1, max_size=max(1, size), kwargs={"autocommit": True},
                          configure=configure, check=ConnectionPool.check_connection, open=False,
                          name=f"geomap {location}")
    try:
        pool.open(wait=True, timeout=POOL_TIMEOUT_S)
    except PoolTimeout:
        pool.close()
        raise StoreError(f"cannot connect to {location} within {POOL_TIMEOUT_S} s") from None
    return pool


def _event_params(row) -> dict:
    area = row.area
    values = (area.values + (None,) * 4)[:4] if area else (None,) * 4
    return {"key": row.key, "article_id": row.article_id, "kind": row.kind, "event_type": row.event_type,
            "date": row.date, "geo_precision": row.geo_precision, "lat": row.lat, "lon": row.lon,
            "place_id": row.place_id, "source": row.source, "status": row.status, "fatalities": row.fatalities,
            "report": row.report, "summary": row.summary, "area": area.shape if area else None,
            "a1": values[0], "a2": values[1], "a3": values[2], "a4": values[3]}


def _limit(flt: EventFilter) -> int | None:
    """The filter's limit for SQL (a negative one, as SQLite takes it, means none)."""
    return flt.limit if flt.limit >= 0 else None


def _lock_id(kind: str, value: str) -> int:
    """A 64-bit advisory lock id for a text hash or a URL."""
    return int.from_bytes(hashlib.sha256(f"{kind}:{value}".encode()).digest()[:8], "big", signed=True)


def _plain(value):
    """Dates and times as the SQLite store gives them (ISO text, seconds, UTC)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_error(location: str, exc, doing: str) -> StoreError:
    """Our error for a PostgreSQL failure, saying what to do."""
    import psycopg

    errors = psycopg.errors
    if isinstance(exc, errors.DiskFull):
        return StoreUnwritable(
            f"cannot {doing}: the disk of the PostgreSQL server holding {location} is full. Nothing of "
            "this article was stored and everything stored before is intact; free some space and run "
            "the ingest again (stored articles are not duplicated)")
    if isinstance(exc, (errors.ReadOnlySqlTransaction, errors.InsufficientPrivilege)):
        return StoreUnwritable(
            f"cannot {doing}: {location} is read-only for this user ({_first_line(exc)}). Nothing was "
            "changed; grant the user write access, or point --db / GEOMAP_DB at a writable database")
    if isinstance(exc, psycopg.OperationalError) and getattr(exc, "sqlstate", None) is None:
        return StoreError(f"cannot {doing}: cannot reach the PostgreSQL server of {location} "
                          f"({_first_line(exc)}); is it running, and are --db / GEOMAP_DB right?")
    return StoreError(f"cannot {doing}: {location} failed ({_first_line(exc)})")


def _first_line(exc) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
