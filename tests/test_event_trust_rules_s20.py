"""Issue 11, rules of round 2's twentieth session, from the fifth probe's error classes (its texts
are tuned on now; a sixth probe, written for this session, measures them). Arabic sentences of our
own; for each rule the first rows fail without it, the others are its limits. Each group names its
class of the issue."""

from __future__ import annotations

import pytest

import geomap

from test_event_trust_rules import drawn


@pytest.mark.parametrize("text, expected", [
    # class 8: the wires write دان without its hamza (فيما دانت القاهرة والرياض الهجوم): capitals
    # that condemned an attack are no sites of it
    ("قتل عشرون جنديا في هجوم على قاعدة عسكرية في مدينة العريش أمس، فيما دانت القاهرة والرياض "
     "والدوحة الهجوم.", [("battle", "Arīsh")]),
    # limits: ودان, the Libyan town, is still a place after في
    ("قتل عشرة أشخاص اليوم في هجوم على سوق في مدينة ودان جنوب ليبيا.", [("killing", "Waddān")]),
    # class 1: an earlier happening the news is dated from (ويأتي الهجوم بعد أسبوع من استعادة
    # الفلوجة، بعد يومين على هجوم سروج) is background
    ("ويأتي الهجوم بعد أسبوع من إعلان القوات العراقية استعادة مدينة الفلوجة من قبضة التنظيم.", []),
    ("قتل خمسة أشخاص في غارة على مدينة الرقة اليوم بعد يومين من هجوم مماثل على مدينة الطبقة.",
     [("airstrike", "Ar Raqqah")]),
    # limits: days of fighting that led to the news are that fight (بعد أيام من المعارك); hours
    # after another strike (بعد ساعات من) are still the news of the day
    ("سيطرت القوات العراقية اليوم على مدينة الفلوجة بعد أيام من المعارك.", [("territory", "Al Fallūjah")]),
    ("قتل خمسة أشخاص في غارة على مدينة الرقة اليوم بعد ساعات من غارة على مدينة الطبقة.",
     [("airstrike", "Ar Raqqah"), ("airstrike", "Al-Tabqa")]),
    # class 4: streets cleared of bombs (تطهير الشوارع من العبوات الناسفة) saw no blast; a blast
    # during the clearing did
    ("وتعمل فرق الهندسة على تطهير الشوارع من العبوات الناسفة في بلدة برطلة.", []),
    ("وقتل ثلاثة جنود خلال تطهير الشوارع بانفجار عبوة ناسفة في بلدة برطلة.", [("explosion", "Barţalah")]),
    # class 5: brigades, forces or reinforcements from a city (كتائب من مدينة مصراتة) come from
    # there; they fought elsewhere
    ("وقال المتحدث باسم العملية التي تقودها كتائب من مدينة مصراتة إن المقاتلين دخلوا المجمع بعد معارك "
     "استمرت عدة ساعات.", []),
    ("ووصلت تعزيزات من مدينة مصراتة لمساندة القوات في مدينة سرت حيث تدور معارك عنيفة.", [("battle", "Sirte")]),
    # class 3: كابول, the press spelling of Kabul, is not Kābūl in Israel (GeoNames gives the
    # capital only كابل); كيليس is Kilis (GeoNames: كلس)
    ("انفجرت سيارة مفخخة في كابول اليوم.", [("explosion", "Kabul")]),
    ("قتل جندي تركي في اشتباك مع مسلحين قرب كيليس اليوم.", [("battle", "Kilis")]),
    # class 6: an air force that destroyed positions (دمر سلاح الجو، دمر الطيران الحربي) struck from the air
    ("دمر الطيران الحربي مواقع للتنظيم في مدينة حماة اليوم.", [("airstrike", "Ḩamāh")]),
    # limits: what an earthquake destroyed is no event, and neither is what destroyed a city in a
    # relative clause (دمشق التي دمر ريفها، الذي دمر عدن: a description)
    ("دمر الزلزال مئات المنازل في مدينة حماة.", []),
    ("ويبقى مناخ الساحل أكثر قبولا من دمشق التي دمر ريفها بشكل شبه كامل.", []),
    ("وقال المتحدث إن الخائن الحقيقي هو الذي دمر عدن وتعز ومأرب.", []),
    # class 2: في مواجهة X is "in the face of X" (للقيام بالمزيد في مواجهة المتطرفين), no clash;
    # في مواجهة مع، في مواجهة عنيفة still are one
    ("وأكد الوزير خلال زيارته لبغداد استعداد القوات العراقية للقيام بالمزيد في مواجهة المتطرفين.", []),
    ("وقتل جنديان في مواجهة مع المتطرفين في مدينة الرمادي.", [("battle", "Ramadi")]),
    ("وقتل جنديان في مواجهة عنيفة في مدينة الرمادي.", [("battle", "Ramadi")]),
    # class 1: fighting as the setting of other news (مع استمرار المعارك، بسبب المعارك) is no
    # fight of a day; one the sentence dates (التي دارت اليوم) is
    ("ويتخوف المجلس البلدي لمدينة بنغازي من انتشار الأمراض بسبب المعارك المسلحة بين قوات الجيش "
     "والجماعات الإرهابية.", []),
    ("وسقط 5 قتلى في مدينة الباب في محافظة حلب، مع استمرار المعارك في محيط البلدات المحاصرة.", []),
    ("وقتل عشرة مسلحين بسبب المعارك العنيفة التي دارت اليوم في مدينة بنغازي.", [("battle", "Benghazi")]),
    # class 8: a demonstrative (لهذه الضربات، هذه الضربات) tells again the strikes told just before:
    # the place of its own sentence (where their effect is felt) is not where they hit
    ("شن التحالف غارات على جسرين في محافظة دير الزور أمس. وقال الجنرال إنه سيكون لهذه الضربات أثر عميق "
     "على قدرة داعش على تنفيذ عمليات في الرمادي.", [("airstrike", "Deir ez-Zor Governorate")]),
    # limits: "meanwhile" (في غضون ذلك،) is no demonstrative of the trigger after it, and with no
    # strike told before, the strikes stay an event of their own
    ("شن التحالف غارات على مدينة الرقة أمس. في غضون ذلك، سيطرت قوات المعارضة على بلدة جسر الشغور.",
     [("airstrike", "Ar Raqqah"), ("territory", "Jisr ash Shughūr")]),
    ("وقال إن هذه الضربات أصابت مواقع التنظيم في مدينة الرمادي أمس.", [("airstrike", "Ramadi")]),
    # class 1: a toll so far (أبلغت حتى أمس عن وقوع زهاء 100 قتيل) is a tally; the perpetrators of
    # a known bombing (اعتقال المتورطين بالتفجير) name it, they do not report it
    ("قال إن منظمته أبلغت حتى أمس الاثنين عن وقوع زهاء 100 قتيل في مدينة عدن.", []),
    ("وأعلن الوزير امس الأحد اعتقال المتورطين بالتفجير الذي استهدف ناحية بني سعد بمحافظة ديالى.", []),
    # class 4: bombs carried (زوارق تحمل عبوات ناسفة) and the mortar men (رماة هاون) are no blast
    # and no shelling
    ("ودمرت القوات ثلاثة زوارق تحمل عبوات ناسفة في قضاء الكرمة شرق الفلوجة.", [("destruction", "Al-Karmah")]),
    ("ودمرت القوات 12 وكرا يتحصن داخلها قناصون ورماة هاون في قضاء الكرمة شرق الفلوجة.",
     [("destruction", "Al-Karmah")]),
    # limits: a toll with no حتى أمس is news; a blast that killed them is one
    ("قتل عشرة أشخاص أمس في قصف على مدينة عدن.", [("shelling", "Aden")]),
    ("وقتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء الكرمة شرق الفلوجة.", [("explosion", "Al-Karmah")]),
])
def test_drawn(gaz, text, expected):
    assert drawn(gaz, text) == expected


