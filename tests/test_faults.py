"""Faults: nothing is lost or half-written when the process is killed, the disk fills up, the
store is read-only, the gazetteer is damaged or missing, or a batch is full of bad files.

Every test drives the real pieces: `geomap ingest` and `geomap serve` as processes, real
SQLite files, a real small filesystem (tmpfs) and a real read-only mount (both in a user and
mount namespace of their own, so no privileges are needed and nothing is left mounted), and
an unprivileged user (`nobody`, since CI runs as root and root ignores file permissions).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEED, SHARED, postgis_only, sound_store, sqlite_only
from geomap.store import EventStore

CORPUS = SHARED / "corpora" / "saudinewsnet.jsonl.gz"
needs_corpus = pytest.mark.skipif(not CORPUS.is_file(), reason="needs ../shared/corpora/saudinewsnet.jsonl.gz")
SEED_TEXT = SEED.read_text(encoding="utf-8")


# -- helpers ---------------------------------------------------------------------------

def corpus_slice(path: Path, count: int, skip: int = 0) -> list[dict]:
    """Real SaudiNewsNet records, written to *path* as JSON lines, and returned."""
    from geomap.bench.corpus import read_records

    records = read_records(SHARED, count, skip=skip)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


def geomap_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "geomap.cli", *args]


def env_with(gaz_path, **extra) -> dict:
    return {**os.environ, "GEOMAP_GAZETTEER": str(gaz_path), "GEOMAP_TAGGER": "off", **extra}


def file_bytes(db: Path) -> str:
    """The bytes of the store file and its WAL, for a store nothing could write to."""
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        p = Path(str(db) + suffix)
        h.update(p.read_bytes() if p.exists() else b"-")
    return h.hexdigest()


def contents(db: Path) -> str:
    """Every row of every table (a WAL checkpoint may move bytes; the rows are what must not change)."""
    con = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def unshare_works() -> bool:
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"],
                          capture_output=True).returncode == 0


needs_namespaces = pytest.mark.skipif(
    not unshare_works(), reason="needs `unshare --user --map-root-user --mount` (user namespaces) to mount "
                                "a small or read-only filesystem without privileges")


def in_namespace(script: str, *args: str, env: dict, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run a shell *script* (with *args* as $1…) in a user and mount namespace of its own:
    its mounts vanish with it."""
    return subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", *args],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


# -- kill -9 in the middle of an ingest ----------------------------------------------

