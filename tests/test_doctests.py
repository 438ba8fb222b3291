"""The examples in the docstrings run (against the installed package)."""

import doctest
import importlib

import pytest

MODULES = ["gazetteer.arabic", "gazetteer.demonyms", "gazetteer.sources.embedded", "gazetteer.admin",
           "gazetteer.places", "gazetteer.variants", "gazetteer.sources.download",
           "gazetteer.sources.geonames", "gazetteer.sources.pcoded", "geomap.actors", "geomap.dates",
           "geomap.lexicon", "geomap.quantities", "geomap.resolve", "geomap.store.base",
           "geomap.store.rows", "geomap.store.query"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
