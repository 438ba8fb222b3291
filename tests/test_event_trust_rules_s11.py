"""Issue 11, rules of round 2's eleventh session, found on the dev halves of the gold batches: each
table holds Arabic sentences of our own, one table per linguistic pattern."""

from __future__ import annotations

import pytest

import geomap
from gazetteer import great_circle_km
from test_event_trust_rules import PUBLISHED, drawn


def places(gaz, text):
    """(name, role, resolved place name or None) of each mention."""
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    return [(m.text, m.role, m.place.name if m.resolved else None) for m in doc.mentions]


# class 3: a large city told by its direction from a city of its own country may lie far from it, when
# it lies that way (Sabha is 650 km south of Tripoli) and no nearer reading fits; a village is not
# taken hundreds of km away for lying the right way (الحمدانية شمال البصرة is not Qaraqosh, Nineveh)
@pytest.mark.parametrize("text, name, far_ok", [
    ("وقال المسؤول في مدينة سبها جنوب طرابلس إن 40 شخصا قتلوا في اشتباكات بين التبو والطوارق.", "سبها", True),
    ("قتل ثلاثة أمس في انفجار في بلدة الحمدانية شمال البصرة.", "الحمدانية", False),
    ("قصفت الطائرات أمس قرية شبام شرق صنعاء.", "شبام", False),
])
def test_a_large_city_far_in_the_direction_told_fits(gaz, text, name, far_ok):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    m = next(m for m in doc.mentions if m.text == name)
    anchor = next(x for x in doc.mentions if x.start > m.start and x.qualifier == "direction")
    km = great_circle_km(m.lat, m.lon, anchor.place.lat, anchor.place.lon)
    assert (m.role == "place" and km > 300) is far_ok
    if not far_ok:
        assert km <= 160                    # drawn where the text says, not at a namesake far away


# class 4: القريتين is the Syrian town al-Qaryatayn, or "the two villages" the text has just named
# (قريتي X وY) or describes as two (القريتين الشيعيتين، هاتين القريتين)
@pytest.mark.parametrize("text, qaryatayn", [
    ("دارت اشتباكات عنيفة في قريتي تل أعور والفريكة جنوب مدينة جسر الشغور، أسفرت عن سيطرة قوات الأسد على "
     "القريتين.", False),
    ("شملت المفاوضات القريتين الشيعيتين اللتين تحاصرهما فصائل المعارضة في ريف إدلب.", False),
    ("قصفت الفصائل هاتين القريتين بالصواريخ.", False),
    ("سيطر تنظيم داعش أمس على القريتين في ريف حمص الشرقي.", True),
    ("اختطف التنظيم 220 شخصا من القريتين.", True),
    # an unrelated pair named in another paragraph, and the town told where it lies
    ("قصفت الطائرات قريتي الفوعة وكفريا في ريف إدلب أمس. وفي سياق آخر سيطر تنظيم داعش على القريتين في ريف حمص "
     "الشرقي.", True),
])
def test_the_two_villages_are_not_al_qaryatayn(gaz, text, qaryatayn):
    found = any(place == "Al Qaryatayn" for _, _, place in places(gaz, text))
    assert found is qaryatayn


# class 3: a place said to lie at a part of another (عند المدخل الشمالي لعدن، عند مشارف مدينة X)
# is bound to it as to an area: not the same-named capital abroad
@pytest.mark.parametrize("text, expected", [
    ("أصابت طائرات التحالف مستودعا للذخائر مما أدى إلى انفجارات استمرت ساعتين في الرباط عند المدخل الشمالي "
     "لعدن.", [("explosion", "Aden")]),
    ("قتل ثلاثة جنود أمس في انفجار في الرباط.", [("explosion", "Rabat")]),
    # a direction adjective alone, across a comma, ties nothing; a town of the same country stays
    ("قصفت الطائرات أمس مواقع في حلب الشرقية، إدلب وحماة.", [("airstrike", "Aleppo")]),
    ("قتل ثلاثة أمس في انفجار في الفلوجة عند مشارف الرمادي.", [("explosion", "Al Fallūjah")]),
])
def test_a_place_at_a_part_of_another_is_bound_to_it(gaz, text, expected):
    assert drawn(gaz, text) == expected


