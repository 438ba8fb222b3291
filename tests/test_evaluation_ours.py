"""geomap eval recognition --corpus ours: spans, kinds and placement scored the way the gold marks them."""

import pytest

from conftest import SHARED
from geomap.evaluation.gold2015 import GoldArticle
from geomap.evaluation.ours import evaluate

TEXT = ("قصفت الطائرات قرية كفرسجنة بريف إدلب الجنوبي، واستهدفت مطار حماة العسكري. "
        "وقالت مصادر لـ«الشرق الأوسط» إن المعارك في جبل الأربعين مستمرة.")


def _span(word, occurrence=1):
    pos = -1
    for _ in range(occurrence):
        pos = TEXT.index(word, pos + 1)
    return pos, pos + len(word)


def _article(toponyms):
    return GoldArticle(id="2015-01-01#2", split="dev", topic="conflict", published="2015-01-01", text=TEXT,
                       title="", source="", url="", toponyms=toponyms)


def test_names_and_phrases_are_scored_as_the_gold_marks_them(gaz):
    gold = [
        {"text": "كفرسجنة", "kind": "village", "span": _span("كفرسجنة"), "lat": None, "lon": None,
         "region": {"name": "southern Idlib countryside", "lat": 35.75, "lon": 36.63}},
        {"text": "إدلب", "kind": "city", "span": _span("إدلب"), "lat": 35.93, "lon": 36.63},
        {"text": "مطار حماة العسكري", "kind": "facility", "span": _span("مطار حماة العسكري"), "lat": 35.12, "lon": 36.71},
        {"text": "جبل الأربعين", "kind": "natural", "span": _span("جبل الأربعين"), "lat": 35.81, "lon": 36.62},
    ]
    result = evaluate([_article(gold)], gaz)
    # the newspaper «الشرق الأوسط» is no place: nothing extra
    assert result["exact"] == {"tp": 4, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert set(result["by_kind"]) == {"village", "city", "facility", "natural"}
    u = result["unresolved"]
    # the village and the mountain are names the gazetteer lacks; the village is drawn from its context,
    # within the area the gold gives for it
    assert (u["found"], u["placed_from_context"], u["gold_context_cue"], u["gold_context_cue_within"]) == (2, 1, 1, 1)


def test_a_miss_and_an_extra_count_under_their_kinds(gaz):
    gold = [{"text": "كفرسجنة", "kind": "village", "span": _span("كفرسجنة"), "lat": None, "lon": None},
            {"text": "الشرق الأوسط", "kind": "region", "span": _span("الشرق الأوسط"), "lat": 29.0, "lon": 41.0}]
    result = evaluate([_article(gold)], gaz, errors=10)
    assert result["by_kind"]["region"]["fn"] == 1            # the newspaper, marked here as a region
    assert result["exact"]["fp"] == 3                          # إدلب، مطار حماة العسكري، جبل الأربعين
    assert any("الشرق الأوسط" in line for line in result["missed"])


def test_ours_has_only_a_dev_and_a_test_half(runner):
    from geomap.cli import main

    result = runner.invoke(main, ["eval", "recognition", "--corpus", "ours", "--split", "train", "--model", "none"])
    assert result.exit_code == 2 and "dev and a test half" in result.output


@pytest.mark.skipif(not (SHARED / "corpora" / "saudinewsnet.jsonl.gz").exists(),
                    reason="SaudiNewsNet is not in ../shared")
def test_eval_recognition_ours_dev(runner):
    from geomap.cli import main

    result = runner.invoke(main, ["eval", "recognition", "--corpus", "ours", "--split", "dev", "--model", "none",
                                  "--data", str(SHARED)])
    assert result.exit_code == 0, result.output
    assert "ours dev: 54 samples" in result.output and "by kind" in result.output
    assert "names the gazetteer lacks" in result.output
