"""The event store: one transaction per article, re-submission replaces, deletes cascade, filters, migrations."""

import json
import sqlite3

import pytest

from geomap.errors import NotFound, StoreError
from geomap.store import SCHEMA_VERSION, EventFilter, EventStore
from geomap.store.schema import MIGRATIONS

from conftest import postgis_only, sqlite_only


@sqlite_only
def test_a_new_sqlite_store_is_wal_at_the_current_schema(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version == SCHEMA_VERSION
    assert store.stats()["articles"] == 0


def test_saving_the_seed(store, seed_doc):
    saved = store.save(seed_doc)
    assert saved.created and saved.events == len(seed_doc.events)
    stats = store.stats()
    assert stats["events"] == len(seed_doc.events)
    assert stats["located_events"] == sum(e.located for e in seed_doc.events)
    assert "كفر ناها" in saved.unresolved
    record = store.article(saved.article_id)
    assert record["text"] == seed_doc.article.text and record["event_count"] == len(seed_doc.events)
    assert {m["text"] for m in record["mentions"]} >= {"جنيف", "حلب"}


def test_the_whole_event_record_is_kept(store, seed_doc):
    saved = store.save(seed_doc)
    [feature] = [f for f in store.events() if f["properties"]["gazetteer_id"] == "geonames:1808926"]
    props = feature["properties"]
    assert props["article_id"] == saved.article_id and props["article_hash"] == seed_doc.article.id
    assert props["sentence"] and props["highlights"] and props["trigger"]


def test_resubmitting_the_same_text_updates(store, seed_doc):
    first = store.save(seed_doc)
    again = store.save(seed_doc)
    assert again.article_id == first.article_id and not again.created
    assert store.stats()["articles"] == 1 and store.stats()["events"] == len(seed_doc.events)


def test_resubmitting_the_same_url_replaces_the_text(store, gaz):
    import geomap

    url = "https://example.org/news/1"
    a = geomap.parse("قتل خمسة في غارة جوية على مدينة حلب اليوم", published="2016-09-09", url=url, gazetteer=gaz)
    b = geomap.parse("قتل ستة في غارة جوية على مدينة حمص اليوم", published="2016-09-10", url=url, gazetteer=gaz)
    first, second = store.save(a), store.save(b)
    assert second.article_id == first.article_id and not second.created
    assert store.stats()["articles"] == 1
    assert "حمص" in store.article(first.article_id)["text"]
    assert {f["properties"]["date"] for f in store.events()} == {"2016-09-10"}


def test_the_map_payload_is_kept_until_any_writer_changes_the_store(store, seed_doc, gaz):
    """The summaries are read once per version of the store; a save or a delete by another
    connection (another process: `geomap ingest` beside `geomap serve`) makes the next read fresh."""
    import geomap

    summary = EventFilter(located=True, limit=10_000)
    assert store.events_json(summary, summary=True) == ((), 0)
    other = EventStore(store.target)
    saved = other.save(seed_doc)
    first = store.events_json(summary, summary=True)
    assert first[1] == sum(e.located for e in seed_doc.events) > 0
    assert store.events_json(summary, summary=True) is first                  # kept
    assert store.facets()["events"] == len(seed_doc.events)
    more = geomap.parse("قتل خمسة في غارة جوية على مدينة حمص اليوم", published="2016-09-10", gazetteer=gaz)
    other.save(more)
    assert store.events_json(summary, summary=True)[1] == first[1] + 1
    assert store.facets()["events"] == len(seed_doc.events) + 1
    other.delete(saved.article_id)
    assert store.events_json(summary, summary=True)[1] == 1
    assert store.facets()["events"] == 1
    other.close()


def test_deleting_an_article_removes_its_events(store, seed_doc):
    saved = store.save(seed_doc)
    store.delete(saved.article_id)
    assert store.stats() | {"schema_version": 0} == {"articles": 0, "events": 0, "located_events": 0,
                                                     "places": 0, "unresolved_names": 0, "schema_version": 0,
                                                         "incidents": 0}
    with pytest.raises(NotFound):
        store.delete(saved.article_id)
    with pytest.raises(NotFound):
        store.article(saved.article_id)


@pytest.mark.parametrize("args, expected", [
    ({}, lambda f: True),
    ({"type": "talks"}, lambda f: f["kind"] == "talks"),
    ({"type": "airstrike,ceasefire"}, lambda f: f["kind"] in ("airstrike", "ceasefire")),
    ({"type": "Strategic developments"}, lambda f: f["event_type"] == "Strategic developments"),
    ({"since": "2016-09-10"}, lambda f: f["date"] and f["date"] >= "2016-09-10"),
    ({"until": "2016-09-08"}, lambda f: f["date"] and f["date"] <= "2016-09-08"),
    ({"precision": "1"}, lambda f: f["geo_precision"] == 1),
    ({"precision": "2,3"}, lambda f: f["geo_precision"] in (2, 3)),
    ({"bbox": "35.5,32.3,42.4,37.3"}, lambda f: f["country"] == "SY" and f["geo_precision"]),   # Syria
    ({"bbox": "5,45,7,47", "since": "2016-09-09"}, lambda f: f["place"] == "Geneva"),
    ({"source": "BBC Arabic"}, lambda f: True),
    ({"source": "Nobody"}, lambda f: False),
    ({"report": "new"}, lambda f: f["report"] == "new"),
    ({"report": "background"}, lambda f: f["report"] == "background"),
    ({"report": "new,background"}, lambda f: True),
    ({"min_confidence": "0.5"}, lambda f: f["confidence"] >= 0.5),
    ({"min_confidence": "0.3", "report": "new"}, lambda f: f["confidence"] >= 0.3 and f["report"] == "new"),
    ({"min_confidence": "0"}, lambda f: True),
    ({"min_confidence": "1"}, lambda f: f["confidence"] >= 1),
])
def test_event_filters(store, seed_doc, args, expected):
    store.save(seed_doc)
    everything = [f["properties"] for f in store.events()]
    found = [f["properties"] for f in store.events(EventFilter.from_args(args))]
    assert sorted(p["event_id"] for p in found) == sorted(p["event_id"] for p in everything if expected(p))


@pytest.mark.parametrize("args, message", [
    ({"since": "yesterday"}, "'since' must be a date"),
    ({"since": "2016-09-10", "until": "2016-09-01"}, "after"),
    ({"bbox": "1,2,3"}, "'bbox' must be four numbers"),
    ({"bbox": "0,95,1,96"}, "'bbox'"),
    ({"precision": "4"}, "'precision' must be between 1 and 3"),
    ({"article": "x"}, "'article' must be a whole number"),
    ({"limit": "0"}, "'limit'"),
    ({"limit": "100000"}, "'limit'"),
    ({"report": "old"}, "'report' must be new, background, planned or several of them"),
    ({"min_confidence": "high"}, "'min_confidence' must be a number from 0 to 1"),
    ({"min_confidence": "1.5"}, "'min_confidence' must be a number from 0 to 1"),
    ({"min_confidence": "nan"}, "'min_confidence' must be a number from 0 to 1"),
])
def test_bad_filters_say_which(args, message):
    from geomap.errors import InputError

    with pytest.raises(InputError, match=message):
        EventFilter.from_args(args)


def test_paging(store, seed_doc):
    store.save(seed_doc)
    total = store.stats()["events"]
    pages = []
    for offset in range(0, total, 7):
        texts, matched = store.events_json(EventFilter(limit=7, offset=offset))
        assert matched == total
        pages.extend(texts)
    assert len(pages) == len(set(pages)) == total


def test_an_older_schema_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "v1.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0][1])
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO articles (text_hash, text, chars, created_at, updated_at) "
               "VALUES ('abc', 'نص', 2, 'now', 'now')")
    db.commit()
    db.close()
    with EventStore(path) as s:
        assert s.migrated_from == 1 and s.schema_version == SCHEMA_VERSION
        assert s.article(1)["text"] == "نص"
        columns = {r[1] for r in s.db.execute("PRAGMA table_info(events)")}
        assert {"status", "fatalities"} <= columns


