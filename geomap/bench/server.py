"""The real service for benchmarks: ``geomap serve`` (waitress) in a process of its own on
127.0.0.1 and a free port, with its resident memory and CPU time read from /proc."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from ..errors import GeomapError


class ServerError(GeomapError, RuntimeError):
    """The benchmark's server did not start or died."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``geomap serve --db DB`` in a child process; a context manager that stops it.

    >>> with Server("events.sqlite") as server:        # doctest: +SKIP
    ...     urllib.request.urlopen(server.url + "/api/v1/facets")
    """

    def __init__(self, db: str | os.PathLike, *, threads: int | None = None, tiles: str = "none",
                 log: str | os.PathLike | None = None, env: dict | None = None):
        from ..store import is_url

        self.db = db if is_url(db) else Path(db)
        self.threads = threads
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._env = {**os.environ, "GEOMAP_TILES": tiles, **(env or {})}
        self._log_path = Path(log) if log else None
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 180) -> "Server":
        cmd = [sys.executable, "-m", "geomap.cli", "serve", "--host", "127.0.0.1",
               "--port", str(self.port), "--db", str(self.db)]
        if self.threads:
            cmd += ["--threads", str(self.threads)]
        log = open(self._log_path, "ab") if self._log_path else subprocess.DEVNULL
        self.process = subprocess.Popen(cmd, env=self._env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(f"`{' '.join(cmd)}` exited with status {self.process.returncode}"
                                  + (f"; see {self._log_path}" if self._log_path else ""))
            try:
                with urllib.request.urlopen(self.url + "/api/v1/facets", timeout=5) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        self.stop()
        raise ServerError(f"the server did not answer on {self.url} within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> "Server":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def rss_mb(self) -> float | None:
        """The server's resident memory now (MB), or None where /proc is missing."""
        return process_rss_mb(self.process.pid) if self.process else None

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) the server process has used so far."""
        return process_cpu_seconds(self.process.pid) if self.process else None


def process_rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def process_cpu_seconds(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


class ServerGroup:
    """Several servers on one store, started and stopped together; the load test spreads its
    clients over :attr:`urls` and adds up their CPU time and memory."""

    def __init__(self, servers: list[Server]):
        self.servers = servers
        self.urls = [s.url for s in servers]
        self.url = self.urls[0]

    def __enter__(self) -> "ServerGroup":
        try:
            for server in self.servers:
                server.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        for server in self.servers:
            server.stop()

    def cpu_seconds(self) -> float | None:
        values = [s.cpu_seconds() for s in self.servers]
        return None if None in values else sum(values)

    def rss_mb(self) -> float | None:
        values = [s.rss_mb() for s in self.servers]
        return None if None in values else sum(values)
