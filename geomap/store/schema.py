"""The event store's schema, as a list of migrations applied in order.

The schema version lives in SQLite's ``PRAGMA user_version``. A new version
appends a migration here; an existing file is upgraded on open, in one
transaction, and a file from a newer geomap is refused rather than damaged.
"""

from __future__ import annotations

import sqlite3

from ..errors import StoreError
from ..incidents.facts import stored_word_signature

# Version 1: articles, their mentions, the places they resolve to, their events.
_V1 = """
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    text_hash   TEXT NOT NULL UNIQUE,          -- SHA-256 prefix of the text (Article.id)
    url         TEXT,
    title       TEXT,
    source      TEXT,
    published   TEXT,                           -- YYYY-MM-DD
    text        TEXT NOT NULL,
    chars       INTEGER NOT NULL,
    events      INTEGER NOT NULL DEFAULT 0,
    mentions    INTEGER NOT NULL DEFAULT 0,
    unresolved  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_updated ON articles(updated_at);

CREATE TABLE places (
    id          TEXT PRIMARY KEY,               -- the gazetteer id (geonames:170063, admin1:SY.09…)
    name        TEXT,
    name_ar     TEXT,
    kind        TEXT,
    country     TEXT,
    admin1      TEXT,
    lat         REAL,
    lon         REAL
);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    area_start  INTEGER,
    area_end    INTEGER,
    area_text   TEXT,
    place_id    TEXT REFERENCES places(id),
    lat         REAL,
    lon         REAL,
    geo_precision INTEGER,
    radius_km   REAL,
    confidence  REAL
);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    event_key   TEXT NOT NULL UNIQUE,           -- the pipeline's event id (text hash + number)
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    event_type  TEXT NOT NULL,
    date        TEXT,
    geo_precision INTEGER,
    lat         REAL,
    lon         REAL,
    place_id    TEXT REFERENCES places(id),
    source      TEXT,
    summary     TEXT NOT NULL                   -- the Feature with only what the map draws and filters on
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_kind_date ON events(kind, date);
CREATE INDEX events_lon_lat ON events(lon, lat);
CREATE INDEX events_place ON events(place_id);

-- The whole GeoJSON Feature of each event (new fields need no migration), apart from the
-- filter columns so that scanning events stays cheap.
CREATE TABLE event_records (
    event_id    INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    feature     TEXT NOT NULL
);
"""

# Version 2: the event fields issue 5 adds (status, fatalities), as filterable columns, and the
# indexes that keep the pages' counts from reading the wide rows (text, JSON).
_V2 = """
ALTER TABLE events ADD COLUMN status TEXT;
ALTER TABLE events ADD COLUMN fatalities INTEGER;
CREATE INDEX events_source ON events(source);
CREATE INDEX events_precision ON events(geo_precision);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX mentions_place_text ON mentions(place_id, text);
"""

# Version 3 (issue 7's load test): the index the API's order (newest first, then by id) walks,
# so that a page of events is read without sorting every match, wide rows and all; an index on
# the ACLED type, so that a type filter (kind OR event_type) is two index searches; and a change
# counter every writer bumps (any process: triggers), so that a process may keep what it read
# for as long as the counter stays the same.
_V3 = """
CREATE INDEX events_recent ON events(date DESC, id);
CREATE INDEX events_type ON events(event_type);
CREATE TABLE changes (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    n           INTEGER NOT NULL
);
INSERT INTO changes VALUES (1, 0);
CREATE TRIGGER articles_inserted AFTER INSERT ON articles BEGIN UPDATE changes SET n = n + 1; END;
CREATE TRIGGER articles_updated AFTER UPDATE ON articles BEGIN UPDATE changes SET n = n + 1; END;
CREATE TRIGGER articles_deleted AFTER DELETE ON articles BEGIN UPDATE changes SET n = n + 1; END;
"""

# Version 4 (issue 11): whether an event is news or background (history, context, a campaign, a
# running total), so that the map's default view and the ACLED CSV can leave background out.
_V4 = """
ALTER TABLE events ADD COLUMN report TEXT NOT NULL DEFAULT 'new';
CREATE INDEX events_report ON events(report);
"""

# Version 5 (issue 12's map): each event's map summary gains what the map now draws, filters on
# and lists by itself — fatalities (marker size), source, status and report — from the event's
# whole record (stores written before have them only there).
_V5 = """
UPDATE events SET summary = (SELECT json_set(events.summary,
    '$.properties.fatalities', json_extract(r.feature, '$.properties.fatalities'),
    '$.properties.source', json_extract(r.feature, '$.properties.source'),
    '$.properties.status', json_extract(r.feature, '$.properties.status'),
    '$.properties.report', events.report)
  FROM event_records r WHERE r.event_id = events.id)
  WHERE EXISTS (SELECT 1 FROM event_records r WHERE r.event_id = events.id);
UPDATE changes SET n = n + 1;
"""

