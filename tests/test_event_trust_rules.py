"""Issue 11, the rules added while tuning on the dev half of the events gold: each table holds
Arabic sentences of our own (no sentence of the gold), one table per linguistic pattern.

Each row is (text, what is drawn on the map): a list of (kind, place name) of the events
reported as new with a place."""

from __future__ import annotations

import pytest

import geomap

PUBLISHED = "2015-08-10"


def drawn(gaz, text, title=None):
    doc = geomap.parse(text, published=PUBLISHED, title=title, gazetteer=gaz)
    return [(e.kind, e.place.name) for e in doc.events if e.located and e.report == "new"]


# كان … قد at the opening of a sentence: a trigger inside what follows the verb is the past the
# news follows; the verb right after قد itself may be the news of the day.
@pytest.mark.parametrize("text, expected", [
    ("وكان الرئيس اليمني قد قرر مكافأة أفراد المقاومة على دورهم في تحرير مدينة عدن.", []),
    ("وكانت شاحنات المساعدات قد توقفت عند حاجز أمني خارج مدينة عدن بسبب القصف والاشتباكات.", []),
    ("قرر الرئيس اليمني مكافأة أفراد المقاومة على تحرير مدينة عدن.", [("territory", "Aden")]),
    ("وكان مسلحو المعارضة قد هاجموا حاجزا لقوات النظام في مدينة حلب.", [("battle", "Aleppo")]),
])
def test_what_a_pluperfect_sentence_tells_is_background(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a trigger followed by "repeated" is a habit, not one happening, wherever it is
@pytest.mark.parametrize("text, expected", [
    ("ويعاني سكان مدينة نجران من القصف المتكرر الذي تشنه الميليشيات من وراء الحدود.", []),
    ("وتتصدى القوات أمس لهجمات الحوثيين المتكررة على مدينة نجران.", []),
    ("واتهمت الحكومة المسلحين بتنفيذ هجمات متكررة على مدينة بنغازي.", []),
    # the habit's place is where the attacks are made, not where the depots were destroyed
    ("ودمرت الطائرات أمس مخازن أسلحة كان الحوثيون يستخدمونها في هجماتهم المتكررة على مدينة نجران.", []),
    ("ودمرت الطائرات أمس مخازن أسلحة في مدينة صعدة كان الحوثيون يستخدمونها في هجماتهم المتكررة على مدينة نجران.",
     [("airstrike", "Sa'dah")]),
    ("وقصفت الميليشيات مدينة نجران أمس.", [("shelling", "Najrān")]),
])
def test_repeated_attacks_are_a_habit(gaz, text, expected):
    assert drawn(gaz, text) == expected


# what aircraft destroy is an airstrike (ACLED: Air/drone strike), whoever flew them
@pytest.mark.parametrize("text, expected", [
    ("وقالت مصادر قبلية إن طائرات التحالف دمرت أمس مخازن أسلحة في مدينة صعدة.", [("airstrike", "Sa'dah")]),
    ("ودمرت الطائرات الحربية أمس جسرا في مدينة الرمادي.", [("airstrike", "Ramadi")]),
    ("ودمرت الميليشيات أمس منازل في مدينة صعدة.", [("destruction", "Sa'dah")]),
])
def test_what_aircraft_destroy_is_an_airstrike(gaz, text, expected):
    assert drawn(gaz, text) == expected


# what someone is able to do did not happen
@pytest.mark.parametrize("text, expected", [
    ("وقال المحلل إن التنظيم وحده القادر على تنفيذ هجوم بهذا الحجم في مدينة اسطنبول.", []),
    ("ويملك الجيش القدرة على شن غارات جوية على مدينة الرقة.", []),
    ("وأكد الخبير أن المسلحين قادرون على تنفيذ تفجيرات في مدينة بغداد.", []),
    ("ونفذ التنظيم هجوما بهذا الحجم في مدينة اسطنبول أمس.", [("battle", "Istanbul")]),
])
def test_what_someone_can_do_is_no_event(gaz, text, expected):
    assert drawn(gaz, text) == expected


# an attack in words (a speech, a statement) is no battle
@pytest.mark.parametrize("text, expected", [
    ("وتجمع أنصار التنظيم خارج مدينة اسطنبول وألقوا خطابات هاجموا فيها الحكومة.", []),
    ("وفي كلمة هاجم فيها المعارضة، قال الرئيس إن مدينة حلب ستبقى صامدة.", []),
    ("وشن النائب هجوما حادا على وزير الداخلية في مدينة بغداد.", []),
    ("وقال بيان إن مسلحين هاجموا حاجزا للجيش في مدينة بغداد.", [("battle", "Baghdad")]),
])
def test_an_attack_in_words_is_no_battle(gaz, text, expected):
    assert drawn(gaz, text) == expected


# أسر before the martyrs, the victims or the missing is their families (plural of أسرة), not a capture
@pytest.mark.parametrize("text, expected", [
    ("استقبل الأمير في مدينة أبها أمس أسر وذوي شهداء الواجب من منسوبي قوات الأمن.", []),
    ("وزار الوفد العسكري أمس في مدينة نجران أسر الشهداء من الجنود.", []),
    ("وقدمت الجمعية أمس مساعدات إلى أسر المفقودين في مدينة عدن التي تشهد اشتباكات عنيفة.", [("battle", "Aden")]),
    # (still a capture: of fighters, so a fight since session 19, was an abduction)
    ("وأعلنت المقاومة أسر 20 مسلحا حوثيا أمس في مدينة عدن.", [("battle", "Aden")]),
])
def test_the_families_of_the_martyrs_are_no_capture(gaz, text, expected):
    assert drawn(gaz, text) == expected


# what a protest denounces happened elsewhere: the protest's place is not its site
@pytest.mark.parametrize("text, expected", [
    ("تظاهر مئات الأكراد في بروكسل أمس للتنديد بالغارات التي يشنها الجيش التركي على مواقع المتمردين.",
     [("protest", "Brussels")]),
    ("وخرج المئات في مدينة تعز أمس احتجاجا على القصف الذي تشنه الميليشيات على مدينة عدن.",
     [("protest", "Taiz"), ("shelling", "Aden")]),
    ("ونفذت طائرات التحالف أمس غارات على مدينة صعدة.", [("airstrike", "Sa'dah")]),
])
def test_what_a_protest_denounces_is_not_at_the_protest(gaz, text, expected):
    assert drawn(gaz, text) == expected


# the air base an aircraft took off from is not what it hit
@pytest.mark.parametrize("text, expected", [
    ("قصفت إحدى طائرات سلاح الجو الليبي من قاعدة طبرق الجوية أحد المراكب قبالة مدينة درنة أمس.",
     [("airstrike", "Darnah")]),
    ("قصفت الطائرات أمس قاعدة العند الجوية.", [("airstrike", "Al Anad Air Base")]),
])
def test_the_base_an_aircraft_took_off_from_is_not_its_target(gaz, text, expected):
    assert drawn(gaz, text) == expected


# the place where something was condemned is not where it happened; what the war destroyed is no
# one happening
@pytest.mark.parametrize("text, expected", [
    # the meeting in Rome is one (لقائه: read since the eleventh session); the kidnapping is not there
    ("وأدان المبعوث في تصريح عقب لقائه بالوزير في روما أمس اختطاف الموظفين الإيطاليين.", [("talks", "Rome")]),
    ("أدانت الحكومة في عدن أمس الهجوم الذي استهدف مسجدا في مدينة صنعاء.", [("battle", "Sanaa")]),
    ("ويعمل الفريق على إعادة تشغيل مطار عدن الذي دمرت الحرب أغلب صالاته.", []),
])
def test_where_it_was_condemned_is_not_where_it_happened(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a meeting on a conflict map is diplomacy or a conflict's parties, not an office's business
@pytest.mark.parametrize("text, expected", [
    ("عقد أعضاء المجلس البلدي بحائل اجتماعهم أمس برئاسة رئيس المجلس.", []),
    ("التقى مدير الجامعة في أبها أمس رئيس الغرفة التجارية.", []),
    ("والتقى وزير الخارجية أمس في مدينة برلين نظيره الألماني.", [("talks", "Berlin")]),
    ("واجتمع المنسق الأممي أمس مع وزيري الأشغال والنقل اليمنيين في مدينة عدن.", [("talks", "Aden")]),
])
def test_an_office_meeting_is_no_talks(gaz, text, expected):
    assert drawn(gaz, text) == expected


# what someone wanted, a campaign to take a place, a death sentence, what was prevented, a
# family: no happening
@pytest.mark.parametrize("text, expected", [
    ("وحمل الأهالي السلاح أمس ضد عناصر الحزب الذين أرادوا اعتقال أبنائهم في مدينة الزبداني.", []),
    ("وقال الجنرال أمس إن عملية استعادة السيطرة على مدينة الرمادي تكتسب المزيد من الزخم.", []),
    ("واستعادت القوات العراقية أمس السيطرة على مدينة الرمادي.", [("territory", "Ramadi")]),
    ("وأصدرت محكمة في مدينة طرابلس أمس حكما غيابيا بإعدام ثمانية من المسؤولين السابقين.", []),
    ("وقال إن مقاتلي العشائر حالوا دون سيطرة التنظيم أمس على سد مدينة حديثة.", []),
    ("وقالت أسرة الطفل الجريح إنها وصلت أمس إلى مدينة جازان هربا من الحرب.", []),
    ("ويعاني سكان مدينة الرقة أوضاعا صعبة في ظل الغارات المتواصلة.", []),
])
def test_what_was_wanted_planned_sentenced_or_prevented_is_no_event(gaz, text, expected):
    assert drawn(gaz, text) == expected


# "in the same area": a happening with no place of its own happened where the last one placed did
@pytest.mark.parametrize("text, expected", [
    ("خطف مسلحون أمس ثلاثة أطباء قرب مدينة اعزاز. وكان المسلحون قد هاجموا الجمعة حاجزا للجيش في المنطقة نفسها.",
     [("abduction", "I‘zāz"), ("battle", "I‘zāz")]),
    ("خطف مسلحون أمس ثلاثة أطباء قرب مدينة اعزاز. وكان المسلحون قد هاجموا الجمعة حاجزا للجيش.",
     [("abduction", "I‘zāz")]),
])
def test_a_happening_in_the_same_area_is_where_the_last_one_was(gaz, text, expected):
    assert drawn(gaz, text) == expected


# one happening or another (الاعتقال أو الإعدام), fighting to be stopped, what would happen if
# not: none is reported to have happened
@pytest.mark.parametrize("text, expected", [
    ("وتتعرض العائلات في مدينة الفلوجة أمس إلى اعتداءات تصل إلى الاعتقال أو الإعدام.", []),
    ("ونص الاتفاق الموقع أمس على التوقف الفوري عن القتال في مدينة سبها.", []),
    ("وقال مسؤول إن الأمراض ستنتشر في مدينة بنغازي إذا لم يتم إعدام الأغذية الفاسدة.", []),
    ("واعتقلت الشرطة أمس ثلاثة مسلحين في مدينة الفلوجة.", [("arrests", "Al Fallūjah")]),
])
def test_either_or_a_stop_or_an_if_is_no_happening(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a battle word in construct with its place names a campaign (معركة القلمون); the course of the
# battles is no one battle
@pytest.mark.parametrize("text, expected", [
    ("ووصف الأمين العام لحزب الله أمس معركة القلمون ضد المسلحين بأنها معركة الحسم.", []),
    ("وقال المسؤول إن الجنرال يريد الاطمئنان على سير المعارك ضد تنظيم داعش في مدينة الرمادي.", []),
    ("وقتل 10 جنود أمس في معارك الرمادي.", [("battle", "Ramadi")]),
])
def test_a_battle_named_after_its_place_is_a_campaign(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a running total since a takeover, up to now, is no news, even when the one who tells it spoke
# yesterday (the day of the report is not the day of what it tells)
@pytest.mark.parametrize("text, expected", [
    ("قال ناشط أمس إن التنظيم قتل منذ سيطرته على مدينة الموصل وحتى الآن 2070 شخصا.", []),
    ("قال ناشط أمس إن مسلحين هاجموا حاجزا للجيش في مدينة الموصل.", [("battle", "Mosul")]),
    # the season of the happening, not the day of the report, dates it
    ("قال ناشط أمس إن التنظيم سيطر على مدينة الموصل الصيف الماضي.", []),
])
def test_a_toll_since_a_takeover_is_a_running_total(gaz, text, expected):
    assert drawn(gaz, text) == expected


# what is responded to (ردا على هجوم سروج) is another happening, the past the news follows: it
# lends its place to nothing else in the sentence
@pytest.mark.parametrize("text, expected", [
    ("وهاجم المسلحون أمس مواقع الجيش ردا على هجوم مدينة سروج الذي استهدف ناشطين.", []),
    ("وهاجم المسلحون أمس مواقع الجيش في مدينة ماردين ردا على هجوم مدينة سروج.", [("battle", "Mardin")]),
])
def test_what_is_responded_to_is_another_happening(gaz, text, expected):
    assert drawn(gaz, text) == expected


# the air force (سلاح الجو) or aircraft with a proclitic (وبالطيران) near an attack make it an airstrike
@pytest.mark.parametrize("text, expected", [
    ("وأعلنت تركيا أمس أن سلاح الجو التركي استهدف ثلاثة مواقع للتنظيم في مدينة الرقة.", [("airstrike", "Ar Raqqah")]),
    ("وأعلن الجيش أمس أن قواته استهدفت ثلاثة مواقع للتنظيم في مدينة الرقة.", [("battle", "Ar Raqqah")]),
])
def test_the_air_force_makes_an_attack_an_airstrike(gaz, text, expected):
    assert drawn(gaz, text) == expected


# "X، مركز محافظة Y": the governorate only says where the city lies; control that "is considered
# vital" is no takeover
@pytest.mark.parametrize("text, expected", [
    ("وفي مدينة الرمادي، مركز محافظة الأنبار، اشتبكت القوات الأمنية أمس مع مسلحي التنظيم.", [("battle", "Ramadi")]),
    ("ويضم غرب البلاد المدن الكبرى ومنها مدينة دمشق، وتعد السيطرة عليه أمرا حيويا للنظام في الحرب.", []),
])
def test_the_seat_of_a_governorate_and_what_is_considered(gaz, text, expected):
    assert drawn(gaz, text) == expected


# weapons supplied, what must be done, a campaign stepped up, an attack a month old, the meeting
# someone came back from, a call to hurry the liberation: no news of a happening
@pytest.mark.parametrize("text, expected", [
    ("وقال المسؤول إن الأميركيين قدموا أمس أسلحة هامة للجيش في محافظة الأنبار ومنها الصواريخ الخارقة للدروع.", []),
    ("وقال الضابط أمس إن المسلحين في مدينة الفلوجة كثيرون مما يحتم على القوات التركيز على تجمعاتهم وقصفها.", []),
    ("وكثف الجيش السوري غاراته الجوية على جبال محافظة اللاذقية لوقف تقدم مقاتلي المعارضة.", []),
    ("وفشلت الحملة في احتلال مدينة الزبداني بعد قرابة الشهر من الهجوم عليها من قبل مقاتلي الحزب.", []),
    ("وخطف المسلحون القائد أثناء عودتهم من اجتماع في مدينة اعزاز.", [("abduction", "I‘zāz")]),
    ("وطالبت الأحزاب الأمم المتحدة بالإسراع في تحرير مدينة الموصل من التنظيم.", []),
    ("وقصفت قوات النظام أمس بالصواريخ مدينة الزبداني.", [("shelling", "Az Zabadānī")]),
    ("وقال إن فشل هجوم القوات العراقية لاستعادة مدينة الرمادي يدل على أن الموصل أمامها سنوات.", []),
    ("وطالبوا بضمانات أمنية لمرحلة ما بعد تحريرها من تنظيم داعش في مدينة الموصل.", []),
])
def test_supplied_required_stepped_up_or_called_for_is_no_news(gaz, text, expected):
    assert drawn(gaz, text) == expected


# families (الأسر النازحة), clearing mines, refusing to withdraw, walking out of a meeting, hundreds
# of strikes, an expected takeover, pressing on towards one: no happening
@pytest.mark.parametrize("text, expected", [
    ("واعتقلت القوات الأمنية أمس العشرات أثناء محاولتهم الخروج من مدينة الرمادي مع الأسر النازحة.",
     [("arrests", "Ramadi")]),
    ("وبدأت الفرق الهندسية أمس إزالة الألغام من أحياء مدينة عدن بعد انتهاء المعارك.", []),
    ("وتحججت الجماعة بامتناع مسلحيها عن الانسحاب من مدينة صنعاء خوفا من الانتقام.", []),
    ("وانسحب القيادي وعدد من أعضاء المجلس من الاجتماع في مدينة كويتا أمس.", []),
    ("وقال الوزير إن الطائرات شنت مئات الضربات لمساعدة القوات العراقية في مدينة تكريت.", []),
    ("وتقود واشنطن ائتلافا دوليا شن آلاف الغارات الجوية ضد مواقع التنظيم في مدينة الرقة.", []),   # a campaign
    ("وتوقع مساعد وزير الدفاع تحرير قاعدة العند خلال ساعات بعد محاصرة المسلحين.", []),
    ("ومضت المقاومة قدما في تحرير محافظة لحج بعد طرد المسلحين من عدن.", []),
    ("ودعا الرئيس الأطراف إلى احترام اتفاق الطائف الذي أنهى الحرب في لبنان.", []),        # an accord by its name
])
def test_families_mines_refusals_walkouts_and_hopes_are_no_happening(gaz, text, expected):
    assert drawn(gaz, text) == expected


# an order to kill, a bomber among the dead, weapons seized, people forced to fight, car bombs
# prepared, one man's objection, an expected liberation: no happening of that kind
@pytest.mark.parametrize("text, expected", [
    ("ويقول سكان مدينة الفلوجة إن التنظيم أصدر أمس تعليمات بإعدام كل من يحاول الهرب من المدينة.", []),
    ("واشتبكت القوات الأمنية أمس مع مسلحي التنظيم في مدينة الرمادي وقتلت 10 منهم بينهم انتحاري.",
     [("battle", "Ramadi")]),
    ("واستولت القوات أمس على 40 صاروخ كاتيوشا في مدينة الرطبة.", []),
    ("وأدى إجبار السكان على القتال مع المسلحين إلى النقمة في محافظة عمران.", []),
    ("وركز الطيران على السيارات المفخخة المعدة للتفجير في مدينة الفلوجة.", []),
    ("وقال المحافظ إن احتجاجه على الاعتداءات في مدينة الموصل كان وراء إقالته.", []),
    ("وتوقع رئيس إقليم كردستان مسعود بارزاني تحرير بقية مناطق سنجار قريبا.", []),
])
def test_orders_bombers_counted_seized_arms_and_objections(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a takeover in a relative clause describes who or what the sentence is about, whatever the day
# of the sentence; a day inside the clause makes it news
@pytest.mark.parametrize("text, expected", [
    ("وقال الخطيب اليوم إن البلاد تواجه حربا ضد التنظيم الذي سيطر على مدينة الموصل.", []),
    ("وأعلن الجيش أمس أنه يقاتل التنظيم الذي سيطر على مدينة الرمادي.", []),
    ("وخطف التنظيم عشرات المدنيين في مدينة القريتين التي سيطر عليها ليل الأربعاء.",
     [("abduction", "Al Qaryatayn"), ("territory", "Al Qaryatayn")]),
])
def test_a_takeover_in_a_relative_clause_is_background(gaz, text, expected):
    assert sorted(drawn(gaz, text)) == sorted(expected)


def kinds_drawn(gaz, text):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    return [(e.event_type, e.place.name) for e in doc.events if e.located and e.report == "new"]


# dead fighters, named right after the word of death, are the toll of a fight (ACLED: Battles);
# dead civilians, or an execution, are violence against civilians
@pytest.mark.parametrize("text, expected", [
    ("وأعلن الجيش مقتل عشرة جنود في مدينة الرمادي.", [("Battles", "Ramadi")]),
    ("وأوقع التنظيم قتلى وجرحى في صفوف قوات النظام قرب مدينة تدمر.", [("Battles", "Tadmur")]),
    ("وأعلن مسؤولون مقتل عشرة مدنيين في مدينة الرمادي.", [("Violence against civilians", "Ramadi")]),
    ("وأعلن مسؤولون مقتل 11 من عناصر التنظيم و10 مدنيين في مدينة بعقوبة.",
     [("Violence against civilians", "Baqubah")]),
    ("وأعدم التنظيم 13 من عناصره في مدينة الرقة.", [("Violence against civilians", "Ar Raqqah")]),
])
def test_dead_fighters_are_the_toll_of_a_fight(gaz, text, expected):
    assert kinds_drawn(gaz, text) == expected


# "، بينما في X" / "، فيما في X" opens the next front of a summary: X is not the site of what
# the clause before told
@pytest.mark.parametrize("text, expected", [
    ("ودمرت غارة جوية عربة عسكرية محملة بالذخائر، بينما في محافظة البيضاء تظاهر المئات ضد الحوثيين.",
     [("protest", "Al Bayda Governorate")]),
    ("وقصف الطيران الحربي مواقع المسلحين، فيما في مدينة عدن اعتقلت الشرطة عشرة أشخاص.", [("arrests", "Aden")]),
    ("وقصف الطيران الحربي مواقع المسلحين في مدينة تعز، بينما في مدينة عدن اعتقلت الشرطة عشرة أشخاص.",
     [("airstrike", "Taiz"), ("arrests", "Aden")]),
])
def test_the_next_front_of_a_summary_is_not_the_site(gaz, text, expected):
    assert drawn(gaz, text) == expected


# the fighting a takeover came "after" is its means: one happening, at the place taken
@pytest.mark.parametrize("text, expected", [
    ("وأعلن جيش الفتح سيطرته على قريتين في سهل الغاب بريف حماة الغربي، بعد اشتباكات مع قوات النظام.",
     [("territory", "Al-Ghab Plain")]),
    ("وسيطر المسلحون على بلدة في ريف حماة، واندلعت اشتباكات عنيفة في مدينة اللاذقية.",
     [("territory", "Ḩamāh"), ("battle", "Latakia")]),
])
def test_the_fighting_a_takeover_came_after_is_its_means(gaz, text, expected):
    assert drawn(gaz, text) == expected


# the dead of a funeral are no killing where they are buried
@pytest.mark.parametrize("text, expected", [
    ("وشيعت القرى الموالية بريف حماة أمس جثامين عشرات القتلى من عناصر قوات النظام.", []),
    ("وخرجت في مدينة اللاذقية مواكب التشييع لعشرات القتلى الذين لقوا مصرعهم في المعارك الدائرة في سهل الغاب.",
     []),
    ("وشيع الأهالي في مدينة الرمادي أمس جثامين عشرة أشخاص قتلوا في غارة جوية على مدينة الفلوجة.",
     [("airstrike", "Al Fallūjah")]),
])
def test_the_dead_of_a_funeral_are_no_killing_there(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a happening "in several areas" has no one site: not a place named further on, at most the
# area said to hold them
@pytest.mark.parametrize("text, expected", [
    ("ورغم الهدنة استمر القتال في عدة مناطق من البلاد غير أنه لم ترد أنباء عن وقوع قتال قرب مدينة عدن نفسها.", []),
    ("وتواصلت الغارات الجوية في مناطق متفرقة من البلاد، وقال مسؤول في مدينة صنعاء إن الوضع صعب.", []),
    ("واندلعت اشتباكات في مناطق متفرقة من محافظة تعز.", [("battle", "Taiz Governorate")]),
    ("واندلعت اشتباكات في مدينة تعز.", [("battle", "Taiz")]),
])
def test_a_happening_in_several_areas_has_no_one_site(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a line that links to the story repeats its headline: no sentence of the body
def test_the_link_line_that_repeats_the_headline_is_no_sentence(gaz):
    text = "وقال الوزير إن الحكومة ستزيد المساعدات للنازحين.\nرابط الخبر بصحيفة الوئام: غارات جوية على مدينة حلب"
    assert drawn(gaz, text) == []
    assert drawn(gaz, "وقال الوزير إن الحكومة ستزيد المساعدات للنازحين.\nغارات جوية على مدينة حلب") == [
        ("airstrike", "Aleppo")]


# the fighting moved on, to no place the text names: no event where the sentence's places are
@pytest.mark.parametrize("title, text, expected", [
    (None, "وقال المسؤول إن أحياء بأكملها في مدينة عدن تعرضت للدمار لكن المعركة بين الطرفين انتقلت شمالا.",
     []),
    ("الأمم المتحدة: سنزيد المساعدات لعدن مع انتقال القتال شمالا",
     "وقال المسؤول إن المعركة بين الحوثيين والمقاتلين المحليين انتقلت شمالا.", []),
    (None, "وانتقلت الاشتباكات بين الحوثيين والمقاومة إلى مدينة تعز أمس.", [("battle", "Taiz")]),
    (None, "واندلعت اشتباكات بين الحوثيين والمقاومة في مدينة تعز ثم انتقلت شمالا.", [("battle", "Taiz")]),
])
def test_fighting_that_moved_on_has_no_site(gaz, title, text, expected):
    assert drawn(gaz, text, title) == expected


# a mourning notice or a funeral is no report of the deaths it mourns (the happening is told by
# its own words)
@pytest.mark.parametrize("text, expected", [
    ("وكان المحافظ نعى مساء أول من أمس مقتل مئات الأشخاص من أبناء مدينة الموصل على يد مسلحي التنظيم.", []),
    ("ونعت الحركة قائدها الذي قتل أمس في غارة جوية على مدينة إدلب.", [("airstrike", "Idlib")]),
])
def test_a_mourning_notice_is_no_report_of_the_deaths(gaz, text, expected):
    assert drawn(gaz, text) == expected


# what nobody knows anything sure of is not reported
@pytest.mark.parametrize("text, expected", [
    ("وقال المطران في مدينة دمشق: لا معلومات أكيدة لدينا عن حادثة الخطف.", []),
    ("ولم ترد أنباء عن اشتباكات في مدينة حلب.", []),
    ("وأكد المرصد خطف التنظيم عشرات المدنيين في مدينة القريتين أمس.", [("abduction", "Al Qaryatayn")]),
])
def test_what_nobody_knows_of_is_not_reported(gaz, text, expected):
    assert drawn(gaz, text) == expected


# an attack whose subject, right after the verb, is an aircraft is an airstrike of its own, not
# part of the fighting told beside it
@pytest.mark.parametrize("text, expected", [
    ("واندلع القتال أمس في مدينة أجدابيا وهاجمت طائرة حربية مواقع المسلحين في المدينة.",
     [("battle", "Ajdabiya"), ("airstrike", "Ajdabiya")]),
    ("وهاجم مسلحون حاجزا للجيش في مدينة أجدابيا أمس.", [("battle", "Ajdabiya")]),
])
def test_an_attack_by_an_aircraft_is_an_airstrike_of_its_own(gaz, text, expected):
    assert drawn(gaz, text) == expected


# "in the first week (of the war)" tells a war from its start: history
@pytest.mark.parametrize("text, expected", [
    ("وشهد محيط مطار عدن معارك ضارية، وقد سقط بيد المقاومة في الأسبوع الأول لتتمكن الميليشيات من إعادة "
     "السيطرة عليه.", []),
    ("وسيطر المسلحون على مطار عدن في الأسبوع الأول من الحرب.", []),
    ("وفي الأشهر الأولى من الحرب قصفت الطائرات مدينة صعدة.", []),
    ("وقصفت الطائرات مدينة صعدة أمس.", [("airstrike", "Sa'dah")]),
])
def test_the_first_week_of_a_war_is_history(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a bare Gregorian month name after "in" or "during" is that month (the last one up to the
# publication, never after it); without them a bare name stays too weak to be a date
@pytest.mark.parametrize("text, expected", [
    ("وخطف ثلاثة مقنعين في مايو الأب رئيس الدير", ("2015-05-15", 3)),
    ("قصفت الطائرات المدينة خلال يونيو", ("2015-06-15", 3)),
    ("وقتل عشرة في غارة في أغسطس", ("2015-08-10", 3)),
    ("وسقطت المدينة في سبتمبر", ("2014-09-15", 3)),
])
def test_a_month_after_in_is_that_month(text, expected):
    import datetime as dt

    from geomap.dates import find_dates

    [d] = find_dates(text, dt.date(2015, 8, 10))
    assert (d.date.isoformat(), d.precision) == expected


def test_a_bare_month_name_alone_is_no_date():
    import datetime as dt

    from geomap.dates import find_dates

    assert find_dates("وقال مايو إن الفريق جاهز", dt.date(2015, 8, 10)) == []
    assert find_dates("في صفر", dt.date(2015, 8, 10)) == []


def test_an_event_in_a_month_long_past_is_background(gaz):
    doc = geomap.parse("وخطف مسلحون من تنظيم داعش في مايو كاهنا في مدينة القريتين.",
                       published=PUBLISHED, gazetteer=gaz)
    assert [(e.kind, e.report, str(e.date)) for e in doc.events] == [("abduction", "background", "2015-05-15")]
    assert drawn(gaz, "وقصفت الطائرات مدينة القريتين في مايو.") == []


# a period with و or ف on it is the same period (والشهر الماضي، والأسبوع الماضي)
@pytest.mark.parametrize("text, expected", [
    ("والشهر الماضي قالت الجبهة إنها أسرت مقاتلين", ("2015-07-15", 3)),
    ("والأسبوع الماضي قال الجيش", ("2015-08-03", 2)),
    ("فالأسبوع المقبل تبدأ المحادثات", ("2015-08-17", 2)),
])
def test_a_period_after_wa_is_that_period(text, expected):
    import datetime as dt

    from geomap.dates import find_dates

    [d] = find_dates(text, dt.date(2015, 8, 10))
    assert (d.date.isoformat(), d.precision) == expected


# a word of conflict counts in its definite form too (the topic table lists مسلحون, not المسلحون):
# a single sentence pasted alone is read as conflict
@pytest.mark.parametrize("text, expected", [
    ("سيطر المسلحون على مطار عدن أمس.", [("territory", "Aden")]),
    ("سيطر مسلحون على مطار عدن أمس.", [("territory", "Aden")]),
    ("سيطر المنتخب على مجريات المباراة في عدن أمس.", []),
])
def test_a_definite_word_of_conflict_supports_a_weak_trigger(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a crash is an accident (class 8), unless an armed actor brought it down
@pytest.mark.parametrize("text, expected", [
    ("لقي ثلاثة أشخاص مصرعهم اليوم إثر تحطم طائرة سياحية صغيرة في العاصمة اليابانية طوكيو.", []),
    ("تسبب تحطم طائرة ركاب صغيرة في إحدى ضواحي مدينة الرياض في مقتل ثلاثة أشخاص.", []),
    ("قتل ثلاثة أشخاص في غارة جوية على مدينة صعدة.", [("airstrike", "Sa'dah")]),
])
def test_a_crash_is_an_accident(gaz, text, expected):
    assert drawn(gaz, text) == expected


# an anniversary remembers a happening (class 1): on its day, it is no news of it
@pytest.mark.parametrize("text, expected", [
    ("شارك الآلاف في مدينة هيروشيما اليوم في مراسم إحياء الذكرى السنوية السبعين لتفجير أول قنبلة ذرية.", []),
    ("أحيا سكان مدينة حلب أمس ذكرى القصف الذي استهدف المدينة.", []),
    ("في الذكرى الأولى لسقوط الموصل، قصفت الطائرات مواقع للتنظيم في مدينة الموصل أمس.", [("airstrike", "Mosul")]),
])
def test_an_anniversary_is_no_news_of_what_it_remembers(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a chronology ("في مثل هذا اليوم"): each line opens with the year it tells of (class 1)
def test_a_chronology_entry_is_dated_by_its_year(gaz):
    text = ("في مثل هذا اليوم:\n1978 - اغتيال ممثل الحركة في مدينة باريس.\n"
            "2003 - مقتل 20 شخصا في انفجار سيارة مفخخة في مدينة بغداد.\n"
            "وقتل خمسة أشخاص في انفجار في مدينة الموصل أمس. وبلغ عدد الجرحى 1978 - 2000 شخص.")
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    told = {(e.place.name, e.report, e.date.year) for e in doc.events if e.located}
    assert told == {("Paris", "background", 1978), ("Baghdad", "background", 2003), ("Mosul", "new", 2015)}


# a trigger word inside an organisation's name is no happening (class 4/6): منظمة التحرير
@pytest.mark.parametrize("text, expected", [
    ("تم اغتيال ممثل منظمة التحرير الفلسطينية في مدينة باريس أمس.", [("killing", "Paris")]),
    ("التقى الوزير وفدا من هيئة تحرير الشام في مدينة إدلب أمس.", [("talks", "Idlib")]),
    ("أعلنت المقاومة تحرير مدينة عدن أمس.", [("territory", "Aden")]),
    ("اغتيل ممثل الحركة في مدينة عدن أمس.", [("killing", "Aden")]),     # the passive is a trigger too
])
def test_a_trigger_word_in_an_organisation_s_name_is_no_happening(gaz, text, expected):
    assert drawn(gaz, text) == expected


# issue 11 class 5, where: a habit or a capability keeps the place named beside it (the attacks
# are made there), so the happening told before it does not take that place
@pytest.mark.parametrize("text, expected", [
    ("وقصفت الطائرات أمس مواقع كان المتمردون يطلقون منها هجماتهم المتكررة على مدينة نجران.", []),
    ("قصفت المدفعية أمس مواقع المسلحين الذين يملكون القدرة على شن هجمات على مدينة حلب.", []),
    ("قصفت المدفعية أمس مواقع المسلحين في مدينة حلب.", [("shelling", "Aleppo")]),
])
def test_a_habit_keeps_its_own_place(gaz, text, expected):
    assert drawn(gaz, text) == expected


# the weapon written with ب (بسيارة مفخخة، بقذائف الهاون) is the means of the trigger of its
# clause, not another happening between that trigger and its place
@pytest.mark.parametrize("text, expected", [
    ("نفذ انتحاري هجوما تم تنفيذه بسيارة مفخخة في سوق شعبي بمدينة بعقوبة أمس.",
     [("suicide_bomb", "Baqubah")]),      # (the bomber and his car bomb: one bombing, session 19)
    ("استهدف المقاتلون مواقع الجيش في محيط مدينة حلب بقذائف الهاون، لتدور بعدها اشتباكات عنيفة بين الطرفين.",
     [("shelling", "Aleppo"), ("battle", "Aleppo")]),
])
def test_the_means_of_an_attack_claims_no_place(gaz, text, expected):
    assert drawn(gaz, text) == expected


# مدينة X بريف Y: X is the site, and ريف Y (the governorate around the city Y) only says where
# X lies, when X is in Y's governorate
@pytest.mark.parametrize("text, expected", [
    ("تعرضت مدينة الباب بريف حلب لغارات جوية عنيفة أمس.", [("airstrike", "Al Bāb")]),
    ("تعرضت بلدة منبج بريف حلب الشرقي لغارات جوية أمس.", [("airstrike", "Manbij")]),
])
def test_a_town_in_the_countryside_of_its_city_is_the_site(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a valley or plain the gazetteer lacks, named after a town the article names, lies by that town
@pytest.mark.parametrize("text, expected", [
    ("دمرت طائرات التحالف أمس آليات عسكرية مخبأة في وادي حرض. ويعيش في مدينة حرض آلاف النازحين.",
     [("airstrike", "Ḩaraḑ")]),
    ("دمرت طائرات التحالف أمس آليات عسكرية مخبأة في وادي حرض.", []),
])
def test_a_valley_named_after_a_town_lies_by_it(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a killing whose dead are fighters in one of its mentions (قتل 11 مسلحا) and civilians alone in
# none is a battle (ACLED), even when another mention names fighters and civilians together
@pytest.mark.parametrize("text, expected", [
    ("أعلن مسؤولون أمنيون أمس مقتل 11 من عناصر التنظيم و10 مدنيين في موجة عنف شهدتها مناطق تابعة "
     "لمدينة بعقوبة. وقال المسؤولون إن قوات الأمن تمكنت خلالها من قتل 11 مسلحا من التنظيم.",
     [("battle", "Baqubah")]),
    ("أعلن مسؤولون أمنيون أمس مقتل 11 من عناصر التنظيم و10 مدنيين في موجة عنف شهدتها مناطق تابعة "
     "لمدينة بعقوبة.", [("killing", "Baqubah")]),
])
def test_fighters_killed_in_one_mention_make_a_battle(gaz, text, expected):
    assert drawn(gaz, text) == expected


# a reference word (استهداف) with a site of its own that does not fit the site of the attack
# beside it is another attack of the same kind there (إضافة إلى استهدافها بلدة X في ريف دمشق)
@pytest.mark.parametrize("text, expected", [
    ("قصفت قوات النظام أمس مدينة تلبيسة بريف حمص، إضافة إلى استهدافها بلدة دير العصافير في ريف دمشق.",
     [("shelling", "Tallbīsah"), ("shelling", "Dayr al ‘Aşāfīr")]),
    ("قصفت قوات النظام أمس مدينة حلب واستهدفت أحياء في مدينة حلب.", [("shelling", "Aleppo")]),
    ("قصفت طائرات التحالف أمس مواقع في مدينة الرقة واستهدفت مخزنا للأسلحة في ريف الرقة.",
     [("airstrike", "Ar Raqqah")]),
])
def test_a_target_elsewhere_is_another_attack(gaz, text, expected):
    assert drawn(gaz, text) == expected


# قوات X في Y: Y is where the fighters are based; the target named after them is the site (and a
# place after على is the target, never the area said to hold the place before it)
@pytest.mark.parametrize("text, expected", [
    ("قصفت قوات المعارضة في ريف حلب قريتي نبل والزهراء أمس.", [("shelling", "Nubl")]),
    ("سيطرت فصائل المعارضة في ريف إدلب على بلدة سراقب أمس.", [("territory", "Saraqib")]),
    ("قتل خمسة من قوات النظام في مدينة حلب أمس.", [("killing", "Aleppo")]),
    ("قصفت قوات النظام في حلب أحياء الشعار والصاخور أمس.", [("shelling", "al-Shaar"), ("shelling", "al-Sakhour")]),
])
def test_where_the_fighters_are_is_not_the_target(gaz, text, expected):
    assert drawn(gaz, text) == expected


# "last month" before the trigger, or "ever since then" opening the sentence: told as the past
# (the same shape told with yesterday stays news)
@pytest.mark.parametrize("text, expected", [
    ("والشهر الماضي قال الجيش إنه أسر عشرين مسلحا في مدينة الرمادي.", []),
    # (fighters captured: a fight since session 19, was an abduction)
    ("وقال الجيش إنه أسر أمس عشرين مسلحا في مدينة الرمادي.", [("battle", "Ramadi")]),
    ("ومنذ ذلك الحين تعطلت الحياة في مدينة بنغازي جراء اشتباكات بين فصائل مسلحة.", []),
    ("وتعطلت الحياة في مدينة بنغازي جراء اشتباكات بين فصائل مسلحة.", [("battle", "Benghazi")]),
    ("ومنذ ذلك الحين تعطلت الحياة في مدينة بنغازي، وقتل أمس ثلاثة في اشتباكات بين فصائل مسلحة.",
     [("battle", "Benghazi")]),
])
def test_last_month_and_ever_since_are_the_past(gaz, text, expected):
    assert drawn(gaz, text) == expected


# "lest" (حتى لا، كي لا) or "to prevent … from" before a trigger: what is to be avoided, no
# happening; the same words told as done stay news, and منع التجول (a curfew) prevents nothing
@pytest.mark.parametrize("text, expected", [
    ("ونشر الجيش دبابات حول مدينة حمص لمنع المسلحين من قصف الأحياء السكنية.", []),
    ("وقصف المسلحون أمس الأحياء السكنية في مدينة حمص.", [("shelling", "Homs")]),
    ("ويتقدم الجنود ببطء في مدينة بنغازي حتى لا يكونوا هدفا للقناصة والعبوات الناسفة.", []),
    ("وانفجرت عبوة ناسفة أمس في مدينة بنغازي.", [("explosion", "Benghazi")]),
    ("وأقامت الشرطة حواجز في مدينة كركوك كي لا تتكرر التفجيرات.", []),
    ("وفرضت السلطات منع التجول في مدينة كركوك بعد اشتباكات أمس بين مسلحين والشرطة.", [("battle", "Kirkuk")]),
])
def test_what_is_to_be_prevented_is_no_event(gaz, text, expected):
    assert drawn(gaz, text) == expected


def reports(gaz, text):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    return [(e.kind, e.report) for e in doc.events]


# a habit (غالبا ما), a state of things (ثمة) or all of a kind (كل المعارك) with no site of its own
# is no one happening: background; one happening in the same shape stays news
@pytest.mark.parametrize("text, expected", [
    ("وغالبا ما تعمد قوات النظام إلى قصف المناطق التي يخسرها.", [("shelling", "background")]),
    ("وتعمد قوات النظام إلى قصف المناطق التي يخسرها.", [("shelling", "new")]),
    ("وقال إن ثمة غارات جوية في شمال البلاد.", [("airstrike", "background")]),
    ("وقال إن غارات جوية استهدفت شمال البلاد.", [("airstrike", "new")]),
    ("وقال إن الجيش لا يمكن أن ينتصر في كل المعارك التي يخوضها في سوريا.", [("battle", "background")]),
    ("وقال إن الجيش انتصر في المعارك التي خاضها في سوريا.", [("battle", "new")]),
])
def test_a_habit_a_state_or_all_of_a_kind_is_no_news(gaz, text, expected):
    assert reports(gaz, text) == expected
