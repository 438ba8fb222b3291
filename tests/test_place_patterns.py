"""War reporting's place patterns (issue 17) and the namesake, non-place and wide-area classes
of issue 11 (3, 4, 7): tables of Arabic sentences and what must come out of them."""

import pytest

import geomap
from geomap.toponyms import rules


def found(gaz, text):
    """(the phrase as the gold marks it, kind, role) of each place mention, demonyms left out:
    the name alone after a settlement or area cue, the whole phrase for a feature."""
    out = []
    plural = rules().cue_number
    for m in geomap.parse(text, gazetteer=gaz).mentions:
        if m.role == "demonym":
            continue
        feature = m.kind in ("natural", "facility", "neighbourhood") and m.cue not in plural
        phrase = m.area_text if feature and m.area_text else m.text
        out.append((phrase, m.kind, m.role))
    return out


def names(gaz, text):
    return [phrase for phrase, _, _ in found(gaz, text)]


# -- 17.1: lists after a plural or dual cue word ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a plural cue covers every coordinated name, known or not
    ("سيطرت فصائل المعارضة على بلدات كفرنبل وحاس ومعرشمشة في ريف إدلب الجنوبي",
     ["كفرنبل", "حاس", "معرشمشة", "إدلب"]),
    ("قصفت الطائرات قرى المزيرعة والحاكورة وتلعمارة، ما أدى إلى دمار كبير",
     ["المزيرعة", "الحاكورة", "تلعمارة"]),
    # a dual cue covers two names, and a two-word name after a head word (دير)
    ("قصف الجيش قريتي دير الفرديس وزور الحيصة بريف حماة", ["دير الفرديس", "زور الحيصة", "حماة"]),
    ("اشتباكات عنيفة في بلدتي الفوعة وكفريا المحاصرتين.", ["الفوعة", "كفريا"]),
    # a neighbourhood list, with a two-word name and the city after it
    ("سقطت قذائف على أحياء الميدان والسليمانية وبستان الباشا بحلب",
     ["الميدان", "السليمانية", "بستان الباشا", "حلب"]),
    # commas before the conjunction
    ("اقتحمت القوات قرى الشيخ حديد، والجديدة، والرملة قرب الحدود", ["الشيخ حديد", "الجديدة", "الرملة"]),
    # the dual of ريف: both names are countrysides
    ("قصفت الطائرات بلدات بريفي إدلب وحماة", ["إدلب", "حماة"]),
])
def test_a_plural_or_dual_cue_covers_every_name_in_its_list(gaz, text, expected):
    assert names(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the list does not plainly end after the second name: a verb may follow the conjunction
    ("قصف الطيران بلدات كفرنبل وسقط عدد من القتلى", ["كفرنبل"]),
    # a dual cue takes two names; the third phrase has its own cue word (تل)
    ("سيطرت المعارضة على قريتي المشيك والقرقور وتل واسط في سهل الغاب",
     ["المشيك", "القرقور", "تل واسط", "سهل الغاب"]),
    # "إحياء" (reviving) is not "أحياء" (neighbourhoods), though both fold to احياء
    ("تعمل الجمعية على احياء التراث الشعبي", []),
    # no unknown name after a plural cue when what follows is an adjective or a noun of the country
    ("قصفت قوات النظام بلدات موالية للمعارضة", []),
    ("زار الأمير مدن الجنوب", []),
    ("زار الأمير محافظات المملكة", ["المملكة"]),     # "the Kingdom" is a country, not a governorate
])
def test_lists_keep_precision(gaz, text, expected):
    assert names(gaz, text) == expected


