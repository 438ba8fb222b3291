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
    "events": ("id", "event_key", "article_id", "kind", "event_type", "date", "geo_precision", "lat", "lon",
               "place_id", "source", "status", "fatalities", "summary"),
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
        _copy_areas(source.db, conn, batch)
        for table in ("articles", "mentions", "events"):
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")
    with target.connection() as conn:
        conn.execute("ANALYZE")
    return counts


def _copy_table(db: sqlite3.Connection, conn, table: str, columns: tuple[str, ...], batch: int) -> int:
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = db.execute(f"SELECT {quoted} FROM {table} ORDER BY 1")
    n = 0
    with conn.cursor().copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
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
