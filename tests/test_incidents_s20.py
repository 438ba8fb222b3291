"""Incidents (issue 15), twentieth session: kinds an outlet may use for one happening, told on one day
at one place in less alike words.

One outlet tells the day's clash in a town, another the positions taken in its governorate that day:
a battle and a territory taken, kinds an outlet may use for one happening. Their sentences are not
alike enough to say so on their own (Dice < 0.3), which used to break a hard rule: the report of the
positions taken was kept out of the incident even when another member, told in alike words,
corroborated it. On the same day (both to the day), at the same place or one inside the other, in
sentences alike enough for that (TEXT_INSIDE) and with no other side acting, the pair is now no
contradiction, nor a corroboration: the report joins through the member that corroborates it.
Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geomap.incidents.facts import ActorKey
from geomap.incidents.matcher import assign
from geomap.incidents.rules import compare
from test_incidents import _facts

MARIB_GOV = dict(lat=15.46, lon=45.33, precision=3, place="admin1:YE.14", bbox=(44.6, 14.6, 45.55, 15.9))
MARIB_TOWN = dict(lat=15.45, lon=45.30, precision=1, place="geonames:71334")
BAYDA_GOV = dict(lat=14.2, lon=45.3, precision=3, place="admin1:YE.18", bbox=(44.5, 13.7, 46.0, 14.55))
# one outlet's clash in the town, another's attacks repelled and positions taken in the governorate
CLASH = "أفاد مصدر في المقاومة الشعبية اليوم الأربعاء بمقتل 17 حوثيا في مواجهات عنيفة شهدتها مدينة مأرب شرقي البلاد"
REPELLED = "صدت المقاومة الشعبية في محافظة مأرب هجمات شنها الحوثيون على مواقعها وسيطرت على ثلاثة مواقع جديدة"
TAKEN = "أعلنت المقاومة الشعبية في محافظة مأرب سيطرتها على ثلاثة مواقع جديدة للحوثيين"   # CLASH 0.23, REPELLED 0.64
SHELLED = "قتل خمسة مدنيين في قصف عنيف استهدف أحياء سكنية في مدينة مأرب"                     # CLASH 0.16
DAY = 735800
RESISTANCE = ActorKey("yemen_resistance", None, "1")
HOUTHIS_HIT = ActorKey("houthis", None, "2")
HOUTHIS_ACTING = ActorKey("houthis", None, "1")
COALITION = ActorKey("arab_coalition", None, "1")
# two outlets' air raids, and a third's bombardment told as shelling
RAID_TOWN = "شن طيران التحالف اليوم غارات جوية على مواقع للحوثيين في مدينة مأرب شرقي البلاد"
RAID_GOV = "قصفت طائرات التحالف مواقع الحوثيين في محافظة مأرب ودمرت مخازن للأسلحة وعربات عسكرية"    # RAID_TOWN 0.25
BOMBARDED = "استهدف قصف عنيف مواقع الحوثيين في محافظة مأرب ودمر مخازن للأسلحة"   # RAID_TOWN 0.18, RAID_GOV 0.55


def _incident(kind="battle", actors=(), sentences=(CLASH, REPELLED)):
    """Two outlets' reports of the day's fighting: a clash in the town, attacks repelled in its governorate."""
    return [_facts(1, kind=kind, **MARIB_TOWN, sentence=sentences[0], actors=actors),
            _facts(2, kind=kind, **MARIB_GOV, sentence=sentences[1])]


TAKEN_GOV = dict(kind="territory", **MARIB_GOV, sentence=TAKEN)


@pytest.mark.parametrize("members, report, near", [
    # the positions taken that day in the governorate: one happening with the town's clash, told in
    # other words, and corroborated by the governorate's report; a day later, it breaks a rule with the clash
    (_incident(), TAKEN_GOV, dict(TAKEN_GOV, day=DAY + 1)),
    # told in the town itself; a report dated by its publication is not to the day
    (_incident(), dict(TAKEN_GOV, **MARIB_TOWN), dict(TAKEN_GOV, tp=2)),
    # positions taken in another governorate
    (_incident(), TAKEN_GOV, dict(TAKEN_GOV, **BAYDA_GOV)),
    # the side that acted in the clash takes the positions; the side it hit is another happening
    (_incident(actors=(RESISTANCE, HOUTHIS_HIT)), dict(TAKEN_GOV, actors=(RESISTANCE,)),
     dict(TAKEN_GOV, actors=(HOUTHIS_ACTING,))),
    # a coalition bombardment told as shelling joins the coalition's air raids; Houthi shelling that
    # day in that governorate is another happening
    (_incident(kind="airstrike", actors=(COALITION,), sentences=(RAID_TOWN, RAID_GOV)),
     dict(kind="shelling", **MARIB_GOV, sentence=BOMBARDED, actors=(COALITION,)),
     dict(kind="shelling", **MARIB_GOV, sentence=BOMBARDED, actors=(HOUTHIS_ACTING,))),
])
def test_kinds_of_one_happening_on_one_day_and_place_join_through_a_corroborating_member(members, report, near):
    joined, = assign([_facts(5, **report)], {7: members})
    assert joined.incident == 7, joined.link
    apart, = assign([_facts(6, **near)], {7: members})
    assert apart.incident is None, apart.link


TAKEN_TOWN = dict(kind="territory", **MARIB_TOWN, sentence=TAKEN)


@pytest.mark.parametrize("a, one_day, near", [
    # one day, one inside the other, sentences alike enough for that: no contradiction; a day apart,
    # not both to the day, in another governorate, or in unlike sentences: a broken rule, as before
    (dict(kind="battle", **MARIB_TOWN, sentence=CLASH), TAKEN_GOV, dict(TAKEN_GOV, day=DAY + 1)),
    (dict(kind="battle", **MARIB_TOWN, sentence=CLASH), TAKEN_GOV, dict(TAKEN_GOV, tp=2)),
    (dict(kind="battle", **MARIB_TOWN, sentence=CLASH), TAKEN_TOWN, dict(TAKEN_GOV, **BAYDA_GOV)),
    (dict(kind="battle", **MARIB_TOWN, sentence=CLASH), TAKEN_GOV, dict(TAKEN_GOV, sentence="قتل خمسة في قصف")),
    # each names another side as the one that acted
    (dict(kind="airstrike", **MARIB_TOWN, sentence=CLASH, actors=(COALITION,)),
     dict(kind="shelling", **MARIB_TOWN, sentence=SHELLED, actors=(COALITION,)),
     dict(kind="shelling", **MARIB_TOWN, sentence=SHELLED, actors=(HOUTHIS_ACTING,))),
])
def test_kinds_told_in_unlike_words_on_one_day_and_place_break_no_rule_nor_corroborate(a, one_day, near):
    for b, compatible in ((one_day, True), (near, False)):
        for x, y in ((_facts(1, **a), _facts(2, **b)), (_facts(2, **b), _facts(1, **a))):
            comparison = compare(x, y)
            assert comparison.compatible is compatible, comparison.to_dict()
            assert not comparison.matched                 # never put together by each other alone
            assert "kinds differ" in comparison.veto
