"""No new import cycle among geomap and gazetteer modules (tools/import_cycles.py: every import,
lazy ones too, but not those under TYPE_CHECKING). The cycles still to break are listed here, each
as the whole set of modules it joins; breaking one means deleting its line."""

import importlib.util
import sys

from conftest import ROOT

STILL_TO_BREAK: set[frozenset[str]] = set()          # none left (issue 16)


def _tool():
    spec = importlib.util.spec_from_file_location("import_cycles", ROOT / "tools" / "import_cycles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_new_import_cycle():
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    found = {frozenset(c) for c in _tool().cycles(ROOT)}
    assert found - STILL_TO_BREAK == set(), "a new import cycle (or a known one that grew)"
    assert not any("gazetteer.sources.geonames" in c or "gazetteer.sources.pcoded" in c for c in found)


def test_the_tool_sees_a_cycle(tmp_path):
    for package, body in (("geomap", "from . import b\n"), ("gazetteer", "")):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
        (tmp_path / package / "a.py").write_text(body, encoding="utf-8")
    (tmp_path / "geomap" / "b.py").write_text("def f():\n    from .a import x\n", encoding="utf-8")
    (tmp_path / "gazetteer" / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                                 "    from .a import x\n", encoding="utf-8")
    (tmp_path / "gazetteer" / "a.py").write_text("from . import b\n", encoding="utf-8")
    assert _tool().cycles(tmp_path) == [["geomap.a", "geomap.b"]]     # lazy counts, TYPE_CHECKING does not
