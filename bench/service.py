"""The stored service's figures: now ``geomap bench service`` (one way to get each figure).

    python bench/service.py [--full] [--json] …   # the same as: geomap bench service [--full] [--json] …

ingest (the first 1,000 SaudiNewsNet articles; --full: the whole corpus), GET /api/v1/events
latency with each filter, the map's HTML size and first render in headless Chromium for 1k /
10k / 100k events (the standalone file and the /map page), and the load test at 1, 8 and 32
clients with the server's memory. Each section is also its own command: geomap bench ingest |
api | map | load (see README, "Performance").
"""

import sys

from geomap.cli import main

if __name__ == "__main__":
    main(["bench", "service", *sys.argv[1:]])
