"""Issue 11, class 3 and 7: provinces and towns of the wars Arabic news reports beyond the Levant
(Sudan, Somalia, Libya, Ukraine, the Sahel, Nigeria, Turkey, the Maghreb, Iran, the Gulf), curated in
gazetteer/data/admin1.tsv, aliases.tsv and places.tsv. Arabic sentences of our own; the first rows of
each table were wrong without the rows (a country's centre, a namesake abroad, or nothing), the others
are the limits: an everyday word, a person or a channel that spells like a province stays no place."""

from __future__ import annotations

import pytest

import geomap
from test_event_trust_rules import PUBLISHED, drawn


@pytest.mark.parametrize("text, expected", [
    # a province told by its administrative word is that province, not the country's centre
    ("اشتباكات عنيفة بين الجيش وقوات الدعم السريع في ولاية الجزيرة وسط السودان أمس.",
     [("battle", "Al Jazirah State")]),
    ("اندلعت اشتباكات بين الجيش والحركة الشعبية في ولاية غرب كردفان أمس.", [("battle", "West Kordofan")]),
    ("قتل شرطيان في هجوم مسلح في ولاية القصرين غربي تونس أمس.", [("battle", "Kasserine Governorate")]),
    ("قتل جنديان في كمين نصبه مسلحون في ولاية عين الدفلى جنوب غرب العاصمة الجزائر أمس.",
     [("battle", "Aïn Defla Province")]),
    ("قتل ثلاثة في اشتباكات في إقليم خوزستان جنوب غربي إيران أمس.", [("battle", "Khuzestan Province")]),
    # towns the press spells otherwise than GeoNames, or that GeoNames lacks
    ("قتل خمسة مدنيين في قصف روسي على مدينة خاركيف شرقي أوكرانيا أمس.", [("shelling", "Kharkiv")]),
    ("هاجم مسلحون من بوكو حرام بلدة شيبوك في ولاية بورنو أمس وقتلوا عشرة قرويين.", [("battle", "Chibok")]),
    ("وقصف الطيران الإسرائيلي بلدة عيتا الشعب في جنوب لبنان أمس.", [("airstrike", "Aita al-Shaab")]),
    # limits: the channel, a president's name, Seoul
    ("قالت قناة الجزيرة إن الجيش السوداني قصف مواقع للمتمردين في مدينة الفاشر أمس.", [("shelling", "El Fasher")]),
    ("وقال بايدن إنه يدين الهجوم الانتحاري الذي وقع في بغداد أمس.", [("suicide_bomb", "Baghdad")]),
])
def test_provinces_and_towns_of_other_wars(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, word", [
    # a province whose bare name is an everyday word is read only with its administrative word
    ("قالت وزارة الداخلية إن الشرطة اعتقلت خمسة أشخاص في بغداد أمس.", "الداخلية"),
    ("دعا الرئيس إلى الوحدة الوطنية في البلاد.", "الوحدة"),
    ("وقال الرئيس الكوري في سول إن المحادثات مستمرة.", "سول"),
    ("فلو رجعنا إلى تاريخ التفجيرات لوجدنا أن عدوه المشترك واحد.", "عدوه"),
    ("فيسكر القارئ ليرى معارك لم تحصل.", "ليرى"),
    ("كانت الدولة عثمانية الطابع في ذلك الزمن.", "عثمانية"),
    ("لم يزد عدد القتلى على عشرة.", "يزد"),
    ("وضع المدية على رقبته.", "المدية"),
])
def test_everyday_words_are_no_province(gaz, text, word):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert [(m.text, m.place.name) for m in doc.mentions if m.place and m.text == word] == []


@pytest.mark.parametrize("text, name", [
    ("انفجار في مدينة يزد وسط إيران.", "Yazd"),
    ("وقع انفجار في ولاية عثمانية جنوبي تركيا.", "Osmaniye Province"),
])
def test_after_its_cue_the_word_is_the_place(gaz, text, name):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert name in [m.place.name for m in doc.mentions if m.place]


