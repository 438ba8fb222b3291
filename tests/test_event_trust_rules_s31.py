"""Issue 11, session 31: rules written from probe20's reports (opened this session, after their
unseen score was recorded), as tables of Arabic sentences of our own. The first rows of each table
were wrong before the rule; the last rows are its limits."""

from __future__ import annotations

import pytest

import geomap
from test_event_trust_rules import drawn


@pytest.mark.parametrize("text, expected", [
    # a town that fell: taken
    ("سقطت مدينة غاو في أيدي المسلحين أمس السبت بعد معارك حول معسكر الجيش.", [("territory", "Gao")]),
    ("وتأتي السيطرة على تمبكتو بعد يوم واحد من سقوط مدينة غاو في أيدي المسلحين أمس السبت إثر معارك عنيفة.",
     [("territory", "Timbuktu Region"), ("territory", "Gao")]),
    # limits (a second reader): prices, a plane, weapons or papers that fell, towns that fell told in a
    # promise, armed men or the displaced entering a town, are no takeover
    ("سقطت أسعار النفط أمس في أسواق لندن.", []),
    ("وكانت الطائرة التي سقطت قرب مدينة غاو تقل عشرين راكبا.", []),
    ("حذر مسؤولون أمريكيون من أن أسلحة متطورة سقطت في أيدي مسلحي تنظيم الدولة في مدينة الرمادي.", []),
    ("وقال وزير الدفاع إن المدن التي سقطت بيد الإرهابيين ستعود قريبا إلى سيادة الدولة، وذلك خلال زيارته إلى "
     "بغداد أمس.", []),
    ("وقالت مصادر إن آلاف النازحين دخلوا مدينة كسلا أمس هربا من المعارك.", []),
    ("دخل مسلحو بوكو حرام قرية قرب مدينة مايدوغوري أمس وقتلوا 30 قرويا.", [("killing", "Maiduguri")]),
])
def test_a_town_that_fell(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # artillery firing, rockets that fell in a war
    ("استهدفت مدفعية الاحتلال صباح اليوم أراضي زراعية شرق بلدة القرارة.", [("shelling", "Al Qarārah")]),
    ("سقط صاروخان أطلقهما مسلحون من الجانب السوري من الحدود في محيط مدينة الهرمل عصر أمس.",
     [("shelling", "El Hermel")]),
    # limits (a second reader): an artillery officer or unit, a missile test, marches (المسيرات) and
    # families that began to flee are no shelling, strike or capture
    ("قال قائد مدفعية الجيش اليمني في تعز إن قواته مستعدة لتحرير المدينة.", []),
    ("وصلت كتيبة مدفعية سعودية إلى مدينة عدن أمس لتعزيز القوات المشتركة.", []),
    ("سقط صاروخ كوري شمالي في بحر اليابان بعد إطلاقه في تجربة جديدة أمس.", []),
    ("قتل متظاهران أمس عندما استهدفت قوات الأمن المسيرات الرافضة للانقلاب في الخرطوم بالرصاص الحي.",
     [("battle", "Khartoum")]),
    ("فيما بدأت أسر، منذ ساعات الصباح الأولى اليوم، بالنزوح من مدينة الحصاحيصا.", []),
    ("خرجت مسيرات احتجاجية في مدينة رام الله أمس تنديدا بالقصف.", [("protest", "Ramallah")]),
])
def test_artillery_rockets_and_marches(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the country across the border is not the site; an assassination is no toll of a takeover
    ("هاجم مسلحون أمس نقطة للجيش قرب الحدود مع محافظة كركوك.", []),
    ("حررت القوات أمس عدة قرى في إقليم شبيلي السفلى. كما اغتال مسلحون مجهولون، مساء أمس، أحد شيوخ العشائر في "
     "مدينة أفجوي.", [("territory", "Lower Shabelle"), ("killing", "Afgooye")]),
    # limits: a place named before the border is still the site
    ("قتل 22 مدنيا أمس في هجوم مسلح على سوق مدينة ميناكا قرب الحدود مع النيجر.", [("killing", "Ménaka")]),
])
def test_across_the_border_and_an_assassination(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # one strike told twice in a sentence, the second time at a district inside the governorate
    ("وفي مأرب، شن الطيران صباح اليوم خمس غارات على مديرية صرواح.", [("airstrike", "Sūq Şirwāḩ")]),
    # limits: two towns are two sites
    ("شن الطيران صباح اليوم غارات على مدينة حرض وغارات أخرى على مدينة ميدي.",
     [("airstrike", "Ḩaraḑ"), ("airstrike", "Mīdī")]),
])
def test_the_district_the_strike_was_told_at_second(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the suicide bombing told again by "the blast"
    ("قتل 63 شخصا في تفجير انتحاري استهدف حفل زفاف في العاصمة الأفغانية كابول ليل السبت. ووقع التفجير في قاعة "
     "للأفراح غرب المدينة.", [("suicide_bomb", "Kabul")]),
    # limits: a bomb planted in another town is another blast
    ("قتل 63 شخصا في تفجير انتحاري استهدف حفل زفاف في كابول ليل السبت. وفي جلال آباد أصيب ثلاثة في انفجار "
     "عبوة ناسفة.", [("suicide_bomb", "Kabul"), ("explosion", "Jalālābād")]),
])
def test_the_blast_told_again_after_a_suicide_bombing(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_headlines_name_is_the_quarter_the_body_draws_in_its_city(gaz):
    # الحمدانية alone in the headline is the quarter of Aleppo the body names, not Qaraqosh in Iraq
    title = "الجيش يتقدم في ريف حماة.. والإرهابيون يستهدفون الحمدانية بالقذائف"
    text = ("وفي حلب، استشهد ثلاثة مدنيين أمس جراء قذائف صاروخية أطلقها الإرهابيون على حي الحمدانية، بحسب مصدر "
            "في قيادة شرطة المحافظة.")
    assert drawn(gaz, text, title=title) == [("shelling", "Aleppo")]
    # limits: with no quarter of that name in the body, the headline's town stays what it was
    assert drawn(gaz, "قصف مسلحو داعش بلدة الحمدانية شرق الموصل أمس.") == [("shelling", "Al-Hamdaniya (Qaraqosh)")]


@pytest.mark.parametrize("text, expected", [
    # a region told before a strike yields to the town inside it the strike is told to have hit
    ("وفي إقليم جوبا الوسطى، أعلن الجيش أن غارة جوية نفذت مساء أمس على تجمع لعناصر الميليشيات في ضواحي مدينة جلب.",
     [("airstrike", "Jilib")]),
    # limits: a fight is placed as before (here the town after it is the nearer place anyway)
    ("وفي محافظة أبين، اندلعت اشتباكات عنيفة أمس بين المقاومة والحوثيين قرب مدينة زنجبار.",
     [("battle", "Zinjibār")]),
])
def test_a_region_told_before_a_strike_yields_to_the_town_it_hit(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # towns of Africa's wars the gazetteer lacked (session 31 curation, gazetteer/data/places.tsv)
    ("قتل 22 مدنيا مساء الأحد في هجوم شنه مسلحون على السوق الأسبوعية في بلدة أيورو بإقليم تيلابيري.",
     [("killing", "Ayorou")]),
    ("قتل مسلحون ثلاثة مزارعين أمس في قرية تقع غربي مدينة كتم بولاية شمال دارفور.", [("killing", "Kutum")]),
    ("قتل عناصر من الميليشيا ثمانية مواطنين صباح اليوم في مدينة رفاعة شرق الجزيرة.", [("killing", "Rufaa, Sudan")]),
    # limits: a name that is an everyday word is a place only after a cue word
    ("وقال إن الحكومة لن تكتم الحقائق عن الشعب بعد الهجوم.", []),
])
def test_towns_of_africas_wars(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_curated_town_weighs_as_a_town_not_a_hamlet(gaz):
    # بلدة كونا in a report on Mali's war is Konna, not Kuna, Idaho (a curated place has no population)
    text = ("شنت المقاتلات الفرنسية أمس غارات على مواقع المسلحين في غاو وليري ودوينتزا. وبدأ التدخل الفرنسي بعد "
            "تقدم المسلحين جنوبا وسيطرتهم أمس على بلدة كونا.")
    assert ("territory", "Konna") in drawn(gaz, text)


@pytest.mark.parametrize("text, expected", [
    # an attack undergone, its day told between the verb and the attack; the city a statement came out in
    ("وفي إقليم تيلابيري، تعرض موقع للحرس الوطني في مدينة تيرا، فجر أمس الاثنين، لهجوم مسلح استمر نحو ساعتين، "
     "وفق بيان لوزارة الدفاع صدر في نيامي، تحدث عن مقتل جنديين.", [("battle", "Téra")]),
    # limits: ل before a weak trigger with no verb of undergoing is a purpose
    ("وصلت تعزيزات عسكرية أمس إلى مدينة تيرا، استعدادا لهجوم محتمل.", []),
    # limits: a statement's city that is the site too, when the attack is told there
    ("قتل جنديان أمس في هجوم مسلح على موقع للجيش في مدينة نيامي، بحسب بيان صدر عن وزارة الدفاع.",
     [("battle", "Niamey")]),
])
def test_an_attack_undergone_and_the_city_a_statement_came_out_in(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_besides_that_opens_another_item_with_no_day_of_the_sentence_before(gaz):
    # إلى ذلك: the strikes told after it keep no day of the sentence before (the publication day)
    text = ("وقتل عشرة حوثيين في مواجهات بمحافظة مأرب أمس الاثنين. إلى ذلك استهدفت غارات التحالف مواقع للمليشيات "
            "الحوثية في مديرية رازح بمحافظة صعدة.")
    doc = geomap.parse(text, published="2015-08-11", gazetteer=gaz)
    assert [(e.kind, str(e.date)) for e in doc.events if e.report == "new"] == [
        ("battle", "2015-08-10"), ("airstrike", "2015-08-11")]
    # limits: without it, the paragraph's day goes on
    doc = geomap.parse(text.replace("إلى ذلك ", "و"), published="2015-08-11", gazetteer=gaz)
    assert [(e.kind, str(e.date)) for e in doc.events if e.report == "new"] == [
        ("battle", "2015-08-10"), ("airstrike", "2015-08-10")]


@pytest.mark.parametrize("text, expected", [
    # a mission or preparations to take a city: nothing taken yet
    ("وسيتم إرسالهم إلى جبهات القتال في قابل الأيام، وأنيطت بهم مهمة تحرير العاصمة صنعاء.", []),
    ("وتواصل القوات استعدادات تحرير مدينة الموصل من تنظيم داعش.", []),
    # limits: a city taken is taken
    ("أعلنت القوات أمس تحرير مدينة زنجبار من الحوثيين.", [("territory", "Zinjibār")]),
])
def test_a_mission_to_take_a_city(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_days_own_words_beat_the_day_it_was_announced(gaz):
    # أعلنت … اليوم الثلاثاء، أن ضربات جوية نفذها سلاح الجو أمس: the strikes were yesterday
    doc = geomap.parse("أعلنت هيئة الأركان، اليوم الثلاثاء، أن ضربات جوية نفذها سلاح الجو أمس في محيط مدينة جيبو.",
                       published="2020-10-20", gazetteer=gaz)
    assert [(e.kind, str(e.date)) for e in doc.events] == [("airstrike", "2020-10-19")]
    # limits: with no day of its own, the strike keeps the day it was announced
    doc = geomap.parse("أعلنت هيئة الأركان، اليوم الثلاثاء، أن ضربات جوية نفذها سلاح الجو في محيط مدينة جيبو.",
                       published="2020-10-20", gazetteer=gaz)
    assert [(e.kind, str(e.date)) for e in doc.events] == [("airstrike", "2020-10-20")]


@pytest.mark.parametrize("text, expected", [
    # the second reader's sentences: on the border itself the neighbour may be the site; a statement's
    # city is the site when no other place is told; a town people fled from or a landmark a village is
    # measured from is no target; a purpose 12 words after إثر is no attack; pictures of the dead
    ("قتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي أمس خلال مواجهات على الحدود مع قطاع غزة.",
     [("riot", "Gaza Strip")]),
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش، بحسب بيان صدر في العريش عن المتحدث العسكري.", [("battle", "Arīsh")]),
    ("وفي ولاية شمال دارفور، قصفت قوات الدعم السريع بالمدفعية أمس مخيما للنازحين الفارين من مدينة الفاشر.",
     [("shelling", "North Darfur")]),
    ("وفي محافظة نينوى، قتل عشرة من عناصر داعش أمس في غارة جوية على قرية تبعد 60 كيلومترا جنوب مدينة الموصل.",
     [("airstrike", "Nineveh Governorate")]),
    ("وصل وزير الدفاع اليمني إلى مدينة مأرب أمس إثر اجتماع عقده مع قادة التحالف في الرياض للتحضير لهجوم واسع "
     "على صنعاء.", [("talks", "Riyadh")]),
    ("وفي العاصمة بغداد، واصل آلاف المتظاهرين اعتصامهم في ساحة التحرير رافعين الأعلام العراقية وصور القتلى.",
     [("protest", "Baghdad")]),
    ("شنت الطائرات الإسرائيلية غارات على قطاع غزة فجر اليوم، وغارات على مخيم النصيرات.",
     [("airstrike", "Gaza Strip")]),
    ("قتل عشرة أشخاص في تفجير انتحاري استهدف سوقا في حي الشعب ببغداد صباح أمس. وبعد ساعتين، أسفر التفجير الثاني "
     "عن مقتل خمسة في حي الكرادة.", [("suicide_bomb", "Baghdad"), ("explosion", "Karrada")]),
    # limits: strikes told again by their definite word in a district of the governorate
    ("قتل عدد من عناصر داعش في غارات لطيران التحالف في محافظة كركوك، واستهدفت الغارات مقرات للتنظيم في قضاء "
     "الحويجة.", [("airstrike", "Al Ḩawījah")]),
])
def test_the_second_readers_sentences(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # curated places that are also words are places only after a cue word (a second reader)
    ("قتل الأب والأم وثلاثة من أطفالهما في غارة جوية على منزلهم في مدينة حلب أمس.", [("airstrike", "Aleppo")]),
    ("وقال مركز بيو للأبحاث إن الهجمات على المساجد تراجعت في مدينة حلب.", []),
    ("دعا ناشطون إلى الخروج بتظاهرات غدا في ساحة التحرير ببغداد.", []),
])
def test_words_that_are_curated_names(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a third reader's sentences: what someone warned of did not happen; a statement's capital is no
    # site of what it tells; a call to go out in protests asks for them; a fight that goes on stays news
    # whatever the next clause plans for tomorrow
    ("حذر قائد عسكري من سقوط مدينة مأرب بيد الحوثيين.", []),
    ("حذرت الأمم المتحدة من سقوط مدينة الفاشر في أيدي قوات الدعم السريع.", []),
    ("أعلن التحالف في بيان صدر في الرياض أن طائراته قصفت مواقع للحوثيين.", []),
    ("أكد بيان صدر في دمشق أن وحدات الجيش قتلت عشرات الإرهابيين.", []),
    ("ودعا ناشطون عبر مواقع التواصل الاجتماعي إلى الخروج بتظاهرات غدا في ساحة التحرير ببغداد.", []),
    ("تتواصل الاشتباكات العنيفة في مدينة تعز، ومن المقرر أن يصل المبعوث الأممي إلى صنعاء غدا.",
     [("battle", "Taiz")]),
    # limits: a fall told as news, protests that went out
    ("سقطت مدينة مأرب بيد الحوثيين أمس بعد معارك عنيفة.", [("territory", "Ma'rib")]),
    ("وخرج آلاف المتظاهرين أمس في تظاهرات في ساحة التحرير ببغداد.", [("protest", "Baghdad")]),
])
def test_the_third_readers_sentences(gaz, text, expected):
    assert drawn(gaz, text) == expected
