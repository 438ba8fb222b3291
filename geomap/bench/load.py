"""``geomap bench load``: the real server under concurrent clients, for a fixed time.

The server is ``geomap serve`` (waitress) in its own process; the clients are
threads of this process, each with one keep-alive connection and one request in
flight at a time, so at most *clients* requests are outstanding. Each client
repeats a mix of what analysts and a newsroom do at once:

- ``map``: the ``/map`` page, then the event summaries it fetches (two requests);
- ``query``: ``/api/v1/events`` with a random mix of bbox, date range, type and precision;
- ``ingest``: ``POST /api/v1/articles`` with a real SaudiNewsNet article not yet stored.

Every answer other than 2xx, every reset connection and every timeout is an error.
"""

from __future__ import annotations

import datetime as dt
import http.client
import itertools
import json
import random
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from .api import percentile
from .corpus import BenchCorpusMissing

MIX = (("query", 0.6), ("map", 0.2), ("ingest", 0.2))
BOXES = {"Syria": (35.5, 32.3, 42.4, 37.3), "Iraq": (38.8, 29.0, 48.6, 37.4),
         "Yemen": (42.5, 12.1, 54.0, 19.0), "Libya": (9.3, 19.5, 25.2, 33.2),
         "Middle East": (25.0, 12.0, 63.0, 42.0)}
TYPES = ("airstrike", "shelling", "battle", "killing", "explosion", "talks", "agreement",
         "Battles", "Explosions/Remote violence", "Violence against civilians")
FIRST_DAY = dt.date(2015, 7, 21)            # SaudiNewsNet's range
LAST_DAY = dt.date(2015, 8, 20)
REQUEST_TIMEOUT_S = 60


@dataclass
class Level:
    """What one run at a number of clients measured."""

    clients: int
    seconds: float
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    server_cpu_s: float | None = None
    client_cpu_s: float | None = None            # the load client's own share of the two cores
    server_rss_mb: float | None = None

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    def summary(self) -> dict:
        every = sorted(itertools.chain.from_iterable(self.latencies.values()))
        out = {"clients": self.clients, "seconds": round(self.seconds, 1), "requests": self.requests,
               "errors": len(self.errors), "requests_per_s": round(self.requests / self.seconds, 1),
               "p50_ms": round(percentile(every, 50), 1), "p99_ms": round(percentile(every, 99), 1),
               "max_ms": round(every[-1], 1) if every else None,
               "server_cpu_s": round(self.server_cpu_s, 1) if self.server_cpu_s is not None else None,
               "client_cpu_s": round(self.client_cpu_s, 1) if self.client_cpu_s is not None else None,
               "server_rss_mb": round(self.server_rss_mb, 1) if self.server_rss_mb is not None else None,
               "by_request": {}, "error_samples": self.errors[:5]}
        for name, values in sorted(self.latencies.items()):
            values = sorted(values)
            out["by_request"][name] = {"requests": len(values), "p50_ms": round(percentile(values, 50), 1),
                                       "p99_ms": round(percentile(values, 99), 1)}
        return out


class Articles:
    """Real articles to POST, shared by the clients (each taken once, then again from the start)."""

    def __init__(self, bodies: list[bytes]):
        if not bodies:
            raise BenchCorpusMissing("the load test needs articles to ingest: the corpus has no usable Arabic article")
        self._bodies = bodies
        self._next = itertools.cycle(bodies)
        self._lock = threading.Lock()

    def take(self) -> bytes:
        with self._lock:
            return next(self._next)


def article_bodies(records, count: int) -> list[bytes]:
    """JSON bodies for ``POST /api/v1/articles`` from ingest inputs (text and metadata); records
    the parser refuses (not Arabic, empty) are left out, so a 422 in the load test is a bug."""
    from ..errors import InputError
    from ..ingest import ArticleInput
    from ..pipeline import check_text

    bodies = []
    for item in records:
        if len(bodies) == count:
            break
        if not isinstance(item, ArticleInput):
            continue
        try:
            check_text(item.text)
        except InputError:
            continue
        bodies.append(json.dumps({"text": item.text, **item.meta}, ensure_ascii=False).encode())
    return bodies