# -- 17.1: natural features, neighbourhoods and facilities ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("اشتباكات عنيفة في جبل الأربعين", [("جبل الأربعين", "natural", "unresolved")]),
    ("تقدمت القوات بجبل الزيتون", [("جبل الزيتون", "natural", "unresolved")]),
    ("سيطرت المعارضة على تلة الحمرا الاستراتيجية", [("تلة الحمرا", "natural", "unresolved")]),
    ("قصف مدفعي على تل الجموع", [("تل الجموع", "natural", "unresolved")]),
    ("وبسهل الحولة قتل ثلاثة", [("سهل الحولة", "natural", "unresolved")]),
    ("غارات على جرود القلمون", [("جرود القلمون", "natural", "place")]),
    ("معارك في سهل الغاب", [("سهل الغاب", None, "place")]),     # the gazetteer knows the whole phrase
    ("تقدمت القوات بجبل التركمان", [("جبل التركمان", None, "place")]),     # (areas.tsv since session 28)
    ("غارات على جرود عرسال", [("جرود عرسال", None, "place")]),
])
def test_natural_features_with_and_without_proclitics(gaz, text, expected):
    assert found(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قتل مدنيان في حي الرسالة", [("حي الرسالة", "neighbourhood", "unresolved")]),
    ("قصف على بحي الكوثر", [("حي الكوثر", "neighbourhood", "unresolved")]),
    ("سيطر التنظيم على معسكر الطلائع", [("معسكر الطلائع", "facility", "unresolved")]),
    ("وصل الماء إلى سد البعث", [("سد البعث", "facility", "unresolved")]),
    ("اشتباكات قرب ثكنة هنانو", [("ثكنة هنانو", "facility", "unresolved")]),
    ("حاصروا مطار خلخلة العسكري", [("مطار خلخلة العسكري", "facility", "unresolved")]),
    ("أغلق معبر باب السلامة", [("معبر باب السلامة", "facility", "unresolved")]),
    ("هبطت الطائرة في مطار الملك عبد العزيز الدولي", [("مطار الملك عبد العزيز الدولي", "facility", "unresolved")]),
    ("غارات على مطار حماة العسكري", [("مطار حماة العسكري", None, "place")]),  # the gazetteer knows it (session 30)
])
def test_neighbourhood_and_facility_phrases(gaz, text, expected):
    assert found(gaz, text) == expected


# -- 17.2: a name the gazetteer lacks is drawn where its context says ---------------------------

def _mention(doc, text):
    return next(m for m in doc.mentions if m.text == text)


@pytest.mark.parametrize("text, name, anchor_id, precision, max_km", [
    # a countryside with its direction: the countryside's point, 20 km off the city
    ("قصفت الطائرات قرية كفرسجنة بريف إدلب الجنوبي", "كفرسجنة", "geonames:169389", 2, 25),
    # every name of a list takes the anchor after the last one
    ("سيطرت الفصائل على بلدات تل صندل وأبو سمرة بريف حماة الشمالي", "تل صندل", "geonames:170017", 2, 25),
    ("سيطرت الفصائل على بلدات تل صندل وأبو سمرة بريف حماة الشمالي", "أبو سمرة", "geonames:170017", 2, 25),
    # a governorate: its area (precision 3)
    ("سقطت قذائف على قرية الشيخ سعد التابعة لمحافظة درعا", "الشيخ سعد", "admin1:SY.06", 3, None),
    # a neighbourhood of the city named next to it: a circle around the city
    ("قتل مدنيان في حي كرم اللوز بحمص", "كرم اللوز", "geonames:169577", 2, 10),
    # a relative clause between the name and its countryside
    ("غارات على قرية تل جيجان التي يسيطر عليها التنظيم في ريف حلب الشمالي", "تل جيجان", "geonames:170063", 2, 25),
    # a direction from a city
    ("انفجار في منطقة البوعيثة جنوب بغداد", "البوعيثة", "geonames:98182", 2, 20),
])
def test_a_name_the_gazetteer_lacks_is_drawn_where_its_context_says(gaz, text, name, anchor_id,
                                                                    precision, max_km):
    from gazetteer import great_circle_km

    m = _mention(geomap.parse(text, gazetteer=gaz), name)
    assert (m.role, m.placed_by, m.place.id, m.geo_precision) == ("unresolved", "context", anchor_id, precision)
    if max_km is not None:
        assert great_circle_km(m.lat, m.lon, m.place.lat, m.place.lon) <= max_km and m.radius_km
    else:
        assert m.place.bbox is not None


def test_no_context_no_placement(gaz):
    m = _mention(geomap.parse("وصلت القافلة إلى قرية كفرسجنة مساء أمس", gazetteer=gaz), "كفرسجنة")
    assert (m.role, m.placed_by, m.lat) == ("unresolved", None, None)


def test_an_event_at_a_village_placed_by_its_context_is_drawn_there(gaz):
    doc = geomap.parse("قتل خمسة مدنيين في غارة جوية على قرية كفرسجنة بريف إدلب الجنوبي اليوم",
                       published="2015-08-01", gazetteer=gaz)
    [event] = [e for e in doc.events if e.kind == "airstrike"]
    assert event.located and event.geo_precision == 2
    assert event.mention.role == "unresolved" and event.mention.text == "كفرسجنة"


