"""``geomap.Parser``: built once from a gazetteer (and a tagger or none), shared by threads;
configuration read when it is made, never while parsing; no work or printing on import."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

import geomap
from conftest import ROOT, SEED


def test_a_parser_parses_like_geomap_parse(gaz, seed_text):
    parser = geomap.Parser(gaz)
    ours = parser.parse(seed_text, published="2016-09-09")
    theirs = geomap.parse(seed_text, published="2016-09-09", gazetteer=gaz)
    assert [e.to_dict() for e in ours.events] == [e.to_dict() for e in theirs.events]


def test_one_parser_is_shared_by_threads(gaz, seed_text):
    parser = geomap.Parser(gaz)
    want = [e.to_dict() for e in parser.parse(seed_text, published="2016-09-09").events]
    got, errors = [], []
    barrier = threading.Barrier(6)

    def run():
        barrier.wait()
        try:
            got.append([e.to_dict() for e in parser.parse(seed_text, published="2016-09-09").events])
        except Exception as exc:                       # noqa: BLE001 - the test reports it
            errors.append(repr(exc))

    threads = [threading.Thread(target=run) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and got == [want] * 6


def test_geomap_parse_keeps_one_parser_per_gazetteer(gaz):
    from geomap.parser import default_parser

    assert default_parser(gaz) is default_parser(gaz)


def test_configuration_is_read_when_the_parser_is_made(gaz):
    from geomap.parser import Parser

    env = {"GEOMAP_GAZETTEER": str(gaz.path), "GEOMAP_TAGGER": "off"}
    parser = Parser.from_environment(env)
    assert parser.tagger is None and parser.gazetteer.path == gaz.path


def test_no_gazetteer_is_a_configuration_error_not_a_build(tmp_path):
    from geomap.errors import ConfigurationError
    from geomap.parser import Parser

    with pytest.raises(ConfigurationError, match="geomap gazetteer build"):
        Parser.from_environment({"GEOMAP_GAZETTEER": str(tmp_path / "none.sqlite")})
    assert not (tmp_path / "none.sqlite").exists()


def test_import_does_no_work_and_prints_nothing(gaz):
    code = ("import time, sys; t = time.perf_counter(); import geomap, geomap.web, geomap.cli; "
            "print(round(time.perf_counter() - t, 2), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0 and out.stdout == ""
    assert float(out.stderr.strip().splitlines()[-1]) < 5       # importing builds nothing


def test_a_first_parse_prints_nothing(gaz, tmp_path):
    code = ("import geomap, sys; from gazetteer import open_default; "
            f"gaz = open_default({str(gaz.path)!r}, build=False, progress=False); "
            f"doc = geomap.parse(open({str(SEED)!r}, encoding='utf-8').read(), published='2016-09-09', gazetteer=gaz); "
            "print(len(doc.events), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0 and out.stdout == "" and out.stderr.strip() == "8"
