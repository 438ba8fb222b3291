"""Dates resolved against the publication date (Friday 2016-09-09 for the seed)."""

import datetime as dt

import pytest

from geomap.dates import find_dates, parse_published
from geomap.errors import InputError

FRIDAY = dt.date(2016, 9, 9)


@pytest.mark.parametrize("text, expected, precision", [
    ("وصل اليوم الجمعة إلى جنيف", "2016-09-09", 1),
    ("في اتصال هاتفي الخميس", "2016-09-08", 1),
    ("قال يوم الثلاثاء الماضي", "2016-09-06", 1),
    ("مع لافروف يوم الجمعة", "2016-09-09", 1),
    ("الجمعة الماضية", "2016-09-02", 1),
    ("يوم الاثنين المقبل", "2016-09-12", 1),
    ("الذي يحل في الـ 12 من الشهر الحالي", "2016-09-12", 1),
    ("في 3 من الشهر الماضي", "2016-08-03", 1),
    ("أمس", "2016-09-08", 1),
    ("وقال أول أمس", "2016-09-07", 1),
    ("سيطر التنظيم، أول من أمس، على المدينة", "2016-09-07", 1),
    ("التفجير الذي استهدف المسجد أمس الأول", "2016-09-07", 1),         # the day before yesterday, told the other way
    ("نواصل غدا", "2016-09-10", 1),
    ("في 12 أيلول/سبتمبر 2016", "2016-09-12", 1),
    ("في 30 آب", "2016-08-30", 1),
    ("في 3 كانون الثاني 2015", "2015-01-03", 1),
    ("اواخر تموز/ يوليو الماضي", "2016-07-25", 3),
    ("مطلع أيلول", "2016-09-03", 3),
    ("خلال الأسبوع الماضي", "2016-09-02", 2),
    ("الأسبوع المقبل", "2016-09-16", 2),
    # relative days and weeks
    ("اليوم (أمس)", "2016-09-08", 1),           # a paper's "today" written the day before it is printed
    ("قبل يومين", "2016-09-07", 1),
    ("منذ ثلاثة أيام", "2016-09-06", 1),
    ("منذ 3 أيام", "2016-09-06", 1),
    ("قبل أسبوعين", "2016-08-26", 2),
    ("قبل أيام", "2016-09-06", 2),
    ("خلال اليومين الماضيين", "2016-09-08", 2),
    ("وقبل حوالى عشرة أيام شنت غارات", "2016-08-30", 2),      # with و, and "about"
    ("ومنذ 26 يوماً يقصف المدينة", "2016-08-14", 2),          # the accusative unit after 11–99
    ("تشهد المدينة قتالا منذ أكثر من عام", "2015-09-09", 3),
    # last season: the one before the current (written on 2016-09-09, last summer is 2016's)
    ("سيطر على المدينة الصيف الماضي", "2016-07-15", 3),
    ("في الشتاء الماضي", "2016-01-15", 3),
    ("الخريف الماضي", "2015-10-15", 3),
    # years ago: the year (a month's precision at best), never a day
    ("ألقتها قبل 70 عاما قاذفة أمريكية", "1946-09-09", 3),
    ("سيطر على المدينة قبل عامين", "2014-09-09", 3),
    ("قبل عام", "2015-09-09", 3),
    ("قتل الآلاف منذ عام 2011", "2011-07-01", 3),         # the year, not a year ago
    # the night before a weekday, and a weekday named with its day
    ("ليلة الخميس", "2016-09-07", 1),
    ("أمس الخميس", "2016-09-08", 1),
    # the weekday decides the relative day it names (a text written the evening before)
    ("وقال المتحدث أمس الجمعة", "2016-09-09", 1),
    ("سقطت القذائف صباح أول من أمس الخميس", "2016-09-08", 1),
    ("وصل الوفد أول أمس الأربعاء", "2016-09-07", 1),
    # last night
    ("انفجرت عبوة ناسفة الليلة الماضية", "2016-09-08", 1),
    ("تسري الهدنة اعتبارا من منتصف الليلة الماضية", "2016-09-08", 1),
    # ordinals and months in every variety
    ("في الثامن من الشهر الجاري", "2016-09-08", 1),
    ("في الأول من أيلول الحالي", "2016-09-01", 1),
    ("في 12 من سبتمبر", "2016-09-12", 1),
    ("في 3 تموز/يوليو", "2016-07-03", 1),
    ("في 5 يونيه", "2016-06-05", 1),
    ("في 5 جوان", "2016-06-05", 1),
    ("في 26 آذار/ مارس الماضي", "2016-03-26", 1),
    ("في أكتوبر/تشرين الأول عام 2002", "2002-10-15", 3),
    ("في يوليو (تموز) 2013", "2013-07-15", 3),
    ("منتصف آب الماضي", "2016-08-15", 3),
    ("أوائل حزيران", "2016-06-05", 3),
    # Hijri dates and Islamic holidays (Umm al-Qura calendar, via hijridate)
    ("بتاريخ 8 ذو الحجة 1437 هـ", "2016-09-09", 1),
    ("في 26 شوال 1436", "2015-08-11", 1),
    ("عيد الأضحى", "2016-09-11", 2),
    ("في عطلة عيد الاضحى", "2016-09-11", 2),
    ("عيد الفطر", "2016-07-06", 2),
    ("عقدت مؤخرا", "2016-09-09", 3),
])
def test_dates(text, expected, precision):
    [d] = find_dates(text, FRIDAY)
    assert (d.date.isoformat(), d.precision) == (expected, precision)
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text", [
    "بهدنة امدها 48 ساعة",          # a duration, not a date
    "لمدة ثلاثة أيام",
    "خلال 48 ساعة",
    "منذ ساعات",
    "منذ سنوات طويلة",
    "يوم طويل",
    "ثلاث غارات",
    "الثاني في الترتيب",            # an ordinal alone is not a day
    "صفر",                           # the Hijri month name alone is zero
    "حتى اليوم",                     # up to now
    "في وقت لاحق من اليوم نفسه",     # the day told before (a wire-style probe read it as today)
    "وفي اليوم ذاته",
    "تبدأ الهدنة الليلة",            # tonight alone is not read
    "قتل ² شخصا",                    # a superscript digit: no day, and no error
    "في الساعة 0 من الليل",
    "العدد " + "9" * 5000 + " سبتمبر",   # longer than int() reads: no day, and no error
])
def test_not_dates(text):
    assert find_dates(text, FRIDAY) == []