def test_fixing_a_name_still_finds_a_village_drawn_from_its_context(gaz, tmp_path):
    from geomap.store import EventStore

    store = EventStore(tmp_path / "events.sqlite")
    doc = geomap.parse("قتل خمسة في غارة جوية على قرية كفرسجنة بريف إدلب الجنوبي اليوم",
                       published="2015-08-01", gazetteer=gaz)
    saved = store.save(doc)
    assert store.articles_with_unresolved("كفرسجنة") == [saved.article_id]
    [village] = [m for m in store.article(saved.article_id)["mentions"] if m["text"] == "كفرسجنة"]
    assert not village["resolved"] and village["lat"] is not None


# -- issue 11, class 3: foreign namesakes ------------------------------------------------------

@pytest.mark.parametrize("text, name, country, near_id, km", [
    # the countryside binds: not Mansoura in Egypt
    ("سيطرت المعارضة على بلدة المنصورة بريف حلب الغربي", "المنصورة", "SY", "geonames:170063", 100),
    # a direction from a city binds: not El Arish in Egypt
    ("اشتباكات عنيفة في العريش شرق الرمادي بمحافظة الأنبار", "العريش", "IQ", "geonames:98717", 40),
    # a neighbourhood of the city next to it, never a town abroad (Pápa, Hungary)
    ("قتل ثلاثة مدنيين في حي بابا عمرو بحمص", "بابا عمرو", "SY", "geonames:169577", 15),
])
def test_qualifiers_next_to_a_name_bind(gaz, text, name, country, near_id, km):
    from gazetteer import great_circle_km

    doc = geomap.parse(text, gazetteer=gaz)
    m = next(m for m in doc.mentions if name in (m.area_text or m.text))
    near = gaz.get(near_id)
    assert m.place is not None and m.place.country == country
    assert great_circle_km(m.lat, m.lon, near.lat, near.lon) <= km


@pytest.mark.parametrize("text, name, country", [
    # the document is about Yemen: Yemen's namesake comes first, not Egypt's city
    ("قصف الحوثيون أحياء في تعز وعدن، وقتل خمسة في المنصورة وكريتر", "المنصورة", "YE"),
    # Syria's neighbour: Turkey's town
    ("قصفت الطائرات حلب وإدلب، وفر المدنيون إلى الريحانية", "الريحانية", "TR"),
])
def test_the_documents_country_and_its_neighbours_come_first(gaz, text, name, country):
    doc = geomap.parse(text, gazetteer=gaz)
    assert _mention(doc, name).place.country == country


@pytest.mark.parametrize("text, kept", [
    # a foreign city needs evidence of its own: a capital, a venue of talks, a city of a million
    ("قصفت الطائرات حلب وإدلب، وبحث الوزيران في جنيف الهدنة", ["حلب", "إدلب", "جنيف"]),
    ("قصفت الطائرات حلب وإدلب، ووصل وفد من القاهرة", ["حلب", "إدلب", "القاهرة"]),
    # a small town abroad, in an article about Aden, is none of Aden's places
    ("قتل خمسة في عدن ولحج، وقال علي الأحمدي إن المعارك مستمرة في عدن", ["عدن", "لحج", "عدن"]),
])
def test_a_foreign_namesake_needs_evidence_of_its_own(gaz, text, kept):
    assert names(gaz, text) == kept


# -- issue 11, class 4: words that are not places ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("ودان مجلس الأمن الهجوم على المدنيين", []),                        # و + دان "condemned", not Waddan
    ("قال رئيس الفيفا جوزيف بلاتر إن البطولة ستقام", []),             # a surname, not ب + Latur
    ("فرضت القوات الحصار الخانق على المدينة", []),                      # an adjective, not Al Khaniq
    ("قالت قوات سوريا الديمقراطية إنها تقدمت", []),                     # an armed group's name
    ("وقال مصدر عسكري لـ«الشرق الأوسط» إن المعارك في حلب مستمرة", ["حلب"]),   # the newspaper
    ("أطلقت الفصائل عملية فتح حلب الأسبوع الماضي", []),               # an operation's name
    ("نقل مراسل مكتب أخبار سوريا أن", []),                             # an agency's name
    ("تنظيم داعش في العراق يتبنى الهجوم", ["العراق"]),                # after في: not the organisation's
    ("سقط الرئيس سياد باري عام 1991", []),                             # a surname after a title
    ("أعلنت القوات السعودية أنها صدت الهجوم", []),                     # "Saudi", an adjective
    ("يلتقي فريقا برشلونة وأشبيلية في كأس السوبر", []),               # clubs after a team word
    ("قال مدرب الفريق إن المباراة صعبة وإن برشلونة يملك أفضل لاعب في الدوري", []),  # a sports report
    ("يلعب الفريق ضد برشلونة في الدوري بعد المباراة", []),             # … a club, not where
    ("وصل لاعبو الفريق إلى برشلونة قبل المباراة في الدوري", ["برشلونة"]),   # … but after إلى: where
    ("تقام المباراة داخل مدريد ضمن الدوري", ["مدريد"]),                # … after داخل (locative_before)
])
def test_words_that_are_not_places(gaz, text, expected):
    assert names(gaz, text) == expected


