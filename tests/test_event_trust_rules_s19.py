"""Issue 11, rules of round 2's nineteenth session, from the fourth probe's error classes (capitals
that reacted, foreign namesakes where the sentence names the local city). Arabic sentences of our
own; for each rule the first rows fail without it, the others are its limits. Each group names its
class of the issue."""

from __future__ import annotations

import pytest

import geomap

from test_event_trust_rules import drawn


@pytest.mark.parametrize("text, expected", [
    # class 3: an actor's demonym (البوارج الأمريكية) weighs less than a place for where the text is,
    # and the countryside of a town of the region (ريف حمص) vouches for it
    ("وقصفت البوارج الأمريكية قاعدة الشعيرات الجوية في ريف حمص فجر اليوم.", [("shelling", "Shayrat Airbase")]),
    # class 4: a word with a clitic that a gazetteer lists abroad (برجال "with men", Bargaal)
    ("وقال إن القرار سيمكن من حماية برجال ونساء قواتنا المسلحة بعد الهجوم الإرهابي.", []),
    # class 8: capitals that welcomed, praised or criticised a strike are where it was reacted to
    ("وقصفت البوارج الأمريكية قاعدة الشعيرات الجوية في ريف حمص فجر اليوم. أما في لندن وباريس وأنقرة "
     "فقد رحبت الحكومات بالضربة واعتبرتها ردا متناسبا.", [("shelling", "Shayrat Airbase")]),
    ("وقصف الطيران الحربي مدينة إدلب أمس. وفي القاهرة انتقدت الخارجية المصرية القصف.",
     [("airstrike", "Idlib")]),
    # ... and a reaction's next clause (فيما دعا … من نيويورك) is another speaker's, not the site
    ("وفي واشنطن، رحب وزير الخارجية الأمريكي ببدء المحادثات، فيما دعا الأمين العام للأمم المتحدة "
     "من نيويورك إلى عدم تضييع الفرصة.", []),
    # limits: the place after the reacted-to trigger, in its own clause, is still its site; without
    # a reaction, the next clause's place is another happening's
    ("ورحبت المعارضة بالغارات على مدينة الرقة.", [("airstrike", "Ar Raqqah")]),
    ("وشن الطيران الحربي غارات على مدينة الرقة، فيما تواصلت الاشتباكات في مدينة الحسكة.",
     [("airstrike", "Ar Raqqah"), ("battle", "Al Ḩasakah")]),
    # class 4: قواعد الاشتباك is rules of engagement, no clash
    ("وقال المتحدث باسم التحالف في الرياض إن قواته تلتزم بقواعد الاشتباك.", []),
    # class 3: a name with a cue word said to lie in a city of another country is a place the
    # gazetteer lacks in that city (منطقة الجيزة البحرية في سرت), not the namesake abroad; a hall
    # named after a capital (مجمع قاعات واغادوغو) lies where the sentence puts it
    ("وفجر انتحاري سيارة مفخخة عند تجمع للقوات في منطقة الجيزة البحرية في سرت.", [("suicide_bomb", "Sirte")]),
    ("وسيطرت القوات على مجمع قاعات واغادوغو للمؤتمرات وسط مدينة سرت بعد اشتباكات عنيفة.",
     [("territory", "Sirte")]),
    # ... and an adjective ends such a name before the city (حي القادسية الثانية بشرق الموصل)
    ("وخاضت القوات معارك شوارع مع مقاتلي التنظيم في حي القادسية الثانية بشرق الموصل.", [("battle", "Mosul")]),
    # limits: a known place in the same country keeps its reading
    ("وانفجرت قذيفة في منطقة جوبر في دمشق.", [("shelling", "Jobar")]),
    # class 6: the bomber and the car bomb he set off are one suicide bombing, where the bomb went
    # off; a car bomb of another clause and place stays an explosion of its own
    ("وفجر انتحاري سيارة مفخخة عند حاجز للجيش في مدينة العريش.", [("suicide_bomb", "Arīsh")]),
    ("وفجر انتحاري نفسه في مسجد بمدينة أبها، فيما انفجرت سيارة مفخخة في مدينة نجران.",
     [("suicide_bomb", "Abha"), ("explosion", "Najrān")]),
    # ... told in two sentences, the car bomb first, the bomber next: one bombing
    ("قتل تسعة جنود في هجوم بسيارة مفخخة في محافظة حضرموت أمس. واقتحم انتحاري بسيارة مفخخة نقطة "
     "تفتيش في بلدة القطن في محافظة حضرموت.", [("suicide_bomb", "Al Qaţan")]),
    # limits: a bomb planted (عبوة ناسفة) is not the car bomb of a bomber told after it
    ("قتل شخص في تفجير عبوة ناسفة في منطقة الحسينية شمالي بغداد أمس. وأسفر هجوم انتحاري بسيارة "
     "مفخخة عن مقتل ثلاثة أشخاص.", [("explosion", "Baghdad")]),
    # class 5: a place, a comma and where it lies (قضاء الطارمية، شمالي بغداد) is one site, not a list
    ("وأسفر هجوم انتحاري استهدف نقطة تفتيش في قضاء الطارمية، شمالي بغداد أمس، عن مقتل ثلاثة أشخاص.",
     [("suicide_bomb", "Aţ Ţārmīyah")]),
    # other vehicles of a car bomb (a truck, a motorbike)
    ("كما قتل 15 شخصا في هجوم بشاحنة مفخخة في العاصمة كابل.", [("explosion", "Kabul")]),
    ("وانفجرت دراجة نارية مفخخة في سوق مدينة بعقوبة.", [("explosion", "Baqubah")]),
    # class 8: where a press conference was held (عقده في أنقرة) is no site
    ("وقال المسؤول التركي في مؤتمر صحافي عقده في أنقرة إن التفجير ناجم عن هجوم انتحاري.", []),
    # class 5: the dead after a word of outcome (أسفر عن مقتل) are the toll of the strike told before
    # them, not a fight of their own where the words between put them (الطريق بين الحويجة ومخمور)
    ("وقال المصدر إن طيران التحالف قصف مواقع لعناصر داعش في قرية النصر غربي قضاء مخمور وعلى الطريق بين "
     "الحويجة ومخمور أسفر عن مقتل سبعة من عناصر داعش.", [("airstrike", "Mexmur")]),
    ("قصفت الطائرات مدينة الفلوجة، وقتل ثلاثة مدنيين برصاص قناص في مدينة الرمادي.",
     [("airstrike", "Al Fallūjah"), ("killing", "Ramadi")]),
    # class 8: where a body has its seat (التي يوجد مقرها في طرابلس) is no site
    ("واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس الحكومة بأنها قصفت ناقلات نفط.", []),
    # class 6: protesters who storm or set fire to a building riot; burning without them is no riot
    ("واقتحم المتظاهرون مبنى المجلس البلدي في ناحية خان بني سعد.", [("riot", "Khan Bani Saad")]),
    ("وأحرق محتجون غاضبون مبنى المحافظة في مدينة البصرة.", [("riot", "Basrah")]),
    ("وأحرق الحوثيون منازل المواطنين في مدينة تعز.", []),
    # class 6: fighters counted before a plural death verb (6 حوثيين قتلوا برصاص القوات) died in a
    # fight; civilians so counted were killed, and fighters who killed civilians killed them
    ("وقال المصدر إن 6 حوثيين قتلوا برصاص القوات الحكومية في مديرية حيس.", [("battle", "Ḩays")]),
    ("وقال إن خمسة مدنيين قتلوا برصاص قناص في مديرية حيس.", [("killing", "Ḩays")]),
    ("وقال إن مسلحين قتلوا خمسة مدنيين في مديرية حيس.", [("killing", "Ḩays")]),
    # class 6: fighters taken captive (أسرت المقاومة 40 من مسلحي الحوثي) were taken in a fight; a
    # kidnapping (خطف، اختطف) stays one, whoever its captives
    ("وأفادت مصادر قبلية بأن المقاومة الشعبية أسرت 40 من مسلحي جماعة الحوثي في محافظة أبين.",
     [("battle", "Abyan Governorate")]),
    ("وخطف مسلحون مجهولون ثلاثة مدنيين في مدينة سرت.", [("abduction", "Sirte")]),
    ("وخطفت جبهة النصرة ثمانية من مقاتلي الفرقة 30 قرب مدينة أعزاز.", [("abduction", "I‘zāz")]),
    # class 1: a known happening named by what followed it (تداعيات الهجوم، منفذي عملية التفجير،
    # مشتبه به في تفجير سروج) is background; news of battles is no battle; restoring the state or
    # widening control is no takeover; pre-emptive security strikes are no air strikes
    ("وكثفت تونس مشاوراتها مع شركائها الأوروبيين بهدف تجاوز تداعيات الهجوم الارهابي على منتجع سوسة.", []),
    ("وأقدم عناصر داعش على غلق منافذ القضاء للبحث عن منفذي عملية التفجير في مدينة الموصل.", []),
    ("وعلى الرغم من انشغال الناس في بغداد بمتابعة أخبار معارك التصدي لداعش في الأنبار احتفلوا بالعيد.", []),
    ("وتحتاج عدن إلى مستشفيات متنقلة لما ستقوم به من دور في استعادة الدولة اليمنية.", []),
    ("وقال قائد حرس الحدود بمنطقة تبوك إن هذه الضربات الاستباقية أثبتت كفاءة الأجهزة الأمنية.", []),
    ("وسيطر مقاتلو تنظيم الدولة الإسلامية على مدينة تدمر.", [("territory", "Tadmur")]),
    ("وقتل خمسة جنود في الهجوم الارهابي على منتجع سوسة أمس.", [("battle", "Sousse")]),
    # limits a second reader found in the rules above: a headquarters struck keeps its city; a
    # meeting expected later (المؤتمر المرتقب) leaves the strike told beside it alone; a truce made
    # today after fighting going on since January is news; flags burnt are a protest; force used on
    # protesters is no riot; an assassination told after another clause's raid is its own killing;
    # gunmen who killed a judge killed him; captives shot were killed
    ("وقصفت طائرات التحالف مقره في صنعاء.", [("airstrike", "Sanaa")]),
    ("وقبيل المؤتمر المرتقب في جنيف، شنت طائرات التحالف غارات على العاصمة صنعاء.", [("airstrike", "Sanaa")]),
    ("وبعد معارك مستمرة منذ يناير الماضي، أعلن الطرفان اليوم وقفا لإطلاق النار في مدينة الزبداني.",
     [("ceasefire", "Az Zabadānī")]),
    ("وأحرق متظاهرون العلم الإسرائيلي أمام السفارة في القاهرة.", []),
    ("وأحرقت قوات الأمن خيام المحتجين في ساحة الاعتصام بمدينة الفلوجة.", [("protest", "Al Fallūjah")]),
    ("وكان المحتجون قد اقتحموا المنطقة الخضراء في بغداد.", [("riot", "Baghdad")]),
    ("وشن الطيران غارات على سرت، وفي طرابلس أسفرت عملية اغتيال عن مقتل ضابط.",
     [("airstrike", "Sirte"), ("killing", "Tripoli")]),
    ("وقال المصدر إن ثلاثة مسلحين قتلوا أمس قاضيا في مدينة درنة.", [("killing", "Darnah")]),
    ("وقال إن 8 جنود أسرى قتلوا برصاص عناصر التنظيم في مدينة الرقة.", [("killing", "Ar Raqqah")]),
    # limits a second reader found: a list goes on past the place that says where one of it lies
    ("شن الطيران غارات على مدينة دوما، شرقي دمشق وبلدة حرستا.", [("airstrike", "Dūmā"), ("airstrike", "Ḩarastā")]),
    # ... praise of forces in a place keeps the place; local people criticising what hit their own
    # town keep it; a reaction's next clause that tells where it hit keeps it
    ("وأشاد وزير الداخلية بجهود القوات الأمنية في محافظة ديالى في اعتقال خلية إرهابية.",
     [("arrests", "Diyala Governorate")]),
    ("في مدينة تعز، انتقد السكان القصف العنيف الذي تعرضت له أحياؤهم أمس من قبل الحوثيين.", [("shelling", "Taiz")]),
    ("انتقدت المعارضة السورية الغارات الروسية، بينما قال ناشطون إنها طالت مستشفى ميدانيا في بلدة كفرنبل.",
     [("airstrike", "Kafranbel")]),
    # ... a roadside bomb beside a bomber is no part of his bombing; a bomber who killed is one
    ("انفجرت عبوة ناسفة ثم فجر انتحاري نفسه في سوق مدينة بعقوبة.", [("suicide_bomb", "Baqubah")]),
    ("وقتل انتحاري خمسة جنود عند حاجز في مدينة العريش.", [("suicide_bomb", "Arīsh")]),
    # ... a car bomb seized or defused is no blast
    ("وضبطت القوات الأمنية شاحنة مفخخة في منطقة أبو غريب.", []),
    ("وفككت فرق الهندسة دراجة نارية مفخخة في سوق مدينة كركوك.", []),
    # ... a missile on a town across the border stays there (منطقة أبها)
    ("وسقط صاروخ أطلقه الحوثيون من اليمن على منطقة أبها.", [("shelling", "Abha")]),
])
def test_drawn(gaz, text, expected):
    assert drawn(gaz, text) == expected