def test_no_publication_date_no_relative_dates():
    assert find_dates("اليوم الجمعة", None) == []


@pytest.mark.parametrize("bad", ["2016-13-01", "9/9/2016", "yesterday", "2016-02-30", 20160909])
def test_malformed_publication_dates_are_clear_errors(bad):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published(bad)


def test_seed_dates(seed_doc, seed_gold):
    found = {d.text: d.date.isoformat() for d in seed_doc.dates}
    for gold in seed_gold["dates"]:
        assert found.get(gold["text"]) == gold["date"], gold


def test_a_holiday_the_text_dates_takes_that_date_everywhere():
    text = "وقف لإطلاق النار في عطلة عيد الاضحى. ليتوافق مع عيد الاضحى الذي يحل في الـ 12 من الشهر الحالي."
    eid = [d for d in find_dates(text, FRIDAY) if "الاضحى" in d.text]
    assert [(str(d.date), d.precision) for d in eid] == [("2016-09-12", 1), ("2016-09-12", 1)]


def test_a_hijri_date_and_its_gregorian_equivalent_agree():
    dates = find_dates("بغداد 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", dt.date(2015, 8, 11))
    assert [str(d.date) for d in dates] == ["2015-08-11", "2015-08-11"]


@pytest.mark.parametrize("text, since", [
    ("شنت الطائرات 20 غارة منذ مساء الخميس", True),
    ("تتواصل الاشتباكات منذ فجر الأربعاء", True),
    ("تتواصل الاشتباكات منذ الأربعاء", True),
    ("شنت الطائرات 20 غارة مساء الخميس", False),
    ("تتعرض المدينة لقصف شديد منذ أول أيام عيد الفطر", True),
    ("تتواصل الاشتباكات منذ يوم الخميس", True),         # since Thursday, not "a day ago"
])
def test_a_date_after_since_is_a_running_time(text, since):
    """منذ مساء الخميس: since Thursday evening, not on Thursday (منذ, a word or two, and a date)."""
    [d] = find_dates(text, FRIDAY)
    assert d.since is since


