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
    ("زار الأمير محافظات المملكة", []),
])
def test_lists_keep_precision(gaz, text, expected):
    assert names(gaz, text) == expected


# -- 17.1: natural features, neighbourhoods and facilities ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("اشتباكات عنيفة في جبل الشيخ", [("جبل الشيخ", "natural", "unresolved")]),
    ("تقدمت القوات بجبل التركمان", [("جبل التركمان", "natural", "unresolved")]),
    ("سيطرت المعارضة على تلة الحمرا الاستراتيجية", [("تلة الحمرا", "natural", "unresolved")]),
    ("قصف مدفعي على تل الحارة", [("تل الحارة", "natural", "unresolved")]),
    ("وبسهل الحولة قتل ثلاثة", [("سهل الحولة", "natural", "unresolved")]),
    ("غارات على جرود عرسال", [("جرود عرسال", "natural", "place")]),
    ("معارك في سهل الغاب", [("سهل الغاب", None, "place")]),     # the gazetteer knows the whole phrase
])
def test_natural_features_with_and_without_proclitics(gaz, text, expected):
    assert found(gaz, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قتل مدنيان في حي الوعر", [("حي الوعر", "neighbourhood", "unresolved")]),
    ("قصف على بحي الشعار", [("حي الشعار", "neighbourhood", "unresolved")]),
    ("سيطر التنظيم على معسكر الطلائع", [("معسكر الطلائع", "facility", "unresolved")]),
    ("وصل الماء إلى سد تشرين", [("سد تشرين", "facility", "unresolved")]),
    ("اشتباكات قرب ثكنة هنانو", [("ثكنة هنانو", "facility", "unresolved")]),
    ("حاصروا مطار كويرس العسكري", [("مطار كويرس العسكري", "facility", "unresolved")]),
    ("أغلق معبر باب الهوى", [("معبر باب الهوى", "facility", "unresolved")]),
    ("هبطت الطائرة في مطار الملك عبد العزيز الدولي", [("مطار الملك عبد العزيز الدولي", "facility", "unresolved")]),
    ("غارات على مطار حماة العسكري", [("مطار حماة العسكري", "facility", "place")]),  # named after its city
])
def test_neighbourhood_and_facility_phrases(gaz, text, expected):
    assert found(gaz, text) == expected
