"""``geomap bench map``: HTML size and first render of a map of N stored events, both ways
we draw one: the standalone file ``geomap map`` writes (every event inline) and the
service's ``/map`` page (a small page that fetches the events' summaries)."""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path

from ..store import EventFilter, EventStore

EVENTS_PAGE = 10_000          # what the /map page asks for per request (geomap-app.js)


def standalone_map(db: Path, out: Path) -> dict:
    """Write the standalone map of every event in *db* to *out*; size and time to write it."""
    from ..maps import map_html

    wall0, cpu0 = time.perf_counter(), time.process_time()
    with EventStore(db) as store:
        features = [f for batch in store.iter_events(EventFilter(limit=-1)) for f in batch]
    read_s = time.perf_counter() - wall0
    html = map_html({"type": "FeatureCollection", "features": features}, tiles="none", title="geomap bench")
    out.write_text(html, encoding="utf-8")
    return {"events": len(features), "html_bytes": out.stat().st_size,
            "read_s": round(read_s, 2), "write_s": round(time.perf_counter() - wall0, 2),
            "write_cpu_s": round(time.process_time() - cpu0, 2)}


def service_map_sizes(base_url: str) -> dict:
    """Bytes of the /map page and of the event summaries it fetches (placed and unplaced, every
    page of each, as geomap-app.js's loadEvents does), and the time to serve them."""
    import json

    page, t_page = _get(base_url + "/map")
    total, t_events, requests = 0, 0.0, 0
    for located in ("true", "false"):
        url = f"{base_url}/api/v1/events?fields=summary&limit={EVENTS_PAGE}&located={located}"
        while url:
            body, t = _get(url)
            total += len(body)
            t_events += t
            requests += 1
            nexts = [link["href"] for link in json.loads(body).get("links", []) if link["rel"] == "next"]
            url = base_url + nexts[0] if nexts else None
    return {"page_bytes": len(page), "page_ms": round(t_page * 1000, 1), "events_bytes": total,
            "events_requests": requests, "events_ms": round(t_events * 1000, 1)}


def _get(url: str) -> tuple[bytes, float]:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as r:
        body = r.read()
    return body, time.perf_counter() - t0
