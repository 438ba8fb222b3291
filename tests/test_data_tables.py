"""The house rule for curated data: TSV files with a header and a source column, every row sourced."""

from pathlib import Path

import pytest

from gazetteer.tables import load

from conftest import ROOT

TABLES = [(package, path.name) for package in ("geomap", "gazetteer")
          for path in sorted((ROOT / package / "data").glob("*.tsv"))]


def test_the_tables_are_found():
    assert ("geomap", "fatality_words.tsv") in TABLES and ("gazetteer", "transliteration.tsv") in TABLES


@pytest.mark.parametrize("package, name", TABLES)
def test_every_row_has_its_cells_and_a_source(package, name):
    rows = load(name, package)
    assert rows, f"{name} is empty"
    assert "source" in rows[0], f"{name} has no source column"
    for n, row in enumerate(rows, 1):
        assert None not in row and None not in row.values(), f"{name} row {n} has a cell too many or too few"
        assert row["source"].strip(), f"{name} row {n} ({next(iter(row.values()))}) has no source"


def test_no_source_cites_a_file_the_repository_lacks():
    for package, name in TABLES:
        for row in load(name, package):
            for word in row["source"].replace(";", " ").split():
                if word.startswith(("docs/", "tests/", "seeds/")):
                    assert (ROOT / word.rstrip(".,)")).exists(), f"{name} cites {word}"
