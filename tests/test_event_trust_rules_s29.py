"""Issue 11, session 29: rules written from probe18's reports (opened this session, after their
unseen score was recorded), as tables of Arabic sentences of our own. The first rows of each table
were wrong before the rule; the last rows are its limits."""

from __future__ import annotations

import pytest

import geomap
from test_event_trust_rules import drawn


@pytest.mark.parametrize("text, expected", [
    # Ariha of Idlib (a village to GeoNames) in a report on Idlib's countryside, not Jericho, though
    # البارة may also be a village of Palestine
    ("قتل مدنيان بقصف مدفعي على بلدة البارة في جبل الزاوية بريف إدلب الجنوبي أمس. وطال القصف الصاروخي "
     "اليوم أحياء سكنية في مدينة أريحا.", [("shelling", "Jabal al-Zawiya"), ("shelling", "Arīḩā")]),
    # limits: with no governorate of Syria named, a town cue still vouches for Jericho; and so does
    # its own sentence naming Israel, in a report on Idlib that turns to the West Bank (a second reader)
    ("اقتحمت قوات الاحتلال أمس مدينة أريحا واعتقلت ثلاثة شبان في مدينة نابلس.",
     [("battle", "Jericho"), ("arrests", "Nablus")]),
    ("قتل مدنيان بقصف على بلدة البارة بريف محافظة إدلب أمس. وفي سياق آخر، اقتحمت قوات الاحتلال الإسرائيلي "
     "مدينة أريحا واعتقلت ثلاثة شبان.", [("shelling", "Idlib Governorate"), ("battle", "Jericho"), ("arrests", "Jericho")]),
])
def test_a_town_in_a_governorate_the_report_names_beats_a_namesake_abroad(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fire fought is no battle, however strong the fight word
    ("تواصل فرق الدفاع المدني السوري لليوم السادس مواجهة حرائق ضخمة تلتهم غابات ريف اللاذقية الشمالي، "
     "حيث تعيق مخلفات الحرب والألغام عمل الفرق.", []),
    ("وقالت المديرية إن فرق الإطفاء اشتبكت مع النيران لأكثر من أربع ساعات في سوق الشورجة ببغداد.", []),
    # limits: a fight with gunmen that set the woods alight is a battle
    ("اشتبكت قوات الجيش مع مسلحين في ريف اللاذقية الشمالي، واندلعت النيران في الغابات.", [("battle", "Latakia")]),
])
def test_a_fire_fought_is_no_battle(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # arrests in "scattered quarters of the capital" (no quarter named متفرقة) are in the capital told
    # before; the bomber helped is the one of the day before, no second bombing; where a suspect hails
    # from is not where he was arrested; "the facility" is no town of Egypt
    ("قتل 18 شرطيا عندما فجر انتحاري نفسه داخل أكاديمية للشرطة في العاصمة الصومالية مقديشو أمس. وأعلنت "
     "قوات الأمن اليوم اعتقال 12 مشتبها بهم في أحياء متفرقة من العاصمة، بينهم شخص ساعد الانتحاري على دخول "
     "المنشأة، ويتحدر من إقليم شبيلي السفلى.", [("suicide_bomb", "Mogadishu"), ("arrests", "Mogadishu")]),
    # limits: the suicide bombing told again by its adjective is no bomber; what came from the capital
    # did not happen there
    ("قتل 18 شرطيا عندما فجر انتحاري نفسه داخل أكاديمية للشرطة في مقديشو أمس. وقالت الشرطة إن التفجير "
     "الانتحاري هو الأعنف منذ أشهر.", [("suicide_bomb", "Mogadishu")]),
    ("قتل 18 شرطيا عندما فجر انتحاري نفسه داخل أكاديمية للشرطة في مقديشو أمس. ووصلت أمس تعزيزات قادمة من "
     "العاصمة إلى مدينة أفجوي.", [("suicide_bomb", "Mogadishu")]),
])
def test_the_capital_the_bomber_and_the_home_of_a_suspect(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Ankara that "will go on" is Turkey's government, no site of the strike its ministry told of
    ("قصفت طائرة مسيرة تركية أمس موقعا قرب مخيم مخمور جنوب غرب أربيل. وقالت وزارة الدفاع التركية إن الغارة "
     "حيدت مسلحين، مؤكدة أن أنقرة ستواصل عملياتها في شمال العراق.", [("airstrike", "Mexmur")]),
    # where the attackers withdrew to is not where they fought
    ("قتل جنديان في هجوم لمسلحين على نقطة تفتيش قرب الحويجة فجر اليوم. وقال مصدر أمني إن اشتباكا استمر نحو "
     "ساعة قبل أن ينسحب المهاجمون باتجاه سلسلة جبال حمرين.", [("battle", "Al Ḩawījah")]),
    # limits: the strike on where they went is there (the withdrawal towards it has no site: session 30)
    ("انسحب المسلحون أمس باتجاه جبال حمرين، حيث قصفت الطائرات مواقعهم.",
     [("airstrike", "Hamrin Mountains")]),
])
def test_a_capital_that_will_go_on_and_where_fighters_withdrew_to(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_quarter_of_the_headline_is_the_one_the_body_places(gaz):
    # the headline's حي الروضة (first line of the text) is the quarter north of Taiz the body tells
    # of, not Ar Rawḑ, a village of Yemen 280 km away
    text = ("مقتل طفلين بقذائف حوثية على حي الروضة ومعارك عنيفة في الجحملية شرقي تعز\n"
            "قتل طفلان وأصيبت امرأة، الثلاثاء، جراء سقوط قذائف هاون أطلقتها مليشيات الحوثي على حي الروضة شمالي "
            "مدينة تعز، وفق مصادر طبية. ودارت أمس معارك عنيفة في حي الجحملية شرقي المدينة.")
    doc = geomap.parse(text, published="2018-04-12", gazetteer=gaz)
    assert [(e.kind, e.place.name) for e in doc.events if e.located and e.report == "new"] == [
        ("shelling", "Taiz"), ("battle", "al-Jahmaliya")]


@pytest.mark.parametrize("text, expected", [
    # the town whose hospitals took the wounded is not where the market was struck
    ("قتل 9 مدنيين اليوم بغارات روسية على سوق في مدينة معرة النعمان. وأفاد مراسل بأن المقاتلات استهدفت السوق "
     "وسط المدينة، ما أسفر عن إصابة 20 آخرين نقلوا إلى مستشفيات بلدة سراقب.", [("airstrike", "Ma‘arrat an Nu‘mān")]),
    # where the guns stand is not where the shells fell
    ("تعرضت بلدة كفرنبل اليوم لقصف مدفعي وصاروخي من قوات النظام المتمركزة في ريف حماة الشمالي.",
     [("shelling", "Kafranbel")]),
    # limits: with no target named, it is the only place the shelling has
    ("وكثفت قوات النظام المتمركزة في ريف حماة الشمالي اليوم قصفها لمواقع المعارضة.", [("shelling", "Ḩamāh")]),
])
def test_hospitals_of_a_town_and_where_the_guns_stand(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_fight_going_on_since_today_is_not_dated_by_the_takeover_it_undoes(gaz):
    doc = geomap.parse("تدور اشتباكات عنيفة منذ فجر اليوم في محيط بلدة كفرنبودة بريف حماة، إثر هجوم لاستعادة "
                       "البلدة التي سيطر عليها النظام في 9 مايو الجاري.", published="2019-05-22", gazetteer=gaz)
    battles = [e for e in doc.events if e.kind == "battle"]
    assert [(e.report, str(e.date)) for e in battles] == [("new", "2019-05-22")]


@pytest.mark.parametrize("text, expected", [
    # the dateline of a body that opens after its headline is where the report was filed
    ("القوات الكينية تدخل كيسمايو آخر معاقل الشباب في جنوب الصومال\n\nمقديشو (ا ف ب) - دخلت القوات الكينية "
     "المنضوية في قوة الاتحاد الافريقي فجر الجمعة مدينة كيسمايو الساحلية، آخر معقل كبير لحركة الشباب في جنوب "
     "البلاد.", [("territory", "Kismayo")]),
    # and not where a young man was shot in a raid on a camp the sentence names (a killing since session 32: shot during a raid, the raid is its setting)
    ("شهيد برصاص الاحتلال في مخيم جنين\n\nبيت لحم- معا- استشهد شاب فجر اليوم برصاص قوات الاحتلال خلال "
     "اقتحامها مخيم جنين شمال الضفة الغربية.", [("killing", "Janīn")]),
    # limits: it is the site when the sentence names no place the gazetteer knows
    ("استشهاد رضيع في هجوم للمستوطنين على منزل في قرية جنوب نابلس\n\nنابلس - معا - استشهد طفل رضيع فجر "
     "اليوم إثر إضرام مستوطنين النار في منزل في قرية عقربانيت.", [("killing", "Nablus")]),
])
def test_a_dateline_after_the_headline(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a takeover welcomed and an attack condemned past the lead are the ones told, not news of their own
    ("دخلت القوات الكينية فجر الجمعة مدينة كيسمايو الساحلية. وفي منطقة شبيلي السفلى، دارت معارك الجمعة قرب "
     "بلدة وانلاوين. ورحبت نيروبي بالسيطرة على المدينة.", [("territory", "Kismayo"), ("battle", "Wanlaweyn")]),
    ("قتل 70 شخصا إثر انفجار سيارة مفخخة صباح اليوم في مقديشو. وأدان رئيس الجمهورية محمد عبد الله محمد "
     "(فرماجو) الهجوم الإرهابي، وأعلن الحداد الوطني.", [("explosion", "Mogadishu")]),
    # a car bomb at the rush hour is no traffic accident
    ("قتل 70 شخصا إثر انفجار سيارة مفخخة صباح اليوم في مقديشو، في ساعة ذروة حركة المرور.",
     [("explosion", "Mogadishu")]),
    # the city whose hospital took the dead is not where they fell
    ("قتل خمسة من مقاتلي العملية أمس في مواجهات في مدينة سرت. وأضاف أن خمسة من مقاتلي العملية قتلوا خلال "
     "المواجهات، مشيرا إلى أن جثامينهم نقلت إلى المستشفى المركزي في مصراتة.", [("battle", "Sirte")]),
    # limits: a shelling condemned with where it struck is news
    ("قتل خمسة من مقاتلي العملية أمس في مواجهات في مدينة سرت. ونددت الحكومة بالقصف الذي استهدف مستشفى في "
     "مدينة بنغازي أمس.", [("battle", "Sirte"), ("battle", "Benghazi")]),
])
def test_welcomed_condemned_a_car_bomb_at_rush_hour_and_a_hospital_in_a_city(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_front_lies_in_the_governorate_of_its_sentence_told_by_its_side(gaz):
    # جبهة الساحل الغربي (a front the gazetteer lacks) lies in Hodeidah, named south of it in its
    # sentence, not in Taiz of the paragraph before: one battle at Hays, not a second at Taiz
    text = ("وفي تعز، قال مصدر طبي إن امرأة وطفلها قتلا صباح اليوم جراء قذائف أطلقتها ميليشيا الحوثي على حيي ثعبات "
            "والجحملية شرقي المدينة.\n\nوفي جبهة الساحل الغربي، أفاد مصدر عسكري بمقتل 14 مسلحا حوثيا و3 من جنود "
            "ألوية العمالقة، في مواجهات اندلعت مساء الإثنين في محيط مدينة حيس جنوبي محافظة الحديدة.")
    assert [e for e in drawn(gaz, text) if e[0] == "battle"] == [("battle", "Ḩays")]


@pytest.mark.parametrize("text, expected", [
    # the parties of talks may be groups of the wars after 2016 (the Rapid Support Forces, HTS, the STC)
    ('استؤنفت أمس في مدينة جدة المفاوضات بين وفدي الجيش و"الدعم السريع" برعاية سعودية أميركية.',
     [("talks", "Jeddah")]),
    ("عقد وفد من هيئة تحرير الشام أمس اجتماعا مع مسؤولين أتراك في مدينة إدلب.", [("talks", "Idlib")]),
    # limits: without a party, a meeting is an office's business
    ("استؤنفت أمس في مدينة جدة المفاوضات بين وفدي الشركتين حول صفقة الاستحواذ.", []),
])
def test_parties_of_the_wars_after_2016(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a landmine under a vehicle on a road is a blast, no road accident
    ("وفي حادث منفصل قال الجيش المالي إن جنديين قتلا عندما انفجر لغم أرضي بمركبتهما على طريق قرب بلدة دوينتزا "
     "في منطقة موبتي يوم الأحد.\n\nوفي باماكو، تظاهر آلاف يوم السبت للمطالبة بالتخلي عن استفتاء على الدستور.",
     [("explosion", "Douentza"), ("protest", "Bamako")]),
    # gunmen's attack on a restaurant, told by a relative clause, is violence against civilians
    ("قالت الحكومة إن عدد قتلى الهجوم الذي شنه مسلحون على مطعم تركي في العاصمة واغادوغو مساء الأحد ارتفع إلى 18.",
     [("killing", "Ouagadougou")]),
    # limits: one on a post of the security forces is a battle
    ("قالت الحكومة إن عدد قتلى الهجوم الذي شنه مسلحون على مقر الشرطة في العاصمة واغادوغو مساء الأحد ارتفع إلى 18.",
     [("battle", "Ouagadougou")]),
])
def test_a_landmine_on_a_road_and_an_attack_on_a_restaurant(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a scheduled meeting criticised is no meeting held
    ("انتقد البرلمان الإيراني أمس اجتماعا مقررا بين وزير الخارجية الإيراني ونظيره الأميركي في فيينا.", []),
    # confronting in general, and a group's attacks told with no day, are no battle
    ("ولن تثني هذه الأعمال الإرهابية عزائم رجال الأمن في المواجهة والتصدي بكل حزم في منطقة عسير.", []),
    ("وأضاف المرصد أن البلدة كانت نقطة انطلاق يشن منها التنظيم هجماته على مدينة كوباني.", []),
    # "wider horizons" is no district of Yemen
    ("التقى وزير الخارجية السعودي نظيره المصري أمس في جدة لبحث الارتقاء بالعلاقات إلى آفاق أرحب.",
     [("talks", "Jeddah")]),
    # limits: its attacks with a day of their own are news
    ("شن التنظيم أمس هجماته على مدينة كوباني من ثلاثة محاور.", [("battle", "‘Ayn al ‘Arab")]),
])
def test_a_scheduled_meeting_confronting_in_general_and_wider_horizons(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # rocket launchers held are no shelling; what people used to do is no news; a state's talks with its
    # creditors are business
    ("وتملك الميليشيات نحو 9 آلاف من صواريخ غراد، إلى جانب أعداد غير معروفة من القاذفات الصاروخية في مصراتة.", []),
    ("لقد كانوا يتظاهرون في طهران ومشهد خلال شهر رمضان بسبب ارتفاع أسعار الدواجن.", []),
    ("قال مسؤول أميركي أمس إن محادثات اليونان مع دائنيها الدوليين تركز الآن على إعادة جدولة ديونها.", []),
    # limits: a protest of the day, and rockets fired, are news
    ("تظاهر آلاف الإيرانيين أمس في طهران احتجاجا على ارتفاع الأسعار.", [("protest", "Tehran")]),
    ("أطلقت الميليشيات أمس صواريخ غراد على أحياء مدينة مصراتة.", [("shelling", "Misratah")]),
])
def test_launchers_held_what_they_used_to_do_and_debt_talks(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # shells fired "repeatedly" (a word of frequency after a trigger of three words) are a habit
    ('وقال التقرير إن قوات موالية للحوثيين أطلقت قذائف الهاون والصواريخ العشوائية بشكل متكرر على مناطق مأهولة '
     'في مدينة عدن.', []),
    # talks on oil production are business
    ("ويبدو أن المباحثات لا تزال جارية لحل الأزمة والتوصل إلى اتفاق حول إعادة إنتاج حقل الخفجي ومعاودة الإنتاج "
     "في الوفرة.", []),
])
def test_shells_fired_repeatedly_and_talks_on_oil(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_foreign_given_name_opens_a_persons_name(gaz):
    # Juan Manuel Santos is the president of Colombia, not Santos in Brazil
    doc = geomap.parse("بعث خادم الحرمين الشريفين برقية تهنئة للرئيس خوان مانويل سانتوس رئيس جمهورية كولومبيا.",
                       published="2015-07-21", gazetteer=gaz)
    assert "Santos" not in [m.place.name for m in doc.mentions if m.place is not None]


@pytest.mark.parametrize("text, expected", [
    # the places an attack is compared with are other happenings'
    ("وقال إن استهداف حماة الأمن وهم يؤدون عملهم وقت الصلاة كما حدث من قبل في الدالوة والقديح والدمام، دليل "
     "على إجرامهم.", []),
    # the help an assault needs is no assault; the dead of Egypt's revolutions are history
    ("وقال المصدر إن المقاومة تحتاج إلى غطاء جوي من قبل قوات التحالف ليساعدها في اقتحام تلك المواقع في تعز.", []),
    ("بمن في ذلك عائلات من لقوا حتفهم خلال أحداث ثورتي يناير ويونيو في القاهرة.", []),
    # limits: a bombing of the day keeps its own site beside the one it is compared with
    ("استهدف انتحاري اليوم مسجدا في أبها، كما حدث من قبل في الدالوة.", [("suicide_bomb", "Abha")]),
])
def test_places_compared_with_help_needed_and_a_revolution(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_part_of_a_series_tells_testimony_not_news(gaz):
    # a defector's memoir in parts: its battles have no day of their own and are no news
    text = ("وتوقفت الحلقة السابقة عند نذر المواجهة التي بدأت في منطقة البوكمال بين مجموعة أبو هريرة والجيش الحر. "
            + "ويروي أبو شعيب أن التنظيم أعاده مع مجموعته إلى سوريا بسبب اندلاع معارك جديدة هناك، قرب دير الزور. " * 9
            + "ويقول إن جنود التنظيم عاشوا تجارب مريرة على أيدي أمراء المعسكرات، وإن الكثير منهم تركوا القتال.")
    assert drawn(gaz, text) == []


@pytest.mark.parametrize("text, expected", [
    # a strike told in a sentence that names no place, right after the fight of the sentence before
    ("اقتحمت القوات العراقية اليوم حي الضباط في مدينة الرمادي بعد معارك عنيفة. وشنت طائرات التحالف الذي تقوده "
     "الولايات المتحدة غارات مكثفة على مواقع التنظيم.", [("battle", "Ramadi"), ("airstrike", "Ramadi")]),
    # limits: not across a paragraph, and not when its sentence names a place of its own
    ("اقتحمت القوات العراقية اليوم حي الضباط في مدينة الرمادي بعد معارك عنيفة.\n\nوشنت طائرات "
     "التحالف غارات مكثفة على مواقع التنظيم.", [("battle", "Ramadi")]),
    ("اقتحمت القوات العراقية اليوم حي الضباط في مدينة الرمادي بعد معارك عنيفة. وشن التحالف "
     "غارات مكثفة على مدينة الفلوجة.", [("battle", "Ramadi"), ("airstrike", "Al Fallūjah")]),
])
def test_a_strike_of_a_sentence_with_no_place_goes_on_where_the_fight_before_was(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # mine sweepers supplied, artillery bought and a tally of months are no happenings
    ("أمدت قوات التحالف المقاومة الشعبية أمس بكاسحات متطورة للألغام في محافظة لحج.", []),
    ("بحث وزير الدفاع العراقي أمس في موسكو مع المسؤولين الروس تجهيز العراق بأنواع من المدفعية.", []),
    ("وجاء في التقرير أن 694 شخصا أعدموا في طهران بين شهري يناير ويوليو.", []),
    # limits: mines that went off, and a shelling of the day, are news
    ("قتل ثلاثة مدنيين أمس بانفجار ألغام في مدينة الحوطة.", [("explosion", "Laḩij")]),
    ("قصفت المدفعية الروسية أمس بلدات في ريف حماة.", [("shelling", "Ḩamāh")]),
])
def test_sweepers_arms_and_months(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the top match of a league is no summit
    ("عاش الشعب المصري الساعات التي سبقت مباراة القمة بين الأهلي والزمالك في القاهرة أمس في حالة من القلق.", []),
    # limits: a summit of leaders is talks
    ("عقد القادة العرب أمس قمة طارئة في القاهرة لبحث الأوضاع في اليمن.", [("talks", "Cairo")]),
])
def test_the_top_match_is_no_summit(gaz, text, expected):
    assert drawn(gaz, text) == expected