def test_schema_5_fills_the_map_summaries(tmp_path, seed_doc):
    """A store written at schema 4: its events' map summaries get the fatalities, source, status
    and report, from each event's whole record and its report column."""
    import json

    from geomap.store import prepare

    path = tmp_path / "v4.sqlite"
    art = prepare(seed_doc)
    art.events[0]["properties"]["report"] = "background"
    art.events[1]["properties"]["fatalities"] = 5
    with EventStore(path) as s:
        s.save(art)
        want = {r[0]: json.loads(r[1])["properties"] for r in s.db.execute("SELECT event_key, summary FROM events")}
        for key, props in want.items():             # as schema 4 wrote them
            old = {k: v for k, v in props.items() if k not in ("fatalities", "source", "status", "report")}
            s.db.execute("UPDATE events SET summary = json_set(summary, '$.properties', json(?)) WHERE event_key = ?",
                         (json.dumps(old), key))
        # and without what schemas 6 and 7 (incidents) added
        for statement in ("DROP INDEX events_unplaced", "ALTER TABLE events DROP COLUMN word_count",
                          "ALTER TABLE events DROP COLUMN word_bits_lo", "ALTER TABLE events DROP COLUMN word_bits_hi",
                          "DROP TRIGGER events_extent_deleted", "DROP TABLE event_extents", "DROP TABLE incidents",
                          "DROP INDEX events_incident", "ALTER TABLE events DROP COLUMN incident_id",
                          "ALTER TABLE events DROP COLUMN facts", "ALTER TABLE events DROP COLUMN incident_link"):
            s.db.execute(statement)
        s.db.execute("PRAGMA user_version = 4")
    with EventStore(path) as s:
        assert s.migrated_from == 4 and s.schema_version == SCHEMA_VERSION == 9
        got = {r[0]: json.loads(r[1])["properties"] for r in s.db.execute("SELECT event_key, summary FROM events")}
        for props in list(got.values()) + list(want.values()):
            props.pop("incident_id", None)             # matched again on the upgrade
        assert {p.pop("confidence") for p in got.values()} == {None}      # schema 9: the old scale cleared
        for props in want.values():
            props.pop("confidence")
        assert got == want and sum(p["report"] == "background" for p in got.values()) >= 1
        assert {p["source"] for p in got.values()} == {"BBC Arabic"} and all(p["status"] for p in got.values())
        assert sorted(p["fatalities"] or 0 for p in got.values())[-1] == 5


