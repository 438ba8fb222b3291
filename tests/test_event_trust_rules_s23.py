"""Issue 11, rules of round 2's twenty-third session, from the ninth probe's error classes (its
texts are tuned on now; an eleventh probe, written for this session, measures them). Arabic
sentences of our own; for each rule the first rows fail without it, the others are its limits.
Each group names its class of the issue."""

from __future__ import annotations

import pytest

import geomap
from test_event_trust_rules import PUBLISHED, drawn


@pytest.mark.parametrize("text, expected", [
    # class 5: where a missile was fired from (أطلقته المليشيا من محافظة البيضاء) is no site; a
    # convoy's origin past "the capital" (قادمة من العاصمة اليمنية صنعاء) neither
    ("وفي مدينة مأرب، سقط صاروخ باليستي أطلقته المليشيا من محافظة البيضاء صباح اليوم على حي سكني، ما "
     "أدى إلى إصابة خمسة مدنيين.", [("shelling", "Ma'rib")]),
    ("شنت مقاتلات التحالف سلسلة غارات على تعزيزات حوثية قادمة من العاصمة اليمنية صنعاء إلى مأرب.",
     [("airstrike", "Marib Governorate")]),
    # limits: strikes in the capital are in it
    ("شنت مقاتلات التحالف غارات على مواقع الحوثيين في العاصمة اليمنية صنعاء.", [("airstrike", "Sanaa")]),
    # class 5: where a statement was made (في تصريح إلى «بوابة الوسط» من مدينة مصراتة) is not the
    # city whose quarter was struck ("داخل المدينة": Sirte, told before)
    ("قصفت مدفعية الجيش مواقع المسلحين في مدينة سرت. وقال آمر غرفة العمليات، في تصريح إلى «بوابة الوسط» "
     "من مدينة مصراتة، إن سلاح الجو شن أربع غارات على حي الدولار داخل المدينة.",
     [("shelling", "Sirte"), ("airstrike", "Sirte")]),
    ("قال الوزير في بيان من مدينة مصراتة إن الطيران شن غارات على مدينة سرت.", [("airstrike", "Sirte")]),
])
def test_where_it_came_from_or_was_told_is_no_site(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 1: the reactions condemning the attack (ردود الفعل الدولية المنددة بالهجوم) tell it again:
    # no attack in the capitals that reacted; "no talk of a ceasefire" (لا حديث عن وقف إطلاق النار)
    # is none
    ("قتل 305 أشخاص في الهجوم الإرهابي على مسجد الروضة ببئر العبد. وتوالت ردود الفعل الدولية المنددة "
     "بالهجوم، إذ وصفه الرئيس الأمريكي من واشنطن بأنه \"مروع\"، فيما أعلنت باريس والرياض وأبوظبي تضامنها "
     "الكامل مع القاهرة.", [("killing", "Bi’r al ‘Abd")]),
    # limits: the attack told in the lead is news
    ("قتل 20 شخصا في هجوم على مسجد في بئر العبد. وتوالت ردود الفعل الدولية المنددة بالهجوم، فيما "
     "أعلنت باريس والرياض تضامنهما مع القاهرة.", [("killing", "Bi’r al ‘Abd")]),
    ("قال المتحدث إنه لا حديث عن وقف إطلاق النار في الحديدة قبل رفع الحصار.", []),
    # limits: a ceasefire announced is one; fighting beside the refusal is news
    ("أعلنت الحكومة وقف إطلاق النار في الحديدة.", [("ceasefire", "Al Ḩudaydah")]),
    ("قال المتحدث إنه لا حديث عن وقف إطلاق النار قبل رفع الحصار، فيما تواصلت الاشتباكات في الحديدة.",
     [("battle", "Al Ḩudaydah")]),
])
def test_reactions_and_refusals_are_no_new_event(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 6: protesters a few words before the storming they did (أقدم محتجون غاضبون، مساء أمس، على
    # اقتحام) make a riot; a dual bombing (بتفجيرين) is an explosion, not a battle
    ("قتل ثلاثة متظاهرين برصاص قوات الأمن في الناصرية اليوم. وجاء ذلك بعد أن أقدم محتجون غاضبون، مساء "
     "أمس، على اقتحام مبنى القنصلية الإيرانية في مدينة النجف وإضرام النار فيه.",
     [("killing", "Nasiriyah"), ("riot", "Najaf")]),
    ("قتل 100 شخص بتفجيرين استهدفا وزارة التعليم في مقديشو.", [("explosion", "Mogadishu")]),
    # limits: security forces who stormed after the protesters fled did no riot
    ("قتل ثلاثة متظاهرين برصاص الأمن في الناصرية. واقتحمت قوات الأمن، مساء الأربعاء، بعد أن هرب "
     "المحتجون، مبنى في مدينة النجف.", [("killing", "Nasiriyah"), ("battle", "Najaf")]),
])
def test_crowds_and_dual_bombings(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 3: places GeoNames lacks in Arabic, curated with a source (gazetteer/data/places.tsv):
    # Ashkelon, Tripoli's Ain Zara, Taiz's Tha'abat; and a verb after a quarter's name (حي السكري
    # تعرض) is no part of it
    ("أعلنت كتائب القسام أنها قصفت مدينة عسقلان بعشرات الصواريخ.", [("shelling", "Ashkelon")]),
    ("تجددت الاشتباكات مساء أمس في محور عين زارة جنوبي طرابلس.", [("battle", "Ain Zara")]),
    ("قُتلت امرأة برصاص قناص حوثي في حي ثعبات بمدينة تعز.", [("killing", "Tha'abat")]),
])
def test_curated_places(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_verb_of_undergoing_ends_a_quarters_name(gaz):
    doc = geomap.parse("قصفت المروحيات أحياء حلب الشرقية. وأفاد المرصد بأن حي السكري تعرض بدوره لقصف "
                       "بالبراميل المتفجرة.", published=PUBLISHED, gazetteer=gaz)
    assert "السكري" in [m.text for m in doc.mentions]
