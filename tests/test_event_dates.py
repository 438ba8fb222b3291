"""Issue 11, class 1: the dates of events, the rules added while tuning on the dev half of the
events gold. Each table holds Arabic sentences of our own (no sentence of the gold), one table per
pattern; each row is (text, the events as (kind, place name, date) in text order)."""

from __future__ import annotations

import pytest

import geomap

PUBLISHED = "2015-08-10"        # a Monday


def dated(gaz, text):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    return [(e.kind, e.place.name if e.located else None, str(e.date)) for e in doc.events]


# a date between a reporting verb and what it reports is the day of the report: the happening it
# tells, dated a day or two before in the next sentence, is the same one and takes that day
@pytest.mark.parametrize("text, expected", [
    ("قال مسعفون أمس إن خمسة أشخاص قتلوا في اشتباكات في مدينة بنغازي. "
     "واندلعت الاشتباكات أول من أمس في مدينة بنغازي.",
     [("battle", "Benghazi", "2015-08-08")]),
    ("أعلن التنظيم أمس الأحد مسؤوليته عن تفجير سيارة مفخخة في مدينة بغداد. "
     "وانفجرت السيارة المفخخة يوم السبت في سوق شعبي في مدينة بغداد.",
     [("explosion", "Baghdad", "2015-08-08")]),
    # a week apart: two happenings
    ("قال مسعفون أمس إن خمسة أشخاص قتلوا في اشتباكات في مدينة بنغازي. "
     "واندلعت اشتباكات يوم الثلاثاء الماضي في مدينة بنغازي.",
     [("battle", "Benghazi", "2015-08-09"), ("battle", "Benghazi", "2015-08-04")]),
    # after إن the date is the happening's own
    ("قال المتحدث إن الطائرات قصفت أمس مواقع في مدينة الرقة.", [("airstrike", "Ar Raqqah", "2015-08-09")]),
])
def test_the_day_of_a_report_yields_to_the_day_of_the_happening(gaz, text, expected):
    assert dated(gaz, text) == expected
