"""Issue 11: events an analyst can trust — one table of Arabic sentences (our own) per class of
error: background told as news, sport/economy/culture vocabulary, the site among the
sentence's places, the type of a strike from the air, places larger than a country, the
headline, accidents, reactions and distances.

Each row is (text, what the events must be): a list of (kind, place name or None, report),
where place is the drawn place (None when nothing is drawn)."""

from __future__ import annotations

import pytest

import geomap

PUBLISHED = "2015-08-10"


def events(gaz, text, title=None):
    doc = geomap.parse(text, published=PUBLISHED, title=title, gazetteer=gaz)
    return [(e.kind, e.place.name if e.located else None, e.report) for e in doc.events]


def drawn(gaz, text, title=None):
    return [(kind, place) for kind, place, report in events(gaz, text, title) if place and report == "new"]


# Class 1: background and history are not news; they keep their own time.
@pytest.mark.parametrize("text, expected", [
    ("سيطر تنظيم داعش على مدينة الرمادي في أيار/مايو 2015 بعد معارك عنيفة.",
     [("territory", "Ramadi", "background")]),
    ("وكان التنظيم قد سيطر على مدينة الموصل في حزيران 2014.",
     [("territory", "Mosul", "background")]),
    ("قتل مسلحون 20 شخصا في هجوم على سوق في مدينة بعقوبة منتصف 2014.",
     [("killing", "Baqubah", "background")]),
    ("وقتل في النزاع السوري منذ اندلاعه في آذار/مارس 2011 أكثر من 240 ألف شخص في غارات ومعارك.",
     "background-only"),
    ("يذكر أن الحكومة السورية وروسيا والتحالف تنفذ جميعها غارات جوية ضد الفصائل المتشددة في سوريا.",
     "background-only"),
    ("ويمارس رئيس الوزراء عمله من الشرق منذ سيطرت ميليشيات مسلحة على العاصمة طرابلس.",
     [("territory", "Tripoli", "background")]),
    ("وقتل أكثر من 100 شخص في هجوم كبير في وقت سابق من الشهر الجاري في مدينة بعقوبة.",
     "background-only"),
    ("قتل خمسة مدنيين في غارة جوية على مدينة حلب أمس.", [("airstrike", "Aleppo", "new")]),
    # a takeover in a relative clause describes the place
    ("وتنوي القوات طرد المسلحين من مدينة زنجبار التي سيطروا عليها.", "background-only"),
    ("وتنوي القوات طرد المسلحين من طريق مدينة عدن الذي سيطروا عليه خلال الأيام الماضية.", "background-only"),
    # the agreement (with the article) is one already known; a new one is told indefinite
    ("وقال إن الاتفاق النووي مع إيران سيفتح الأسواق في طهران.", "background-only"),
    ("أعلن الوزير أنه سيزور طهران بعد توقيع اتفاق تاريخي حول البرنامج النووي.", "background-only"),
    ("توصلت إيران والقوى الكبرى إلى اتفاق نووي في فيينا أمس.", [("agreement", "Vienna", "new")]),
    ("وقعت إيران والدول الكبرى اتفاقا نوويا في مدينة فيينا.", [("agreement", "Vienna", "new")]),
])
def test_background_is_not_news(gaz, text, expected):
    got = events(gaz, text)
    if expected == "background-only":        # a running total or a habit: background, or no event at all
        assert all(report == "background" for _, _, report in got)
    else:
        assert got == expected


def test_an_event_told_with_its_own_month_takes_that_month(gaz):
    doc = geomap.parse("سيطر تنظيم داعش على مدينة الرمادي في أيار/مايو 2015.", published=PUBLISHED, gazetteer=gaz)
    [e] = doc.events
    assert (e.date.year, e.date.month, e.date_precision, e.report) == (2015, 5, 3, "background")


def test_a_date_after_since_is_not_the_events_date(gaz):
    doc = geomap.parse("قصفت قوات النظام حي جوبر بدمشق اليوم، وهو الحي الذي تحاصره منذ عام 2013.",
                       published=PUBLISHED, gazetteer=gaz)
    [e] = [e for e in doc.events if e.kind == "shelling"]
    assert str(e.date) == PUBLISHED and e.report == "new"


def test_background_is_not_in_the_acled_csv(gaz):
    doc = geomap.parse("سيطر تنظيم داعش على مدينة الرمادي في أيار/مايو 2015. وقتل خمسة في غارة جوية على "
                       "مدينة حلب أمس.", published=PUBLISHED, gazetteer=gaz)
    assert sorted(e.report for e in doc.events) == ["background", "new"]
    rows = doc.to_csv().strip().splitlines()[1:]
    assert len(rows) == 1 and "Aleppo" in rows[0]