def test_schema_8_gives_stored_events_their_word_signatures(tmp_path, seed_doc):
    """A store written at schema 7 (no word signatures): its events get the signatures of their
    stored facts' words on the upgrade, as the store writes them for new events, and the unplaced
    events' index holds them."""
    import json

    from geomap.incidents.facts import word_signature

    path = tmp_path / "v7.sqlite"
    with EventStore(path) as s:
        s.save(seed_doc)
        want = {key: word_signature(json.loads(facts)["words"]) for key, facts in s.db.execute(
            "SELECT event_key, facts FROM events")}
        assert want == {r[0]: r[1:] for r in s.db.execute(
            "SELECT event_key, word_count, word_bits_lo, word_bits_hi FROM events")}
        for statement in ("DROP INDEX events_unplaced", "ALTER TABLE events DROP COLUMN word_count",
                          "ALTER TABLE events DROP COLUMN word_bits_lo", "ALTER TABLE events DROP COLUMN word_bits_hi",
                          "CREATE INDEX events_unplaced ON events(kind, place_id, date) WHERE lat IS NULL",
                          "PRAGMA user_version = 7"):
            s.db.execute(statement)
    with EventStore(path) as s:
        assert s.migrated_from == 7 and s.schema_version == SCHEMA_VERSION == 9
        got = {r[0]: r[1:] for r in s.db.execute("SELECT event_key, word_count, word_bits_lo, word_bits_hi FROM events")}
        assert got == want and any(count for count, _, _ in got.values())
        index = " ".join(r[2] for r in s.db.execute("PRAGMA index_info(events_unplaced)"))
        assert "word_bits_hi" in index