# limits a second reader found (each over-reached before its fix): a comma ends what follows بعد
# أسبوع من; a clash somebody was hurt in, or with مع a few words on, is a clash; a toll from the
# fighting is its news; أيضا gives a demonstrative's strikes a place of their own; انفجر آخر is
# another blast; a fight that lasted until yesterday is no toll so far; a car that went off with
# the bombs it carried is a blast; trimmed origins (عناصر من مدينة الرمادي) are where they fought
@pytest.mark.parametrize("text, expected", [
    ("وبعد أسبوع من المعارك العنيفة، سيطرت القوات العراقية اليوم على مركز مدينة الرمادي.", [("territory", "Ramadi")]),
    ("بعد عام من سيطرة داعش على الرمادي، استعادت القوات العراقية المدينة اليوم.", [("territory", "Ramadi")]),
    ("ويأتي ذلك بعد أكثر من شهر على استعادة القوات العراقية مدينة تكريت.", []),
    ("أصيب ثلاثة جنود في مواجهة ليلية مع مسلحين في مدينة العريش اليوم.", [("battle", "Arīsh")]),
    ("واستشهد ضابط في مواجهة العناصر التكفيرية جنوب العريش اليوم.", [("battle", "Arīsh")]),
    ("وقالت مصادر طبية إن 12 شخصا قتلوا بسبب المعارك في مدينة سرت.", [("battle", "Sirte")]),
    ("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة أمس. وطالت هذه الغارات أيضا مديرية حرض في "
     "محافظة حجة.", [("airstrike", "Sa'dah"), ("airstrike", "Ḩaraḑ")]),
    ("انفجرت عبوة ناسفة في حي الرسالة ببغداد صباح اليوم. وقال مصدر إن هذا الانفجار تبعه انفجار آخر في "
     "حي الشعب.", [("explosion", "Baghdad"), ("explosion", "Baghdad")]),
    ("اندلعت اشتباكات ليل الأحد استمرت حتى أمس الاثنين وأسفرت عن مقتل 12 شخصا في مدينة سبها.",
     [("battle", "Sabha")]),
    ("وانفجرت سيارة تحمل عبوات ناسفة قرب حاجز للجيش في مدينة بنغازي اليوم.", [("explosion", "Benghazi")]),
    ("وطردت القوات العراقية عناصر من مدينة الرمادي بعد معارك اليوم.", [("battle", "Ramadi")]),
])
def test_a_second_readers_limits(gaz, text, expected):
    assert drawn(gaz, text) == expected