@pytest.mark.parametrize("text, expected", [
    # class 5: the region a city is the capital of (مدينة بيدوا، عاصمة إقليم باي) is where it lies, no
    # second site of a list
    ("هاجم مسلحون مدينة بيدوا، عاصمة إقليم باي، وقتلوا جنديين.", [("battle", "Baidoa")]),
    # limits: an unknown district drawn at its governorate stays a site of the list beside a village
    # of that governorate; two towns of one area are two sites
    ("لكن طيران التحالف العربي قصف تلك التعزيزات في مديرية لودر ومكيراس بمحافظة البيضاء أمس.",
     [("airstrike", "Al Bayda Governorate"), ("airstrike", "Mukayrās")]),
    ("قصفت الطائرات مدينتي دوما وحرستا في ريف دمشق أمس.", [("airstrike", "Dūmā"), ("airstrike", "Ḩarastā")]),
])
def test_the_area_a_list_lies_in_is_no_site_of_it(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 3: a city told by its distance and direction from another (سبها جنوبي طرابلس, 650 km) is
    # the city, not the province around it that "fits" the direction
    ("وأوضح المسؤول هاتفيا من سبها الواقعة جنوبي طرابلس أن 29 شخصا قتلوا أمس في اشتباكات قبلية.",
     [("battle", "Sabha")]),
    # limit: a town the gazetteer lacks, in a known region and told by its distance from a city, is
    # drawn by the distance (see test_event_trust_rules_s23)
])
def test_a_city_south_of_another_is_the_city(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 5: reinforcements sent from towns (التعزيزات التي أرسلت من أنسونغو وغاو) say where they came
    # from, the second town of the list too
    ("قتل جنود في هجوم، وأكدت الحكومة أن التعزيزات التي أُرسلت من أنسونغو وغاو تسيطر على الوضع.", []),
    # limit: towns attacked are sites
    ("قتل جنود في هجوم استهدف مواقع الجيش في أنسونغو وغاو.", [("battle", "Ansongo"), ("battle", "Gao")]),
    # class 3: a facility (مطار آدم عدي, curated in session 31) lies in no region the next paragraph
    # names (إقليم جوبا الوسطى); جلب ("brought") is Jilib only after its cue word
    ("سقطت عدة قذائف هاون أطلقها مجهولون قرب مطار آدم عدي الدولي في مقديشو، دون أنباء عن إصابات.\n\n"
     "وفي جنوب البلاد، أعلنت القيادة الأمريكية أنها نفذت أمس غارة جوية قرب مدينة جلب بإقليم جوبا الوسطى.",
     [("shelling", "Aden Adde International Airport"), ("airstrike", "Jilib")]),
    ("جلب المسلحون أسلحة إلى المدينة بعد اشتباكات في مقديشو.", [("battle", "Mogadishu")]),
])
def test_where_fighters_came_from_and_the_next_paragraph(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_place_without_anchor_takes_no_region_of_a_later_sentence(gaz):
    text = ("سقطت عدة قذائف هاون أطلقها مجهولون قرب مطار آدم عدي الدولي، دون أنباء عن إصابات.\n\n"
            "وفي جنوب البلاد، أعلنت القيادة الأمريكية أنها نفذت أمس غارة جوية قرب مدينة جلب بإقليم جوبا الوسطى.")
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    shelling = [e for e in doc.events if e.kind == "shelling"]
    assert shelling and all(not e.located or e.place.name != "Middle Juba" for e in shelling)


@pytest.mark.parametrize("text, expected", [
    # class 3: a quarter (حي الروضة) a sentence after its city (وسط مدينة مأرب) is in that city, not a
    # same-named town 60 km away (Ar Rawḍ): the missile told twice is one shelling
    ("أصيب ستة مدنيين مساء أمس جراء سقوط صاروخ باليستي أطلقته مليشيا الحوثي على حي سكني وسط مدينة مأرب. "
     "وقال مصدر في السلطة المحلية إن الصاروخ سقط بالقرب من مسجد في حي الروضة، ما ألحق أضراراً بالمنازل.",
     [("shelling", "Ma'rib")]),
    # class 5: where a source lives (مصدر … مقيم في بغداد) is no site
    ("أحكم تنظيم داعش سيطرته على مدينة الرمادي أمس الأحد. وقال مصدر في مجلس محافظة الأنبار، مقيم في "
     "بغداد، إن نحو 500 شخص بين مدنيين وعسكريين قتلوا خلال اليومين الماضيين.", [("territory", "Ramadi")]),
    # limit: refugees living in a country, killed in a town, are killed in the town
    ("قتل ثلاثة لاجئين سوريين مقيمين في لبنان في غارة على بلدة عرسال.", [("airstrike", "Aarsâl")]),
])
def test_a_quarter_after_its_city_and_where_a_source_lives(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 3: an area whose name holds its administrative word (ولاية الجزيرة) is that area, never a
    # place named like the rest (الجزيرة, a name of Algiers)
    ("سيطرت قوات الدعم السريع على مدينة ود مدني عاصمة ولاية الجزيرة، اليوم الثلاثاء، بعد انسحاب الجيش منها.",
     [("territory", "Wad Medani")]),
    # class 6 and 8: the meeting a strike hit (استهدفت اجتماعا) is no talks and claims no place
    ("قتل 43 شخصا وأصيب العشرات في غارة جوية بطائرة مسيرة استهدفت اجتماعا لأعيان قبيلة التبو في مدينة مرزق "
     "جنوب ليبيا، ليل الأحد.", [("airstrike", "Murzuk")]),
    # class 6: a riot's purpose (احتجاجا على) and its clashes with the police are the riot
    ("أحرق محتجون غاضبون مقر حزب المؤتمر الوطني الحاكم في مدينة عطبرة شمالي السودان، اليوم الأربعاء، "
     "احتجاجا على ارتفاع سعر الخبز.", [("riot", "Atbara")]),
    # limit: a protest told by its own verb stays a protest
    ("تظاهر المئات في مدينة البصرة اليوم احتجاجا على انقطاع الكهرباء.", [("protest", "Basrah")]),
    # class 4: القدس in سرايا القدس (the Islamic Jihad's armed wing) is no place
    ("اغتالت إسرائيل القيادي في سرايا القدس بهاء أبو العطا بغارة استهدفت منزله في حي الشجاعية شرق غزة "
     "فجر اليوم.", [("airstrike", "Shuja'iyya")]),
    # class 6: hostages recovered (استعادت القوات أربعة محتجزين) are no ground taken; a camp "وسط قطاع
    # غزة" is the site, not the Strip
    ("استعادت القوات الإسرائيلية أربعة محتجزين أحياء من مخيم النصيرات وسط قطاع غزة، اليوم، في عملية رافقها "
     "قصف جوي ومدفعي عنيف.", [("airstrike", "An Nuşayrāt")]),
    # limits: ground retaken is a takeover; a Sudanese airport (مطار مروي) after its cue word
    ("استعاد الجيش السيطرة على مدينة تكريت اليوم بعد معارك عنيفة.", [("territory", "Tikrīt")]),
    ("أعلنت قوات الدعم السريع سيطرتها على مطار مروي في الولاية الشمالية اليوم.", [("territory", "Merowe")]),
])
def test_the_second_readers_rows_of_session_24(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 1: attacks of the past months (خلال الشهور الماضية, as الأشهر الماضية) are a record, not news
    ("قتل 300 مصل في هجوم مسلح على مسجد في بئر العبد أمس. وتعرضت كنائس في القاهرة وطنطا لهجمات خلال "
     "الشهور الماضية.", [("killing", "Bi’r al ‘Abd")]),
    # class 3: a quarter "in the city" (حي بومباي بالمدينة) is a quarter of the city told before, not Mumbai
    ("قتل أكثر من 140 شخصا في سلسلة تفجيرات هزت مدينة كانو أمس. وقال شهود إن مهاجما انتحاريا اقتحم بسيارة "
     "ملغومة مقر قيادة الشرطة في حي بومباي بالمدينة.", [("suicide_bomb", "Kano"), ("battle", "Kano")]),
])
def test_a_record_of_months_and_a_quarter_in_the_city(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 3: a quarter the gazetteer lacks (حارة الدمج وسط المخيم) lies in the city told a sentence before
    # (Jenin), not in one told a sentence after at the same distance (القدس)
    ("شن جيش الاحتلال فجر اليوم عدوانا واسعا على مخيم جنين شمالي الضفة الغربية. وقال شهود إن طائرة مسيرة قصفت "
     "مبنى في حارة الدمج وسط المخيم. وفي القدس، خرجت مسيرة منددة بالعدوان.", ("الدمج", "Janīn")),
    # class 3: a facility in a sentence that names its governorate (وفي محافظة أبين … محطة باشافعي) is in
    # that governorate, not in a city of another told a sentence before
    ("وتقدم الجيش في مختلف الجبهات في تعز. وفي محافظة أبين، تتقدم المقاومة بغطاء جوي من التحالف نحو محطة "
     "باشافعي، حيث يقصف الطيران اللواء المتمركز في تلك المنطقة.", ("باشافعي", "Abyan Governorate")),
])
def test_an_unknown_quarter_or_facility_takes_its_own_sentences_area(gaz, text, expected):
    name, place = expected
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    told = next(m for m in doc.mentions if m.name == name)
    assert told.place is not None and told.place.name == place


