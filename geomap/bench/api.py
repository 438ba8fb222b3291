"""``geomap bench api``: latency of ``GET /api/v1/events`` with each filter, one client at a
time against the real server, with the server's CPU time per request beside the wall clock."""

from __future__ import annotations

import http.client
import json
import statistics
import time
from urllib.parse import urlsplit

SYRIA = "35.5,32.3,42.4,37.3"
# (label, query string): each filter alone, then together, then the map page's own request
QUERIES = [
    ("no filter (first 1,000)", ""),
    ("bbox (Syria)", f"bbox={SYRIA}"),
    ("date range (17 days)", "since=2015-07-25&until=2015-08-10"),
    ("type (airstrike)", "type=airstrike"),
    ("precision 1", "precision=1"),
    ("bbox + dates + type + precision", f"bbox={SYRIA}&since=2015-07-25&until=2015-08-10"
                                        "&type=airstrike,shelling,battle&precision=1,2"),
    ("map summary, 10,000 a page", "fields=summary&located=true&limit=10000"),
]


def percentile(sorted_values: list[float], q: float) -> float:
    """The *q*-th percentile (nearest rank) of already sorted values.

    >>> percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)
    10
    >>> percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)
    5
    """
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * q // 100))
    return sorted_values[int(rank) - 1]


def measure(server, *, requests: int = 50, queries: list[tuple[str, str]] | None = None) -> list[dict]:
    """Each query of *queries* (default :data:`QUERIES`), *requests* times over one keep-alive connection."""
    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    rows = []
    try:
        for label, query in queries or QUERIES:
            path = "/api/v1/events" + (f"?{query}" if query else "")
            _get(conn, path)                                  # warm: the first one opens files
            times, size, matched = [], 0, None
            cpu0 = server.cpu_seconds()
            for _ in range(requests):
                t0 = time.perf_counter()
                body = _get(conn, path)
                times.append((time.perf_counter() - t0) * 1000)
                size = len(body)
            cpu = server.cpu_seconds()
            if matched is None:
                matched = json.loads(body)["numberMatched"]
            times.sort()
            rows.append({"query": label, "path": path, "matched": matched, "bytes": size,
                         "p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 95), 1),
                         "server_cpu_ms": round((cpu - cpu0) * 1000 / requests, 1)
                         if cpu is not None and cpu0 is not None else None})
    finally:
        conn.close()
    return rows


def _get(conn: http.client.HTTPConnection, path: str) -> bytes:
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"GET {path}: {response.status} {body[:200]!r}")
    return body
