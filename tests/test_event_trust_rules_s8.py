"""Issue 11, rules of round 2's eighth session, found in random samples of unseen SaudiNewsNet
articles parsed with the current code (gold articles left out): each table holds Arabic
sentences of our own, one table per linguistic pattern."""

from __future__ import annotations

import pytest

import geomap
from test_event_trust_rules import PUBLISHED, drawn


def places(gaz, text):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    return [m.place.name for m in doc.mentions if m.role == "place" and m.place]


# the holder of an office in construct (حاكم المنطقة، وزير الخارجية الأمريكي) is named after it:
# his surname is no town (بكاري is Bakari, not Cary in the United States); a country stays one
@pytest.mark.parametrize("text, expected", [
    ("وقتل 13 شخصا في تفجير انتحاري في السوق المركزي، بحسب حاكم المنطقة مدجياوا بكاري.", []),
    ("وقال وزير الخارجية الأمريكي جون بكاري إن المحادثات مستمرة.", []),
    ("وحضر الاحتفال سفير الدولة لدى المغرب وعدد من كبار الضباط.", ["Morocco"]),
    ("وقال محافظ الأنبار إن القوات تقدمت في الرمادي.", ["Anbar Governorate", "Ramadi"]),
])
def test_an_office_holder_s_surname_is_no_town(gaz, text, expected):
    assert places(gaz, text) == expected


# an adjective after حي (a crowded neighbouring quarter) is no name of a quarter
@pytest.mark.parametrize("text, expected", [
    ("وفجرت فتاتان نفسيهما في السوق المركزي في مدينة مروة وحي مجاور مكتظ بالسكان.", []),
    ("وفجرت فتاتان نفسيهما في سوق شعبي في حي الشعار بمدينة حلب.", [("suicide_bomb", "Aleppo")]),
])
def test_an_adjective_after_a_quarter_word_is_no_name(gaz, text, expected):
    assert [(k, p) for k, p in drawn(gaz, text)] == expected