# Class 2: sport, economy and culture are not violence.
@pytest.mark.parametrize("text", [
    "شن الهلال هجوما قويا على مرمى النصر في الشوط الثاني من المباراة، وسقط دفاع الفريق أمام مواجهة "
    "حاسمة في الدوري، وقصف المهاجم الكرة في شباك الحارس في ملعب الملك فهد بالرياض.",
    "تعادل المنتخب السعودي مع نظيره الإماراتي في مواجهة قوية على ملعب مدينة جدة، وشهدت المباراة "
    "اشتباكا بين اللاعبين في الدقيقة الأخيرة.",
    "شهدت أسواق الأسهم في دبي انهيارا حادا بعد سقوط المؤشر العام بنسبة خمسة بالمائة، وتعرضت أسهم "
    "البنوك لهجوم من المضاربين، في معركة على الأسعار بين المستثمرين.",
    "يعرض مهرجان قرطاج فيلم معركة الجزائر، ويقدم المسرح الوطني مسرحية عن الحرب في مدينة تونس، "
    "وهاجم النقاد الرواية الجديدة.",
    # health: controlling an infection, a virus that attacks, a hospital's fight against a disease
    "قال الأطباء في مستشفى مدينة جدة إن السيطرة على العدوى بين المرضى ممكنة، وإن الفيروس يهاجم الجهاز "
    "التنفسي، وإن معركة المستشفى مع المرض مستمرة بفضل العلاج واللقاح الجديد.",
])
def test_sport_economy_and_culture_yield_no_violent_event(gaz, text):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert [e.kind for e in doc.events if e.event_type in (
        "Battles", "Explosions/Remote violence", "Violence against civilians")] == []


@pytest.mark.parametrize("text", [
    "دعا الوزير إلى مواجهة ظاهرة الإرهاب والتطرف في مدينة الرياض.",
    "أكد الرئيس أن المعارك السياسية في مدينة عدن لن تتوقف.",
    "تتصاعد الحملة لمواجهة التدخلات الخارجية في مدينة بغداد.",
    "لم ترد تقارير عن وقوع اشتباكات في مدينة اللاذقية.",
    "انسحبت الفصائل من خطوط المواجهة في مدينة حلب.",
    "تشمل مناطق سيطرة المعارضة مدينة إدلب.",
    "وانتقد صمت الحكومة وتقاعسها عن واجبها في تحرير مدينة الموصل.",
    "قال إن التحالف يسعى إلى قيادة المعركة في مدينة حلب.",
    "وقالت إن قرار المعركة في مدينة حلب لم يكن خيارا حرا.",
    "ودعا إلى البحث عمن يساند التحرير في مدينة الموصل.",
])
def test_figures_of_speech_are_no_violence(gaz, text):
    assert [k for k, _, _ in events(gaz, text) if k in ("battle", "territory", "killing")] == []