# a text whose every relative day with a weekday says it was written the day before its publication
# date (أمس الأربعاء on Friday: written on Thursday) reads its bare relative days from that day; when
# they disagree, or agree with the publication date, bare days stay read from the publication date
@pytest.mark.parametrize("text, expected", [
    ("قال مصدر أمس الأربعاء إن الطائرات قصفت المدينة. وقتل خمسة أشخاص أمس.",
     ["2016-09-07", "2016-09-07"]),
    ("أعلن الجيش اليوم الخميس سيطرته على البلدة. وانفجرت سيارة مفخخة الليلة الماضية.",
     ["2016-09-08", "2016-09-07"]),
    ("قال مصدر أمس الخميس إن الطائرات قصفت المدينة. وقتل خمسة أشخاص أمس.",
     ["2016-09-08", "2016-09-08"]),
    ("قال مصدر أمس الأربعاء إن الطائرات قصفت المدينة أمس الخميس. وقتل خمسة أشخاص أمس.",
     ["2016-09-07", "2016-09-08", "2016-09-08"]),
    # every bare relative day moves (اليوم and غدا too); a written-out pair such as اليوم (أمس)
    # names its day already; اليوم، واليوم and غدا with their weekday all say when the text was written
    ("قال مصدر أمس الأربعاء إن الوضع هادئ. وتنطلق غدا مظاهرات في المدينة.",
     ["2016-09-07", "2016-09-09"]),
    ("قال مصدر أمس الأربعاء إن الوضع هادئ. وقتل اليوم (أمس) خمسة أشخاص.",
     ["2016-09-07", "2016-09-08"]),
    ("قال مصدر أمس الأربعاء إن الوضع هادئ. وقتل اليوم خمسة أشخاص.",
     ["2016-09-07", "2016-09-08"]),
    ("قال مصدر أمس الأربعاء إن الوضع هادئ. وقتل وأول من أمس خمسة أشخاص.",
     ["2016-09-07", "2016-09-06"]),
    ("وقال مصدر واليوم الخميس إن الوضع هادئ. وقتل أمس ستة.",
     ["2016-09-08", "2016-09-07"]),
    ("تنطلق غدا الجمعة مظاهرات في المدينة. وقتل خمسة أشخاص أمس.",
     ["2016-09-09", "2016-09-07"]),
])
def test_a_text_written_the_day_before_reads_its_relative_days_from_that_day(text, expected):
    assert [str(d.date) for d in find_dates(text, FRIDAY)] == expected


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة أشخاص أول من أمس.", "2016-09-07"),
    ("وقتل خمسة وأول من أمس.", "2016-09-07"),
    ("فأول أمس قتل خمسة.", "2016-09-07"),
    ("وأمس الأول قتل خمسة.", "2016-09-07"),
    ("وقتل خمسة أمس.", "2016-09-08"),
])
def test_the_day_before_yesterday_with_its_clitics(text, expected):
    [d] = find_dates(text, FRIDAY)
    assert (str(d.date), d.rule) == (expected, "day-before-yesterday" if expected == "2016-09-07" else "relative-day")


@pytest.mark.parametrize("text, ahead", [
    ("تنطلق غدا مظاهرات", True),
    ("يعقد المجلس اجتماعا بعد غد", True),
    ("يعقد المجلس اجتماعا غدا الجمعة", True),
    ("عقد المجلس اجتماعا أمس", False),
    ("يعقد المجلس اجتماعا اليوم", False),
])
def test_tomorrow_looks_ahead_of_the_writing_day(text, ahead):
    [d] = find_dates(text, FRIDAY)
    assert d.ahead is ahead