def test_schema_9_clears_the_old_confidence_and_a_new_ingest_scores_it(tmp_path, seed_doc):
    """A store written at schema 8 holds the old formula's confidence (another scale): the upgrade
    clears it (null: unknown, which ``min_confidence`` leaves out) in the events' and incidents'
    summaries and records; saving the article again gives its events the model's confidence, in the
    summaries the map and the filter read."""
    import json

    path = tmp_path / "v8.sqlite"
    with EventStore(path) as s:
        s.save(seed_doc)
        want = {f["id"]: f["properties"]["confidence"] for f in s.events()}
        s.db.execute("UPDATE events SET summary = json_remove(summary, '$.properties.confidence')")
        s.db.execute("UPDATE event_records SET feature = json_set(feature, '$.properties.confidence', 0.9)")
        s.db.execute("UPDATE incidents SET summary = json_remove(summary, '$.properties.confidence')")
        s.db.execute("PRAGMA user_version = 8")
    with EventStore(path) as s:
        assert s.migrated_from == 8 and s.schema_version == SCHEMA_VERSION == 9
        for table, column in (("events", "summary"), ("event_records", "feature"), ("incidents", "summary"),
                              ("incidents", "feature")):
            values = {json.loads(r[0])["properties"].get("confidence", "missing")
                      for r in s.db.execute(f"SELECT {column} FROM {table}")}
            assert values == {None}, (table, column, values)
        assert s.events(EventFilter.from_args({"min_confidence": "0.01"})) == []      # unknown is not likely
        s.save(seed_doc)                                  # ingested again: scored by the model
        got = {json.loads(r[0])["id"]: json.loads(r[0])["properties"]["confidence"]
               for r in s.db.execute("SELECT summary FROM events")}
        assert got == want and len(set(want.values())) > 1
        likely = [f["id"] for f in s.events(EventFilter.from_args({"min_confidence": "0.5"}))]
        assert sorted(likely) == sorted(k for k, c in want.items() if c >= 0.5)


@postgis_only
def test_postgis_schema_4_clears_the_old_confidence(store, seed_doc):
    """The PostGIS store's upgrade from schema 3 clears the old confidence as SQLite's schema 9 does."""
    from geomap.store.postgis_schema import migrate

    store.save(seed_doc)
    with store.connection() as conn:
        conn.execute("UPDATE schema_version SET version = 3")
    with store.connection() as conn:
        migrate(conn, "test")
        rows = conn.execute("SELECT e.summary, r.feature::text FROM events e JOIN event_records r "
                            "ON r.event_id = e.id").fetchall()
        incidents = conn.execute("SELECT summary, feature::text FROM incidents").fetchall()
    assert rows and all(json.loads(a)["properties"]["confidence"] is None
                        and json.loads(b)["properties"]["confidence"] is None for a, b in rows)
    assert incidents and all(json.loads(a)["properties"]["confidence"] is None for a, _ in incidents)


