"""Issue 11, rules of round 2's ninth session, found on the gold dev halves and in random samples
of unseen SaudiNewsNet articles: each table holds Arabic sentences of our own, one table per
linguistic pattern."""

from __future__ import annotations

import pytest

from test_event_trust_rules import drawn

# an analysis or an interview: many words, a day told less than once in 450 words, a source less
# than once in 125; two sentences of ours in it, one with a day of its own and one without
_ANALYSIS = " ".join(["ويرى مراقبون أن الحل السياسي ما زال بعيدا وأن الخلافات بين الأطراف عميقة ومتشعبة "
                      "وأن الطريق إلى السلام طويل وشاق."] * 12) + " وقال محلل سياسي إن الأزمة ستطول."
_WIRE = " ".join(["وقال مصدر عسكري إن القوات عززت مواقعها وأضاف أن مصادر محلية أفادت بوصول تعزيزات."] * 12)


@pytest.mark.parametrize("body, sentence, expected", [
    (_ANALYSIS, "وتشهد مدينة تعز معارك بين المقاومة والحوثيين.", []),
    (_ANALYSIS, "واندلعت أمس الأحد معارك في مدينة تعز بين المقاومة والحوثيين.", [("battle", "Taiz")]),
    (_WIRE, "وتشهد مدينة تعز معارك بين المقاومة والحوثيين.", [("battle", "Taiz")]),
])
def test_what_an_analysis_tells_without_a_day_is_no_news(gaz, body, sentence, expected):
    assert drawn(gaz, sentence + " " + body) == expected
    assert drawn(gaz, sentence) == [("battle", "Taiz")]       # the sentence alone is read as told
