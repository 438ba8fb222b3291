"""Issue 11, rules of round 2's seventh session, found in random samples of unseen SaudiNewsNet
articles parsed with the current code (gold articles left out): each table holds Arabic
sentences of our own, one table per linguistic pattern."""

from __future__ import annotations

import pytest

from test_event_trust_rules import drawn


# an arrest for an ordinary crime (drugs, theft, residency violations) is police work, not
# political violence; an arrest of protesters or of a cell of an armed group stays an event
@pytest.mark.parametrize("text, expected", [
    ("قال ضابط اليوم إن الشرطة ألقت القبض على مدرسين اثنين لبيعهما المخدرات إلى الطلاب في بانكوك.", []),
    ("وألقت الشرطة أمس القبض على عصابة متخصصة في سرقة السيارات في جدة.", []),
    ("واعتقلت الشرطة أمس 300 من مخالفي نظام الإقامة والعمل في الرياض.", []),
    ("واعتقلت قوات الأمن اليوم عشرين متظاهرا في بغداد.", [("arrests", "Baghdad")]),
    ("واعتقلت قوات الأمن أمس خمسة من عناصر تنظيم داعش في بغداد.", [("arrests", "Baghdad")]),
])
def test_an_arrest_for_an_ordinary_crime_is_no_event(gaz, text, expected):
    assert drawn(gaz, text) == expected


# لقاء ربه "meeting his Lord" is death, not a meeting
@pytest.mark.parametrize("text, expected", [
    ("وقالت إن السماء ترتجف فرحاً كلما صعدت أرواح الشهداء للقاء ربها في الإمارات.", []),
    ("وعقد وزير الخارجية أمس لقاء مع نظيره الإماراتي في أبوظبي.", [("talks", "Abu Dhabi")]),
])
def test_meeting_one_s_lord_is_no_meeting(gaz, text, expected):
    assert drawn(gaz, text) == expected