# Version 6 (issue 15): incidents — one per happening, grouping events of different articles.
# Each event keeps its incident, the facts matching compares and the scores that put it there;
# an R*Tree indexes every event's extent in space (the box it may lie in), time (the days it
# may have happened on) and kind (a number per kind), so that a new event is matched against the events near it, not all.
# The incident's record is remade from its members whenever one joins or leaves.
_V6 = """
CREATE TABLE incidents (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    event_type  TEXT NOT NULL,
    date        TEXT,
    geo_precision INTEGER,
    lat         REAL,
    lon         REAL,
    status      TEXT,
    fatalities  INTEGER,
    report      TEXT NOT NULL DEFAULT 'new',
    n_events    INTEGER NOT NULL DEFAULT 0,
    n_sources   INTEGER NOT NULL DEFAULT 0,
    summary     TEXT NOT NULL,
    feature     TEXT NOT NULL
);
CREATE INDEX incidents_recent ON incidents(date DESC, id);
CREATE INDEX incidents_kind_date ON incidents(kind, date);
CREATE INDEX incidents_type ON incidents(event_type);
CREATE INDEX incidents_lon_lat ON incidents(lon, lat);
CREATE INDEX incidents_precision ON incidents(geo_precision);
ALTER TABLE events ADD COLUMN incident_id INTEGER;
ALTER TABLE events ADD COLUMN facts TEXT;
ALTER TABLE events ADD COLUMN incident_link TEXT;
CREATE INDEX events_incident ON events(incident_id);
CREATE VIRTUAL TABLE event_extents USING rtree(id, west, east, south, north, day_lo, day_hi, kind_lo, kind_hi);
CREATE TRIGGER events_extent_deleted AFTER DELETE ON events BEGIN
    DELETE FROM event_extents WHERE id = old.id;
END;
"""

# Version 7 (issue 15): events with no place to draw are matched to the reports that retell them
# through their kind, place (a country, or none) and date: a partial index over them alone.
_V7 = """
CREATE INDEX events_unplaced ON events(kind, place_id, date) WHERE lat IS NULL;
"""

# Version 8 (issue 15's speed): each event's sentence words as a count and a 128-bit signature
# (geomap.incidents.facts.word_signature), in the unplaced events' index beside their incident and
# article, so that the unplaced reports a new one cannot retell are ruled out by the index alone,
# without reading their rows (sqlite_incidents.SQLiteIncidents.unplaced). Events stored before get
# their signatures from their stored facts (geomap_word_signature, registered by migrate()).
_V8 = """
ALTER TABLE events ADD COLUMN word_count INTEGER;
ALTER TABLE events ADD COLUMN word_bits_lo INTEGER;
ALTER TABLE events ADD COLUMN word_bits_hi INTEGER;
UPDATE events SET word_count = geomap_word_signature(facts, 0), word_bits_lo = geomap_word_signature(facts, 1),
    word_bits_hi = geomap_word_signature(facts, 2) WHERE facts IS NOT NULL;
DROP INDEX events_unplaced;
CREATE INDEX events_unplaced ON events(kind, place_id, date, incident_id, article_id, word_count, word_bits_lo,
    word_bits_hi, lat) WHERE lat IS NULL;
"""

# Version 9 (issue 11's learned confidence): the map's summaries of events and incidents carry their
# confidence, which the map and the API's ``min_confidence`` filter read. The confidence stores written
# before hold came from a fixed formula (never below 0.5, ranking right and wrong events no better than
# chance) on another scale: it is cleared (null: unknown), not carried over; `geomap ingest` the
# articles again to score their events with the model.
_V9 = """
UPDATE events SET summary = json_set(summary, '$.properties.confidence', NULL);
UPDATE event_records SET feature = json_set(feature, '$.properties.confidence', NULL);
UPDATE incidents SET summary = json_set(summary, '$.properties.confidence', NULL),
    feature = json_set(feature, '$.properties.confidence', NULL);
UPDATE changes SET n = n + 1;
"""

MIGRATIONS: list[tuple[int, str]] = [(1, _V1), (2, _V2), (3, _V3), (4, _V4), (5, _V5), (6, _V6), (7, _V7),
                                     (8, _V8), (9, _V9)]
SCHEMA_VERSION = MIGRATIONS[-1][0]
INCIDENTS_VERSION = 6          # the first version with incidents: older stores are matched on upgrade


def version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection, path: str, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to *target*; returns the version the file had before."""
    before = version(db)
    if before > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has event-store schema {before}, newer than this geomap's {SCHEMA_VERSION}: "
            "upgrade geomap, or point --db / GEOMAP_DB at another file")
    if before >= target:
        return before
    if before == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise StoreError(f"{path} is an SQLite file but not a geomap event store; "
                         "point --db / GEOMAP_DB at another file")
    db.create_function("geomap_word_signature", 2, stored_word_signature, deterministic=True)
    db.execute("BEGIN IMMEDIATE")
    try:
        for number, script in MIGRATIONS:
            if before < number <= target:
                for statement in _statements(script):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return before


def _statements(script: str) -> list[str]:
    """The statements of a migration (executescript would commit half-way); a trigger's body
    keeps its inner semicolons.

    >>> _statements("CREATE TABLE t (a); CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; END;")
    ['CREATE TABLE t (a);', 'CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; END;']
    """
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    out, pending = [], ""
    for piece in "\n".join(lines).split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip())
            pending = ""
    return out