# an attempt on someone's life that was made (تعرض لمحاولة اغتيال، نجا من محاولة اغتيال) is an attack
# ACLED codes; a foiled or planned attempt is not, nor an attempt the verb does not tell of
@pytest.mark.parametrize("text, expected", [
    ("تعرض مدير الأمن لمحاولة اغتيال في مدينة عدن أمس.", [("killing", "Aden")]),
    ("نجا عضو الهيئة التأسيسية لصياغة مشروع الدستور الليبي أحمد محجوب من محاولة اغتيال في مدينة سبها ليل السبت.",
     [("killing", "Sabha")]),
    ("تعرض النائب في ساعات متأخرة من الليل إلى محاولة اغتيال في مدينة بنغازي.", [("killing", "Benghazi")]),
    ("أحبطت الشرطة أمس محاولة اغتيال مدير الأمن في مدينة عدن.", []),
    ("رصدت «عكاظ» حالة التدمير التي تتعرض لها المواقع ومحاولة اغتيال الفنانين في مدينة زبيد.", []),
    # the verb must govern the attempt: in its sentence, with no object of its own between
    ("تعرض الجيش لانتقادات بعد فشله، وكشف مصدر عن محاولة اقتحام مدينة الرمادي.", []),
    ("تعرضت المعارضة لضغوط دولية كبيرة لمحاولة عقد مفاوضات في جنيف.", []),
    ("تعرض دبلوماسي ليبي أمس لمحاولة اغتيال في مدينة تونس.", [("killing", "Tunis")]),
])
def test_an_attempt_someone_suffered_is_an_attack(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 6: an attack (هجوم) whose dead, named in the singular or dual, are civilians is Violence
# against civilians, as one that kills civilians in the plural was; an attack on soldiers is a fight
@pytest.mark.parametrize("text, expected", [
    ("قتل طفل فلسطيني حرقا أمس في الضفة الغربية في هجوم يشتبه بأن مرتكبيه مستوطنون.", [("killing", "West Bank")]),
    ("أفاد مصدر أمني أمس بمقتل شخص في هجوم شنه عليه مسلحون مجهولون في مدينة كركوك.", [("killing", "Kirkuk")]),
    ("قتل جنديان أمس في هجوم شنه مسلحون على حاجز للجيش في مدينة كركوك.", [("battle", "Kirkuk")]),
    # a soldier or a security man killed, a child wounded beside them: a fight
    ("قتل جندي وأصيب طفل أمس في هجوم في مدينة كركوك.", [("battle", "Kirkuk")]),
    ("قتل رجل أمن أمس في هجوم في مدينة كركوك.", [("battle", "Kirkuk")]),
])
def test_an_attack_that_kills_a_civilian_is_violence_against_civilians(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 3: a neighbourhood with no city right after it lies in the city its sentence named just
# before (أحياء وسط مدينة ظهران الجنوب … سقطت على أحياء حيدان), not in a same-named town abroad
@pytest.mark.parametrize("text, expected", [
    ("استهدفت الميليشيات أمس أحياء وسط مدينة ظهران الجنوب، بأكثر من 14 قذيفة من نوع كاتيوشا، سقطت على أحياء "
     "حيدان وآل المؤنس والحصن.", {"Dhahran al-Janub"}),
    ("سقطت قذيفة أمس على حي القابل بنجران.", {"Najrān"}),
    # the city a source speaks from is not the neighbourhood's; of two cities, neither is taken
    ("وقال المرصد السوري لحقوق الإنسان ومقره لندن إن الطائرات قصفت أمس حي جوبر.", {"Jobar"}),
    ("قصف الحوثيون أمس مدينتي عدن وتعز، وسقطت قذائف على حي المعلا.", {"Aden", "Taiz"}),
])
def test_a_neighbourhood_lies_in_the_city_named_before_it(gaz, text, expected):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert {e.place.name for e in doc.events if e.located} == expected


# an execution (أعدم، إعدام) is a killing of its own: not the toll of a strike, a fight or a
# takeover told beside it; other deaths stay the toll of the strike that caused them
@pytest.mark.parametrize("text, expected", [
    ("قصفت الطائرات مواقع التنظيم في الموصل أمس. وأعدم التنظيم 20 شخصا في الموصل أمس.",
     [("airstrike", "Mosul"), ("killing", "Mosul")]),
    ("قال مصدر إن تنظيم داعش الذي سيطر على مدينة الموصل أمس أعدم 30 شخصا من أهالي المدينة.",
     [("territory", "Mosul"), ("killing", "Mosul")]),
    ("قتل 20 شخصا أمس في غارة جوية على مدينة الرقة.", [("airstrike", "Ar Raqqah")]),
    # a word that refers back to it (الهجوم الذي وقع) is the execution told again, not a fight
    ("أعدم داعش عشرة مدنيين أمس قرب الرمادي. وأدان المحافظ الهجوم الذي وقع في الرمادي.", [("killing", "Ramadi")]),
])
def test_an_execution_is_a_killing_of_its_own(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 3 coverage: places of the 2015 Anbar and Diyala fronts GeoNames' populated places lack
# (حصيبة alone is Husaybah by al-Qaim, on the Syrian border; حصيبة الشرقية lies east of Ramadi)
@pytest.mark.parametrize("text, expected", [
    ("وفي محور حصيبة الشرقية تقدمت قوات الشرطة الاتحادية أمس بعد اشتباكات مع داعش.",
     [("battle", "Husaybah al-Sharqiyah")]),
    ("قتل خمسة جنود أمس في اشتباك قرب قاعدة الحبانية الجوية شرق الرمادي.", [("battle", "Habbaniyah")]),
    ("قتل ثلاثة مدنيين أمس في انفجار عبوة ناسفة في ناحية قره تبه بمحافظة ديالى.", [("explosion", "Qara Tapa")]),
])
def test_places_of_the_anbar_and_diyala_fronts(gaz, text, expected):
    assert drawn(gaz, text) == expected


# لقاء with an attached pronoun writes its hamza on ي (لقائه، لقائهم): still a meeting, and its ل is
# the word's own, not "for" (لمواجهة: a purpose)
@pytest.mark.parametrize("text, expected", [
    ("وبحث الرئيس خلال لقائه أمس في الرياض وزير الخارجية الأمريكي الأوضاع في المنطقة.", [("talks", "Riyadh")]),
    ("وأكد الوزيران خلال لقائهما أمس في القاهرة ضرورة الحل السياسي.", [("talks", "Cairo")]),
])
def test_a_meeting_with_a_pronoun_is_a_meeting(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 1: what happened "since" (منذ أن سيطر …) is what the news follows, whatever day the sentence tells
@pytest.mark.parametrize("text, report", [
    ("هبطت الطائرة أمس في مطار عدن لأول مرة منذ أن سيطر المتمردون الحوثيون على المطار.", "background"),
    ("إجرام داعش مستمر منذ أن سيطر على مدينة الموصل شمال العراق.", "background"),
    ("سيطر المتمردون الحوثيون أمس على مطار عدن.", "new"),
    # a day told inside the since-clause dates it: news
    ("فر آلاف منذ أن سيطر داعش صباح اليوم على مدينة الرمادي.", "new"),
])
def test_a_takeover_since_which_is_background(gaz, text, report):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert [e.report for e in doc.events if e.kind == "territory"] == [report]


# class 5: a city that only says, by a distance and a direction, where the place before it lies
# (سبها الواقعة على مسافة 700 كيلومتر جنوبي طرابلس) is no site
@pytest.mark.parametrize("text, expected", [
    ("وأوضح المسؤول هاتفيا من سبها الواقعة على مسافة 700 كيلومتر تقريبا جنوبي طرابلس، أن 29 شخصا قتلوا أمس في "
     "الاشتباكات.", [("battle", "Sabha")]),
    ("قتل ثلاثة جنود أمس في اشتباكات في طرابلس.", [("battle", "Tripoli")]),
])
def test_a_city_a_distance_ties_to_the_place_before_it_is_no_site(gaz, text, expected):
    assert drawn(gaz, text) == expected


# two towns named as they are, more than a suburb apart (الطارمية and خان بني سعد, 17 km), are two
# happenings' places: a bombing told later at one does not take over the other's
def test_two_towns_are_two_happenings(gaz):
    text = ("قتل ثلاثة جنود أمس في تفجير سيارة مفخخة يقودها انتحاري عند نقطة تفتيش في منطقة الطارمية شمالي بغداد. "
            "وجاء التفجير بعد أيام من تفجير انتحاري ضخم في سوق منطقة خان بني سعد في ديالى الجمعة الماضي.")
    # published on Saturday 8 August: أمس and الجمعة الماضي are the same day, so only the places part them
    doc = geomap.parse(text, published="2015-08-08", gazetteer=gaz)
    assert {e.place.name for e in doc.events if e.kind == "suicide_bomb" and e.located} == {
        "Aţ Ţārmīyah", "Khan Bani Saad"}


# … while a front named by the city it lies by (الجفينة جنوب غرب مأرب, a few km away) is one fight with
# the city's, told the same day
def test_a_front_by_its_city_is_one_fight(gaz):
    text = ("أفادت مصادر يمنية بمقتل ثمانية حوثيين أمس في مواجهات مع المقاومة الشعبية في مدينة مأرب. "
            "وقالت المصادر إن المواجهات العنيفة اندلعت أمس في منطقة الجفينة جنوب غرب مأرب.")
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert [e.place.name for e in doc.events if e.kind == "battle"] == ["Al-Jufaina"]


# class 5: a distance in brackets or with a slash after a place (الموصل 400/كم شمال بغداد) only says
# where that place lies: the city it is measured from is no site
@pytest.mark.parametrize("text, expected", [
    ("وقال المصدر إن سيارة مفخخة انفجرت أمس عند مرور رتل لعناصر التنظيم بالقرب من بوابة الموصل 400/كم شمال بغداد.",
     [("explosion", "Mosul")]),
    ("قتل خمسة أمس في انفجار في مدينة بعقوبة (60 كلم شمال شرق بغداد).", [("explosion", "Baqubah")]),
    # the trigger after both places: without the rule Baghdad took an explosion of its own
    ("قتل خمسة أمس في مدينة بعقوبة (60 كلم شمال شرق بغداد) في انفجار سيارة مفخخة.", [("explosion", "Baqubah")]),
])
def test_a_distance_after_a_place_names_no_site(gaz, text, expected):
    assert drawn(gaz, text) == expected
