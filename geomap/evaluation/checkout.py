"""Files of geomap's checkout that the evaluations read: our gold and the reference article.

They are not in the wheel (it holds no test data), so they are looked for in the current
folder, then in the checkout the package runs from (an editable install, or ``python -m``
in the checkout); otherwise the error says which option names the file.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import GeomapError

CHECKOUT = Path(__file__).resolve().parents[2]
SEED_GOLD = "tests/gold/seed_000.json"
SEED_ARTICLE = "seeds/000_db730f9dc6351edb.txt"
EVENTS_GOLD = "tests/gold/events_saudinewsnet.json"
EVENTS_2015_GOLD = "tests/gold/events_2015"
EVENTS_2015B_GOLD = "tests/gold/events_2015b"
PROBES = "tests/gold/probes"


class GoldMissing(GeomapError, FileNotFoundError):
    """A gold file or the reference article is neither in the current folder nor in the checkout."""


def checkout_path(relative: str, option: str | None = None, *, folders: list[Path] | None = None) -> Path:
    """*relative* in the current folder, else in the checkout (or in *folders*, when given); else
    a :class:`GoldMissing` naming the *option* that takes the file.

    >>> checkout_path(SEED_GOLD, "--gold").name
    'seed_000.json'
    """
    for folder in folders if folders is not None else [Path.cwd(), CHECKOUT]:
        candidate = folder / relative
        if candidate.exists():
            return candidate
    raise GoldMissing(f"{relative} is not in the current folder nor beside the installed geomap (a wheel "
                      "holds no gold data): run from a checkout of geomap"
                      + (f", or pass {option} with its path" if option else ""))