def _places(gaz, text, published="2016-05-15"):
    doc = geomap.parse(text, published=published, gazetteer=gaz)
    return [(m.text, m.place.name if m.place is not None else None) for m in doc.mentions if m.role != "demonym"]


def test_a_village_abroad_needs_its_country_named(gaz):
    """class 3: قرية المغير in a report on Hama is no village of Algeria (El Meghaïer), which the
    text never names (a namesake in a neighbouring country may still be read); a town named with
    مدينة in an Arab country the text names keeps its reading (مدينة المغير في الجزائر)."""
    text = ("قال المرصد السوري إن اشتباكات عنيفة دارت حول بلدة كفرنبودة في ريف حماة وإن القوات "
            "الحكومية تقدمت من جهة قرية المغير.")
    assert dict(_places(gaz, text)).get("المغير") != "El Meghaïer"
    text = "وقال مسؤولون جزائريون إن الأمطار أغرقت شوارع مدينة المغير في الجزائر."
    assert dict(_places(gaz, text)).get("المغير") == "El Meghaïer"


def test_a_hospital_named_like_a_quarter_of_the_article(gaz):
    """class 3: حي الروضة … مستشفى الروضة in Taiz: the hospital is the quarter's, drawn in the city,
    not Ar Rawḑ, a village of another province."""
    text = ("قتل ثلاثة مدنيين أمس في قصف على حي الروضة وسط مدينة تعز. وقال مصدر طبي في مستشفى الروضة "
            "إن قذائف الهاون سقطت على منازل المواطنين.")
    hospital = [m for m in geomap.parse(text, published="2016-05-15", gazetteer=gaz).mentions
                if m.cue_kind == "hospital"]
    assert hospital and hospital[0].place is not None and hospital[0].place.name == "Taiz"


