"""A throwaway PostgreSQL + PostGIS server for the tests and the benchmarks.

``initdb`` in a temporary folder as an unprivileged user (``postgres``, else
``nobody``, when we are root: PostgreSQL refuses to run as root), ``pg_ctl start``
on 127.0.0.1 and a free port, databases made from a template that has PostGIS,
and everything removed by :meth:`TemporaryPostgres.stop`. The binaries are
Debian's (``postgresql-15-postgis-3``) in ``/usr/lib/postgresql/15/bin``, or
``$GEOMAP_PG_BINDIR``.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ..errors import GeomapError
from .server import free_port

DEFAULT_BINDIR = Path("/usr/lib/postgresql/15/bin")
TEMPLATE = "geomap_template"
# For tests: durability costs time and proves nothing there (the benchmarks keep it).
FAST = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off")


class PostgresUnavailable(GeomapError, RuntimeError):
    """PostgreSQL or PostGIS is not installed here."""


def bindir() -> Path:
    return Path(os.environ.get("GEOMAP_PG_BINDIR") or DEFAULT_BINDIR)


def missing() -> str | None:
    """Why a throwaway server cannot be started here, or None when it can."""
    base = bindir()
    if not (base / "initdb").is_file() or not (base / "pg_ctl").is_file():
        return f"PostgreSQL 15 is not installed ({base}/initdb not found; apt-get install postgresql-15-postgis-3)"
    try:
        share = subprocess.run([str(base / "pg_config"), "--sharedir"], capture_output=True, text=True,
                               check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        share = "/usr/share/postgresql/15"
    if not (Path(share) / "extension" / "postgis.control").is_file():
        return f"PostGIS is not installed for {base} (apt-get install postgresql-15-postgis-3)"
    if os.geteuid() == 0 and _server_user() is None:
        return "running as root and neither the user postgres nor nobody exists to run PostgreSQL"
    return None


def _server_user() -> str | None:
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    return None


class TemporaryPostgres:
    """A PostgreSQL server of our own for as long as it runs.

    >>> with TemporaryPostgres() as pg:                 # doctest: +SKIP
    ...     store = EventStore(pg.create_database())
    """

    def __init__(self, *, durable: bool = False):
        self.durable = durable
        self.port = free_port()
        self.user = _server_user() if os.geteuid() == 0 else None
        self.base: Path | None = None
        self._names = itertools.count(1)
        self._has_store_template = False

    def _run(self, *args: str, **kwargs) -> subprocess.CompletedProcess:
        cmd = [str(bindir() / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, cwd="/", **kwargs)

    def start(self) -> "TemporaryPostgres":
        reason = missing()
        if reason:
            raise PostgresUnavailable(reason)
        # the server's user must reach the folder: $TMPDIR may be private to root, /tmp is not
        shared = "/tmp" if self.user and os.path.isdir("/tmp") else None
        self.base = Path(tempfile.mkdtemp(prefix="geomap-pg-", dir=shared))
        if self.user:
            shutil.chown(self.base, self.user)
        data = self.base / "data"
        init = self._run("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                         "--locale=C.UTF-8", "--no-sync")
        if init.returncode:
            self.stop()
            raise PostgresUnavailable(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        options = (f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c max_connections=300 "
                   + ("" if self.durable else FAST))
        started = self._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.base / "server.log"),
                            "-w", "-t", "60", "start")
        if started.returncode:
            log = (self.base / "server.log").read_text(errors="replace")[-2000:]
            self.stop()
            raise PostgresUnavailable(f"pg_ctl start failed: {started.stderr.strip()} {log}")
        self.execute("postgres", f"CREATE DATABASE {TEMPLATE}")
        self.execute(TEMPLATE, "CREATE EXTENSION postgis")
        return self

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def execute(self, dbname: str, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str | None = None, *, store: bool = False) -> str:
        """A new database with PostGIS, and with an empty event store already in it when
        *store* (copied from a template: faster than migrating each time); its URL."""
        name = name or f"geomap_{os.getpid()}_{next(self._names)}"
        template = TEMPLATE
        if store:
            template = self._store_template()
        self.execute("postgres", f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        return self.url(name)

    def _store_template(self) -> str:
        name = TEMPLATE + "_store"
        if not self._has_store_template:
            from ..store import EventStore

            self.execute("postgres", f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
            EventStore(self.url(name)).close()
            self._has_store_template = True
        return name

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.execute("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self.base is None:
            return
        if (self.base / "data" / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.base / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)
        self.base = None

    def __enter__(self) -> "TemporaryPostgres":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@contextmanager
def postgres_databases(url: str | None, *, needed: bool = True):
    """``create(name)`` → an empty database's URL: *url* itself, or a new database on a
    throwaway server (durable settings) that is removed at the end; None when not *needed*."""
    if not needed:
        yield None
        return
    if url:
        yield lambda name: url
        return
    with TemporaryPostgres(durable=True) as server:
        yield lambda name: server.create_database(name)
