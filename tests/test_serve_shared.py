"""Stateless servers: two `geomap serve` processes on one PostGIS store answer the same, and
a write through one is seen by the other at once (the map cache's change counter is the
database's, not the process's)."""

from __future__ import annotations

import json
import urllib.request

from conftest import SEED

SUMMARY = "/api/v1/events?fields=summary&located=true&limit=10000"


def call(url: str, method: str = "GET", body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json"} if data else {})
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read()
        return response.status, (json.loads(text) if text else {})


def test_two_servers_on_one_postgis_store_answer_the_same_and_see_each_others_writes(postgres, gaz):
    from geomap.bench.server import Server

    url = postgres.create_database(store=True)
    env = {"GEOMAP_GAZETTEER": str(gaz.path)}
    try:
        with Server(url, env=env) as a, Server(url, env=env) as b:
            status, first = call(a.url + "/api/v1/articles", "POST",
                                 {"text": SEED.read_text(encoding="utf-8"), "published": "2016-09-09"})
            assert status == 201
            # both have now read (and cached) the map payload and the facets
            assert call(a.url + SUMMARY)[1] == call(b.url + SUMMARY)[1]
            assert call(a.url + "/api/v1/facets")[1] == call(b.url + "/api/v1/facets")[1]
            before = call(b.url + SUMMARY)[1]["numberMatched"]
            # a write through A: B's very next answers include it
            status, second = call(a.url + "/api/v1/articles", "POST",
                                  {"text": "قتل خمسة في غارة جوية على مدينة حمص اليوم", "published": "2016-09-10"})
            assert status == 201
            assert call(b.url + SUMMARY)[1]["numberMatched"] == before + 1
            assert call(b.url + "/api/v1/facets")[1]["articles"] == 2
            assert call(b.url + f"/api/v1/articles/{second['id']}")[0] == 200
            # a delete through B: A's very next answers lack it
            assert call(b.url + f"/api/v1/articles/{first['id']}", "DELETE")[0] in (200, 204)
            assert call(a.url + SUMMARY)[1]["numberMatched"] == 1
            assert call(a.url + "/api/v1/facets")[1]["articles"] == 1
            assert call(a.url + "/api/v1/events?bbox=35.5,32.3,42.4,37.3")[1] == \
                call(b.url + "/api/v1/events?bbox=35.5,32.3,42.4,37.3")[1]
    finally:
        postgres.drop_database(url)