def test_an_adjective_country_name_is_a_demonym(gaz):
    [m] = geomap.parse("أعلنت القوات السعودية أنها صدت الهجوم", gazetteer=gaz).mentions
    assert (m.role, m.place.country) == ("demonym", "SA")


# -- issue 11, class 7: continents, seas and regions larger than a country ---------------------

@pytest.mark.parametrize("text, name, kind", [
    ("موجة حر في أوروبا", "أوروبا", "continent"),
    ("تبرعات لضحايا المجاعة في أفريقيا", "أفريقيا", "continent"),
    ("سفينة غرقت في المحيط الهندي", "المحيط الهندي", "sea"),
    ("دوريات في البحر الأحمر", "البحر الأحمر", "sea"),
    ("الأزمات في الشرق الأوسط", "الشرق الأوسط", "supranational"),
    ("معارك في سهل الغاب", "سهل الغاب", None),          # a region inside one country is a site
])
def test_wide_areas_say_what_they_are(gaz, text, name, kind):
    m = _mention(geomap.parse(text, gazetteer=gaz), name)
    assert m.kind == kind and m.role == "place"


def test_no_event_is_drawn_on_a_continent(gaz):
    doc = geomap.parse("قتل عشرة في هجوم انتحاري في أفريقيا", published="2015-08-01", gazetteer=gaz)
    assert doc.events and not any(e.located for e in doc.events)


# -- 17.3: places GeoNames lacks, curated from SaudiNewsNet's most frequent unresolved names -----

@pytest.mark.parametrize("text, name, place_id", [
    ("سيطرت المقاومة على قاعدة العند الجوية", "العند", "curated:al-anad-air-base"),
    ("اشتباكات في جبل الشيخ", "جبل الشيخ", "curated:mount-hermon"),
    ("قذائف على بلدتي الفوعة وكفريا", "كفريا", "curated:kafarya"),
    ("أمطار غزيرة على محافظة بيشة", "بيشة", "geonames:103369"),        # GeoNames has no Arabic name for it
    ("افتتاح مستشفى في الأحساء", "الأحساء", "geonames:109571"),
    # towns of the 2014–2017 wars that GeoNames' Arabic names lack
    ("سيطر التنظيم على مدينة البوكمال", "البوكمال", "curated:abu-kamal"),
    ("اشتباكات في بلدة الكرمة شمال شرق الفلوجة", "الكرمة", "curated:al-karmah"),
    ("قصف على ميناء راس لانوف النفطي", "راس لانوف", "curated:ras-lanuf"),
    ("هجوم على دورية في مدينة شرناق", "شرناق", "curated:sirnak"),
])
def test_curated_places(gaz, text, name, place_id):
    m = _mention(geomap.parse(text, gazetteer=gaz), name)
    assert m.place.id == place_id and m.role == "place"


def test_curated_places_have_their_admin_area(gaz):
    anad = gaz.get("curated:al-anad-air-base")
    assert (anad.country, anad.admin1_name) == ("YE", "لحج")


@pytest.mark.parametrize("text, where", [
    ("سقطت قذائف هاون أطلقها الحوثيون على حي القابل بنجران.", "Najrān"),
    ("سقطت قذائف على حي القابل في مدينة نجران.", "Najrān"),
])
def test_a_neighbourhood_is_in_the_city_named_next_to_it(gaz, text, where):
    import geomap

    doc = geomap.parse(text, published="2015-07-25", gazetteer=gaz)
    [m] = [m for m in doc.mentions if m.cue_kind == "neighbourhood"]
    assert m.place.name == where and m.geo_precision == 2          # drawn in the city, not in Oman
    assert [e.place.name for e in doc.events if e.located] == [where]


