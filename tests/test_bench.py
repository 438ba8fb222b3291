"""``geomap bench parse``: a smoke test of the command on a few real articles (its table and its
JSON have the promised shape); the figures themselves are for people, not for assertions."""

import json

import pytest

from geomap.bench.parse import PASSES, STAGES
from geomap.cli import main

from conftest import SHARED

CORPUS = SHARED / "corpora" / "saudinewsnet.jsonl.gz"
needs_corpus = pytest.mark.skipif(not CORPUS.is_file(), reason=f"SaudiNewsNet is not at {CORPUS}")


@needs_corpus
def test_bench_parse_json_has_every_figure(runner):
    result = runner.invoke(main, ["bench", "parse", "--articles", "4", "--data", str(SHARED), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["corpus"]["articles"] == 4 and figures["corpus"]["median_article_kb"] > 0
    assert figures["scan_automaton"]["names"] > 10_000
    for name in PASSES:
        p = figures["passes"][name]
        assert p["parsed"] + p["rejected"] == 4
        assert set(p["stages_ms_cpu"]) == set(STAGES) == set(p["stages_ms_wall"])
        for key in ("articles_per_s_cpu", "articles_per_s_wall", "mb_per_s_cpu", "parse_over_scan_cpu"):
            assert p[key] > 0
        assert p["scan"]["hits"] > 0 and p["scan"]["articles_per_s_cpu"] > 0
    # both passes parse the same articles and find the same things
    assert figures["passes"]["first"]["mentions"] == figures["passes"]["second"]["mentions"]


@needs_corpus
def test_bench_parse_prints_a_table(runner):
    result = runner.invoke(main, ["bench", "parse", "--articles", "3", "--data", str(SHARED)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("geomap bench parse")
    for label in ("parse: articles/s", "parse: MB/s", "normalise, tokenise, sentences", "match:", "resolve:",
                  "dates", "events:", "raw scan of", "parse CPU time ÷ raw scan CPU time"):
        assert any(label in line for line in lines), label
    assert any(line.startswith("target ≥ 500 articles/s") for line in lines)


def test_bench_parse_without_the_corpus_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["bench", "parse", "--articles", "3", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "saudinewsnet.jsonl.gz not found" in result.output and "--data" in result.output


@needs_corpus
def test_bench_parse_profile_names_our_modules(runner):
    result = runner.invoke(main, ["bench", "parse", "--articles", "3", "--data", str(SHARED), "--profile", "5"])
    assert result.exit_code == 0, result.output
    profile = result.output.split("PROFILE (cProfile)", 1)[1]
    assert "geomap.toponyms" in profile and "C: builtins and methods" in profile
    assert len(profile.split("functions with the most own time", 1)[1].splitlines()[1:]) == 5
