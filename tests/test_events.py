"""Events: trigger → type, place and its role, date, status, actors, fatalities; one event per happening."""

import pytest

import geomap
from gazetteer.arabic import tokenize
from geomap.events import find_triggers


def events(gaz, text, published="2016-09-09"):
    doc = geomap.parse(text, published=published, gazetteer=gaz)
    return [(e.kind, e.place.name if e.place else None, e.geo_precision, str(e.date), e.status)
            for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة مدنيين في غارة جوية على مدينة حلب اليوم الجمعة.",
     [("airstrike", "Aleppo", 1, "2016-09-09", "occurred")]),
    ("قصفت القوات الحكومية بلدة دوما أمس.",
     [("shelling", "Dūmā", 1, "2016-09-08", "occurred")]),
    ("اندلعت اشتباكات عنيفة في ريف حلب الجنوبي.",
     [("battle", "Aleppo", 2, "2016-09-09", "occurred")]),
    ("قتل ثلاثة في انفجار سيارة مفخخة في بغداد.",
     [("explosion", "Baghdad", 1, "2016-09-09", "occurred")]),
    # the ceasefire is what the talks are about, not a second event
    ("وصل كيري اليوم الجمعة إلى جنيف حيث يجري جولة جديدة من المحادثات مع لافروف بشأن محاولة التوصل لوقف إطلاق النار في سوريا.",
     [("talks", "Geneva", 1, "2016-09-09", "occurred")]),
    ("من الضروري ان يتم التوصل الى وقف لإطلاق النار في حلب.",
     [("ceasefire", "Aleppo", 1, "2016-09-09", "called_for")]),
    ("اتفق الرئيسان في اتصال هاتفي الخميس على الأمر.",
     [("agreement", None, None, "2016-09-08", "occurred")]),
    ("وقال يوم الثلاثاء الماضي إن وقف اطلاق النار قد يبدأ بهدنة امدها 48 ساعة.",
     [("ceasefire", None, None, "2016-09-06", "proposed")]),
    ("وتخوض حاليا معارك عنيفة مع قوات الجيش السوري في ريف حلب الجنوبي.",
     [("battle", "Aleppo", 2, "2016-09-09", "ongoing")]),
    ("نفت وزارة الدفاع الروسية شن غارات على مدينة حلب.", []),     # a denied strike is no violence that happened
    ("سيعقد اجتماع بين الوزيرين في جنيف الأسبوع المقبل.",
     [("talks", "Geneva", 1, "2016-09-16", "planned")]),
    ("دعت الأمم المتحدة إلى هدنة في حلب.",
     [("ceasefire", "Aleppo", 1, "2016-09-09", "called_for")]),
    ("خرجت مظاهرات في دمشق أمس.",
     [("protest", "Damascus", 1, "2016-09-08", "occurred")]),
    ("اعتقلت الشرطة عشرة أشخاص في بغداد.",
     [("arrests", "Baghdad", 1, "2016-09-09", "occurred")]),
    ("وكانت جبهة النصرة غيرت اسمها اواخر تموز/ يوليو الماضي.",
     [("group_change", None, None, "2016-07-25", "occurred")]),
])
def test_events(gaz, text, expected):
    assert events(gaz, text) == expected


@pytest.mark.parametrize("word, kind", [
    ("غارة", "airstrike"), ("غارات", "airstrike"), ("الغارة الجوية", "airstrike"), ("بغارة", "airstrike"),
    ("وبالغارات", "airstrike"), ("غاراتها", "airstrike"), ("أغار", "airstrike"),
    ("قصف", "shelling"), ("قصفت", "shelling"), ("القصف", "shelling"), ("قذائف", "shelling"),
    ("قتل", "killing"), ("قُتل", "killing"), ("مقتل", "killing"), ("مقتله", "killing"),
    ("لقي حتفه", "killing"), ("لقوا مصرعهم", "killing"),
    ("اشتباكات", "battle"), ("معارك", "battle"), ("هجوم", "battle"), ("مواجهات", "battle"),
    ("تفجير", "explosion"), ("انفجار", "explosion"), ("عبوة ناسفة", "explosion"), ("سيارة مفخخة", "explosion"),
    ("هجوم انتحاري", "suicide_bomb"), ("انتحاريان", "suicide_bomb"),
    ("سيطرت", "territory"), ("سيطر", "territory"), ("استعاد", "territory"), ("بسطت سيطرتها", "territory"),
    ("محادثات", "talks"), ("مفاوضات", "talks"), ("اجتماع", "talks"), ("التقى", "talks"), ("اتصال هاتفي", "talks"),
    ("اتفاق", "agreement"), ("اتفقا", "agreement"), ("لاتفاق", "agreement"),
    ("هدنة", "ceasefire"), ("بهدنة", "ceasefire"), ("وقف إطلاق النار", "ceasefire"), ("لوقف إطلاق النار", "ceasefire"),
    ("اعتقال", "arrests"), ("اختطاف", "abduction"), ("مظاهرات", "protest"), ("انسحبت", "withdrawal"),
    ("وقفة احتجاجية", "protest"), ("اعتصاما", "protest"), ("وتوغلت", "battle"),
])
def test_trigger_morphology(word, kind):
    tokens = tokenize(word)
    [trig] = find_triggers(tokens, [0] * len(tokens))
    assert trig.kind == kind and (trig.first, trig.last) == (0, len(tokens) - 1)


