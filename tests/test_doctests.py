"""The examples in the docstrings run (against the installed package): every module of geomap and
gazetteer whose source holds a ``>>>`` example is collected, none is listed by hand."""

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import gazetteer
import geomap


def modules_with_examples() -> list[str]:
    found = []
    for package in (geomap, gazetteer):
        names = [package.__name__] + [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
        for name in names:
            spec = importlib.util.find_spec(name)
            if spec and spec.origin and ">>>" in Path(spec.origin).read_text(encoding="utf-8"):
                found.append(name)
    return sorted(found)


MODULES = modules_with_examples()
# Modules whose examples write (a gazetteer layer, an event store file) or start a server: shown, not run.
SHOWN_ONLY = {"gazetteer.user", "geomap.bench.server", "geomap.store.sqlite", "geomap.pipeline", "geomap.parser",
              "gazetteer.version", "geomap.bench.postgres"}


def test_the_modules_are_found():
    assert {"geomap.dates", "gazetteer.arabic", "geomap.metadata"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, gaz):
    module = importlib.import_module(name)
    examples = sum(len(t.examples) for t in doctest.DocTestFinder().find(module))
    assert examples, f"{name} has '>>>' in its source but no example doctest can find"
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted or name in SHOWN_ONLY, f"every example of {name} is skipped"
