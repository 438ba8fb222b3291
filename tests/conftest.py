"""Shared fixtures: the real embedded gazetteer (built once), a tiny one, the app, its client, the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_db730f9dc6351edb.txt"
GOLD = Path(__file__).parent / "gold"
# ../shared beside the checkout (CI), or $GEOMAP_SHARED (a worktree elsewhere)
SHARED = Path(os.environ.get("GEOMAP_SHARED") or ROOT.parent / "shared")

# Tests specify the rules; a tagger model a developer trained must not change what they see.
# (Tagger tests pass their own model explicitly.)
os.environ["GEOMAP_TAGGER"] = "off"


@pytest.fixture(scope="session")
def gaz(tmp_path_factory):
    """The embedded default gazetteer, alone: built on first use at $GEOMAP_GAZETTEER (or the
    user data dir) and linked into a folder of its own, so that the layers a developer downloaded,
    imported or added beside it never reach the tests."""
    import shutil

    import gazetteer

    built = gazetteer.default_path()
    if not built.exists() or gazetteer._needs_build(built, _default_fingerprint()):
        gazetteer.build_default(built, progress=False)
    alone = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    try:
        os.link(built, alone)
    except OSError:
        shutil.copyfile(built, alone)
    os.environ["GEOMAP_GAZETTEER"] = str(alone)
    return gazetteer.open_default(alone, progress=False)


def _default_fingerprint() -> str:
    from gazetteer.sources import embedded

    return embedded.fingerprint_default()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads((GOLD / "seed_000.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_doc(gaz, seed_text):
    import geomap

    return geomap.parse(seed_text, published="2016-09-09", title="عنوان", source="BBC Arabic",
                        url="https://www.bbc.com/arabic/example", gazetteer=gaz)


@pytest.fixture
def tiny_gazetteer(tmp_path):
    """A gazetteer of five places written with the real writer: for store-level tests."""
    from gazetteer.store import PREFERRED, Gazetteer, GazetteerWriter, Place

    w = GazetteerWriter(tmp_path / "tiny.sqlite")
    places = [
        Place("geonames:170063", "Aleppo", "حلب", "city", 36.20124, 37.16117, "SY", "09", "حلب", 2098210, "geonames"),
        Place("admin1:SY.09", "Aleppo Governorate", "حلب", "admin1", 36.3, 37.4, "SY", "09", "حلب", 0, "curated",
              "ADM1", (36.5, 35.7, 38.4, 36.9)),
        Place("geonames:2660646", "Geneva", "جنيف", "city", 46.20222, 6.14569, "CH", "GE", None, 201741, "geonames"),
        Place("geonames:4893591", "Geneva", "جنيف", "town", 41.88753, -88.30535, "US", "IL", None, 21806, "geonames"),
        Place("geonames:1808926", "Hangzhou", "هانغتشو", "city", 30.29365, 120.16142, "CN", "02", None, 9236032, "geonames"),
    ]
    w.add_places(places, geonameid=True)
    w.add_names([(p.id, p.name_ar, "ar", PREFERRED) for p in places] +
                [(p.id, p.name, "en", PREFERRED) for p in places] +
                [("geonames:1808926", "هانغجو", "ar", 4)])
    w.add_source("test", description="five places", license="CC BY 4.0", attribution="GeoNames")
    path = w.finish()
    g = Gazetteer(path)
    yield g
    g.close()


# -- the event store's backends -------------------------------------------------------------

BACKENDS = ("sqlite", "postgis")
# A test about one backend's own machinery (SQLite's pragmas, its files) says so with this.
sqlite_only = pytest.mark.parametrize("backend", ["sqlite"])
postgis_only = pytest.mark.parametrize("backend", ["postgis"])


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL 15 + PostGIS 3 server for the whole session (initdb in a
    temporary folder as an unprivileged user, a free port; stopped and removed at the end)."""
    from geomap.bench.postgres import PostgresUnavailable, TemporaryPostgres, missing

    reason = missing()
    if reason:
        pytest.skip(reason)
    try:
        server = TemporaryPostgres().start()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def postgis_store(postgres) -> str:
    """One PostGIS store database for the session's tests, emptied before each test."""
    return postgres.create_database("geomap_tests", store=True)


def emptied(url: str) -> bool:
    """Empty the store at *url* as if new (ids from 1 again); False when something still holds
    its tables (a test left a transaction open): the caller takes a new database instead."""
    import psycopg

    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("SET lock_timeout = '5s'")
            conn.execute("TRUNCATE geomap.articles, geomap.places, geomap.mentions, geomap.events, "
                         "geomap.event_records, geomap.incidents RESTART IDENTITY CASCADE")
        return True
    except psycopg.Error:
        return False


