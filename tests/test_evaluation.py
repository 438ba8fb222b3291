"""Evaluation commands and the optional tagger: smoke tests on the real corpora (skipped without ../shared)."""

import json

import pytest

from geomap.cli import main
from geomap.evaluation.corpora import Sample, _from_tokens
from geomap.evaluation.metrics import PRF, spans_prf

from conftest import SHARED

needs_shared = pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="needs ../shared/corpora")


def test_prf():
    assert spans_prf({(0, 3), (5, 9)}, {(0, 3), (6, 9)}).to_dict()["f1"] == 0.5
    assert spans_prf({(0, 3), (5, 9)}, {(0, 3), (6, 9)}, overlap=True).f1 == 1.0
    assert PRF().f1 == 0.0


@pytest.mark.parametrize("tokens, spans", [
    ([("زار", "O"), ("دير", "B-LOC"), ("الزور", "I-LOC"), ("امس", "O")], ["دير الزور"]),
    ([("في", "O"), ("لبنان", "U-CTRY")], ["لبنان"]),
    ([("مرفأ", "B-HPOI"), ("بيروت", "L-HPOI")], ["مرفأ بيروت"]),
    ([("غيث", "B-PERS"), ("المفرق", "B-LOC")], ["المفرق"]),
])
def test_token_corpora_become_character_spans(tokens, spans):
    sample = _from_tokens(tokens, lambda kind: kind not in ("PERS",), "x")
    assert sorted(sample.text[a:b] for a, b in sample.gold) == spans


@needs_shared
@pytest.mark.parametrize("corpus", ["anercorp", "aqmar", "newsfane", "idrisi-r"])
def test_eval_recognition_smoke(runner, corpus):
    result = runner.invoke(main, ["eval", "recognition", "--corpus", corpus, "--limit", "40",
                                  "--model", "none", "--json", "--data", str(SHARED)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["samples"] == 40 and report["gold_mentions"] > 0
    assert 0.3 < report["overlap"]["f1"] <= 1.0


@needs_shared
def test_eval_resolution_smoke(runner):
    result = runner.invoke(main, ["eval", "resolution", "--corpus", "idrisi-d", "--limit", "40",
                                  "--json", "--data", str(SHARED)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["gold_mentions"] > 0 and "acc@161km" in report["city_or_larger"]


def test_missing_corpus_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["eval", "recognition", "--corpus", "anercorp", "--data", str(tmp_path)])
    assert result.exit_code == 1 and "--data" in result.output


@needs_shared
def test_tagger_trains_and_finds_an_unknown_village(gaz, tmp_path):
    """A real (small) CRF: trained on a few hundred ANERcorp sentences, used through find_places."""
    from itertools import islice

    from geomap.evaluation.corpora import anercorp
    from geomap.pipeline import find_places
    from geomap.tagger import Tagger, train

    samples = list(islice(anercorp(SHARED, "train"), 300))
    sentence = "وصل الجيش الى سنجقلي وطوقها ."
    start = sentence.index("سنجقلي")
    extra = [Sample(sentence, {(start, start + len("سنجقلي"))}, str(n)) for n in range(30)]
    info = train(samples + extra, gaz, tmp_path / "m.crfsuite", iterations=60)
    assert info["samples"] > 300 and info["bytes"] > 0        # sentences of punctuation only are skipped
    tagger = Tagger(tmp_path / "m.crfsuite")
    found = find_places(sentence, gaz, tagger=tagger)
    assert [(m.text, m.role, m.evidence) for m in found] == [("سنجقلي", "unresolved", "model")]
    # with no model, the rules alone: the unknown name is not found
    assert find_places(sentence, gaz, tagger=None) == []
    # the settings are read when the tagger is made, from the mapping given (not os.environ)
    from geomap.parser import tagger_from_environment

    settings = {"GEOMAP_MODELS": str(tmp_path), "GEOMAP_VETO": "0"}
    assert tagger_from_environment(settings, "m").veto is False
    assert tagger_from_environment({**settings, "GEOMAP_VETO": "1"}, "m").veto is True
    assert tagger_from_environment({**settings, "GEOMAP_TAGGER": "off"}, "m") is None


def test_a_corrupt_model_is_refused(tmp_path):
    from geomap.tagger import Tagger

    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(Exception):
        Tagger(bad)