@pytest.mark.parametrize("text, names", [
    ("وطلب الوزير من المجتمعين إبداء مرئياتهم في البرنامج للحج.", []),              # for the Hajj, not Lahij
    ("وصلت تعزيزات للاذقية.", ["Latakia"]),
    ("وصلت تعزيزات عسكرية إلى محافظة لحج.", ["Lahij Governorate"]),
])
def test_lil_is_the_article_not_a_place_starting_with_lam(gaz, text, names):
    doc = geomap.parse(text, published="2015-07-26", gazetteer=gaz)
    assert [m.place.name for m in doc.mentions if m.resolved] == names


@pytest.mark.parametrize("text", [
    "سيطرت المقاومة الشعبية على محيط مدينة زنجبار عاصمة محافظة أبين بعد معارك مع الحوثيين.",
    "قالت مصادر يمنية إن المقاومة الشعبية سيطرت على محيط مدينة زنجبار بعد معارك مع الحوثيين في عدن ولحج.",
])
def test_a_name_that_starts_with_a_cue_word_is_read_without_it_too(gaz, text):
    # "مدينة زنجبار" is a name of Zanzibar; in a report from Yemen it is Zinjibar, Abyan's capital
    doc = geomap.parse(text, published="2015-08-09", gazetteer=gaz)
    assert [m.place.name for m in doc.mentions if m.resolved and m.role == "place"][0] == "Zinjibār"


# -- 17.1: known places joined by و, with no cue word (في X وY) --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("قصفت قوات النظام مواقع في حلب وإدلب أمس", [("حلب", "Aleppo"), ("إدلب", "Idlib")]),
    ("وامتدت الاشتباكات إلى درعا والسويداء والقنيطرة",
     [("درعا", "Dar‘ā"), ("السويداء", "As-Suwayda"), ("القنيطرة", "Al Qunayţirah")]),
    ("نزح آلاف المدنيين من الرمادي والفلوجة وهيت", [("الرمادي", "Ramadi"), ("الفلوجة", "Al Fallūjah"), ("هيت", "Hīt")]),
    ("شنت طائرات التحالف غارات على صنعاء وصعدة", [("صنعاء", "Sanaa"), ("صعدة", "Sa'dah")]),
])
def test_known_places_joined_by_and_are_each_found(gaz, text, expected):
    doc = geomap.parse(text, gazetteer=gaz)
    assert [(m.text, m.place.name) for m in doc.mentions if m.role == "place" and m.resolved] == expected


@pytest.mark.parametrize("text, government, site", [
    ("واشنطن نفذت أول غارة على مواقع للتنظيم في سوريا.", True, None),     # the US government acted
    ("أنقرة تقصف مواقع لحزب العمال الكردستاني في شمال العراق.", True, None),
    ("قصفت الطائرات حلب أمس.", False, "Aleppo"),                          # after the verb: what was hit
])
def test_a_capital_before_a_verb_of_force_is_its_government(gaz, text, government, site):
    doc = geomap.parse(text, published="2015-08-04", gazetteer=gaz)
    first = doc.mentions[0]
    assert (first.metonymy == "government") is government
    if site:
        assert [e.place.name for e in doc.events if e.located] == [site]


@pytest.mark.parametrize("text, names", [
    ("قصفت قوات النظام في حلب أحياء المدينة أمس.", ["Aleppo"]),          # the city of the text, not Medina
    ("سقطت قذائف على أحياء العاصمة صنعاء أمس.", ["Sanaa"]),
    ("وصل الحجاج إلى المدينة المنورة أمس.", ["Madinah"]),
])
def test_the_city_after_a_neighbourhood_cue_is_the_city_of_the_text(gaz, text, names):
    doc = geomap.parse(text, published="2015-08-04", gazetteer=gaz)
    assert [m.place.name for m in doc.mentions if m.resolved and m.role == "place"] == names


def test_a_cue_word_in_a_list_opens_a_phrase_of_its_own(gaz):
    """مديريات عنس وآنس، ومدينة ذمار: "ومدينة" is no third district named مدينة (Medina)."""
    doc = geomap.parse("وصل عدد من جثث القتلى إلى مديريات عنس وآنس، ومدينة ذمار أمس.", gazetteer=gaz)
    assert [m.text for m in doc.mentions] == ["عنس", "آنس", "ذمار"]
    assert not any(m.place is not None and m.place.country == "SA" for m in doc.mentions)