def test_word_signatures_are_made_where_the_article_is_parsed(tmp_path, seed_doc):
    """prepare() (run in the parser processes) makes each event's word signature, and the store
    writes those, not its own: the storing process, the one that cannot run in parallel, does less."""
    from geomap.incidents.facts import word_signature
    from geomap.store import prepare

    art = prepare(seed_doc)
    assert art.words == [word_signature(f.words) for f in art.facts] and any(n for n, _, _ in art.words)
    art.words = [(n + 100, lo, hi) for n, lo, hi in art.words]          # marked: the store writes what it was given
    with EventStore(tmp_path / "words.sqlite") as s:
        s.save(art)
        assert sorted(r[0] for r in s.db.execute("SELECT word_count FROM events")) == sorted(
            n for n, _, _ in art.words)


def test_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        EventStore(path)


@pytest.mark.parametrize("content", [b"not a database at all" * 100, None])
def test_other_files_are_refused(tmp_path, content):
    path = tmp_path / "other.sqlite"
    if content is None:                        # someone else's SQLite database
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE mine (x)")
        db.close()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError, match="another file"):
        EventStore(path)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        EventStore(tmp_path)


# kill -9 in the middle of an ingest: tests/test_faults.py (1,000 real articles, then ingested again).


def test_writers_racing_on_the_same_article_store_it_once(store, gaz):
    """Eight threads (one connection each) save two articles at once, over and over, on
    either backend: each ends up stored once, none fails (SQLite: one writer at a time;
    PostGIS: writers of one text or URL wait for each other)."""
    from concurrent.futures import ThreadPoolExecutor

    import geomap
    from geomap.store import prepare

    docs = [prepare(geomap.parse(text, published="2016-09-09", url=f"https://example.org/{n}", gazetteer=gaz))
            for n, text in enumerate(["قتل خمسة في غارة جوية على مدينة حلب اليوم",
                                      "قصفت الطائرات مدينة حلب وريفها الجنوبي اليوم"])]
    with ThreadPoolExecutor(8) as pool:
        saved = list(pool.map(store.save, docs * 12))
    assert sum(s.created for s in saved) == 2
    assert store.stats()["articles"] == 2 and len({s.article_id for s in saved}) == 2


# -- PostGIS: geometries, its index, the view for GIS tools, migrations -----------------------

@postgis_only
def test_postgis_events_carry_points_and_areas(store, seed_doc):
    saved = store.save(seed_doc)
    with store.connection() as conn:
        rows = conn.execute("SELECT event_key, ST_X(geom), ST_Y(geom), lon, lat, GeometryType(area), "
                            "ST_Contains(area, geom) FROM events WHERE geom IS NOT NULL").fetchall()
        shapes = {r[5] for r in rows}
        view = conn.execute("SELECT count(*), count(DISTINCT id) FROM events_map").fetchone()
        columns = conn.execute("SELECT f_table_name, type, srid FROM public.geometry_columns "
                               "WHERE f_table_schema = 'geomap' ORDER BY 1, 2").fetchall()
    assert rows and all(abs(x - lon) < 1e-9 and abs(y - lat) < 1e-9 for _, x, y, lon, lat, _, _ in rows)
    assert shapes == {None, "POLYGON"}
    assert all(inside for *_, shape, inside in rows if shape)          # an area holds its event's point
    assert view == (len(rows), len(rows)) and len(rows) == sum(e.located for e in seed_doc.events)
    assert ("events_map", "POINT", 4326) in columns and ("event_areas_map", "POLYGON", 4326) in columns
    store.delete(saved.article_id)
    with store.connection() as conn:
        assert conn.execute("SELECT count(*) FROM events_map").fetchone()[0] == 0


@postgis_only
def test_the_bbox_filter_can_use_the_gist_index(store, seed_doc):
    store.save(seed_doc)
    where, params = EventFilter.from_args({"bbox": "35.5,32.3,42.4,37.3", "since": "2016-09-01",
                                           "type": "airstrike"}).where(store.dialect)
    with store.connection() as conn, conn.transaction():
        conn.execute("SET LOCAL enable_seqscan = off")
        plan = "\n".join(r[0] for r in conn.execute(f"EXPLAIN SELECT id FROM events WHERE {where}", params))
    assert "events_geom" in plan, plan