def _told(gaz, text, published="2017-02-01"):
    doc = geomap.parse(text, published=published, gazetteer=gaz)
    return [(e.kind, e.report, e.date.isoformat() if e.date else None) for e in doc.events]


# class 1: a truce or a deal said to hold since a day before the news window is in force, not
# made today (background); one declared from today, or in force since yesterday, is news
@pytest.mark.parametrize("text, expected", [
    ("ويسري في سوريا منذ 30 ديسمبر الماضي وقف لإطلاق النار توصلت إليه موسكو وأنقرة.",
     [("ceasefire", "background", "2017-02-01")]),
    ("وقالت المصادر إن الهدنة التي تسري منذ أسبوعين في مدينة حلب صامدة.", [("ceasefire", "background", "2017-01-18")]),
    ("وأعلن الجيش وقفا لإطلاق النار في مدينة حلب اعتبارا من اليوم.", [("ceasefire", "new", "2017-02-01")]),
])
def test_a_truce_in_force(gaz, text, expected):
    assert _told(gaz, text) == expected


# class 1 (dates): اليوم before an ordinal is a day of something (في اليوم الأول من المرحلة الثانية),
# not today; لليوم الرابع على التوالي is today, the fourth day running
@pytest.mark.parametrize("text, dated", [
    ("وسيطرت القوات في اليوم الأول من المرحلة الثانية للعملية على حي المشلب في مدينة الرقة يوم الاثنين.",
     "2017-01-30"),
    ("وتواصلت الاشتباكات لليوم الرابع على التوالي في مدينة الرقة.", "2017-02-01"),
])
def test_the_first_day_of_a_stage(gaz, text, dated):
    doc = geomap.parse(text, published="2017-02-01", gazetteer=gaz)
    assert [e.date.isoformat() for e in doc.events] == [dated]


