"""Dates resolved against the publication date (Friday 2016-09-09 for the seed)."""

import datetime as dt

import pytest

from geomap.dates import find_dates, parse_published

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
    ("نواصل غدا", "2016-09-10", 1),
    ("في 12 أيلول/سبتمبر 2016", "2016-09-12", 1),
    ("في 30 آب", "2016-08-30", 1),
    ("في 3 كانون الثاني 2015", "2015-01-03", 1),
    ("اواخر تموز/ يوليو الماضي", "2016-07-25", 3),
    ("مطلع أيلول", "2016-09-03", 3),
    ("خلال الأسبوع الماضي", "2016-09-02", 2),
])
def test_dates(text, expected, precision):
    [d] = find_dates(text, FRIDAY)
    assert (d.date.isoformat(), d.precision) == (expected, precision)
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text", [
    "بهدنة امدها 48 ساعة",          # a duration, not a date
    "منذ سنوات طويلة",
    "يوم طويل",
])
def test_not_dates(text):
    assert find_dates(text, FRIDAY) == []


def test_no_publication_date_no_relative_dates():
    assert find_dates("اليوم الجمعة", None) == []


@pytest.mark.parametrize("bad", ["2016-13-01", "9/9/2016", "yesterday", "2016-02-30"])
def test_malformed_publication_dates_are_clear_errors(bad):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_published(bad)


def test_seed_dates(seed_doc, seed_gold):
    found = {d.text: d.date.isoformat() for d in seed_doc.dates}
    for gold in seed_gold["dates"]:
        assert found.get(gold["text"]) == gold["date"], gold
