"""Issue 11, rules of round 2's sixteenth session, found in the dev halves and in two second readers'
reports of their own in house styles geomap was not tuned on (BBC Arabic, wire, Al Jazeera, local
outlets). Arabic sentences of our own; for each rule the first row fails without it, the others are
its limits. Each group names its class of the issue."""

from __future__ import annotations

import pytest

from test_event_trust_rules import drawn


@pytest.mark.parametrize("text, expected", [
    # class 4: streets named after places and everyday words are streets (شارعي الثورة وبغداد in Damascus
    # was drawn in Baghdad): two streets, the first named after an everyday word the blocklist keeps from being a place
    ("قتل خمسة أشخاص جراء سقوط قذائف صاروخية على شارعي الثورة وبغداد في دمشق.",
     [("shelling", "Damascus")]),
    ("قتل خمسة أشخاص جراء سقوط قذائف صاروخية على شارعي بغداد والثورة في دمشق.",
     [("shelling", "Damascus")]),
    ("قتل شخصان في انفجار عبوة ناسفة في شارع الثورة وسط صنعاء.", [("explosion", "Sanaa")]),
    # a street's name is the street's: it alone places nothing
    ("قتل شخصان في انفجار عبوة ناسفة في شارع الثورة.", []),
    # the everyday word with no street before it is still no place, and a town list is still one
    ("قتل شخصان في انفجار عبوة ناسفة خلال الثورة في حمص.", [("explosion", "Homs")]),
    ("قصفت الطائرات بلدتي كفرنبل وسراقب في ريف إدلب.",
     [("airstrike", "Kafranbel"), ("airstrike", "Saraqib")]),
    # class 4: بحركة, 'with the movement', is no place (talks were placed at Baḥarkah, Iraq)
    ("قال مصدر معارض إن مفاوضات كانت تعقد بين القوات النظامية ووجهاء من الزبداني على اتصال بحركة أحرار الشام.",
     [("talks", "Az Zabadānī")]),
    ("قال مصدر إن مفاوضات عقدت أمس في بلدة مضايا على اتصال بحركة أحرار الشام.", [("talks", "Maḑāyā")]),
    # class 3: a direction after a settlement cue word is no name of its own: the known place after it is
    ("قصفت قوات النظام أمس أحياء شرق حلب بقذائف الهاون.", [("shelling", "Aleppo")]),
    ("أسفرت غارات للطيران التركي فجر أمس على قرية شمال شرقي أربيل عن مقتل نحو 25 قرويا.",
     [("airstrike", "Erbil")]),
    ("قتل ثلاثة في انفجار عبوة ناسفة في منطقة جنوب القنفذة أمس.", [("explosion", "Al Qunfudhah")]),
    # class 3: "the city" after a neighbourhood is the city of the sentences before (BBC Arabic's lead)
    ("تشهد مدينة تعز معارك عنيفة. وقال مصدر طبي إن ثلاثة مدنيين قتلوا جراء سقوط قذائف على حي الروضة وسط المدينة.",
     [("battle", "Taiz"), ("shelling", "Taiz")]),
    ("قصفت قوات النظام أحياء شرق حلب أمس. وقال ناشطون إن القوات قصفت بقذائف الهاون حي الحمدانية في الشطر الغربي من المدينة.",
     [("shelling", "Aleppo")]),
    # without "the city" a neighbourhood's reading stands (no city to hold it)
    ("قصفت الطائرات حي الحمدانية أمس.", [("airstrike", "Al-Hamdaniya (Qaraqosh)")]),
    # classes 1 and 5: a capital that expresses concern or welcome is its government, not the battle's site; its
    # concern is a reaction, and tells no battle of its own (ACLED codes none from it)
    ("وأعربت أنقرة عن قلقها من مشاركة فصائل الحشد الشعبي في المعركة.", []),
    ("وأعربت أنقرة عن قلقها من مشاركة فصائل الحشد الشعبي في معركة الموصل.", []),
    ("وأعربت الحكومة عن قلقها من اشتباكات اندلعت أمس في أنقرة.", [("battle", "Ankara")]),
    # what is feared or guarded against has not happened
    ("منعت وزارة الداخلية المتظاهرين من حمل السلاح في الحلة، تحسبا لحدوث أعمال شغب.", []),
    ("شهدت مداخل مدينة مصراتة استنفارا أمنيا تحسبا لعمليات انتحارية.", []),
    ("قتل ثلاثة في أعمال شغب في الحلة أمس.", [("riot", "Al Hillah")]),
    # class 6: the aircraft named before its verb (BBC Arabic's "بأن الطيران الحربي استهدف") is an
    # airstrike of its own, not a word of the ground attack told before it
    ("شن مسلحو التنظيم هجوما واسعا أمس على مواقع القوات الحكومية في مدينة دير الزور. "
     "وقال المرصد إن 20 عنصرا قتلوا في الاشتباكات. "
     "وأفادت وكالة سانا بأن الطيران الحربي استهدف تجمعات للتنظيم في قرية الجفرة بريف دير الزور.",
     [("battle", "Deir ez-Zor"), ("airstrike", "Deir ez-Zor")]),
    ("شن مسلحو التنظيم هجوما واسعا أمس على مواقع القوات الحكومية في مدينة دير الزور. "
     "وقال المرصد إن 20 عنصرا قتلوا في الاشتباكات. "
     "وأفادت وكالة سانا بأن الطيران الحربي استهدف تجمعات للتنظيم في بلدة الميادين.",
     [("battle", "Deir ez-Zor"), ("airstrike", "Al Mayādīn")]),
    ("وقالت المصادر إن طائرات التحالف قصفت مواقع للحوثيين في صعدة.", [("airstrike", "Sa'dah")]),
    # a noun after the raids is another happening told beside them, not retyped
    ("وتواصلت غارات الطيران والاشتباكات في محيط مدينة صعدة.", [("battle", "Sa'dah")]),
    # a second reader's rows against the first versions of these rules: each was a regression
    # fear of one thing does not undo what happened beside it
    ("فر السكان خوفا من القصف الذي استهدف البلدة أمس في ريف إدلب.", [("battle", "Idlib")]),
    ("نزح مئات المدنيين من بلدة الشدادي خوفا من القصف، وقتل ثلاثة مدنيين في غارة جوية على البلدة.",
     [("airstrike", "Al-Shaddadah")]),
    ("ترك السكان منازلهم في تعز خوفا من القناصة الذين قتلوا خمسة مدنيين أمس.", [("killing", "Taiz")]),
    # a place before a verb of concern is where it happened, not the government
    ("إثر الاشتباكات العنيفة التي شهدتها طرابلس أعربت البعثة الأممية عن قلقها البالغ.",
     [("battle", "Tripoli")]),
    ("وفي الفلوجة أبدت العائلات المحاصرة مخاوفها من قصف القوات الحكومية للمدينة.",
     [("shelling", "Al Fallūjah")]),
    # class 1: the standing truce broken or kept is no new ceasefire (a wire-style probe's Hodeidah)
    ("وقال مسؤول إن الحوثيين ارتكبوا 96 خرقا للهدنة في مدينة الحديدة خلال يومين.", []),
    ("وتخوض المقاومة مواجهات مع الحوثيين الذين يرفضون الالتزام بالهدنة في محافظة لحج.", []),
    # a truce agreed or declared is one; a violation word before another event leaves it alone
    ("اتفق الطرفان على وقف إطلاق النار في مدينة الحديدة أمس.", [("ceasefire", "Al Ḩudaydah")]),
    ("وفي انتهاك جديد قصفت القوات مواقع في مدينة تعز أمس.", [("shelling", "Taiz")]),
    # class 2: any truce, any attack: a hypothesis (a wire-style probe drew a ceasefire in Washington)
    ("وقال محللون إن أي هدنة تجارية بين واشنطن وبكين ستكون هشة.", []),
    ("وأكد الجيش جاهزيته للتصدي لأي هجوم على مدينة الحديدة.", []),
    ("أعلنت الأمم المتحدة هدنة في مدينة الحديدة أمس.", [("ceasefire", "Al Ḩudaydah")]),
    # class 6: the aircraft with a possessive (a wire-style probe's Libyan drone strike was a battle)
    ("وقالت قوات حفتر إن طيرانها المسير استهدف رتلا في منطقة قرب مدينة سرت.", [("airstrike", "Sirte")]),
    # the singular plane beside a rocket attack is an aid plane, not the attacker
    ("تعرض مطار عدن الدولي أمس لقصف صاروخي خلال تسليم الطائرة السعودية المساعدات الإنسانية، "
     "واستهدفت صواريخ كاتيوشا المطار.", [("shelling", "Aden")]),
    # class 2: candidates storming a party's strongholds is an election (a wire-style probe)
    ("واقتحم مرشحون مستقلون معاقل الأحزاب التقليدية في الناصرية والنجف.", []),
    ("واقتحم مسلحون مقر الحزب في الناصرية أمس.", [("battle", "Nasiriyah")]),
    # the gazetteer: Khartoum's Arabic name was only without the article (خرطوم), and الخرطوم
    # 139 times in SaudiNewsNet, went unread (found through the places-count check of the ingest)
    # (protesters in clashes with the police: a riot since session 19, was a battle)
    ("قتل ثلاثة متظاهرين في مواجهات مع الشرطة في الخرطوم أمس.", [("riot", "Khartoum")]),
])
def test_drawn(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a second reader's rows: "the city" is not one a source speaks from, nor one of two
@pytest.mark.parametrize("text, elsewhere", [
    ("صعدت قوات النظام قصفها على دمشق وريفها. وقال المرصد السوري ومقره لندن إن عشر قذائف سقطت على حي جوبر شرقي المدينة.",
     "London"),
    ("غادر الرئيس هادي عدن متوجها إلى الرياض. وقالت مصادر محلية إن اشتباكات عنيفة اندلعت في حي المعلا وسط المدينة.",
     "Riyadh"),
])
def test_the_city_is_not_a_source_or_a_departure(gaz, text, elsewhere):
    assert elsewhere not in [p for _, p in drawn(gaz, text)]


def test_an_aircraft_word_before_a_noun_of_another_happening_keeps_it(gaz):
    """A second reader's row: الغارات الجوية مع اشتباكات does not swallow the battle."""
    assert "battle" in [k for k, _ in drawn(gaz, "وترافقت الغارات الجوية مع اشتباكات عنيفة في حي جوبر شرقي دمشق.")]


@pytest.mark.parametrize("text, name", [
    ("وصلت سفينة مساعدات إلى ميناء الحديدة أمس، وأصبحت هذه المحافظة محطة عبور للمساعدات الغذائية.", "عبور"),
    ("قصفت الطائرات نقاط تجمع للمسلحين قرب الحدود.", "تجمع"),
    ("أقام الجيش نقاط التفتيش ورصد المتسللين على الطريق.", "التفتيش"),
    ("تدور اشتباكات عنيفة في مناطق التماس بين الطرفين.", "التماس"),
])
def test_a_verbal_noun_after_a_point_or_station_is_no_name(gaz, text, name):
    """Class 4: نقطة تجمع، محطة عبور، مناطق التماس: a gathering, transit or contact point; a
    whole-corpus diff found them read as names and placed from their context (Suruç, Diyarbakır, Hodeidah)."""
    from geomap.parser import parse

    doc = parse(text, published="2015-08-07", gazetteer=gaz)
    assert not [m for m in doc.mentions if m.text == name]


def test_the_same_day_is_the_day_told_before(gaz):
    from geomap.parser import parse

    doc = parse("قتل خمسة جنود في هجوم على نقطة عسكرية في كركوك يوم الثلاثاء. "
                "وفي وقت لاحق من اليوم نفسه انفجرت عبوة ناسفة في مدينة تكريت.", published="2019-05-23", gazetteer=gaz)
    assert [str(e.date) for e in doc.events] == ["2019-05-21", "2019-05-21"]