@pytest.mark.parametrize("text, expected", [
    # class 6: a crowd's clash with an occupying force's police (مواجهات مع الشرطة الإسرائيلية) is a riot;
    # fighters' clashes stay battles
    ("أصيب أكثر من 300 فلسطيني، صباح اليوم الاثنين، في مواجهات مع الشرطة الإسرائيلية في باحات المسجد الأقصى.",
     [("riot", "Al-Aqsa Mosque")]),
    ("اندلعت مواجهات مسلحة بين مقاتلي سرايا القدس والجيش الإسرائيلي في مخيم جنين.", [("battle", "Janīn")]),
    # class 5: where sirens sounded (ودوت صفارات الإنذار في تل أبيب والقدس) is no site of the attack
    ("أطلقت إيران نحو 180 صاروخاً باليستياً على إسرائيل مساء الثلاثاء. وقال الجيش الإسرائيلي إن معظم الصواريخ "
     "اعترضت. ودوّت صفارات الإنذار في تل أبيب والقدس طوال مدة الهجوم.", []),
])
def test_a_crowds_clash_with_police_and_where_sirens_sounded(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 1: the campaign a day belongs to (في اليوم الرابع من الاحتجاجات، في ثالث يوم من الاحتجاجات) is
    # no new event beside what happened that day
    ("أضرم محتجون غاضبون، مساء الخميس، النار في مبنى القنصلية الإيرانية في محافظة البصرة، في اليوم الرابع من "
     "الاحتجاجات على تردي الخدمات.", [("riot", "Basra Governorate")]),
    ("أطلقت الشرطة الغاز المسيل للدموع يوم الأربعاء لتفريق مئات المحتجين الذين أحرقوا محطات وقود في الخرطوم، في "
     "ثالث يوم من الاحتجاجات على رفع الدعم عن الوقود.", [("riot", "Khartoum")]),
    # limit: the day's own protest is news
    ("خرج الآلاف في مظاهرات في بغداد في اليوم الرابع من الاحتجاجات.", [("protest", "Baghdad")]),
])
def test_the_day_of_a_running_campaign(gaz, text, expected):
    assert drawn(gaz, text) == expected
