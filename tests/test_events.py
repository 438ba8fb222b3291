"""Events: trigger → type, place, date, status; the seed's gold events."""

import pytest

import geomap


def events(gaz, text, published="2016-09-09"):
    doc = geomap.parse(text, published=published, gazetteer=gaz)
    return [(e.kind, e.place.id if e.place else None, e.geo_precision, str(e.date), e.status)
            for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة مدنيين في غارة جوية على مدينة حلب اليوم الجمعة.",
     [("airstrike", "geonames:170063", 1, "2016-09-09", "occurred")]),
    ("قصفت القوات الحكومية بلدة دوما أمس.",
     [("shelling", "geonames:170592", 1, "2016-09-08", "occurred")]),
    ("اندلعت اشتباكات عنيفة في ريف حلب الجنوبي.",
     [("battle", "geonames:170063", 2, "2016-09-09", "occurred")]),
    ("قتل ثلاثة في انفجار سيارة مفخخة في بغداد.",
     [("explosion", "geonames:98182", 1, "2016-09-09", "occurred")]),
    ("وصل كيري اليوم الجمعة إلى جنيف حيث يجري جولة جديدة من المحادثات مع لافروف بشأن محاولة التوصل لوقف إطلاق النار في سوريا.",
     [("talks", "geonames:2660646", 1, "2016-09-09", "occurred"),
      ("ceasefire", "geonames:163843", 3, "2016-09-09", "proposed")]),
    ("من الضروري ان يتم التوصل الى وقف لإطلاق النار في حلب.",
     [("ceasefire", "geonames:170063", 1, "2016-09-09", "proposed")]),
    ("اتفق الرئيسان في اتصال هاتفي الخميس على الأمر.",
     [("agreement", None, None, "2016-09-08", "occurred")]),
])
def test_events(gaz, text, expected):
    assert events(gaz, text) == expected


def test_a_killing_in_an_airstrike_is_one_event(gaz):
    assert [k for k, *_ in events(gaz, "قتل القائد في غارة جوية في محافظة حلب.")] == ["airstrike"]


def test_the_same_happening_reported_twice_is_merged(gaz):
    doc = geomap.parse("اجتماع في جنيف. وعقد اجتماع في جنيف.", published="2016-09-09", gazetteer=gaz)
    [e] = doc.events
    assert len(e.evidence) == 2


def test_event_evidence_points_into_the_text(seed_doc, seed_text):
    for e in seed_doc.events:
        assert seed_text[e.trigger_start:e.trigger_end] == e.trigger
        assert seed_text[e.sentence_start:e.sentence_end] == e.sentence
        assert e.trigger_start >= e.sentence_start and e.trigger_end <= e.sentence_end


def _match(event, gold):
    if event.kind != gold["kind"]:
        return False
    if (event.place.id if event.place else None) != gold["place"]:
        return False
    if "date" in gold and str(event.date) != gold["date"]:
        return False
    if "precision" in gold and event.geo_precision != gold["precision"]:
        return False
    if "direction" in gold and event.mention.direction != gold["direction"]:
        return False
    if "status_not" in gold and event.status == gold["status_not"]:
        return False
    return True


def test_seed_gold_events(seed_doc, seed_gold):
    for gold in seed_gold["events"]:
        assert any(_match(e, gold) for e in seed_doc.events), gold["why"]


def test_seed_has_no_event_in_a_wrong_country_or_place(seed_doc, seed_gold):
    for e in seed_doc.events:
        if e.located:
            assert e.place.country in seed_gold["allowed_countries"], (e.kind, e.place)
            assert e.place.id not in seed_gold["forbidden_places"], (e.kind, e.place)


def test_the_airstrike_is_not_put_at_saraqib(seed_doc):
    strikes = [e for e in seed_doc.events if e.kind == "airstrike" and e.located]
    assert strikes and all(e.place.id != "geonames:164816" for e in strikes)
