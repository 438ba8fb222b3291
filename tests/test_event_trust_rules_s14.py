"""Issue 11, classes 3 and 5, rules of round 2's fourteenth session: the place an event is drawn at.
Found on the dev halves of the events gold (a governorate kept where the sentence names the district
hit inside it: Nineveh for al-Ba'aj, Kirkuk for Hawija) and on a whole-corpus diff (Ariha read as
Jericho in an article about Idlib; al-Karmah in Anbar read as Maharda in Syria). Each table holds
Arabic sentences of our own."""

from __future__ import annotations

import pytest

from test_event_trust_rules import drawn


# class 5: one happening told twice in a clause or the next sentence, once at its governorate and
# once at a place inside it, is drawn at the place inside it; a governorate with no place inside it
# named, or a place outside it, keeps the governorate
@pytest.mark.parametrize("text, expected", [
    ("وفي محافظة نينوى شمالي العراق قتل عدد من مساعدي القيادي بغارة جوية نفذتها طائرات التحالف "
     "استهدفت موكبه لدى مروره في قضاء البعاج.", [("airstrike", "Al Ba‘āj")]),
    ("قصفت طائرات التحالف مواقع في محافظة كركوك. واستهدفت الغارات مقرات التنظيم في قضاء الحويجة.",
     [("airstrike", "Al Ḩawījah")]),
    ("وفي محافظة نينوى قتل عدد من عناصر التنظيم بغارة جوية نفذتها طائرات التحالف استهدفت مواقعهم.",
     [("airstrike", "Nineveh Governorate")]),
    ("قصفت طائرات التحالف مواقع في محافظة كركوك. واستهدفت الغارات مقرات التنظيم في مدينة الموصل.",
     [("airstrike", "Kirkuk Governorate"), ("airstrike", "Mosul")]),
])
def test_the_place_inside_the_governorate_is_the_site(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 3: a town the document's named governorate holds beats a namesake elsewhere (أريحا in Idlib,
# not Jericho); the governorate's own name keeps its reading, and with no such governorate named the
# namesake is read as before
@pytest.mark.parametrize("text, expected", [
    ("وفي محافظة إدلب قتل خمسة مدنيين بغارة جوية استهدفت سوقا شعبيا في مدينة أريحا.",
     [("airstrike", "Arīḩā")]),
    ("قتل خمسة مدنيين في ريف إدلب. وقصفت الطائرات مدينة أريحا.", [("airstrike", "Arīḩā")]),
    ("أعلن محافظ الأنبار أن طائرات التحالف قصفت مدينة أريحا.", [("airstrike", "Jericho")]),
])
def test_a_named_governorate_binds_its_towns(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 5: where the targets came from (قدموا من، قادمة من) is not where they were hit
@pytest.mark.parametrize("text, expected", [
    ("وفي محافظة إدلب قتل خمسة مدنيين بغارة جوية استهدفت مسلحين قدموا من مدينة الرقة.",
     [("airstrike", "Idlib Governorate")]),
    ("قتل خمسة في غارة استهدفت قافلة قادمة من مدينة الرقة.", []),
    ("قتل خمسة في غارة استهدفت قافلة في مدينة الرقة.", [("airstrike", "Ar Raqqah")]),
])
def test_where_they_came_from_is_no_site(gaz, text, expected):
    assert drawn(gaz, text) == expected
