"""The shared parser state is built once, safely, when the first requests arrive together.

Before the fix, four parallel first parses in a fresh process built two sets of cue tables
and every later parse failed with a KeyError (issue 13, case 1). These tests start fresh
processes, since a warm test process would hide the race."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

_FIRST_PARSES = r"""
import json, sys, threading
import geomap
from gazetteer import open_default
gaz = open_default(sys.argv[1], build=False, progress=False)
text = open(sys.argv[2], encoding="utf-8").read()
n = int(sys.argv[3])
barrier, errors, counts = threading.Barrier(n), [], []
def run():
    barrier.wait()
    try:
        counts.append(len(geomap.parse(text, published="2016-09-09", gazetteer=gaz).events))
    except Exception as exc:
        errors.append(repr(exc))
threads = [threading.Thread(target=run) for _ in range(n)]
for t in threads: t.start()
for t in threads: t.join()
after = len(geomap.parse(text, published="2016-09-09", gazetteer=gaz).events)
print(json.dumps({"errors": errors, "counts": counts, "after": after}))
"""


@pytest.mark.slow
@pytest.mark.parametrize("attempt", range(3))
def test_concurrent_first_parses_in_a_fresh_process(gaz, attempt):
    out = subprocess.run([sys.executable, "-c", _FIRST_PARSES, os.environ["GEOMAP_GAZETTEER"], str(ROOT / "seeds" /
                          "000_db730f9dc6351edb.txt"), "6"], capture_output=True, text=True, timeout=300,
                         cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["counts"] == [result["after"]] * 6 and result["after"] == 8


@pytest.mark.slow
def test_concurrent_first_parses_against_a_fresh_server(gaz, tmp_path):
    from geomap.bench.server import Server

    text = (ROOT / "seeds" / "000_db730f9dc6351edb.txt").read_text(encoding="utf-8")
    body = json.dumps({"text": text, "published": "2016-09-09"}).encode("utf-8")
    with Server(tmp_path / "events.sqlite", threads=6, env={"GEOMAP_GAZETTEER": os.environ["GEOMAP_GAZETTEER"]}) as server:
        barrier, statuses = threading.Barrier(6), []

        def post():
            request = urllib.request.Request(server.url + "/api/v1/parse", data=body,
                                             headers={"Content-Type": "application/json"})
            barrier.wait()
            try:
                with urllib.request.urlopen(request, timeout=120) as r:
                    statuses.append((r.status, len(json.load(r)["features"])))
            except urllib.error.HTTPError as exc:
                statuses.append((exc.code, None))

        threads = [threading.Thread(target=post) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert statuses == [(200, 8)] * 6