def test_a_postgis_store_is_made_in_an_empty_database_and_kept_on_reopen(postgres, seed_doc):
    from geomap.store.postgis_schema import SCHEMA_VERSION as PG_VERSION

    url = postgres.create_database()             # PostGIS, no geomap schema yet
    try:
        with EventStore(url) as first:
            assert first.migrated_from == 0 and first.schema_version == PG_VERSION
            first.save(seed_doc)
        with EventStore(url) as again:
            assert again.migrated_from == PG_VERSION and again.stats()["articles"] == 1
    finally:
        postgres.drop_database(url)


@pytest.mark.parametrize("setup, message", [
    ("CREATE SCHEMA geomap; CREATE TABLE geomap.schema_version (version integer); "
     "INSERT INTO geomap.schema_version VALUES (99)", "newer"),
    ("CREATE SCHEMA geomap; CREATE TABLE geomap.mine (x integer)", "not a geomap event store"),
])
def test_a_postgis_database_that_is_not_ours_is_refused_untouched(postgres, setup, message):
    import psycopg

    url = postgres.create_database()
    try:
        postgres.execute(url.rsplit("/", 1)[1], setup)
        with pytest.raises(StoreError, match=message):
            EventStore(url)
        with psycopg.connect(url) as conn:
            tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'geomap'").fetchall()
        assert "articles" not in {t[0] for t in tables}
    finally:
        postgres.drop_database(url)


def test_an_sqlite_store_copied_into_postgis_answers_the_same(tmp_path, postgres, seed_doc, gaz, runner):
    import geomap
    from geomap.cli import main

    path = tmp_path / "events.sqlite"
    with EventStore(path) as src:
        src.save(seed_doc)
        src.save(geomap.parse("قصفت الطائرات مدينة حلب وريفها الجنوبي اليوم", published="2016-09-10",
                              gazetteer=gaz))
    url = postgres.create_database()
    try:
        result = runner.invoke(main, ["store", "copy", str(path), url])
        assert result.exit_code == 0, result.output
        assert "done: 2 articles" in result.output
        with EventStore(path) as src, EventStore(url) as dst:
            for args in ({}, {"bbox": "35.5,32.3,42.4,37.3"}, {"type": "airstrike", "since": "2016-09-01"},
                         {"min_confidence": "0.3"}):
                flt = EventFilter.from_args(args)
                assert dst.events_json(flt) == src.events_json(flt)
                assert dst.events_json(flt, summary=True) == src.events_json(flt, summary=True)
            from geomap.store.postgis_schema import SCHEMA_VERSION as POSTGIS_VERSION

            assert dst.facets() == src.facets() and dst.stats() == src.stats() | {"schema_version": POSTGIS_VERSION}
            assert dst.incidents(EventFilter()) == src.incidents(EventFilter())
            assert dst.article(1) == src.article(1)
            with dst.connection() as conn:
                assert conn.execute("SELECT count(*) FROM events WHERE area IS NOT NULL").fetchone()[0] >= 2
            dst.save(geomap.parse("قتل خمسة في غارة جوية على مدينة حمص اليوم", published="2016-09-10",
                                  gazetteer=gaz))                  # the ids go on after the copied ones
            assert dst.stats()["articles"] == 3
        again = runner.invoke(main, ["store", "copy", str(path), url])
        assert again.exit_code == 1 and "already holds articles" in again.output
    finally:
        postgres.drop_database(url)


@pytest.mark.parametrize("target", ["postgis://db/events", "postgresql:/postgres@127.0.0.1:5432/x",
                                    "mysql://u:secret@db/events"])
def test_a_url_that_is_not_postgresql_is_refused_not_made_a_file(target, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="neither a file path nor a postgresql:// URL") as caught:
        EventStore(target)
    assert "secret" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []
