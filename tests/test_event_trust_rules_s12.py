"""Issue 11, class 2 and 8 rules of round 2's twelfth session: violent events drawn on articles that
are not about armed conflict (accidents, ordinary crime, figures of speech). Found by reading the
violent events drawn on SaudiNewsNet articles of even id outside every gold set (those our topic
profile does not call conflict, and those in countries without armed conflict); `geomap eval
sections` counts them on articles the outlets filed under sport, culture, economy or technology.
Each table holds Arabic sentences of our own."""

from __future__ import annotations

import pytest

import geomap
from geomap.events.tables import VIOLENT_TYPES
from test_event_trust_rules import PUBLISHED, drawn


def violent(gaz, text, title=None):
    """(kind, place) of the violent events drawn as news."""
    doc = geomap.parse(text, published=PUBLISHED, title=title, gazetteer=gaz)
    return [(e.kind, e.place.name) for e in doc.events
            if e.located and e.report == "new" and e.event_type in VIOLENT_TYPES]


# class 8: a killing told with the words of an ordinary murder (a knife, a culprit, the killer's own
# kin) is a crime, not political violence, unless an armed group is named beside it or the words of
# conflict weigh as much; kin among the victims (قتل شاب عشريني وشقيقه برصاص قناص) or an age say
# nothing of a crime
@pytest.mark.parametrize("text, expected", [
    ("لقي رجل مصرعه طعنا بسكين في مدينة الطائف أمس.", []),
    # the killer's own kin as the object (no و before it): a domestic crime
    ("قتل رجل ثلاثيني زوجته بضربها بحجر في منطقة برية بمحافظة حفر الباطن.", []),
    ("ضبطت الجهات الأمنية في الطائف رجلا قتل شقيقه بعد خلاف بينهما.", []),
    ("قتل قناص تابع لقوات النظام ابنه في حي الوعر بمدينة حمص.", [("killing", "al-Waer")]),
    ("أطلق رجل النار على ضابط في مدينة اللاذقية أمس وقتله أمام أطفاله.", [("killing", "Latakia")]),
    # killers between the killing and the kin: political violence (second reader)
    ("اغتال مجهولون شقيقه في مدينة درنة", [("killing", "Darnah")]),
    ("قتل جنود الاحتلال شقيقه برصاصة في الخليل", [("battle", "Hebron")]),
    ("ألقت الشرطة القبض على الجاني بعد أن قتل شقيقه إثر خلاف عائلي في مدينة تبوك.", []),
    # an armed group beside the knife: political violence
    ("قتل مسلحون من تنظيم داعش عشرة مدنيين بالسكين في مدينة الرقة أمس.", [("killing", "Ar Raqqah")]),
    ("قام عناصر من جماعة بوكو حرام بقتل عشرة صيادين بالسكين قرب مدينة مايدوغوري أمس.", [("killing", "Maiduguri")]),
    ("ذبح عناصر حركة الشباب ثلاثة رعاة بالسكين في بلدة بيدوا أمس.", [("killing", "Baidoa")]),
    ("قتلت غارة للتحالف رجلا وزوجته وأطفاله في مدينة تعز أمس.", [("airstrike", "Taiz")]),
    ("قتل شاب عشريني وشقيقه برصاص قناص في حي الوعر بمدينة حمص.", [("killing", "al-Waer")]),
    ("قتل رجل وزوجته وابنه في هجوم على منزلهم في مدينة الموصل.", [("battle", "Mosul")]),
    ("قتل مستوطنان في هجوم بالسكين نفذه فلسطيني في مستوطنة عتنئيل قرب الخليل.", [("battle", "Hebron")]),
    ("قتل مستوطن طعنا بسكين على يد مسلح فلسطيني قرب مدينة الخليل.", [("killing", "Hebron")]),
])
def test_an_ordinary_murder_is_no_political_violence(gaz, text, expected):
    assert violent(gaz, text) == expected