# Class 5: the site is where the trigger happened.
@pytest.mark.parametrize("text, expected", [
    ("قتل عشرة مسلحين من محافظة الأنبار في كمين في مدينة بيجي.", [("battle", "Bayjī")]),   # dead fighters: the toll of a fight
    ("قصفت طائرات التحالف الذي تقوده الولايات المتحدة مواقع التنظيم في مدينة الرقة.",
     [("airstrike", "Ar Raqqah")]),
    ("سيطرت قوات سوريا الديمقراطية التي تدعمها الولايات المتحدة على بلدة تل أبيض.",
     [("territory", "Tall Abyaḑ")]),
    ("قصفت قوات النظام بريفي إدلب وحلب، وسيطر مقاتلون من المعارضة على مدينة الزبداني.",
     [("shelling", "Idlib"), ("shelling", "Aleppo"), ("territory", "Az Zabadānī")]),
    # where officials speak, and the places of the next clause, are not the site
    ("وقصفت طائرات حربية تركية أهدافا لتنظيم داعش في سورية، وكان مسؤولون في واشنطن قد صرحوا بذلك.", []),
    ("قصفت طائرات حربية أهدافا في سورية، وأعلنت وزارة الدفاع في لندن ذلك.", []),
    ("قتل خمسة أشخاص في انفجار سيارة مفخخة، وقال مسؤولون في مدينة الرمادي إن التحقيق بدأ.",
     [("explosion", "Ramadi")]),
])
def test_the_site_is_where_it_happened(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_each_place_of_a_list_is_a_site_of_its_own(gaz):
    text = "شن التحالف غارات جوية على مدن الرقة والحسكة ومنبج أمس."
    assert sorted(drawn(gaz, text)) == [("airstrike", "Al Ḩasakah"), ("airstrike", "Ar Raqqah"),
                                        ("airstrike", "Manbij")]
    # a place said to be near the one before it locates that one: one site, not two
    text = "واندلع القتال بين الجيش والمسلحين أمس في بلدة أجدابيا قرب ميناء البريقة النفطي."
    assert drawn(gaz, text) == [("battle", "Ajdabiya")]


# Class 6: a strike from the air is an airstrike, whoever flew.
@pytest.mark.parametrize("text", [
    "استهدف الطيران الحربي سوقا شعبية في مدينة دوما.",
    "قتل عشرة مدنيين في هجوم جوي على مدينة دوما.",
    "قصفت طائرات التحالف مواقع للحوثيين في مدينة صعدة.",
    "أغرقت طائرات حربية سفينة وهاجمت سفينة أخرى قرب مدينة بنغازي.",
])
def test_a_strike_from_the_air_is_an_airstrike(gaz, text):
    kinds = {k for k, place, _ in events(gaz, text) if place}
    assert kinds == {"airstrike"}


# Class 7: continents, oceans, regions larger than a country and whole countries are no sites.
@pytest.mark.parametrize("text", [
    "تشن الولايات المتحدة غارات على مواقع التنظيم في آسيا.",
    "قصفت مقاتلات حربية سفينة في المحيط الهندي.",
    "قتل خمسة في اشتباكات في اليمن اليوم.",
    "شنت مقاتلات غارات في الشرق الأوسط.",
])
def test_no_event_on_a_continent_an_ocean_or_a_whole_country(gaz, text):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    assert doc.events and not any(e.located for e in doc.events)
    assert all(f["geometry"] is None for f in doc.to_geojson()["features"])


# Class 8: headline, accidents, reactions, sources, distances.
def test_local_names_the_gazetteer_lacks_lie_in_the_headlines_city(gaz):
    doc = geomap.parse("واندلعت اشتباكات متقطعة بين الجيش والمسلحين في منطقة بلعون أمس.",
                       published=PUBLISHED, title="هدوء حذر ببنغازي", gazetteer=gaz)
    [e] = [e for e in doc.events if e.kind == "battle"]
    assert (e.place.name, e.located, e.geo_precision, e.mention.placed_by) == ("Benghazi", True, 2, "context")
    # two settlements in the headline: no focus, the unknown name stays unplaced
    doc = geomap.parse("واندلعت اشتباكات متقطعة بين الجيش والمسلحين في منطقة بلعون أمس.",
                       published=PUBLISHED, title="هدوء حذر في بنغازي وطرابلس", gazetteer=gaz)
    assert not any(e.located for e in doc.events)


def test_a_name_placed_by_its_context_is_drawn_there_further_on_too(gaz):
    text = ("وعقدت اللجنة اجتماعات في مدينة طرابلس أمس. وظهر في الفيديو حراس سجن الهضبة. "
            "وقال مسؤول إن الحكومة ستحقق. وأضاف أن اللجنة ستجتمع. ودعا إلى الهدوء. "
            "وأكدت منظمات حقوقية تعذيب سجناء في سجن الهضبة.")
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    hadba = [m for m in doc.mentions if m.name.endswith("الهضبه") or "الهضبة" in m.text]
    assert len(hadba) == 2 and all(m.resolved and m.place.name == "Tripoli" for m in hadba)


def test_the_headline_gives_the_place_and_toll(gaz):
    doc = geomap.parse("قالت مصادر محلية إن 29 مدنيا قتلوا في غارات للتحالف مساء أمس.", published=PUBLISHED,
                       title="ضربات التحالف تقتل 29 مدنيا في الرقة", gazetteer=gaz)
    [e] = doc.events
    assert (e.kind, e.place.name, e.located, e.fatalities) == ("airstrike", "Ar Raqqah", True, 29)
    assert not any(h[2] == "place" for h in doc.to_geojson()["features"][0]["properties"]["highlights"])


@pytest.mark.parametrize("text", [
    "لقي 15 شخصا مصرعهم في حادث غرق قارب في نهر النيل بمحافظة الجيزة.",
    "قتل ثلاثة أشخاص في انفجار أسطوانة غاز داخل مطعم في مدينة جدة.",
    "لقي عشرة مصرعهم في حادث تصادم قطارين قرب مدينة الإسكندرية.",
    "قتل خمسة في حريق شب في مبنى سكني بمدينة الكويت.",
])
def test_an_accident_is_not_political_violence(gaz, text):
    assert [k for k, _, _ in events(gaz, text) if k in ("killing", "explosion")] == []


@pytest.mark.parametrize("text, expected", [
    ("أدانت المملكة العربية السعودية وقطر والكويت التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها أمس.",
     [("explosion", "Abha")]),
    # (with its day: a condemned attack told with none is the condemnation's occasion, background —
    # tests/test_event_trust_rules_s9.py)
    ("ونددت فرنسا بالتفجير الذي وقع أمس في مدينة سوسة.", [("explosion", "Sousse")]),
])
def test_countries_that_condemn_are_not_sites(gaz, text, expected):
    got = drawn(gaz, text)
    assert [place for _, place in got] == [place for _, place in expected]


@pytest.mark.parametrize("text, lat, lon", [
    ("قتل جنديان في انفجار عبوة ناسفة على بعد 40 كيلومترا غرب مدينة العريش أمس.", 31.13, 33.38),
])
def test_a_distance_and_a_direction_place_the_event(gaz, text, lat, lon):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    [e] = doc.events
    assert e.geo_precision == 2 and abs(e.mention.lat - lat) < 0.05 and abs(e.mention.lon - lon) < 0.05


def test_a_distance_without_a_direction_far_from_a_city_is_no_point(gaz):
    doc = geomap.parse("قتل جنديان في انفجار عبوة ناسفة على بعد 175 كيلومترا من بغداد.", published=PUBLISHED,
                       gazetteer=gaz)
    [e] = doc.events
    assert not e.located


@pytest.mark.parametrize("text", [
    "هدد التنظيم بشن هجمات على مدينة الرياض.",
    "يستعد الجيش لهجوم يستهدف استعادة مدينة الرمادي.",
    "نفت وزارة الدفاع شن غارات على مدينة حلب.",
    "وافقت تركيا على السماح لطائرات أمريكية بشن ضربات جوية من قاعدة في مدينة أضنة.",
    "وسعى المسلحون إلى اعتقال عدد من أبناء مدينة صنعاء.",
    "وسعى الانقلابيون إلى اعتقال عدد من أبناء قرية الجنادية بمحافظة صنعاء، وأرسلوا طقما مسلحا.",
])
def test_threats_plans_and_denials_of_violence_are_no_events(gaz, text):
    assert [k for k, place, _ in events(gaz, text) if place] == []


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة في قصف على مدينة حلب ونزح المئات إلى تركيا.", [("shelling", "Aleppo")]),
    ("شنت الفصائل التي تدعمها تركيا هجوما وقتلت عشرة جنود في مدينة منبج.", [("battle", "Manbij")]),
])
def test_where_people_fled_and_who_backs_them_are_not_sites(gaz, text, expected):
    assert drawn(gaz, text) == expected


