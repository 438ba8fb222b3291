"""The gazetteer's speed figures: ``python bench/gazetteer_speed.py`` (same as ``geomap gazetteer bench``).

Builds the embedded default in a temporary folder and prints the build, open, exact and variant
lookup, memory and import figures of issue 3 (see :mod:`gazetteer.bench`).
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> None:
    from gazetteer.bench import run

    lookups = int(argv[0]) if argv else 100_000
    run(lookups=lookups)


if __name__ == "__main__":
    main(sys.argv[1:])