# class 8: in an article not about conflict whose headline tells of an accident or a crime, a death
# told in the body with no strong word of armed conflict beside it is that accident or crime
@pytest.mark.parametrize("title, text, expected", [
    ("مصرع ثلاثة أشخاص إثر تحطم طائرة صغيرة في أثينا",
     "قالت الشرطة إن رجلين لقيا مصرعهما إضافة إلى امرأة كانت في أحد المنازل في أثينا.", []),
    ("مقتل 7 أشخاص إثر فيضانات في باكستان",
     "لقي سبعة أشخاص مصرعهم في مدينة لاهور أمس وفقد عشرة آخرون.", []),
    ("مقيم يقتل آخر طعنا بسكين في الرياض",
     "لقي رجل مصرعه أمس في حي السويدي بمدينة الرياض بعد خلاف مع أحد أقاربه.", []),
    # a body that tells of conflict, under a headline with no word of crime
    ("مقتل ثلاثيني وزوجته في درعا",
     "قتل رجل في بلدة داعل بريف درعا اليوم. وقال ناشطون إن قوات النظام أطلقت النار عليه.", [("killing", "Dā‘il")]),
    # the body names a blast: the headline's words do not outweigh it
    ("مصرع ثلاثة أشخاص إثر حريق في عدن",
     "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في مدينة عدن أمس.", [("explosion", "Aden")]),
    # a headline of conflict: a death is what it tells (soldiers' deaths: a fight)
    ("مقتل 5 جنود في هجوم لداعش",
     "لقي خمسة جنود مصرعهم أمس في مدينة الرمادي.", [("battle", "Ramadi")]),
])
def test_a_death_under_a_headline_of_an_accident_or_a_crime(gaz, title, text, expected):
    assert violent(gaz, text, title) == expected


# class 8: choking (اختناق) is a weak word of accident: a death by choking and drowning is an
# accident, people choking in a blast or a gas attack are no accident
@pytest.mark.parametrize("text, expected", [
    ("لقي عاملان مصرعهما غرقا واختناقا داخل خزان مياه في محافظة القنفذة أمس.", []),
    ("أصيب العشرات بحالات اختناق إثر انفجار في مدينة حمص.", [("explosion", "Homs")]),
    ("لقي عاملان مصرعهما في انفجار عبوة ناسفة استهدفت سيارتهما في مدينة المكلا أمس.", [("explosion", "Mukalla")]),
])
def test_choking_is_a_weak_word_of_accident(gaz, text, expected):
    assert violent(gaz, text) == expected


# class 2: a blow by hand (بضربها بحجر، ضربة على رأسه) is no strike from the air
@pytest.mark.parametrize("text, expected", [
    ("قتل الجاني زوجته بضربها بعصا غليظة في قرية قرب مدينة أبها.", []),
    ("عثرت الشرطة على جثة رجل في مدينة غزة وعليها آثار ضربة على رأسه.", []),
    ("قتل خمسة مدنيين في ضربة جوية على قرية قرب مدينة إدلب.", [("airstrike", "Idlib")]),
])
def test_a_blow_by_hand_is_no_airstrike(gaz, text, expected):
    assert violent(gaz, text) == expected


# class 2: a civilian's title right after an attack or takeover word makes it words or a lead
# (هاجم الكاتب، سيطر المرشح على المناظرة), and friendly matches are no fighting
@pytest.mark.parametrize("text, expected", [
    ("هاجم الكاتب السعودي في مقال عن الحرب في اليمن وزير الإعلام المصري في القاهرة.", []),
    ("خاض المنتخب العسكري المواجهات الودية في معسكره بمدينة الدار البيضاء.", []),
    ("هاجم مسلحون حاجزا للجيش في مدينة العريش أمس.", [("battle", "Arīsh")]),
])
def test_words_and_games_are_no_fight(gaz, text, expected):
    assert violent(gaz, text) == expected


# class 2: فجرت is ف + جرت (then took place) when its subject follows; a car driven into a shop
# is no storming, a car bomb still is
@pytest.mark.parametrize("text, expected", [
    ("حاولت الدورية إيقاف السائق في مدينة الطائف فهرب، فجرت عملية ملاحقته حتى أوقفته.", []),
    ("اقتحمت سيارة مسرعة محلا لبيع الملابس العسكرية في مدينة جدة أمس.", []),
    ("اقتحمت سيارة مفخخة يقودها انتحاري مقرا للشرطة في مدينة الرمادي أمس.", [("suicide_bomb", "Ramadi")]),
    ("اقتحم مسلحون يستقلون سيارة مقر الشرطة في مدينة العريش.", [("battle", "Arīsh")]),
    ("فجرت انتحارية نفسها في سوق بمدينة مايدوغوري أمس.", [("suicide_bomb", "Maiduguri")]),
])
def test_then_took_place_and_a_car_driven_in(gaz, text, expected):
    assert violent(gaz, text) == expected


# class 1: a toll of the dead or wounded of a happening (ارتفع عدد شهداء الغارات، نقل المصابين في
# الغارة) is the news of that happening, not background
@pytest.mark.parametrize("text, report", [
    ("ارتفع عدد شهداء الغارات الإسرائيلية على قطاع غزة إلى 20 شهيدا.", "new"),
    ("نقل المصابين في الغارة على حي الحصبة إلى مستشفى الثورة في صنعاء.", "new"),
])
def test_a_toll_of_a_happening_is_its_news(gaz, text, report):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert [e.report for e in doc.events if e.kind == "airstrike"] == [report]


