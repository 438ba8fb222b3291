"""Copy an SQLite event store into an empty PostGIS one, rows and ids as they are
(``geomap store copy events.sqlite postgresql://…``): for a team that outgrows one
machine, and for the benchmarks that compare both backends on the same rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from ..errors import StoreError
from .postgis import PostGISStore, area_sql
from .rows import event_area
from .sqlite import SQLiteStore

_TABLES = {
    "articles": ("id", "text_hash", "url", "title", "source", "published", "text", "chars", "events",
                 "mentions", "unresolved", "created_at", "updated_at"),
    "places": ("id", "name", "name_ar", "kind", "country", "admin1", "lat", "lon"),
    "mentions": ("id", "article_id", "start", "end", "text", "area_start", "area_end", "area_text",
                 "place_id", "lat", "lon", "geo_precision", "radius_km", "confidence"),
    "incidents": ("id", "kind", "event_type", "date", "geo_precision", "lat", "lon", "status", "fatalities",
                  "report", "n_events", "n_sources", "summary", "feature"),
    "events": ("id", "event_key", "article_id", "kind", "event_type", "date", "geo_precision", "lat", "lon",
               "place_id", "source", "status", "fatalities", "report", "summary", "incident_id", "facts",
               "incident_link"),
    "event_records": ("event_id", "feature"),
}


def copy_store(source: SQLiteStore, target: PostGISStore, *, batch: int = 5000,
               echo: Callable[[str], None] | None = None) -> dict:
    """Copy every row of *source* into *target*, which must be empty; returns the counts."""
    if target.stats()["articles"]:
        raise StoreError(f"{target.location} already holds articles: copy into an empty store")
    counts = {}
    with target.connection("copy into the event store") as conn, conn.transaction():
        for table, columns in _TABLES.items():
            counts[table] = _copy_table(source.db, conn, table, columns, batch)
            if echo:
                echo(f"  {table}: {counts[table]:,} rows")
        conn.execute("UPDATE places SET geom = ST_SetSRID(ST_MakePoint(lon, lat), 4326) WHERE lat IS NOT NULL")
        conn.execute("UPDATE events SET geom = ST_SetSRID(ST_MakePoint(lon, lat), 4326) WHERE lat IS NOT NULL")
        conn.execute("UPDATE incidents SET geom = ST_SetSRID(ST_MakePoint(lon, lat), 4326) WHERE lat IS NOT NULL")
        _copy_areas(source.db, conn, batch)
        _copy_extents(source.db, conn, batch)
        for table in ("articles", "mentions", "events", "incidents"):
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")
    with target.connection() as conn:
        conn.execute("ANALYZE")
    return counts


def _copy_table(db: sqlite3.Connection, conn, table: str, columns: tuple[str, ...], batch: int) -> int:
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = db.execute(f"SELECT {quoted} FROM {table} ORDER BY 1")
    return _stream(rows, conn, f"COPY {table} ({quoted}) FROM STDIN", batch)


def _stream(rows: sqlite3.Cursor, conn, statement: str, batch: int) -> int:
    """Every row of an SQLite cursor through one PostgreSQL COPY, *batch* rows read at a time."""
    n = 0
    with conn.cursor().copy(statement) as copy:
        while chunk := rows.fetchmany(batch):
            for row in chunk:
                copy.write_row(row)
            n += len(chunk)
    return n


def _copy_areas(db: sqlite3.Connection, conn, batch: int) -> None:
    """Each event's area (a box or a circle) from its stored Feature, as the store computes it."""
    conn.execute("CREATE TEMP TABLE copied_areas (id bigint, area text, a1 float8, a2 float8, a3 float8, "
                 "a4 float8) ON COMMIT DROP")
    rows = db.execute("SELECT e.id, e.lon, e.lat, r.feature FROM events e JOIN event_records r "
                      "ON r.event_id = e.id WHERE e.lat IS NOT NULL")
    with conn.cursor().copy("COPY copied_areas FROM STDIN") as copy:
        while chunk := rows.fetchmany(batch):
            for event_id, lon, lat, feature in chunk:
                area = event_area(json.loads(feature)["properties"], lon, lat)
                if area:
                    copy.write_row((event_id, area.shape, *(area.values + (None,) * 4)[:4]))
    conn.execute(f"UPDATE events SET area = {area_sql('c.{}')} FROM copied_areas c WHERE c.id = events.id")


def _copy_extents(db: sqlite3.Connection, conn, batch: int) -> None:
    """Each matched event's extent and days, from SQLite's R*Tree into the events' columns."""
    conn.execute("CREATE TEMP TABLE copied_extents (id bigint, west float8, south float8, east float8, "
                 "north float8, day_lo integer, day_hi integer) ON COMMIT DROP")
    rows = db.execute("SELECT id, west, south, east, north, CAST(day_lo AS INTEGER), CAST(day_hi AS INTEGER) "
                      "FROM event_extents")
    _stream(rows, conn, "COPY copied_extents FROM STDIN", batch)
    conn.execute("UPDATE events SET extent = ST_MakeEnvelope(c.west, c.south, c.east, c.north, 4326), "
                 "day_lo = c.day_lo, day_hi = c.day_hi FROM copied_extents c WHERE c.id = events.id")