@pytest.fixture
def db_target(backend, request, tmp_path) -> str:
    """Where an empty event store lives for this test: an SQLite file, or the session's
    PostGIS store database, emptied (a new database when it cannot be)."""
    if backend == "sqlite":
        yield str(tmp_path / "events.sqlite")
        return
    server = request.getfixturevalue("postgres")
    url = request.getfixturevalue("postgis_store")
    if emptied(url):
        yield url
        return
    url = server.create_database(store=True)
    yield url
    server.drop_database(url)


@pytest.fixture
def store(db_target):
    """An empty event store (each test runs once per backend)."""
    from geomap.store import EventStore

    s = EventStore(db_target)
    yield s
    s.close()


@pytest.fixture
def app(gaz, db_target):
    from geomap.web import create_app

    app = create_app({"TESTING": True, "GEOMAP_TILES": "none", "GEOMAP_DB": db_target})
    yield app
    app.extensions["geomap_store"].close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(gaz):
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture
def gaz_home(gaz, tmp_path):
    """A gazetteer home of its own: the built default (linked, it is never written in place)
    in a temporary folder, so layers added by a test stay in that test."""
    import gazetteer

    base = tmp_path / "gazetteer.sqlite"
    try:
        os.link(gaz.path, base)
    except OSError:
        import shutil

        shutil.copyfile(gaz.path, base)
    yield base
    gazetteer.invalidate(base)


GEONAMES_FIXTURES = Path(__file__).parent / "fixtures" / "geonames"


@pytest.fixture
def geonames_site(tmp_path):
    """The GeoNames fixture files laid out as the dump server has them (the dumps zipped)."""
    import shutil
    import zipfile

    site = tmp_path / "site"
    (site / "alternatenames").mkdir(parents=True)
    for name in ("SY.txt", "alternatenames/SY.txt"):
        with zipfile.ZipFile(site / name.replace(".txt", ".zip"), "w", zipfile.ZIP_DEFLATED) as z:
            z.write(GEONAMES_FIXTURES / name, "SY.txt")
            z.writestr("readme.txt", "fixture\n")
    for name in ("admin1CodesASCII.txt", "admin2Codes.txt"):
        shutil.copyfile(GEONAMES_FIXTURES / name, site / name)
    return site


@pytest.fixture
def loopback(geonames_site):
    """An HTTP server on 127.0.0.1 serving the GeoNames site, with Range and If-Modified-Since,
    which can be told to break a transfer after N bytes (``server.break_after[path] = N``)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    import email.utils
    import threading

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            server = self.server
            server.requests.append((self.path, self.headers.get("Range"),
                                    self.headers.get("If-Modified-Since")))
            path = server.root / self.path.lstrip("/")
            if not path.is_file():
                self.send_error(404)
                return
            data = path.read_bytes()
            modified = path.stat().st_mtime
            since = self.headers.get("If-Modified-Since")
            if since and email.utils.parsedate_to_datetime(since).timestamp() >= int(modified):
                self.send_response(304)
                self.end_headers()
                return
            start = 0
            rng = self.headers.get("Range")
            if rng and rng.startswith("bytes="):
                start = int(rng[6:].split("-")[0])
                if start >= len(data):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(data)}")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            body = data[start:]
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Last-Modified", email.utils.formatdate(modified, usegmt=True))
            self.end_headers()
            cut = server.break_after.pop(self.path.lstrip("/"), None)
            if cut is not None:
                self.wfile.write(body[:cut])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.root = geonames_site
    server.requests = []
    server.break_after = {}
    server.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def dask_cluster(gaz):
    """A real Dask cluster for the session: a scheduler and two worker processes (one thread
    each), which open the session's gazetteer ($GEOMAP_GAZETTEER, set by ``gaz``)."""
    import logging

    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    client = Client(cluster, set_as_default=False)
    yield client
    client.close()
    cluster.close()


def sound_store(target) -> dict:
    """A store's integrity, checked the hard way on either backend; returns what it holds:
    no half-stored article (the counts written with each article match its rows), no orphans."""
    target = str(target)
    if target.startswith("postgresql://"):
        import psycopg

        con = psycopg.connect(target, autocommit=True)
        con.execute("SET search_path TO geomap, public")
    else:
        import sqlite3

        con = sqlite3.connect(target)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]            # noqa: E731
        assert one("SELECT count(*) FROM articles a WHERE a.events != "
                   "(SELECT count(*) FROM events e WHERE e.article_id = a.id) OR a.mentions != "
                   "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)") == 0
        assert one("SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)") == 0
        assert one("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)") == 0
        assert one("SELECT count(*) FROM event_records WHERE event_id NOT IN (SELECT id FROM events)") == 0
        assert one("SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_records)") == 0
        return {"articles": one("SELECT count(*) FROM articles"), "events": one("SELECT count(*) FROM events"),
                "urls": [r[0] for r in con.execute("SELECT url FROM articles ORDER BY url").fetchall()]}
    finally:
        con.close()