@pytest.mark.parametrize("text, absent", [
    # class 4: ك starts no place name: كبيرين "big" is no ك + بيرين (Bīrayn, Jordan), كحلب is "like Aleppo"
    ("وجرت المزايدة وسط حضور وتفاعل كبيرين من نخبة المهتمين.", "بيرين"),
    ("وقال إن مدينة حمص لن تصبح كحلب.", "حلب"),
])
def test_a_word_with_ka_is_no_place(gaz, text, absent):
    names = [m.name for m in geomap.parse(text, published="2015-07-21", gazetteer=gaz).mentions]
    assert absent not in names


@pytest.mark.parametrize("text, name, place", [
    # class 3: a bare name said to lie in a place told as a city (الخالدية بمدينة جدة) is a quarter
    # of that city, not a town of another country (Al-Khalidiya, Anbar, a curated town now)
    ("وجرت مراسم توقيع الاتفاقية اليوم في الخالدية بمدينة جدة.", "الخالديه", "Jeddah"),
    ("وقتل شخص في الخالدية بمدينة حمص.", "الخالديه", "Homs"),
    # limits: in Anbar, الخالدية is the town; a city in the same country keeps its reading
    ("وقتل ثلاثة جنود في هجوم على حاجز في الخالدية شرق الرمادي.", "الخالديه", "Al-Khalidiya"),
    ("وعقد الاجتماع في الرياض بمدينة جدة.", "الرياض", "Riyadh"),
])
def test_a_bare_name_in_a_city(gaz, text, name, place):
    doc = geomap.parse(text, published="2015-07-21", gazetteer=gaz)
    assert [m.place.name for m in doc.mentions if m.name == name] == [place]