# class 4: a pronoun after a cue word is no place (في جنوب العاصمة هو أول هجوم: not Howe, US);
# a newspaper's editorial office (رئيس أمانة التحرير) is no liberation
@pytest.mark.parametrize("text, expected", [
    ("وقتل ستة آخرون في هجوم انتحاري في جنوب العاصمة هو أول هجوم كبير تشنه الحركة.", []),
    ("تستضيف الصحيفة في لندن اليوم سليم قحاق رئيس أمانة التحرير لصحيفة الشروق التي تغطي الحرب.", []),
    ("أعلنت المقاومة اليوم تحرير مدينة الضالع.", [("territory", "Aḑ Ḑāli‘")]),
])
def test_a_pronoun_and_an_editorial_office_are_no_place_or_event(gaz, text, expected):
    assert violent(gaz, text) == expected


# class 2: a storm met (مواجهة العاصفة) is no fight; a man stabbed to death in a shop, told as a
# crime, is no political violence
@pytest.mark.parametrize("text, expected", [
    ("هبطت الطائرة بسلام في مطار دنفر بعد مواجهة العاصفة وإن الحادث قيد التحقيق مع المسلحين.", []),
    ("قتل رجل طعنا بمدية في متجر في مدينة ستوكهولم اليوم.", []),
    ("قتل اثنان في هجوم شنه مسلحون على حاجز في مدينة ستوكهولم اليوم.", [("battle", "Stockholm")]),
])
def test_a_storm_and_a_knife_in_a_shop_are_no_fight(gaz, text, expected):
    assert violent(gaz, text) == expected


# class 3: a town's own side (الكرك الشرقي) between it and its countryside does not cut the
# qualifier off: Karak ash-Sharqi in rural Daraa is not al-Karak, Jordan
@pytest.mark.parametrize("text, expected", [
    ("قصف الطيران المروحي بالبراميل المتفجرة بلدة الكرك الشرقي بريف درعا أمس.", [("airstrike", "al-Karak al-Sharqi")]),
    ("انفجرت عبوة ناسفة أمس في مدينة الكرك الأردنية.", [("explosion", "Qīr Moāv")]),
])
def test_a_side_between_a_town_and_its_countryside(gaz, text, expected):
    assert violent(gaz, text) == expected


# class 6: the dead of a killing are fighters when named by their group (مقتل 17 داعشيا) or between
# لقي and their death (لقي عدد من عناصر التنظيم مصرعهم): a fight, not Violence against civilians
@pytest.mark.parametrize("text, expected", [
    ("أعلنت قيادة العمليات في بيان عن مقتل 12 داعشيا في عمليات جنوب مدينة تكريت.", [("battle", "Tikrīt")]),
    ("لقي عدد من عناصر التنظيم مصرعهم في قصف مدفعي على مواقعهم قرب مدينة بيجي.", [("shelling", "Bayjī")]),
    ("لقي عدد من عناصر التنظيم مصرعهم في اشتباكات قرب مدينة بيجي أمس.", [("battle", "Bayjī")]),
    ("لقي عدد من عناصر تنظيم داعش مصرعهم وأصيب آخرون قرب مدينة بيجي أمس.", [("battle", "Bayjī")]),
    ("لقي ثلاثة مدنيين مصرعهم في مدينة بيجي أمس.", [("killing", "Bayjī")]),
    # a group after برصاص killed, it did not die
    ("مقتل شاب برصاص الحوثيين في مدينة تعز", [("killing", "Taiz")]),
])
def test_fighters_named_as_the_dead_make_a_fight(gaz, text, expected):
    assert violent(gaz, text) == expected


# class 2: a simile (كالقتيلة: like a dead woman) and regaining a broadcast or a heritage (استعادة البث)
# are no killing and no territory
@pytest.mark.parametrize("text, expected", [
    ("عادت أم سامر إلى دمشق وتقول: «لا أستطيع القيام بأي عمل طيلة اليوم في البيت وأستلقي كالقتيلة بانتظار نسمة "
     "هواء باردة».", []),
    ("شدد المدير في عدن على سرعة استعادة البث لمواكبة التطورات العسكرية في المدينة.", []),
    ("أعلنت المقاومة استعادة مدينة الضالع من الحوثيين أمس.", [("territory", "Aḑ Ḑāli‘")]),
])
def test_a_simile_and_a_broadcast_regained_are_no_event(gaz, text, expected):
    assert violent(gaz, text) == expected
