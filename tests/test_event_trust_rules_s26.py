"""Issue 11, session 26: rules written from the dev halves' errors, as tables of Arabic sentences of
our own. The first rows of each table were wrong before the rule; the last rows are its limits."""

from __future__ import annotations

import pytest

import geomap
from test_event_trust_rules import PUBLISHED, drawn


@pytest.mark.parametrize("text, expected", [
    # a name of two words whose first word has two letters, behind a proclitic (وذي قار، بأم درمان):
    # it was no place, so a list of provinces lost one and a strike took the sentence's other place
    ("وشهدت محافظات البصرة وذي قار وبابل مظاهرات حاشدة أمس.",
     [("protest", "Basra Governorate"), ("protest", "Dhi Qar Governorate"), ("protest", "Babil Governorate")]),
    ("وقتل خمسة مدنيين في قصف مدفعي بأم درمان أمس.", [("shelling", "Omdurman")]),
    ("وسقطت قذائف على ميناء وأم قصر جنوبي البصرة أمس.", [("shelling", "Umm Qaşr")]),
    # limits: the two letters alone are no name (وذي is "and of"), nor is a longer word
    ("وقتل عشرة في قصف على بلدة وذي الحجة أمس.", []),
])
def test_two_letter_first_word_behind_a_proclitic(gaz, text, expected):
    assert drawn(gaz, text) == expected
