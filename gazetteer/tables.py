"""Curated data tables shipped with the package (TSV files with a header and a source column)."""

from __future__ import annotations

import csv
import hashlib
from .once import once
from importlib import resources


def _open(package: str, name: str):
    return resources.files(package).joinpath("data", name).open(encoding="utf-8", newline="")


@once
def load(name: str, package: str = "gazetteer") -> tuple[dict, ...]:
    """Rows of the data table *name* (e.g. ``"aliases.tsv"``) as dicts.

    Blank lines and lines starting with ``#`` are skipped.
    """
    with _open(package, name) as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        return tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def fingerprint(names: list[str], package: str = "gazetteer") -> str:
    """A short hash of the given data tables, to tell when a build is stale."""
    h = hashlib.sha256()
    for name in sorted(names):
        h.update(resources.files(package).joinpath("data", name).read_bytes())
    return h.hexdigest()[:16]
