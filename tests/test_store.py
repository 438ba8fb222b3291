"""The event store: one transaction per article, re-submission replaces, deletes cascade, filters, migrations."""

import sqlite3

import pytest

from geomap.errors import NotFound, StoreError
from geomap.store import SCHEMA_VERSION, EventFilter, EventStore
from geomap.store.schema import MIGRATIONS

from conftest import sqlite_only


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
                                                     "places": 0, "unresolved_names": 0, "schema_version": 0}
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
