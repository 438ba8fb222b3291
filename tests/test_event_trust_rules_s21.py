"""Issue 11, rules of round 2's twenty-first session, from the sixth probe's error classes (its
texts are tuned on now; an eighth probe, written for this session, measures them). Arabic
sentences of our own; for each rule the first rows fail without it, the others are its limits.
Each group names its class of the issue."""

from __future__ import annotations

import pytest

from test_event_trust_rules import drawn


@pytest.mark.parametrize("text, expected", [
    # class 6: a headline's verbal noun of استشهد (استشهاد طفل) is a killing, and an infant is a
    # civilian: settlers' attack on a home that killed one is violence against civilians
    ("استشهاد طفل حرقا في هجوم للمستوطنين على منزل في قرية المغير شرق رام الله",
     [("killing", "Al Mughayyir")]),
    ("استشهد رضيع في هجوم شنه مستوطنون على منزل في قرية المغير شرق رام الله.",
     [("killing", "Al Mughayyir")]),
    # limits: the martyr of an obituary, whose death was announced, died nowhere the sentence says
    ("يذكر أن الشهيد الإماراتي محمد سعيد الكعبي، الذي أعلنت القيادة العامة للقوات المسلحة الإماراتية "
     "عن استشهاده، هو من إمارة الشارقة.", []),
    # class 5: a strike told with what it hit (غارة استهدفت منزلهم في خان يونس) is there, and a
    # second strike after كما is another, even a few kilometres on
    ("قتل أربعة من عائلة واحدة في غارة استهدفت منزلهم في مدينة خان يونس، كما قتل اثنان في غارة على "
     "منزل في بلدة بني سهيلا.", [("airstrike", "Khān Yūnis"), ("airstrike", "Banī Suhaylā")]),
    # class 4 (words): bombs that went off (انفجرت) are a blast; a situation that "exploded" is not
    ("وقال المصدر إن ثلاث سيارات مفخخة انفجرت قرب بلدة الشرقاط شمال تكريت أمس.", [("explosion", "Ash Sharqāt")]),
    ("انفجر الوضع في مدينة عدن سياسيا بعد الخلاف بين الحكومة والمجلس.", []),
    # class 5: where a minister spoke to the press (في مؤتمر صحفي عقده بالعاصمة كابل) is no site,
    # even with his name and title between the verb and the place
    ("وقال المتحدث باسم وزارة الدفاع الأفغانية دولت وزيري، في مؤتمر صحفي عقده بالعاصمة كابل أمس، إن 30 "
     "مسلحا قتلوا في هجوم على مدينة غزني.", [("battle", "Ghazni")]),
    # class 5: reinforcements on their way from a city (في طريقها من صنعاء) came from there
    ("وشنت مقاتلات التحالف غارات على تعزيزات كانت في طريقها من صنعاء، ودمرت عربات في مديرية زبيد.",
     [("airstrike", "Zabīd")]),
    # class 5: the capital pushed to respond (ما دفع أنقرة إلى الرد بقصف) is the government acting
    ("ما دفع أنقرة إلى الرد بقصف مواقع للنظام.", []),
    # class 1: what the news follows by a week (بعد نحو أسبوع من إعلان استعادة الرمادي) is
    # background even with its own day told after it; a day of the news told after it is the news
    ("وتأتي العملية بعد نحو أسبوع من إعلان القوات العراقية استعادة مدينة الرمادي في 2 آب الحالي.", []),
    ("بعد أيام من الهدوء شن الطيران الحربي اليوم غارات على مدينة الرقة.", [("airstrike", "Ar Raqqah")]),
    # class 6: youths' clashes with an occupying army (مواجهات مع قوات الاحتلال) are a riot; a clash
    # of soldiers with gunmen is a battle
    ("أصيب ثلاثة شبان بالرصاص الحي خلال مواجهات مع قوات الاحتلال في مدينة نابلس.", [("riot", "Nablus")]),
    ("قتل جنديان في اشتباكات مع مسلحين في مدينة نابلس.", [("battle", "Nablus")]),
    # class 3: a town the press names as Ghazni, Ménaka, Kismayo (غزني، ميناكا، كيسمايو) is that town
    ("قتل عشرون جنديا في هجوم على قاعدة عسكرية في منطقة ميناكا شمال شرق مالي.", [("battle", "Ménaka Region")]),   # منطقة: Mali's region, drawn at its seat, Ménaka
    ("انفجرت سيارة مفخخة في مدينة كيسمايو جنوب الصومال اليوم.", [("explosion", "Kismayo")]),
    # class 5: the region ending a speaker's title (المتحدث … بمنطقة نجران أن) weighs less than
    # the place what he said names; with none, his region still places it
    ("وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة نجران أن مقذوفا أطلق من الأراضي اليمنية سقط "
     "مساء أمس على قرية تابعة لمحافظة شرورة.", [("shelling", "Sharurah")]),
    ("وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة نجران أن مقذوفا سقط مساء أمس على منزل.",
     [("shelling", "Najran Region")]),
    # class 5: border villages of a district (القرى الحدودية التابعة لمحافظة صامطة) are in it; a
    # district bordering another (الحدودية مع محافظة كركوك) is not the other
    ("سقطت قذائف على القرى الحدودية التابعة لمحافظة صامطة أمس.", [("shelling", "Samtah")]),
    ("سقطت قذائف على منطقة كوبرات الحدودية مع محافظة كركوك أمس.", []),
    # class 8: a village a few kilometres from a city (التي تبعد نحو سبعة كيلومترات عن مدينة
    # مايدوجوري) is drawn at the city; one 150 km away has no point
    ("قتل عشرة أشخاص في هجوم على قرية الكدير التي تبعد نحو سبعة كيلومترات عن مدينة مايدوجوري.",
     [("killing", "Maiduguri")]),
    ("قتل عشرة أشخاص في هجوم على قرية الكدير التي تبعد 150 كيلومترا عن مدينة مايدوجوري.", []),
    # class 6: a young man shot by an occupying army during clashes (برصاص قوات الاحتلال خلال مواجهات): a
    # killing at the clashes' place since session 32 (a riot before)
    ("استشهد شاب برصاص قوات الاحتلال خلال مواجهات اندلعت في مدينة قلقيلية.", [("killing", "Qalqīlyah")]),
])
def test_drawn(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_village_abroad_does_not_outvote_the_city_that_places_it(gaz):
    """بلدة بيتا جنوب نابلس: Pietà (a village of Malta) and Naples (villages of the United States)
    shared the vote; a settlement outside the Middle East and North Africa now counts half, so
    Nablus holds the document and بيتا, which the gazetteer lacks, is drawn south of it."""
    import geomap
    doc = geomap.parse("قتل جنديان في اشتباكات مع مسلحين في بلدة بيتا جنوب نابلس.", published="2015-08-10", gazetteer=gaz)
    by_text = {m.text: m for m in doc.mentions}
    assert by_text["نابلس"].place.name == "Nablus"
    assert by_text["بيتا"].place is None or by_text["بيتا"].place.country == "PS"
    assert [(e.kind, e.place.country) for e in doc.events if e.located] == [("battle", "PS")]


# limits a second reader found (each over-reached before its fix): انفجر/انفجرت is a blast only
# with a bomb beside it (not anger, a dispute or a gas cylinder; a strike's barrel is the strike);
# an armed clash with an occupying army is a battle; a city that "pays the price" (لتدفع تعز ثمنا)
# is no government; a village a few km from a country is not placed in it; the strike told again
# (في الغارة نفسها) is one event; where a projectile was launched from (أطلق من محافظة صعدة) is no
# site; a city abroad still outweighs a village at home (جفنا is Jaffna)
@pytest.mark.parametrize("text, expected", [
    ("انفجر غضب الأهالي في بلدة مضايا بسبب الحصار.", []),
    ("انفجرت أسطوانة غاز في مقر لقوات الحشد الشعبي في مدينة سامراء دون وقوع إصابات.", []),
    ("انفجرت قنبلة في محطة قطارات بمدينة ليون الفرنسية اليوم.", [("explosion", "Lyon")]),
    ("انفجر برميل متفجر ألقته مروحية على حي الشعار في مدينة حلب.", [("airstrike", "al-Shaar")]),
    ("اندلعت مواجهات مسلحة بين مقاتلي القسام وقوات الاحتلال شرق مدينة خان يونس أمس.",
     [("battle", "Khān Yūnis")]),
    ("قتل 15 مدنيا في قصف عشوائي للحوثيين على الأحياء السكنية، لتدفع تعز ثمنا باهظا لصمودها.",
     [("shelling", "Taiz")]),
    ("سقطت قذيفة على بلدة شبعا التي تبعد 3 كيلومترات عن إسرائيل.", [("shelling", "Shebaa")]),   # now in places.tsv: the town, not Israel
    ("قتل خمسة أشخاص في غارة استهدفت منزلهم في بلدة بيت لاهيا، وأصيب عشرة آخرون في الغارة نفسها "
     "التي طالت منازل مجاورة في مخيم جباليا.", [("airstrike", "Jabālyā")]),
    ("أوضح الناطق الإعلامي لمديرية الدفاع المدني بمنطقة جازان أن مقذوفا أطلق من محافظة صعدة سقط على منزل.",
     [("shelling", "Jazan Region")]),
    ("اندلعت اشتباكات بين الجيش السريلانكي ومتمردي التاميل في مدينة جفنا.", [("battle", "Jaffna")]),
    ("هاجم مسلحون ثكنة للجيش في مدينة بن قردان.", [("battle", "Ben Gardane")]),
])
def test_a_second_readers_limits(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 1: control held, not taken (لا تزال تفرض سيطرتها، أثناء سيطرتهم), what fighters contributed
# to (ساهمت في تحرير عدن), fighting now and then (بين فترة وأخرى) and the theatre of battle are no
# news of the day; what the strikes contributed to today is
@pytest.mark.parametrize("text, expected", [
    ("حركة حماس التي لا تزال تفرض سيطرتها على قطاع غزة.", []),
    ("وعمد الحوثيون إلى تهديد الفنانين أثناء سيطرتهم على العاصمة صنعاء.", []),
    ("القوات التي تدربت على يد التحالف وساهمت في تحرير عدن هي جزء من خطة شاملة.", []),
    ("تشهد أطراف مدينة الضالع مواجهات مسلحة بين فترة وأخرى بين الحوثيين والمقاومة.", []),
    ("وقد نشرت في مسرح المعارك في محافظة إدلب خلال الأسابيع الماضية.", []),
    ("ساهمت الغارات في تحرير مدينة زنجبار اليوم.", [("territory", "Zinjibār")]),
    ("وفرضت القوات سيطرتها على مدينة الرمادي أمس.", [("territory", "Ramadi")]),
])
def test_held_or_habitual_fighting_is_no_news(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, name", [
    ("اندلعت المواجهات بين الشبان وقوات الاحتلال في مدينة بيت لحم أمس، وأصيب ثلاثة بالرصاص المطاطي.", "PS"),
    ("استعادت قوات المقاومة مدينة زنجبار أمس.", "YE"),
])
def test_a_town_at_home_outweighs_a_namesake_abroad(gaz, text, name):
    """بيت لحم (Bethlehem, Palestine, and a bigger Bethlehem in the United States) and زنجبار
    (Zinjibār, Yemen, and Zanzibar): a settlement outside the Middle East and North Africa counts
    three quarters when the document's focus is decided."""
    import geomap
    doc = geomap.parse(text, published="2015-08-10", gazetteer=gaz)
    assert {m.place.country for m in doc.mentions if m.resolved and m.place is not None} == {name}


# class 2/6 (dev halves' misses and errors): fighters driven out of a place (طرد المتمردين من)
# is a takeover, an advance on a front (أحرزوا تقدما ميدانيا) a battle; a referee's red card, a
# diplomat sent home or a company's application are none; a blow to a group (ضربة كبيرة لجماعة
# الشباب) is a loss, no strike; what was shelled until recently (إلى وقت قريب) is background
@pytest.mark.parametrize("text, expected", [
    ("وتمكنت المقاومة أمس من طرد المتمردين من مديرية التواهي في مدينة عدن.", [("territory", "At Tawāhī")]),
    ("والمقاومة طردت الحوثيين من مدينة لودر أمس.", [("territory", "Lawdar")]),
    ("وأحرز مقاتلو المقاومة تقدما ميدانيا في الأطراف الشمالية لمدينة عدن أمس.", [("battle", "Aden")]),
    ("طرد الحكم اللاعب في الدقيقة الثمانين من المباراة.", []),
    ("قررت الحكومة طرد السفير الإيراني من الرياض.", []),
    ("تقدمت الشركة بطلب للحصول على ترخيص في مدينة جدة.", []),
    ("ويعد فقدان بلدة باردهير ضربة كبيرة لجماعة الشباب.", []),
    ("وجهت الطائرات ضربة قوية لمواقع التنظيم في مدينة الرقة أمس.", [("airstrike", "Ar Raqqah")]),
    ("كان الحوثيون إلى وقت قريب يستهدفون مدينة عدن بصواريخ الكاتيوشا.", []),
])
def test_expelled_advanced_and_figures_of_speech(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 3/8: "the capital" and a people's nisba (في العاصمة العراقية، بالعاصمة اليمنية) name the
# capital city, a site (not the whole country); with the city's name after it, that name is the
# place; two car bombs (سيارتين مفخختين) are a blast; a charge (بتهم ارتكاب جرائم تعذيب) is no act
@pytest.mark.parametrize("text, expected", [
    ("انفجرت سيارة مفخخة في العاصمة العراقية أمس.", [("explosion", "Baghdad")]),
    ("قتل خمسة أشخاص في انفجار عبوة ناسفة بالعاصمة اليمنية أمس.", [("explosion", "Sanaa")]),
    ("دكت مقاتلات التحالف مواقع للمتمردين بالعاصمة اليمنية صنعاء والضالع أمس.",
     [("airstrike", "Sanaa"), ("airstrike", "Ad Dali' Governorate")]),
    ("وقال رئيس الوزراء العراقي إن القوات ستواصل عملياتها.", []),
    ("قتل ثلاثة جنود بتفجير سيارتين مفخختين استهدفتا ثكنة عسكرية في مدينة الرمادي أمس.", [("explosion", "Ramadi")]),
    ("ووصف حبري الذي ستبدأ محاكمته اليوم في العاصمة السنغالية دكار بتهم ارتكاب جرائم حرب وجرائم تعذيب.", []),
    ("ووصف حبري الذي ستبدأ محاكمته اليوم في العاصمة السنغالية دكار بتهم ارتكاب «جرائم ضد الإنسانية "
     "وجرائم حرب وجرائم تعذيب»، بأنه «مقاتل الصحراء».", []),
    # what forces intend (وتنوي القوات طرد المسلحين) is not done
    ("وتنوي القوات طرد المسلحين من مدينة زنجبار.", []),
])
def test_the_capital_of_a_people_and_other_words(gaz, text, expected):
    assert drawn(gaz, text) == expected


# limits a second second reader found: the capital told after ال (العاصمة الليبية، التركية), not the
# temporary capital (العاصمة اليمنية المؤقتة), not a native's (من أبناء العاصمة اليمنية) nor where a
# statement was made (في العاصمة العراقية أن); militias expelling families or employees, and failing
# to drive fighters out, are no takeover; a submitted request (تقدمت قوات الأمن بطلب) is no advance; a
# bomb found, held, feared or destroyed (عثرت على، بحوزتهم، حذرت من، دمرت غارة) is no blast, one that
# went off or hurt somebody is; a political bombshell is none; a charge names no act, unless the
# clash it tells is where they were killed (بتهم إرهابية في اشتباك); what is planned for the coming
# days is not done; a government that intends to investigate or respond tells a strike that was
@pytest.mark.parametrize("text, expected", [
    ("اندلعت اشتباكات عنيفة بين ميليشيات متنافسة في العاصمة الليبية مساء أمس.", [("battle", "Tripoli")]),
    ("انفجرت سيارة مفخخة في العاصمة التركية اليوم.", [("explosion", "Ankara")]),
    ("انفجرت سيارة مفخخة في العاصمة اليمنية المؤقتة عدن اليوم.", [("explosion", "Aden")]),
    ("انفجرت سيارة مفخخة في العاصمة اليمنية المؤقتة اليوم.", []),
    ("قتل مسؤول يمني بارز من أبناء العاصمة اليمنية برصاص مسلحين في مدينة عدن اليوم.", [("killing", "Aden")]),
    ("أعلنت وزارة الداخلية في العاصمة العراقية أن عشرة مسلحين قتلوا في اشتباكات مع قوات الأمن في "
     "محافظة الأنبار اليوم.", [("battle", "Anbar Governorate")]),
    ("طردت المليشيات عشرات الأسر من منازلها في قضاء المقدادية بمحافظة ديالى.", []),
    ("طرد التنظيم عشرات العائلات من مدينة الموصل اليوم.", []),
    ("فشلت القوات الحكومية في طرد المسلحين من مدينة الرمادي.", []),
    ("تقدمت قوات الأمن بطلب إلى النيابة لتمديد حبس المتهمين في القاهرة.", []),
    ("اكتشفت دورية للشرطة عبوتين ناسفتين قرب مدرسة في مدينة الفلوجة وقامت بإبطالهما.", []),
    ("اعتقلت الشرطة ثلاثة أشخاص كانت بحوزتهم سيارتين مفخختين في مدينة الحلة.", [("arrests", "Al Hillah")]),
    ("حذرت السفارة الأمريكية من مركبة مفخخة قد تستهدف فنادق في كابل.", []),
    ("دمرت غارة للتحالف سيارتين مفخختين في محيط مصفاة بيجي اليوم.", [("airstrike", "Bayjī")]),
    ("سيارة مفخخة استهدفت حاجزا للجيش في مدينة الفلوجة أمس.", [("explosion", "Al Fallūjah")]),
    ("زرع مسلحون عبوتين ناسفتين انفجرتا بدورية للجيش في العريش اليوم.", [("explosion", "Arīsh")]),
    ("زرع مسلحون لغمين انفجرا بسيارة للشرطة في بعقوبة اليوم.", [("explosion", "Baqubah")]),
    ("انفجرت قنبلة سياسية في بغداد بعد الكشف عن ملفات فساد في وزارة الدفاع.", []),
    ("حكم على شخصين بالإعدام بتهمة تفجير كنيسة في الإسكندرية.", []),
    ("قضت محكمة عراقية بإعدام ثلاثة أشخاص بتهمة تنفيذ تفجيرات في بغداد.", []),
    ("قتلت قوات الأمن ثلاثة مسلحين مطلوبين بتهم إرهابية في اشتباك بمدينة العريش اليوم.", [("battle", "Arīsh")]),
    ("تنوي القوات العراقية اقتحام مدينة الفلوجة خلال الأيام المقبلة.", []),
    ("قال مسؤول إن الحكومة تنوي التحقيق في الغارة التي استهدفت سوقا في صعدة أمس.", [("airstrike", "Sa'dah")]),
])
def test_a_second_second_readers_limits(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 5/8: a placeless happening in "the city" (هجوما منسقا على المدينة، أحياء المدينة) is in the
# last city or town named up to three sentences before; not in Medina (المدينة المنورة), nor the
# daily «المدينة», nor the city of a countryside told before (ريف حلب … وسط المدينة: unplaced)
@pytest.mark.parametrize("text, expected", [
    ("سيطرت طالبان على أجزاء من مدينة غزني أمس. وشن المسلحون هجوما منسقا على المدينة فجر اليوم.",
     [("territory", "Ghazni"), ("battle", "Ghazni")]),
    ("قتل عشرة في غارة على مدينة الرقة أمس. وقصفت الطائرات أحياء المدينة اليوم.",
     [("airstrike", "Ar Raqqah"), ("airstrike", "Ar Raqqah")]),
    ("يشهد ريف حلب معارك عنيفة. وقصفت الطائرات وسط المدينة اليوم.", [("battle", "Aleppo")]),
    ("زار الأمير مدينة جدة أمس. وقال لـ«المدينة» إن الهجوم على القوات فشل.", []),
    ("قتل عشرة في غارة على مدينة الرقة أمس. وتظاهر المئات في المدينة المنورة اليوم.",
     [("airstrike", "Ar Raqqah"), ("protest", "Madinah")]),
])
def test_the_city_told_before(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # class 6: protesters who massed (احتشد المتظاهرون) protested; pilgrims or soldiers who massed did not
    ("في بيروت، احتشد المتظاهرون منذ ساعات الظهر في ساحة رياض الصلح قرب السراي الحكومي.", [("protest", "Beirut")]),
    ("احتشد آلاف الحجاج في صعيد عرفات اليوم.", []),
    ("احتشد مئات الجنود على الحدود مع سوريا.", []),
])
def test_protesters_who_massed(gaz, text, expected):
    assert drawn(gaz, text) == expected