def test_a_site_in_reach_beats_the_country_named_first(gaz):
    text = "انسحبت جبهة النصرة ذراع تنظيم القاعدة في سوريا من خطوط التماس مع داعش في ريف حلب الشمالي."
    assert drawn(gaz, text) == [("withdrawal", "Aleppo")]


@pytest.mark.parametrize("text", [
    "وسخر الوزير من ادعاءات الحوثيين باستهداف مطار عدن الدولي بصاروخ.",
    "وردا على ما يشاع عن قتال القاعدة في مدينة عدن قال الوزير إنها فبركات.",
    "وقال المسؤول الأممي إن الحوثيين يقاتلون المقاومة، ويبدو أن المعركة الكبرى الآن تتعلق بمدينة تعز.",
])
def test_claims_and_rumours_are_not_reports(gaz, text):
    assert drawn(gaz, text) == []


def test_the_takeover_the_news_follows_is_background(gaz):
    got = events(gaz, "وقع المئات من المسلحين أسرى بعد تحرير مدينة عدن ودحر المليشيا منها.")
    assert ("territory", "Aden", "background") in got and not any(r == "new" and k == "territory"
                                                                    for k, _, r in got)


def test_an_assassination_is_violence_against_civilians(gaz):
    doc = geomap.parse("قتل مسلحون نائبا في البرلمان في هجوم استهدف سيارته في مدينة مقديشو، في عملية اغتيال "
                       "جديدة.", published=PUBLISHED, gazetteer=gaz)
    assert [(e.event_type, e.place.name) for e in doc.events if e.located] == [
        ("Violence against civilians", "Mogadishu")]


@pytest.mark.parametrize("text, expected", [
    # a foreign capital with no locative word is its government acting
    ("وتقود واشنطن ائتلافا دوليا شن أمس غارات جوية ضد مواقع التنظيم في مدينة الرقة.",
     [("airstrike", "Ar Raqqah")]),
    ("وتقود واشنطن ائتلافا دوليا شن آلاف الغارات الجوية ضد مواقع التنظيم.", []),
    # the city a statement was made in (a dateline: the place, a comma, a reporting verb) is no site
    # (soldiers killed by gunmen: a fight, ACLED's Battles, since session 24)
    ("وفي واشنطن، قالت وزارة الخارجية إن مسلحين قتلوا عشرة جنود في مدينة بنغازي.", [("battle", "Benghazi")]),
    # a capital of the region is a site like any other
    ("قصف الطيران صنعاء وقتل عشرة مدنيين.", [("airstrike", "Sanaa")]),
])
def test_capitals_and_datelines(gaz, text, expected):
    assert drawn(gaz, text) == expected
