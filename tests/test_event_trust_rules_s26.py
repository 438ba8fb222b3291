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


@pytest.mark.parametrize("text, expected", [
    # a clause after the happening that says where it took place (، وذكر موقع أن الوفيات وقعت في X)
    ("قتل شخصان في اشتباكات جديدة اندلعت ليلة أمس في جنوب شرق تركيا، وذكر موقع إخباري أن الوفيات وقعت "
     "في سيلوبي قرب الحدود مع العراق.", [("battle", "Silopi")]),
    ("قتل ثلاثة جنود في هجوم مسلح على حاجز للجيش أمس، وقالت مصادر إن الهجوم جرى بمدينة العريش.",
     [("battle", "Arīsh")]),
    # limits: another clause's place with no such verb is still no site of the happening
    ("قتل شخصان في اشتباكات جديدة اندلعت ليلة أمس في جنوب شرق تركيا، وكان الرئيس قد زار سيلوبي الشهر الماضي.",
     []),
])
def test_the_clause_that_says_where_it_took_place(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_city_outside_the_part_of_the_country_told_is_another_happening(gaz):
    # جنوب شرق تركيا holds no Ankara: the clashes there and the attack in the capital are two events
    text = ("قتل شخصان في اشتباكات اندلعت ليلة أمس في جنوب شرق تركيا. كما شن مسلحون هجوما على مركز "
            "للشرطة في العاصمة أنقرة.")
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert sorted(e.place.name for e in doc.events if e.kind == "battle") == ["Ankara", "Turkey"]
    # in the south-east, a town is where the clashes were
    text = text.replace("العاصمة أنقرة", "مدينة سيلوبي")
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert [e.place.name for e in doc.events if e.kind == "battle"] == ["Silopi"]