def _places(gaz, text):
    doc = geomap.parse(text, published="2015-08-09", gazetteer=gaz)
    return [(m.text, m.place.name) for m in doc.mentions if m.place is not None]


def test_the_capital_of_an_area_lies_in_it_alone_of_its_list(gaz):
    # زنجبار عاصمة أبين is Zinjibār in Yemen, in a Sudanese press review too; the cities listed before
    # Baku are not in Azerbaijan; عاصمة بنين names a country, not Benin City
    text = ("ولفتت الصحف السودانية إلى انتصارات المقاومة اليمنية بالسيطرة على زنجبار عاصمة أبين. وأعربت تورونتو "
            "ولوس أنجليس وباكو عاصمة أذربيجان عن رغبتها في استضافة الأولمبياد.")
    found = dict(_places(gaz, text))
    assert found["زنجبار"] == "Zinjibār" and found["تورونتو"] == "Toronto" and found["لوس أنجليس"] == "Los Angeles"
    assert ("كوتونو", "Cotonou") in _places(gaz, "وقع اتفاق سلام بين الفصائل الليبيرية في كوتونو عاصمة بنين.")


@pytest.mark.parametrize("text, expected", [
    # a threat, a resolve and a fear are no happenings
    ("مؤكدا أن أحزان أبناء تعز هي أحزان أبناء صنعاء، متوعدا بأن يتم نقل المعركة إلى صنعاء.", []),
    ("وقال ما نطلبه من طهران أن لا تختبر قوتنا لأننا عازمون على مواجهة ذلك في اليمن.", []),
    ("شهدت مداخل مدينة مصراتة اليوم استنفارا أمنيا كبيرا تخوفا من عمليات انتحارية.", []),
])
def test_threats_resolves_and_fears(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the day's news came after is not of that day
    ("هبطت اليوم بمطار عدن الدولي طائرة إماراتية تحمل مساعدات وذلك بعد أن تم استعادة عدن من قبل المقاومة.", []),
    ("رست أول سفينة تنقل مساعدات انسانية اليوم في ميناء عدن بعد 4 أشهر على بدء المعارك في البلاد.", []),
    # attacks raids were to foil never happened
    ("نفذت القوات الإسرائيلية أمس مداهمات في مدينة جنين قالت إنها استهدفت إحباط هجمات.", [("arrests", "Janīn")]),
    # limits: a foiled assault with its dead is a fight
    ("تمكنت القوات أمس من إحباط هجوم إرهابي على نقاط التمركز جنوب مدينة رفح، واستشهد 26 جنديا.",
     [("battle", "Rafaḩ")]),
])
def test_what_the_news_came_after_and_attacks_to_be_foiled(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_the_danger_of_renewed_fighting_is_no_fighting(gaz):
    text = ("شنت طائرات التحالف أمس غارات جوية على مواقع الحوثيين في عدن. وقال المسؤول: أعتقد أن المدينة "
            "نفسها ستتخلص في الأيام المقبلة من خطر تجدد القتال.")
    assert drawn(gaz, text) == [("airstrike", "Aden")]


@pytest.mark.parametrize("text, expected", [
    # a second reader's sentences (session 29): each was wrong after a rule of the session, and is
    # right since its mend
    ("بيروت (رويترز) - قال المرصد السوري لحقوق الإنسان إن غارات جوية قتلت 12 شخصا في قرية الهبيط السورية اليوم.",
     [("airstrike", "al-Habit")]),
    ("قال قائد الشرطة إن قواته قادرة على حفظ الأمن في المدينة وشنت اليوم حملة اعتقالات في حي الأعظمية ببغداد.",
     [("arrests", "Adhamiyah")]),
    ("أثبتت القوات قدرتها على الصمود وسيطرت اليوم على بلدة تل أبيض بعد معارك عنيفة.", [("battle", "Tall Abyaḑ")]),
    ("قتل ثلاثة متظاهرين برصاص قوات الأمن بينما كانوا يتظاهرون أمام مبنى المحافظة في البصرة.",
     [("protest", "Basrah")]),
    ("تمكنت القوات العراقية من إحباط هجمات شنها تنظيم داعش على مواقعها في مصفاة بيجي اليوم.",
     [("battle", "Bayjī")]),
    ("ألغت الحكومة صفقة الأسلحة مع روسيا، وقصفت مدفعية الجيش اليوم مواقع المسلحين في بلدة داريا.",
     [("shelling", "Dārayyā")]),
    ("قتل 20 شخصا في غارات على مدينة دوما أمس. ورحبت الأمم المتحدة بوقف إطلاق النار الذي أعلن اليوم في الغوطة "
     "الشرقية.", [("airstrike", "Dūmā"), ("ceasefire", "Eastern Ghouta")]),
    ("التقى الرئيس عبد ربه منصور هادي اليوم السفير الأمريكي في الرياض. ورحب الرئيس بالسيطرة على مدينة المكلا من "
     "عناصر القاعدة.", [("talks", "Riyadh"), ("territory", "Mukalla")]),
    ("فجر انتحاري نفسه في سوق ببغداد أمس. واليوم في كربلاء أقدم الانتحاري على تفجير حزامه في موكب للزوار.",
     [("suicide_bomb", "Baghdad"), ("suicide_bomb", "Karbala")]),
    ("قتل خمسة مدنيين في غارات على مدينة سراقب بريف إدلب اليوم. وفي حادث منفصل، قتل ثلاثة جنود في هجوم لتنظيم "
     "الدولة على حاجز.", [("airstrike", "Saraqib")]),
    ("استهدفت غارات جوية اليوم مثلما حصل الأسبوع الماضي بلدة خان شيخون بريف إدلب.", [("airstrike", "Khān Shaykhūn")]),
    ("اندلعت اشتباكات بالنيران بين القوات الحكومية ومسلحي الشباب في بلدة أفجوي اليوم.", [("battle", "Afgooye")]),
])
def test_the_second_readers_sentences(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_day_told_before_the_trigger_is_not_moved_by_its_since_day(gaz):
    doc = geomap.parse("قتل 5 جنود يوم الاثنين في اشتباكات مستمرة منذ فجر الأربعاء في محيط مدينة درنة.",
                       published="2019-05-24", gazetteer=gaz)
    assert [str(e.date) for e in doc.events if e.kind == "battle"] == ["2019-05-20"]


@pytest.mark.parametrize("text, expected", [
    # what protesters asked for is not where they protested; a sentence called for is no execution
    ("وكانت عائلات متحدرة من الفوعة وكفريا موجودة في ضاحية السيدة زينب قرب دمشق، تظاهرت الاثنين، مطالبة بحماية "
     "سكان الفوعة وكفريا.", [("protest", "Sayyida Zaynab")]),
    ("أكد وزير الداخلية أن مرتكبي جريمة التفجير التي وقعت الثلاثاء الماضي في منطقة سترة يستحقون عقوبة الإعدام.",
     [("explosion", "Sitrah")]),
    # limits: the town before the demand is where they protested
    ("تظاهر المئات أمس في مدينة حلب مطالبين بإسقاط النظام.", [("protest", "Aleppo")]),
])
def test_what_protesters_asked_for_and_a_sentence_called_for(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a happening asked about is not told; one told before the question's clause is
    ("فهل سمعتم عن تفجير في قلب طهران أو بكين؟", []),
    ("قتل عشرة أشخاص في تفجير في بغداد أمس، فمن يقف وراء الهجوم؟", [("explosion", "Baghdad")]),
    # a boy shot dead by soldiers is a civilian killed
    ("قتل جنود إسرائيليون صبيا فلسطينيا بالرصاص قرب السياج الحدودي في شمال قطاع غزة أمس.",
     [("killing", "Gaza Strip")]),
])
def test_a_question_and_a_boy_shot(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text", [
    # a toll in digits and thousands (140 ألف) since 2011 is a running total, no event of the news
    "وأسفرت الحرب في سوريا عن مقتل أكثر من 140 ألف شخص منذ آذار 2011، وفق المرصد السوري لحقوق الإنسان.",
    "وقال الجبير إن السعودية تؤمن أن «الأسد فقد شرعيته بعد أن قتل أكثر من 300 ألف سوري».",
])
def test_a_toll_of_thousands_in_digits_is_a_running_total(gaz, text):
    doc = geomap.parse(text, published="2014-03-21", gazetteer=gaz)
    assert [e.report for e in doc.events if e.kind == "killing"] in ([], ["background"])
    assert all(e.fatalities in (None, 140000, 300000) for e in doc.events)