@needs_corpus
@pytest.mark.slow
def test_kill_9_mid_ingest_then_ingest_again_stores_every_article_once(tmp_path, gaz, db_target):
    source = tmp_path / "saudinewsnet-1000.jsonl"
    records = corpus_slice(source, 1000)
    db = db_target
    env = env_with(gaz.path)
    # its own process group: the kill takes the parser processes with it, as a crash would
    proc = subprocess.Popen(geomap_cmd("ingest", str(source), "--db", str(db), "--no-progress", "-j", "2"),
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.time() + 180
        stored = 0
        while time.time() < deadline and proc.poll() is None:
            stored = stored_articles(db)
            if stored >= 150:
                break
            time.sleep(0.1)
        assert proc.poll() is None, "the ingest finished (or died) before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    after_kill = sound_store(db)
    assert 150 <= after_kill["articles"] < 1000

    again = subprocess.run(geomap_cmd("ingest", str(source), "--db", str(db), "--no-progress", "-j", "2"),
                           env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    failed = [line for line in again.stderr.splitlines() if line.startswith("failed:")]
    final = sound_store(db)
    assert final["articles"] == 1000 - len(failed), again.stdout + again.stderr
    urls = [r["url"] for r in records]
    assert len(set(urls)) == len(urls)
    assert len(set(final["urls"])) == final["articles"]             # each article once
    assert f"({1000 - len(failed) - after_kill['articles']:,} new, {after_kill['articles']:,} updated)" \
        in again.stdout


def stored_articles(target: str) -> int:
    """How many articles a store holds, read from outside while another process writes."""
    if target.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(target, autocommit=True) as probe:
            return probe.execute("SELECT count(*) FROM geomap.articles").fetchone()[0]
    try:
        with sqlite3.connect(f"file:{target}?mode=ro", uri=True, timeout=5) as probe:
            return probe.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


# -- a full disk ---------------------------------------------------------------------------

def test_a_full_disk_stops_the_ingest_and_keeps_the_store_as_it_was(tmp_path, gaz, seed_doc):
    """SQLite's page limit is a full disk to SQLite: the same error, the same path through our code."""
    from geomap.ingest import ArticleInput, ingest

    db = tmp_path / "events.sqlite"
    with EventStore(db) as store:
        store.save(seed_doc)
        before = contents(db)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        items = [ArticleInput(f"a{n}.txt", SEED_TEXT + "\n" + "غارة على حلب. " * n, {"published": "2016-09-09"})
                 for n in range(1, 6)]
        summary = ingest(items, store, gazetteer=gaz)
    assert summary.stored == 0 and len(summary.failures) == 1        # stopped at the first: no flood of lines
    assert "is full" in summary.stopped and "free some space" in summary.stopped
    assert any("stopped early" in line for line in summary.lines())
    assert contents(db) == before
    assert sound_store(db)["articles"] == 1


@sqlite_only
def test_the_api_says_the_disk_is_full(app, client, gaz):
    store = app.extensions["geomap_store"]
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    for connection in list(store._all):
        connection.execute(f"PRAGMA max_page_count = {pages}")
    response = client.post("/api/v1/articles", json={"text": SEED_TEXT, "published": "2016-09-09"})
    assert response.status_code == 503
    assert "is full" in response.get_json()["error"]


@needs_corpus
@needs_namespaces
@pytest.mark.slow
def test_geomap_ingest_on_a_small_filesystem_that_fills_up(tmp_path, gaz):
    """A real 1 MB tmpfs: the CLI stops with one clear line, every stored article is whole, and
    the same command finishes the job once there is room, with no duplicates."""
    source = tmp_path / "some.jsonl"
    corpus_slice(source, 300)
    disk = tmp_path / "disk"
    disk.mkdir()
    saved = tmp_path / "saved"
    saved.mkdir()
    script = ('mount -t tmpfs -o size=1m tmpfs "$1" && '
              '"$2" -m geomap.cli ingest "$3" --db "$1/events.sqlite" --no-progress -j 1 > "$4/out" 2> "$4/err"; '
              'status=$?; cp "$1"/events.sqlite* "$4"/; exit $status')
    run = in_namespace(script, str(disk), sys.executable, str(source), str(saved), env=env_with(gaz.path))
    out, err = (saved / "out").read_text(), (saved / "err").read_text()
    assert run.returncode == 1, out + err + run.stderr
    assert "Traceback" not in err
    full = [line for line in err.splitlines() if "is full" in line]
    assert len(full) == 1 and "free some space" in full[0]
    assert "stopped early" in out
    stored = sound_store(saved / "events.sqlite")
    assert 0 < stored["articles"] < 300
    # room again (the copy is on the big disk): the same command finishes, nothing twice
    again = subprocess.run(geomap_cmd("ingest", str(source), "--db", str(saved / "events.sqlite"), "--no-progress",
                                      "-j", "1"), env=env_with(gaz.path), cwd=ROOT, capture_output=True,
                           text=True, timeout=600)
    final = sound_store(saved / "events.sqlite")
    failed = sum(line.startswith("failed:") for line in again.stderr.splitlines())
    assert final["articles"] == 300 - failed and len(set(final["urls"])) == final["articles"]


# -- a read-only store ---------------------------------------------------------------------

@pytest.fixture
def readable_folder():
    """A folder the unprivileged user can read (pytest's tmp_path is private to root)."""
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="geomap-faults-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def filled_store(readable_folder, seed_doc, gaz):
    folder = readable_folder / "store"
    folder.mkdir(mode=0o755)
    db = folder / "events.sqlite"
    with EventStore(db) as store:
        store.save(seed_doc)
    db.chmod(0o644)
    shutil.copy(gaz.path, readable_folder / "gazetteer.sqlite")
    (readable_folder / "gazetteer.sqlite").chmod(0o644)
    article = readable_folder / "article.txt"
    article.write_text(SEED_TEXT + "\nوقصفت الطائرات مدينة حمص.", encoding="utf-8")
    article.chmod(0o644)
    return db


def _read_only_run(how: str, db: Path) -> subprocess.CompletedProcess:
    folder = db.parent.parent
    args = geomap_cmd("ingest", str(folder / "article.txt"), "--db", str(db), "--no-progress",
                      "--published", "2016-09-09")
    env = env_with(folder / "gazetteer.sqlite", HOME=str(folder))
    if how == "read-only mount":
        if not unshare_works():
            pytest.skip("needs user namespaces (unshare) for a read-only mount")
        script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
        return in_namespace(script, str(db.parent), *args, env=env)
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run the writer as the unprivileged user nobody")
    nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = subprocess.run([*nobody, sys.executable, "-c", f"import geomap; open({str(db)!r}, 'rb').read(1)"],
                           capture_output=True, cwd="/", env=env)
    if probe.returncode:
        pytest.skip("the user nobody cannot read this Python installation or the test's folder")
    return subprocess.run([*nobody, *args], env=env, cwd="/", capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("how", ["read-only mount", "unprivileged user"])
def test_a_read_only_store_is_a_clear_error_and_stays_as_it_was(how, filled_store):
    before = file_bytes(filled_store), contents(filled_store)
    run = _read_only_run(how, filled_store)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    assert "read-only" in run.stderr and "--db" in run.stderr, run.stderr
    assert (file_bytes(filled_store), contents(filled_store)) == before
    assert sound_store(filled_store)["articles"] == 1


# -- PostgreSQL: a read-only database, a server that is not there ----------------------------

@pytest.fixture
def read_only_database(postgres, seed_doc):
    """A PostGIS store holding the seed, then made read-only for every new session (as a hot
    standby, or a user without write grants, is)."""
    url = postgres.create_database(store=True)
    with EventStore(url) as store:
        store.save(seed_doc)
    name = url.rsplit("/", 1)[1]
    postgres.execute("postgres", f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    yield url
    postgres.drop_database(url)


def test_the_api_says_a_read_only_database_is_read_only(read_only_database, gaz):
    from geomap.web import create_app

    app = create_app({"TESTING": True, "GEOMAP_TILES": "none", "GEOMAP_DB": read_only_database})
    try:
        response = app.test_client().post("/api/v1/articles", json={"text": SEED_TEXT, "published": "2016-09-09"})
        assert response.status_code == 503
        assert "read-only" in response.get_json()["error"]
        assert app.test_client().get("/api/v1/facets").get_json()["articles"] == 1     # reads still work
    finally:
        app.extensions["geomap_store"].close()
    assert sound_store(read_only_database)["articles"] == 1


def test_geomap_ingest_into_a_read_only_database_is_one_clear_line(read_only_database, gaz, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(SEED_TEXT + "\nوقصفت الطائرات مدينة حمص.", encoding="utf-8")
    run = subprocess.run(geomap_cmd("ingest", str(article), "--db", read_only_database, "--no-progress",
                                    "--published", "2016-09-09"), env=env_with(gaz.path), cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "read-only" in run.stderr and "--db" in run.stderr, run.stderr
    assert sound_store(read_only_database)["articles"] == 1


@pytest.mark.parametrize("command", ["ingest", "serve"])
def test_a_postgresql_server_that_is_not_there_is_one_clear_line(command, gaz, tmp_path):
    from geomap.bench.server import free_port

    url = f"postgresql://geomap:secret@127.0.0.1:{free_port()}/events"
    args = [str(SEED), "--no-progress"] if command == "ingest" else ["--port", "0"]
    run = subprocess.run(geomap_cmd(command, *args, "--db", url), env=env_with(gaz.path), cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1 and "cannot reach the PostgreSQL server" in lines[0], run.stderr
    assert "secret" not in run.stderr and "geomap:***@127.0.0.1" in lines[0]


# -- a corrupt or missing gazetteer ---------------------------------------------------------

def _damaged(kind: str, real: Path, path: Path) -> Path:
    if kind == "not a database":
        path.write_bytes(b"\x00garbage, not SQLite\n" * 500)
    elif kind == "empty file":
        path.write_bytes(b"")
    elif kind == "truncated":
        with open(real, "rb") as f:
            path.write_bytes(f.read(os.path.getsize(real) // 3))
    return path


# (an unfinished or outdated default is rebuilt on open, by design: not an error)
DAMAGE = ["not a database", "empty file", "truncated"]


@pytest.mark.parametrize("command", ["parse", "ingest"])
@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_gazetteer_is_one_clear_line_from_the_cli(kind, command, gaz, tmp_path):
    bad = _damaged(kind, gaz.path, tmp_path / "gazetteer.sqlite")
    args = [str(SEED)] if command == "parse" else [str(SEED), "--db", str(tmp_path / "e.sqlite"), "--no-progress"]
    run = subprocess.run(geomap_cmd(command, *args), env=env_with(bad), cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1 and str(bad) in lines[0]
    assert "geomap gazetteer build --force" in lines[0]


@pytest.mark.parametrize("kind", ["not a database", "truncated"])
def test_geomap_serve_refuses_a_damaged_gazetteer(kind, gaz, tmp_path):
    bad = _damaged(kind, gaz.path, tmp_path / "gazetteer.sqlite")
    run = subprocess.run(geomap_cmd("serve", "--port", "0", "--db", str(tmp_path / "e.sqlite")),
                         env=env_with(bad), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "gazetteer build --force" in run.stderr


def test_the_service_answers_503_with_the_remedy_when_its_gazetteer_is_damaged(gaz, tmp_path):
    from geomap.web import create_app

    bad = _damaged("truncated", gaz.path, tmp_path / "gazetteer.sqlite")
    app = create_app({"GEOMAP_DB": str(tmp_path / "e.sqlite"), "GAZETTEER_PATH": str(bad), "TESTING": True})
    client = app.test_client()
    for method, url in (("post", "/api/v1/parse"), ("post", "/api/v1/articles")):
        response = getattr(client, method)(url, json={"text": SEED_TEXT})
        assert response.status_code == 503
        assert "geomap gazetteer build --force" in response.get_json()["error"]
    page = client.post("/", data={"text": SEED_TEXT})
    assert page.status_code == 503 and "gazetteer build --force".encode() in page.data
    assert client.get("/api/v1/facets").status_code == 200           # reads of the store still work
    app.extensions["geomap_store"].close()


def test_parser_processes_report_a_missing_gazetteer_per_article(gaz, tmp_path):
    """A gazetteer that vanishes between the start of an ingest and its parser processes."""
    from geomap.ingest import ArticleInput
    from geomap.ingest.runner import _init_worker, _parse_in_worker

    _init_worker(str(tmp_path / "gone.sqlite"))
    try:
        origin, outcome = _parse_in_worker((ArticleInput("a.txt", SEED_TEXT, {}), None))
    finally:
        _init_worker(str(gaz.path))
    assert "could not open the gazetteer" in outcome.message and "geomap gazetteer build" in outcome.message


@pytest.mark.slow
def test_the_remedy_works_rebuild_a_damaged_gazetteer(gaz, tmp_path):
    bad = _damaged("truncated", gaz.path, tmp_path / "gazetteer.sqlite")
    env = env_with(bad)
    rebuilt = subprocess.run(geomap_cmd("gazetteer", "build", "--force"), env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=300)
    assert rebuilt.returncode == 0, rebuilt.stderr
    run = subprocess.run(geomap_cmd("parse", str(SEED), "--format", "geojson"), env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and json.loads(run.stdout)["features"]


def test_a_gazetteer_that_cannot_be_built_says_where_and_why(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    run = subprocess.run(geomap_cmd("parse", str(SEED)), env=env_with(blocker / "gazetteer.sqlite"), cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "cannot build the gazetteer at" in run.stderr and "GEOMAP_GAZETTEER" in run.stderr


# -- malformed inputs in bulk --------------------------------------------------------------

def test_a_batch_of_bad_files_is_reported_one_line_each_and_goes_on(tmp_path, gaz, runner):
    from geomap.cli import main

    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "01-good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (folder / "01-good.meta.json").write_text(json.dumps({"published": "2016-09-09"}), encoding="utf-8")
    bad = {
        "02-binary.txt": bytes(range(256)) * 64,
        "03-latin1.txt": "Le café de la gare, à Genève: ça coûte cher.".encode("latin-1"),
        "04-empty.txt": b"",
        "05-huge.txt": ("غارة على حلب. " * 4_000_000).encode("utf-8")[:50 * 1024 * 1024],
        "06-not-an-article.json": json.dumps({"name": "not an article", "items": [1, 2]}).encode(),
        "07-a-string.json": b'"just a string"',
        "08-broken.json": b'{"text": "\xd8\xba',
        "09-gzip-that-is-not.jsonl.gz": b"plain bytes",
        "10-cp1256.txt": "قصف على مدينة حلب".encode("cp1256"),
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    lines = [json.dumps({"content": "غارة جوية على مدينة حلب اليوم الجمعة", "date_extracted": "2015-07-24"},
                        ensure_ascii=False), "{oops", json.dumps({"content": ""}), json.dumps(["x"])]
    (folder / "11-mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "events.sqlite"
    started = time.perf_counter()
    result = runner.invoke(main, ["ingest", str(folder), "--db", str(db), "--no-progress"])
    assert time.perf_counter() - started < 60
    assert result.exit_code == 1
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    expected = {**{name: None for name in bad}, "11-mixed.jsonl:2": None, "11-mixed.jsonl:3": None,
                "11-mixed.jsonl:4": None}
    assert len(failed) == len(expected), "\n".join(failed)
    for origin in expected:                          # one line each, naming the file (and the line)
        assert sum(f"{folder / origin}:" in line for line in failed) == 1, (origin, failed)
    reasons = "\n".join(failed)
    for reason in ("binary", "not UTF-8", "empty", "too large", "no article text", "expected a JSON object",
                   "not valid JSON", "cannot read the file"):
        assert reason in reasons
    assert "Traceback" not in result.output
    assert "articles: 2 stored (2 new, 0 updated), 12 failed" in result.output
    assert sound_store(db)["articles"] == 2