@pytest.mark.parametrize("text", ["فجر اليوم وصل الوفد", "قمة الجبل"])
def test_words_that_are_not_triggers(text):
    tokens = tokenize(text)
    assert [t.kind for t in find_triggers(tokens, [0] * len(tokens))] in ([], ["talks"])


def test_liberalising_prices_is_no_takeover(gaz):
    # تحرير is a trigger (تحرير مدينة عدن), but a weak one: with no word of war beside it, no event
    doc = geomap.parse("قررت الحكومة تحرير الأسعار في مدينة القاهرة.", published="2016-09-09", gazetteer=gaz)
    assert doc.events == []


@pytest.mark.parametrize("text, fatalities, fatalities_max", [
    ("قتل 12 شخصا على الأقل في تفجير في بغداد.", 12, None),
    ("مقتل ستة جنود في هجوم على حاجز.", 6, None),
    ("أسفر الانفجار عن سقوط أكثر من 20 قتيلا.", 20, None),
    ("لقي ثلاثة أشخاص مصرعهم بانفجار عبوة ناسفة.", 3, None),
    ("قتل عشرات في غارات على حلب.", 20, 99),
    ("مقتل 50 مدنيا وإصابة عشرات في غارة جوية.", 50, None),
    ("قتلوا او جرحوا في الغارة.", None, None),
    ("أصيب 45 شخصا في انفجار.", None, None),
    ("انفجار سيارة مفخخة على بعد 175 كيلومترا من بغداد.", None, None),
])
def test_fatalities(gaz, text, fatalities, fatalities_max):
    [e] = geomap.parse(text, published="2016-09-09", gazetteer=gaz).events
    assert (e.fatalities, e.fatalities_max) == (fatalities, fatalities_max)


@pytest.mark.parametrize("text, actor1, actor2", [
    ("قصفت جبهة النصرة مواقع للجيش السوري.", "Jabhat Fateh al-Sham (formerly al-Nusra Front)", "Military Forces of Syria"),
    ("قصفت جبهة فتح الشام مواقع للجيش السوري.", "Jabhat Fateh al-Sham (formerly al-Nusra Front)", "Military Forces of Syria"),
    ("هاجم تنظيم الدولة مواقع قوات سوريا الديمقراطية.", "Islamic State (ISIS)", "Syrian Democratic Forces (SDF)"),
    ("هاجم داعش مواقع قسد.", "Islamic State (ISIS)", "Syrian Democratic Forces (SDF)"),
    ("قصفت مقاتلات تركية مواقع لداعش.", "Military Forces of Türkiye", "Islamic State (ISIS)"),
    ("شن طيران التحالف العربي غارات على مواقع الحوثيين.", "Saudi-led Coalition (Yemen)", "Houthi Movement (Ansar Allah)"),
])
def test_event_actors(gaz, text, actor1, actor2):
    [e] = geomap.parse(text, published="2016-09-09", gazetteer=gaz).events
    assert (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) == (actor1, actor2)


def test_people_with_titles_are_their_government(gaz):
    [e] = geomap.parse("التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرجي لافروف في جنيف.",
                       published="2016-09-09", gazetteer=gaz).events
    assert (e.actor1.person, e.actor1.title, e.actor1.country) == ("جون كيري", "وزير الخارجية", "US")
    assert (e.actor2.person, e.actor2.country) == ("سيرجي لافروف", "RU")
    assert e.actor1.name == "Government of United States"


def test_a_killing_in_an_airstrike_is_one_event(gaz):
    assert [k for k, *_ in events(gaz, "قتل القائد في غارة جوية في محافظة حلب.")] == ["airstrike"]


def test_killings_elsewhere_are_not_folded_into_a_strike(gaz):
    kinds = [k for k, *_ in events(gaz, "قتل عدد من الحوثيين في محافظة البيضاء، في حين شن طيران التحالف "
                                        "غارات على مواقع المتمردين في مدينة مأرب.")]
    assert sorted(kinds) == ["airstrike", "battle"]      # Houthi fighters killed: a fight (ACLED Battles)


def test_the_same_happening_reported_twice_is_merged(gaz):
    doc = geomap.parse("اجتماع الوزيرين في جنيف. وعقد الوزيران اجتماعا في جنيف.", published="2016-09-09",
                       gazetteer=gaz)
    [e] = doc.events
    assert len(e.evidence) == 2


def test_another_strike_is_another_event(gaz):
    doc = geomap.parse("قتل خمسة في غارة على مدينة حلب. وقتل اثنان في غارة أخرى.", published="2016-09-09",
                       gazetteer=gaz)
    assert [e.kind for e in doc.events] == ["airstrike", "airstrike"]


