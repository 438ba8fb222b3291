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


# a day more than 40 words from the trigger, in a run-on sentence, dates another clause: the
# event has no day of its own (the publication date, time precision 2)
RUN_ON = ("انفجرت سيارة مفخخة في سوق شعبي في مدينة بغداد وأسفر الانفجار عن سقوط عدد من الضحايا بين المتسوقين "
          "الذين كانوا يشترون حاجياتهم في ساعات الصباح الأولى، وسط إجراءات أمنية مشددة تفرضها القوات "
          "الحكومية على مداخل العاصمة وتشمل نقاط تفتيش كثيرة وحواجز إسمنتية على الطرق الرئيسية والفرعية "
          "المؤدية إلى الأسواق والمساجد والمدارس والدوائر الحكومية، فيما بحث وزير الخارجية الأمريكي مع "
          "رئيس الإقليم في مدينة أربيل أمس الأوضاع الأمنية.")


@pytest.mark.parametrize("text, expected", [
    (RUN_ON, [("explosion", "Baghdad", "2015-08-10", 2)]),
    ("انفجرت سيارة مفخخة أمس في سوق شعبي في مدينة بغداد.", [("explosion", "Baghdad", "2015-08-09", 1)]),
])
def test_a_day_far_from_the_trigger_does_not_date_it(gaz, text, expected):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert [(e.kind, e.place.name, str(e.date), e.date_precision) for e in doc.events] == expected


# since the first days of the holiday: a running time, not the day of the strike told beside it
def test_a_running_time_since_a_holiday_does_not_date_the_strike(gaz):
    text = ("وقتل ثلاثة أشخاص في مدينة دوما نتيجة قصف من طائرات النظام. "
            "يذكر أن مدينة دوما تتعرض لقصف شديد منذ أول أيام عيد الفطر.")
    # (the shelling since the holiday, recalled by يذكر أن, is background of its own since session 32)
    assert dated(gaz, text) == [("airstrike", "Dūmā", "2015-08-10"), ("shelling", "Dūmā", "2015-08-10")]


# a recent stretch with no day (في الأيام الماضية، الأسبوع الماضي، قبل أيام، منذ أسبوع) dates an
# event as the text giving no day does: the publication date, time precision 2 (the gold
# guideline); a day, or two weeks and more, keep their own date
@pytest.mark.parametrize("text, expected", [
    ("قصفت طائرات التحالف خلال الأيام الماضية مواقع في مدينة الرقة.", [("airstrike", "Ar Raqqah", "2015-08-10", 2)]),
    ("سيطر التنظيم الأسبوع الماضي على بلدة مارع في ريف حلب الشمالي.", [("territory", "Māri‘", "2015-08-10", 2)]),
    ("انفجرت سيارة مفخخة قبل أيام في سوق شعبي في مدينة بغداد.", [("explosion", "Baghdad", "2015-08-10", 2)]),
    ("اندلعت اشتباكات منذ أسبوع في مدينة بنغازي.", [("battle", "Benghazi", "2015-08-10", 2)]),
    ("انفجرت سيارة مفخخة قبل يومين في سوق شعبي في مدينة بغداد.", [("explosion", "Baghdad", "2015-08-08", 1)]),
    ("اندلعت اشتباكات قبل أسبوعين في مدينة بنغازي.", [("battle", "Benghazi", "2015-07-27", 2)]),
])
def test_a_recent_stretch_with_no_day_is_dated_at_publication(gaz, text, expected):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert [(e.kind, e.place.name if e.located else None, str(e.date), e.date_precision) for e in doc.events] == expected



# a text written the day before its publication date reads its غدا as the publication date: still
# ahead of its writing, so protests called for غدا stay planned; those of أمس happened on the day
# before the writing day. Without a weekday to tell the writing day, غدا on the publication day
# (a Monday paper's غدا الاثنين) is planned too.
@pytest.mark.parametrize("text, expected", [
    ("قال مصدر أمس السبت إن الوضع هادئ. تنطلق غدا مظاهرات في مدينة البصرة.", []),
    ("قال مصدر أمس السبت إن الوضع هادئ. انطلقت أمس مظاهرات في مدينة البصرة.",
     [("protest", "occurred", "2015-08-08")]),
    ("تنطلق غدا الاثنين مظاهرات في مدينة البصرة.", []),
    ("قال مصدر أمس السبت إن الوضع هادئ. وتعقد غدا محادثات في جنيف بين الطرفين.",
     [("talks", "planned", "2015-08-10")]),
    ("تعقد غدا الاثنين محادثات في جنيف بين الطرفين.", [("talks", "planned", "2015-08-10")]),
])
def test_a_plan_for_tomorrow_stays_a_plan_in_a_text_written_the_day_before(gaz, text, expected):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert [(e.kind, e.status, str(e.date)) for e in doc.events if e.status != "planned" or e.kind == "talks"] == expected