def random_query(rng: random.Random) -> str:
    args: dict[str, str] = {}
    if rng.random() < 0.6:
        args["bbox"] = ",".join(f"{v:g}" for v in BOXES[rng.choice(list(BOXES))])
    if rng.random() < 0.5:
        start = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        args["since"] = start.isoformat()
        args["until"] = min(LAST_DAY, start + dt.timedelta(days=rng.choice((1, 7, 14)))).isoformat()
    if rng.random() < 0.4:
        args["type"] = ",".join(rng.sample(TYPES, rng.choice((1, 2, 3))))
    if rng.random() < 0.3:
        args["precision"] = ",".join(sorted(rng.sample(("1", "2", "3"), rng.choice((1, 2)))))
    if rng.random() < 0.2:
        args["fields"] = "summary"
    return "/api/v1/events" + ("?" + urlencode(args) if args else "")


class Client(threading.Thread):
    """One analyst or newsroom script: one connection, one request at a time, until *stop*."""

    def __init__(self, number: int, base_url: str, articles: Articles, stop_at: float, level: Level,
                 lock: threading.Lock):
        super().__init__(daemon=True, name=f"load-client-{number}")
        self.rng = random.Random(number)
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.articles, self.stop_at, self.level, self.lock = articles, stop_at, level, lock
        self.conn: http.client.HTTPConnection | None = None

    def run(self) -> None:
        ops, weights = zip(*MIX)
        while time.monotonic() < self.stop_at:
            op = self.rng.choices(ops, weights)[0]
            if op == "map":
                if self.request("map page", "GET", "/map"):           # then its two event requests
                    self.request("map events", "GET", "/api/v1/events?fields=summary&limit=10000&located=true")
                    self.request("map events", "GET", "/api/v1/events?fields=summary&limit=10000&located=false")
            elif op == "query":
                self.request("query", "GET", random_query(self.rng))
            else:
                self.request("ingest", "POST", "/api/v1/articles", self.articles.take())
        if self.conn:
            self.conn.close()

    def request(self, name: str, method: str, path: str, body: bytes | None = None) -> bool:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        t0 = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=REQUEST_TIMEOUT_S)
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            data = response.read()
            ok = 200 <= response.status < 300
            error = None if ok else f"{name}: {method} {path[:80]} → {response.status} {data[:160]!r}"
            if response.will_close:
                self.conn.close()
                self.conn = None
        except (OSError, http.client.HTTPException) as exc:
            ok, error = False, f"{name}: {method} {path[:80]} → {type(exc).__name__}: {exc}"
            if self.conn:
                self.conn.close()
            self.conn = None
        ms = (time.perf_counter() - t0) * 1000
        with self.lock:
            self.level.latencies[name].append(ms)
            if error:
                self.level.errors.append(error)
        return ok


def run_level(server, clients: int, seconds: float, articles: Articles) -> Level:
    """*clients* concurrent clients for *seconds*; then the server's CPU time and memory."""
    level = Level(clients, seconds)
    lock = threading.Lock()
    client_cpu0 = time.process_time()
    cpu0 = server.cpu_seconds()
    start = time.monotonic()
    urls = getattr(server, "urls", [server.url])        # several servers on one store: clients take turns
    threads = [Client(n, urls[n % len(urls)], articles, start + seconds, level, lock) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + REQUEST_TIMEOUT_S + 30)
    level.seconds = time.monotonic() - start          # the last requests finish after the bell
    cpu = server.cpu_seconds()
    level.client_cpu_s = time.process_time() - client_cpu0
    level.server_cpu_s = cpu - cpu0 if cpu is not None and cpu0 is not None else None
    level.server_rss_mb = server.rss_mb()
    return level


def warm_up(server, articles: Articles) -> None:
    """One of each request to each server, so that the first measured ones do not pay for opening files."""
    level = Level(1, 0)
    for url in getattr(server, "urls", [server.url]):
        client = Client(0, url, articles, 0, level, threading.Lock())
        client.request("map page", "GET", "/map")
        client.request("map events", "GET", "/api/v1/events?fields=summary&limit=10000&located=true")
        client.request("map events", "GET", "/api/v1/events?fields=summary&limit=10000&located=false")
        client.request("query", "GET", random_query(client.rng))
        client.request("ingest", "POST", "/api/v1/articles", articles.take())
        if client.conn:
            client.conn.close()
    if level.errors:
        raise RuntimeError("the warm-up failed: " + "; ".join(level.errors))
