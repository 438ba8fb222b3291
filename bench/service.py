"""Benchmark of the stored service (issue 6): ingest speed, API latency, map first render.

    python bench/service.py [--corpus PATH] [--events 10000] [--jobs N] [--full] [--db PATH]

1. ingests the first 1,000 SaudiNewsNet articles into a fresh event store (end to end:
   reading, parsing, storing) and prints articles/s;
2. goes on until the store holds --events events (10,000);
3. serves the store with waitress on 127.0.0.1 and times GET /api/v1/events with a bbox and a
   date filter (median and 95th percentile of 50 requests);
4. opens /map in headless Chromium and times the first render (navigation start → every
   stored event drawn), median of 3 loads;
5. with --full, ingests the rest of the corpus (31k articles) and prints the summary.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet.jsonl.gz"


def ingest_phase(store, records, start, stop, jobs, label):
    import resource

    from geomap.ingest import ingest

    before = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    items = itertools.islice(records, stop - start if stop is not None else None)
    summary = ingest(items, store, jobs=jobs)
    after = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = [(a.ru_utime + a.ru_stime) - (b.ru_utime + b.ru_stime) for a, b in zip(after, before)]
    print(f"{label}: records {start:,}–{start + summary.stored + len(summary.failures):,}")
    for line in summary.lines():
        print("  " + line)
    n = max(summary.stored + len(summary.failures), 1)
    per = (cpu[0] + cpu[1]) / n * 1000
    print(f"  cpu: {per:.1f} ms per article ({cpu[0] / n * 1000:.1f} storing and reading, "
          f"{cpu[1] / n * 1000:.1f} in parser processes) → {1000 / per * (os.cpu_count() or 1):.0f} "
          f"articles/s if this machine's {os.cpu_count()} cores were ours; load average now "
          f"{os.getloadavg()[0]:.1f}")
    return summary


def time_api(base, url, n=50):
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        with urllib.request.urlopen(base + url) as r:
            body = r.read()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], len(body)


def time_map(base, loads=3):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    results = []
    try:
        for _ in range(loads):
            driver.get("about:blank")
            driver.get(base + "/map")
            deadline = time.time() + 60
            while driver.execute_script("return document.body.getAttribute('data-state')") != "ready":
                if time.time() > deadline:
                    raise RuntimeError("the map page did not finish rendering in 60 s")
                time.sleep(0.02)
            ms = driver.execute_script("return window.geomapReadyAt || performance.now()")
            drawn = int(driver.execute_script("return document.body.getAttribute('data-events')"))
            t = driver.execute_script("return window.geomapTimings")
            print(f"  map load: scripts ran at {t['scriptStart']:.0f} ms, events fetched "
                  f"{t['fetched'] - t['fetchStart']:.0f} ms, drawn {t['drawn'] - t['drawStart']:.0f} ms, "
                  f"ready at {ms:.0f} ms")
            results.append((ms, drawn))
    finally:
        driver.quit()
    return statistics.median(r[0] for r in results), results[-1][1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 4))
    parser.add_argument("--db", type=Path, default=None, help="event store to create (default: a temp file)")
    parser.add_argument("--full", action="store_true", help="then ingest the whole corpus")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"no corpus at {args.corpus}")
    from gazetteer import open_default
    from waitress.server import create_server

    from geomap.store import EventStore
    from geomap.web import create_app

    open_default()
    db = args.db or Path(tempfile.mkdtemp(prefix="geomap-bench-")) / "events.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    store = EventStore(db)
    print(f"event store: {db}  jobs: {args.jobs}  cpus: {os.cpu_count()}")

    from geomap.ingest import read_paths

    records = read_paths([args.corpus])          # one pass over the corpus, phase after phase
    first = ingest_phase(store, records, 0, 1000, args.jobs, "ingest, first 1,000 articles")
    print(f"INGEST first 1,000: {first.rate:.1f} articles/s end to end")
    done = 1000
    while store.stats()["events"] < args.events:
        ingest_phase(store, records, done, done + 1000, args.jobs, "ingest, more")
        done += 1000
    stats = store.stats()
    print(f"stored: {stats['articles']:,} articles, {stats['events']:,} events "
          f"({stats['located_events']:,} located)")

    app = create_app({"GEOMAP_DB": str(db), "GEOMAP_TILES": "none"})
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{server.effective_port}"
    query = "/api/v1/events?bbox=35.5,32.3,42.4,37.3&since=2015-07-25&until=2015-08-10"   # Syria, 17 days
    median, p95, size = time_api(base, query)
    print(f"API {query}: median {median:.1f} ms, p95 {p95:.1f} ms ({size:,} bytes)")
    median, p95, size = time_api(base, "/api/v1/events?fields=summary&limit=10000", n=10)
    print(f"API all events (map summary, one page): median {median:.1f} ms, p95 {p95:.1f} ms ({size:,} bytes)")
    if shutil.which("chromedriver"):
        ms, drawn = time_map(base)
        print(f"MAP first render (headless Chromium, median of 3): {ms:.0f} ms for {drawn:,} events drawn")
    else:
        print("MAP: skipped (no chromedriver)")
    server.close()

    if args.full:
        rest = ingest_phase(store, records, done, None, args.jobs, "ingest, the rest of the corpus")
        stats = store.stats()
        print(f"FULL corpus: {stats['articles']:,} articles, {stats['events']:,} events, "
              f"{stats['places']:,} places, {stats['unresolved_names']:,} unresolved names "
              f"(last phase {rest.rate:.1f} articles/s, {len(rest.failures):,} failures)")
    store.close()


if __name__ == "__main__":
    main()