# class 1: a bomber caught or killed before he struck (القبض على انتحاري، قتل انتحاري قبل أن يفجر
# سيارته) made no suicide bombing, and his car bomb no blast
@pytest.mark.parametrize("text", [
    "وألقت القوات القبض على انتحاري قبل أن يفجر سيارته المفخخة في مدينة كربلاء.",
    "قتل انتحاري قبل أن يفجر سيارته المفخخة عند حاجز للجيش في مدينة الرمادي.",
    "وقتلت القوات انتحاريا يرتدي حزاما ناسفا في مدينة الرمادي.",
])
def test_a_bomber_stopped(gaz, text):
    assert not {kind for kind, _ in drawn(gaz, text)} & {"suicide_bomb", "explosion"}


# class 1: an analysis that tells days of history (الثالث عشر من شهر يونيو 2014) or a since-date
# still reports little: those are no days of the news window, so its undated happenings stay no news
_HISTORY = " ".join(["ويرى مراقبون أن الحل السياسي ما زال بعيدا وأن الخلافات بين الأطراف عميقة ومتشعبة "
                     "وأن الطريق إلى السلام طويل وشاق."] * 10
                    + ["وكانت الفتوى قد صدرت في الثالث عشر من شهر يونيو 2014.",
                       "وتشهد المنطقة توترا منذ الخامس من شهر مارس 2013.",
                       "واستعاد الجيش المدينة في العاشر من شهر أكتوبر 2014."])


@pytest.mark.parametrize("sentence, expected", [
    ("وتشهد مدينة تعز معارك بين المقاومة والحوثيين.", []),
    ("واندلعت أمس الأحد معارك في مدينة تعز بين المقاومة والحوثيين.", [("battle", "Taiz")]),
])
def test_days_of_history_do_not_make_an_analysis_news(gaz, sentence, expected):
    assert drawn(gaz, sentence + " " + _HISTORY) == expected


# dates: شهر between من and the month's name (الثامن من شهر يوليو، التاسع من شهر رمضان 1436هـ)
@pytest.mark.parametrize("text, day", [
    ("وقع الهجوم على مدينة الرمادي في الثامن من شهر يوليو.", "2015-07-08"),
    ("عقد الاجتماع في مدينة الرياض في التاسع من شهر رمضان 1436ه.", "2015-06-26"),
    ("وقع الهجوم على مدينة الرمادي في 26 من شهر يونيو الماضي.", "2015-06-26"),
])
def test_the_day_of_the_month_of(gaz, text, day):
    doc = geomap.parse(text, published="2015-08-02", gazetteer=gaz)
    assert [d.date.isoformat() for d in doc.dates] == [day]
