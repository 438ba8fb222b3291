"""A smoke test of `geomap gazetteer bench` (the full run builds the default: run it by hand)."""

from gazetteer.bench import write_synthetic_dump
from gazetteer.sources.geonames import import_dump


def test_the_synthetic_dump_is_in_the_official_format(tmp_path, gaz_home):
    files = write_synthetic_dump(tmp_path / "dump", 300)
    report = import_dump(files["dump"], alternate_names=files["alternate_names"],
                         admin1_codes=files["admin1_codes"], admin2_codes=files["admin2_codes"],
                         base=gaz_home)
    assert report.places == 300 and report.names > 600


def test_bench_command_prints_every_figure(runner, gaz):
    from geomap.cli import main

    result = runner.invoke(main, ["gazetteer", "bench", "--gazetteer", str(gaz.path),
                                  "--lookups", "2000", "--features", "500"])
    assert result.exit_code == 0, result.output
    for label in ("open", "exact lookups", "variant lookup", "resident memory", "import of a 500-feature"):
        assert label in result.output
    assert "build of the embedded default" in result.output and "not measured" in result.output