def test_event_evidence_points_into_the_text(seed_doc, seed_text):
    for e in seed_doc.events:
        assert seed_text[e.trigger_start:e.trigger_end] == e.trigger
        assert seed_text[e.sentence_start:e.sentence_end] == e.sentence
        assert e.trigger_start >= e.sentence_start and e.trigger_end <= e.sentence_end
        for ev in e.evidence:
            assert seed_text[ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"]
            if "place" in ev:
                assert seed_text[ev["place_start"]:ev["place_end"]] == ev["place"]


def _match(event, gold):
    from geomap.evaluation.seed import _event_matches

    return _event_matches(event, gold)


def test_seed_gold_events(seed_doc, seed_gold):
    for gold in seed_gold["events"]:
        assert any(_match(e, gold) for e in seed_doc.events), gold["why"]


def test_seed_has_no_duplicates_and_nothing_outside_the_gold(seed_doc, seed_gold):
    for e in seed_doc.events:
        assert sum(_match(e, g) for g in seed_gold["events"]) == 1, (e.kind, e.status, e.trigger)
    assert len(seed_doc.events) == len(seed_gold["events"])


def test_seed_has_no_event_in_a_wrong_country_or_place(seed_doc, seed_gold):
    for e in seed_doc.events:
        if e.located:
            assert e.place.country in seed_gold["allowed_countries"], (e.kind, e.place)
            assert e.place.id not in seed_gold["forbidden_places"], (e.kind, e.place)


def test_the_seed_airstrike_is_one_event_never_at_saraqib(seed_doc):
    strikes = [e for e in seed_doc.events if e.kind == "airstrike" and e.status == "occurred"]
    assert len(strikes) == 1
    [strike] = strikes
    assert strike.place.id == "admin1:SY.09" and strike.geo_precision == 3
    assert len(strike.evidence) >= 5 and strike.fatalities is None


def test_the_seed_ceasefire_call(seed_doc):
    [call] = [e for e in seed_doc.events if e.kind == "ceasefire" and e.status == "called_for"]
    assert (str(call.date), call.place.name, call.place_role) == ("2016-09-08", "Aleppo", "about")
    assert {a.country for a in call.actors} == {"RU", "TR"}


def test_eid_is_dated_by_the_text(seed_doc):
    eid = [d for d in seed_doc.dates if "الاضحى" in d.text]
    assert eid and all(str(d.date) == "2016-09-12" for d in eid)


@pytest.fixture
def kafr_naha_gazetteer(tmp_path):
    """A gazetteer that knows the village of Kafr Naha (a user entry) and the seed's other places."""
    from gazetteer.store import PREFERRED, USER, Gazetteer, GazetteerWriter, Place

    places = [
        Place("geonames:170063", "Aleppo", "حلب", "city", 36.20124, 37.16117, "SY", "09", "حلب", 2098210, "geonames"),
        Place("admin1:SY.09", "Aleppo Governorate", "حلب", "admin1", 36.3, 37.4, "SY", "09", "حلب", 0, "curated",
              "ADM1", (36.5, 35.7, 38.4, 36.9)),
        Place("admin1:SY.12", "Idlib Governorate", "ادلب", "admin1", 35.8, 36.6, "SY", "12", "ادلب", 0, "curated",
              "ADM1", (35.6, 35.3, 36.9, 36.3)),
        Place("user:kafr-naha", "Kafr Naha", "كفر ناها", "village", 36.155, 36.94, "SY", "09", "حلب", 0, "user"),
        Place("geonames:2660646", "Geneva", "جنيف", "city", 46.20222, 6.14569, "CH", "GE", None, 201741, "geonames"),
        Place("geonames:1808926", "Hangzhou", "هانغجو", "city", 30.29365, 120.16142, "CN", "02", None, 9236032, "geonames"),
        Place("geonames:163843", "Syria", "سوريا", "country", 35.0, 38.0, "SY", None, None, 22198110, "cldr",
              None, (35.7, 32.3, 42.4, 37.3)),
    ]
    w = GazetteerWriter(tmp_path / "kafr-naha.sqlite")
    w.add_places(places, geonameid=True)
    w.add_names([(p.id, p.name_ar, "ar", USER if p.source == "user" else PREFERRED) for p in places])
    w.add_source("test", description="the seed's places and Kafr Naha", license="CC BY 4.0", attribution="GeoNames")
    g = Gazetteer(w.finish())
    yield g
    g.close()


def test_the_airstrike_takes_kafr_naha_when_the_gazetteer_knows_it(kafr_naha_gazetteer, seed_text):
    doc = geomap.parse(seed_text, published="2016-09-09", gazetteer=kafr_naha_gazetteer)
    [strike] = [e for e in doc.events if e.kind == "airstrike" and e.status == "occurred"]
    assert strike.place.name == "Kafr Naha" and strike.geo_precision == 1 and strike.place_role == "site"
    assert any(ev["trigger"] == "استهدفوا" for ev in strike.evidence)