# from a seventh probe written for tuning (its texts are tuned on): reactions told as nouns after
# the happening (فيما صدرت إدانات من طهران وواشنطن), two rockets (سقوط صاروخين), flights diverted
# (تحويلها إلى مطار مصراتة), drones intercepted (اعتراض وتدمير), an agreement that collapsed
# (انهيار اتفاق), an attack on a hotel with only dead (violence against civilians), fighting as the
# setting of other news (بالتزامن مع المعارك الجارية), a direction after a cue word (قرية بشمال)
@pytest.mark.parametrize("text, expected", [
    ("انفجرت سيارة مفخخة في الضاحية الجنوبية لبيروت اليوم، ودان رئيس الحكومة التفجير، فيما صدرت إدانات "
     "من طهران وواشنطن وباريس والرياض.", [("explosion", "Dahiyeh")]),   # Beirut's southern suburb (places.tsv)
    ("وأفادت الوكالة الوطنية للإعلام بسقوط صاروخين مصدرهما الأراضي السورية في جرود الهرمل مساء أمس.",
     [("shelling", "El Hermel")]),
    ("تعرض مطار معيتيقة الدولي في العاصمة طرابلس، ظهر اليوم الإثنين، لغارة جوية نفذها طيران حربي، ما أدى "
     "إلى تعليق الرحلات وتحويلها إلى مطار مصراتة الدولي.", [("airstrike", "Tripoli")]),
    ("وتمكنت قوات التحالف صباح اليوم من اعتراض وتدمير طائرتين مسيرتين أطلقهما الحوثيون باتجاه خميس مشيط.", []),
    ("وهوت أسعار النفط أمس بعد أن أشعلت السعودية حرب أسعار مع روسيا عقب انهيار اتفاق «أوبك+» لخفض الإنتاج "
     "في فيينا يوم الجمعة الماضي.", []),
    ("23 قتيلا على الأقل في هجوم جهادي على فندق ومطعم في واغادوغو.", [("killing", "Ouagadougou")]),
    ("وأعلنت الحكومة تحويل جميع السفن إلى موانئ عدن بالتزامن مع المعارك الجارية في محافظة الحديدة.", []),
    # limits: soldiers attacked at a checkpoint fought; a place after a reaction told before the
    # happening stays its site
    ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة العريش.", [("battle", "Arīsh")]),
    ("ونددت المعارضة بالغارات التي استهدفت مدينة حلب اليوم.", [("airstrike", "Aleppo")]),
])
def test_a_seventh_probes_classes(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_direction_after_a_cue_word_is_no_name(gaz):
    """قرية بشمال شرق نيجيريا: "a village in the north-east of Nigeria", no village named بشمال."""
    doc = geomap.parse("وسقط قتيلان في هجوم على قرية بشمال شرق نيجيريا.", published="2016-01-31", gazetteer=gaz)
    assert [m.text for m in doc.mentions if m.cue_kind == "village"] == []


def test_a_second_cue_word_after_wa_is_no_name(gaz):
    """فندق وسوق: a hotel and a market, not a hotel named وسوق."""
    doc = geomap.parse("قتل خمسة في هجوم على فندق وسوق في مدينة مقديشو.", published="2016-01-31", gazetteer=gaz)
    assert [m.text for m in doc.mentions] == ["مقديشو"]


# limits a second reader found in the seventh probe's rules (each over-reached before its fix): a
# reaction told as a circumstance (وسط ترحيب دولي) or closed by a comma before the place leaves the
# site; an attack on the security forces near a civilian place, or on a police school, is a fight;
# fighting told beside a strike (بالتزامن مع اشتباكات) is news of its own
@pytest.mark.parametrize("text, expected", [
    ("استعادت القوات العراقية، وسط ترحيب دولي، مدينة تكريت.", [("territory", "Tikrīt")]),
    ("أعدمت السلطات السعودية اليوم، وسط تنديد إيراني، 47 شخصا في مدن عدة بينها الرياض والقطيف.",
     [("killing", "Riyadh"), ("killing", "Al Qaţīf")]),
    ("مقتل 20 في هجوم على مدرسة الشرطة في زليتن.", [("battle", "Zliten")]),
    ("قتل 8 في هجوم على نقطة تفتيش للحوثيين قرب مستشفى الثورة في تعز.", [("battle", "Taiz")]),
    ("قتل عشرة أشخاص في هجوم على حافلة في مدينة العريش.", [("killing", "Arīsh")]),
    ("وشنت طائرات النظام غارات على مدينة دوما بالتزامن مع اشتباكات عنيفة على أطراف المدينة.",
     [("airstrike", "Dūmā"), ("battle", "Dūmā")]),
])
def test_a_second_readers_limits_of_the_seventh_probes_rules(gaz, text, expected):
    assert drawn(gaz, text) == expected


# class 3: a capital outside the Middle East named as a place (its own ب, or after العاصمة and its
# adjective: بكابل، في العاصمة الأفغانية كابول) is the site, not its government acting; Washington
# leading a coalition still is a government (second reader, twentieth session)
@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة في تفجير انتحاري بكابل اليوم.", [("suicide_bomb", "Kabul")]),
    ("انفجرت سيارة مفخخة في العاصمة الأفغانية كابول اليوم.", [("explosion", "Kabul")]),
    ("وتقود واشنطن ائتلافا يشن غارات على مواقع التنظيم في مدينة الرقة.", [("airstrike", "Ar Raqqah")]),
])
def test_a_capital_told_as_a_place(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_capitals_that_condemned_say_little_of_where_the_text_is(gaz):
    """class 3: a list of capitals that condemned (إدانات من طهران وواشنطن وباريس …) weighs a fifth
    of a place each for the text's focus, so منطقة الرويس in Beirut's southern suburb is no town of
    the Emirates (Ar Ruways)."""
    text = ("انفجرت سيارة مفخخة في منطقة الرويس في الضاحية الجنوبية لبيروت اليوم. ودان رئيس الحكومة التفجير، "
            "فيما صدرت إدانات من طهران وواشنطن وباريس والرياض وأنقرة والقاهرة والدوحة.")
    assert drawn(gaz, text) == [("explosion", "Dahiyeh")]      # Beirut's southern suburb, not Ar Ruways
