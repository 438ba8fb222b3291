"""Incidents (issue 15), nineteenth session: a rare happening the parser read twice in one article.

A round-up of condemnations retells one bombing in several sentences, and the parser may read an
event from each (one at the town, one at its region a day later). An article gives an incident
one event, so the second was kept out of the incident the first joined and made a fragment of
its own. It may now join it too, when both are rare happenings (``lone`` kinds) at one place or
one inside the other and a day apart at most, and a member of the incident corroborates it.
Texts written for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest

from geomap.incidents.matcher import assign
from geomap.incidents.rules import compare, read_again
from test_incidents import _facts

ASIR = dict(lat=19.0, lon=42.9, precision=3, place="admin1:SA.11", bbox=(41.6, 17.3, 44.4, 20.3), country="SA")
ABHA = dict(lat=18.22, lon=42.50, precision=1, place="geonames:110690", country="SA")
NAJRAN = dict(lat=17.49, lon=44.13, precision=1, place="geonames:103630", country="SA")   # 180 km from Abha
TOLD = "أدانت الحكومة التفجير الإرهابي الذي استهدف مسجدا لقوات الأمن في منطقة عسير وأسفر عن سقوط قتلى وجرحى"
# one article, a round-up of condemnations: the bombing told at Abha, then at the region a day on ("اليوم")
AT_TOWN = "أدان المجلس التفجير الإرهابي الذي استهدف مسجدا لقوات الأمن في مدينة أبها وأسفر عن سقوط قتلى وجرحى"
AT_REGION = "دان اتحاد العلماء حادث التفجير الذي استهدف مسجد قوات الأمن بمنطقة عسير أثناء صلاة الظهر"   # 0.33
UNLIKE = "وقال شهود إن دوي الانفجار سمع في أرجاء المدينة وهرعت سيارات الإسعاف إلى المكان"           # 0.00
DAY = 735800


def _second(article: int, **kw):
    """The article's second event (its own key)."""
    f = _facts(article, **kw)
    return dataclasses.replace(f, key=f"e{article}-2")


@pytest.mark.parametrize("first, second, joins", [
    # a bombing told at the town and at its region a day later, alike to the incident's member: one
    (dict(kind="explosion", **ABHA, sentence=AT_TOWN),
     dict(kind="suicide_bomb", **ASIR, day=DAY + 1, sentence=AT_REGION), True),
    # the same with a suicide bombing the first time: kinds an outlet uses for one happening
    (dict(kind="suicide_bomb", **ABHA, sentence=AT_TOWN),
     dict(kind="explosion", **ASIR, day=DAY + 1, sentence=AT_REGION), True),
    # two blasts the article tells in two towns: two happenings, the second stays out
    (dict(kind="explosion", **ABHA, sentence=AT_TOWN),
     dict(kind="explosion", **NAJRAN, sentence=AT_REGION), False),
    # two days apart: another blast
    (dict(kind="explosion", **ABHA, sentence=AT_TOWN),
     dict(kind="explosion", **ASIR, day=DAY + 2, sentence=AT_REGION), False),
    # no member corroborates the second (only "the only incident of its kind here" would): out
    (dict(kind="explosion", **ABHA, sentence=AT_TOWN),
     dict(kind="explosion", **ASIR, sentence=UNLIKE), False),
    # not a rare kind: an article's two air raids on one region are two happenings the parser told apart
    (dict(kind="airstrike", **ABHA, sentence=AT_TOWN),
     dict(kind="airstrike", **ASIR, day=DAY + 1, sentence=AT_REGION), False),
])
def test_a_rare_happening_read_twice_in_one_article_joins_one_incident(first, second, joins):
    kind = first["kind"]
    members = [_facts(1, kind=kind, **ASIR, sentence=TOLD), _facts(2, kind=kind, **ASIR, sentence=TOLD)]
    a, b = _facts(5, **first), _second(5, **second)
    one, two = assign([a, b], {7: members})
    assert one.incident == 7, one.link
    assert (two.incident == 7) is joins, two.link


@pytest.mark.parametrize("second, again", [
    (dict(kind="suicide_bomb", **ASIR, day=DAY + 1, sentence=AT_REGION), True),
    (dict(kind="explosion", **NAJRAN, sentence=AT_REGION), False),
    (dict(kind="explosion", **ASIR, day=DAY + 2, sentence=AT_REGION), False),
    (dict(kind="explosion", **ASIR, status="planned", sentence=AT_REGION), False),
])
def test_two_sentences_of_one_rare_happening_in_one_article_break_no_rule(second, again):
    a, b = _facts(5, kind="explosion", **ABHA, sentence=AT_TOWN), _second(5, **second)
    assert read_again(a, b) is again and read_again(b, a) is again
    comparison = compare(a, b)
    assert not comparison.matched                  # never put together by each other alone
    assert comparison.compatible is again, comparison.to_dict()
    assert not read_again(a, _second(6, **second))  # two articles: the usual rules
