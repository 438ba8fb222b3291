"""Regions of the world geomap's news is about (``geomap/data/mena.tsv``)."""

from __future__ import annotations

from gazetteer.once import once
from gazetteer.tables import load


@once
def mena() -> frozenset[str]:
    """ISO codes of the countries of the Middle East and North Africa.

    >>> "SY" in mena(), "US" in mena()
    (True, False)
    """
    return frozenset(r["country"] for r in load("mena.tsv", "geomap"))