@pytest.mark.parametrize("text, expected", [
    # the weapons a fight used are no shelling of their own
    ("تجددت الاشتباكات أمس على محاور باب التبانة وجبل محسن في مدينة طرابلس شمالي لبنان، وسط استخدام الأسلحة "
     "الرشاشة والقذائف الصاروخية.", [("battle", "Bab al-Tabbaneh"), ("battle", "Jabal Mohsen")]),
    # limits: a shelling told with the guns it used is one
    ("قصفت قوات النظام أمس بلدة داريا باستخدام المدفعية الثقيلة.", [("shelling", "Dārayyā")]),
])
def test_the_weapons_of_a_fight(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # mines planted are no blast; the guns a fight used are no shelling of their own
    ("وقال الناطق إن الوحدات العسكرية تتقدم بحذر في درنة بسبب الألغام والمفخخات التي زرعها الإرهابيون في "
     "الشوارع والمنازل.", []),
    ("دارت أمس اشتباكات عنيفة بين قوات الوفاق ومليشيات حفتر في محور عين زارة جنوب طرابلس، استخدمت فيها "
     "المدفعية الثقيلة.", [("battle", "Ain Zara")]),
    # limits: mines planted that went off are a blast
    ("قتل 9 أشخاص في عدن السبت إثر انفجار ألغام أرضية زرعتها ميليشيات الحوثي.", [("explosion", "Aden")]),
])
def test_mines_planted_and_guns_used(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is guarded against did not happen
    ("دعت المنظمة الأطراف إلى حماية المدنيين من القصف في حلب.", []),
    ("نشر الجيش منظومات دفاع جوي لتأمين القاعدة من هجمات الطائرات المسيرة في اللاذقية.", []),
])
def test_what_is_guarded_against(gaz, text, expected):
    assert drawn(gaz, text) == expected
