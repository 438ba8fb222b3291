"""Incidents (issue 15): one per happening across articles and outlets, with its sources.

The rules are tables of pairs; the store tests run on both backends with texts written for
them: two outlets' reports of one strike (and of one meeting) become one incident with both
sources, while a strike on another town the same day stays apart.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest

from geomap.incidents.aggregate import best_date, confidence, fatalities, incident_feature
from geomap.incidents.facts import ActorKey, Facts, sentence_words
from geomap.incidents.rules import compare
from geomap.store import EventFilter, EventStore

PUBLISHED = "2015-08-11"          # a Tuesday: اليوم الثلاثاء is that day
STRIKE_A = ("صنعاء (رويترز) - قال سكان ومسؤولون محليون إن طائرات التحالف شنت اليوم الثلاثاء غارات جوية "
            "على مدينة صعدة في شمال اليمن، ما أسفر عن مقتل 12 شخصا وإصابة آخرين.")
STRIKE_B = ("أفادت مصادر طبية بأن 15 شخصا على الأقل قتلوا اليوم الثلاثاء في غارة جوية استهدفت سوقا في "
            "مدينة صعدة، فيما لم يصدر أي تعليق من التحالف على الغارة.")
STRIKE_OTHER_TOWN = ("عدن (وكالات) - شنت طائرات التحالف اليوم الثلاثاء غارات جوية على مدينة تعز في جنوب غرب "
                     "اليمن، وقالت مصادر طبية إن ثلاثة أشخاص قتلوا.")
MEETING_A = ("التقى وزير الخارجية عادل الجبير اليوم الثلاثاء في موسكو نظيره الروسي سيرجي لافروف، "
             "وبحث الجانبان الأزمة السورية والأوضاع في اليمن.")
MEETING_B = ("اجتمع وزير الخارجية الروسي سيرجي لافروف مع وزير الخارجية السعودي عادل الجبير في موسكو اليوم "
             "الثلاثاء، وتناول اللقاء الأزمة في سوريا.")
OUTLETS = {"STRIKE_A": ("Reuters", STRIKE_A), "STRIKE_B": ("Al Arabiya", STRIKE_B),
           "STRIKE_OTHER_TOWN": ("AFP", STRIKE_OTHER_TOWN), "MEETING_A": ("SPA", MEETING_A),
           "MEETING_B": ("TASS", MEETING_B)}


def _facts(article, kind="airstrike", day=735800, tp=1, lat=16.94, lon=43.76, precision=1, place="geonames:71334",
           sentence="غارات جوية على مدينة صعدة", status="occurred", bbox=None, actors=(), admin1="x", country="YE"):
    return Facts(f"e{article}-1", article, "outlet", kind, status, "new", day, tp, lat, lon, precision, None,
                 bbox, place, country, tuple(actors), 0.6, False, sentence_words(sentence))


RETOLD = "غارة جوية استهدفت سوقا في مدينة صعدة"      # alike (0.55), not the same words
SAADA_GOV = dict(lat=16.9, lon=43.9, precision=3, place="admin1:YE.15", bbox=(43.3, 16.3, 45.0, 17.9))
NOWHERE = dict(lat=None, lon=None, precision=None, place="geonames:298795", country="TR")
MINE = "ذكرت تقارير إعلامية اليوم أن مدنيا قتل في انفجار لغم في جنوب شرق تركيا بعد منتصف الليل"
MINE_RETOLD = "ذكرت تقارير إعلامية، اليوم، أن مدنيا لقي حتفه في انفجار لغم جنوب شرقي تركيا بعد منتصف الليل"  # 0.84
CONDEMNED_BY_TURKEY = ("أعربت تركيا عن إدانتها للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمدينة أبها، وأسفر "
                       "عن سقوط عدد من الشهداء والجرحى")
CONDEMNED_BY_IRAQ = ("أعربت الجمهورية العراقية عن استنكارها وإدانتها للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ "
                     "بمنطقة عسير وأسفر عن سقوط عدد من الشهداء والجرحى")       # one template, 0.72 alike


@pytest.mark.parametrize("a, b, merged, why", [
    (dict(), dict(sentence="غارة جوية استهدفت سوقا في مدينة صعدة"), True, None),
    (dict(), dict(lat=13.58, lon=44.02, place="geonames:70225"), False, "km apart"),
    (dict(), dict(day=735801, sentence=RETOLD), True, None),          # alike: a day apart is one happening
    (dict(), dict(day=735801, sentence="اشتباكات عنيفة في صعدة"), False, "not corroborated"),   # may be, if told so
    (dict(), dict(day=735801, tp=2, sentence=RETOLD), True, None),     # a report dated by its publication
    (dict(), dict(day=735803), True, None),                            # the same words: one report told again
    (dict(), dict(day=735804), False, "dates too far apart"),
    (dict(), dict(kind="talks"), False, "kinds differ"),
    (dict(), dict(kind="shelling"), True, None),                       # the same words: an air raid told as shelling
    (dict(), dict(kind="shelling", sentence="قتل خمسة في قصف مدفعي استهدف أحياء سكنية"), False, "kinds differ"),
    (dict(kind="explosion"), dict(kind="suicide_bomb"), True, None),   # a blast another outlet calls a suicide bombing
    (dict(), dict(status="planned"), False, "status differs"),
    (dict(), dict(status="denied"), False, "status differs"),
    (dict(), dict(**SAADA_GOV, sentence="غارات جوية على صعدة"), True, None),   # the town inside the governorate
    (dict(), dict(sentence="قتل خمسة في قصف"), False, "not corroborated"),    # same day and place, nothing alike
    (dict(tp=2), dict(tp=2, sentence="اشتباكات عنيفة في صعدة"), False, "not corroborated"),
    (dict(lat=None, lon=None, precision=None), dict(lat=None, lon=None, precision=None), True, None),  # told again
    (dict(**NOWHERE, kind="explosion", sentence=MINE), dict(**NOWHERE, kind="explosion", sentence=MINE_RETOLD), True,
     None),
    (dict(**NOWHERE, kind="explosion", sentence=MINE),
     dict(**NOWHERE, kind="explosion", sentence="قتل جندي في انفجار عبوة ناسفة استهدفت دورية في جنوب شرق تركيا"),
     False, "no place"),                                              # unplaced, and not one report: apart
    (dict(**NOWHERE, sentence=MINE), dict(NOWHERE, sentence=MINE, country="SY"), False, "no place"),
    (dict(), dict(**NOWHERE, sentence="غارات جوية على مدينة صعدة"), False, "no place"),   # only both unplaced
    (dict(**NOWHERE, kind="statement", sentence=CONDEMNED_BY_TURKEY),
     dict(**NOWHERE, kind="statement", sentence=CONDEMNED_BY_IRAQ), False, "no place"),   # a template, two speakers
    (dict(kind="talks", actors=[ActorKey("gov-SA", "الجبير", "1")]),
     dict(kind="talks", actors=[ActorKey("gov-SA", "الجبير", "1"), ActorKey("gov-RU", "لافروف", "2")]), True, None),
    (dict(kind="talks", actors=[ActorKey("gov-SA", "الجبير", "1"), ActorKey("gov-EG", "شكري", "2")]),
     dict(kind="talks", actors=[ActorKey("gov-SA", "الجبير", "1"), ActorKey("gov-RU", "لافروف", "2")]), False,
     "different participants"),
    (dict(actors=[ActorKey("coalition", None, "1"), ActorKey("houthis", None, "2")]),
     dict(actors=[ActorKey("houthis", None, "1"), ActorKey("coalition", None, "2")],
          sentence="قتل خمسة في قصف استهدف أحياء صعدة"), False, "was the target"),
    (dict(actors=[ActorKey("coalition", None, "1"), ActorKey("houthis", None, "2")]),
     dict(actors=[ActorKey("houthis", None, "1"), ActorKey("coalition", None, "2")]), True, None),  # the parser's reading
])
def test_pair_rules(a, b, merged, why):
    comparison = compare(_facts(1, **a), _facts(2, **b))
    assert comparison.matched is merged, comparison.to_dict()
    if why:
        assert why in comparison.veto
    assert compare(_facts(2, **b), _facts(1, **a)).matched is merged        # symmetric


def test_events_of_one_article_are_never_one_incident():
    assert compare(_facts(1), _facts(1)).veto.startswith("the same article")


def _member(event_id, source, *, date="2015-08-11", tp=1, precision=1, place="Sa'dah", dead=None, dead_max=None,
            confidence_=0.6, lonlat=(43.76, 16.94), published="2015-08-11"):
    return ({"type": "Feature", "id": event_id, "geometry": {"type": "Point", "coordinates": list(lonlat)},
             "properties": {"kind": "airstrike", "event_type": "Explosions/Remote violence",
                            "sub_event_type": "Air/drone strike", "date": date, "time_precision": tp,
                            "geo_precision": precision, "place": place, "gazetteer_id": place,
                            "fatalities": dead, "fatalities_max": dead_max, "confidence": confidence_,
                            "source": source, "url": f"https://{source}.example/{event_id}", "article_id": 1,
                            "article_title": "t", "published": published, "sentence": "s", "actors": []}},
            {"score": 0.8})


def test_an_incident_takes_the_most_precise_place_the_best_supported_date_and_the_fatality_range():
    members = [_member("a-1", "reuters", date="2015-08-10", tp=2, precision=3, place="Saada Governorate", dead=12),
               _member("b-1", "afp", dead=15, lonlat=(43.7601, 16.9401)),
               _member("c-1", "spa", dead=12, date="2015-08-11")]
    feature = incident_feature(7, members)
    p = feature["properties"]
    assert p["place"] == "Sa'dah" and p["geo_precision"] == 1
    assert (p["date"], p["time_precision"]) == ("2015-08-11", 1)
    assert (p["fatalities"], p["fatalities_max"], p["fatalities_range"]) == (12, 15, [12, 15])
    assert p["n_sources"] == 1 or p["n_outlets"] == 3                    # one article id in this fixture
    assert [s["source"] for s in p["sources"]] == ["reuters", "afp", "spa"]
    assert p["confidence"] > 0.9                                           # three outlets, 0.6 each


@pytest.mark.parametrize("votes, expected", [
    ([("2015-08-10", 1), ("2015-08-10", 1), ("2015-08-11", 1)], ("2015-08-10", 1)),
    ([("2015-08-12", 2), ("2015-08-11", 1)], ("2015-08-11", 1)),           # a day beats a week
    ([("2015-08-11", 1), ("2015-08-10", 1)], ("2015-08-10", 1)),           # a tie: the earliest
])
def test_best_supported_date(votes, expected):
    members = [{"properties": {"date": d, "time_precision": tp}} for d, tp in votes]
    assert best_date(members)[:2] == expected


def test_confidence_grows_with_independent_outlets_only():
    one = [{"properties": {"source": "a", "confidence": 0.5}}]
    same_outlet = one + [{"properties": {"source": "a", "confidence": 0.5}}]
    two_outlets = one + [{"properties": {"source": "b", "confidence": 0.5}}]
    assert confidence(one) == confidence(same_outlet) == 0.5 < confidence(two_outlets) == 0.75
    assert fatalities([{"properties": {"fatalities": None}}])["fatalities"] is None


# -- the store, on both backends ---------------------------------------------------------------

@pytest.fixture(scope="module")
def reports(gaz):
    """The five reports, parsed once (each from its outlet, with its URL and title)."""
    import geomap

    return {name: geomap.parse(text, published=PUBLISHED, source=outlet, title=f"{outlet}: {name}",
                               url=f"https://{outlet.lower().replace(' ', '-')}.example/{name.lower()}", gazetteer=gaz)
            for name, (outlet, text) in OUTLETS.items()}


def _incident_of(store, saved, kind):
    events = [e for e in store.events(EventFilter(articles=(saved.article_id,))) if e["properties"]["kind"] == kind]
    assert events, f"no {kind} event in article {saved.article_id}"
    return events[0]["properties"]["incident_id"]


def test_two_outlets_reports_of_one_strike_and_one_meeting_are_one_incident_each(store, reports):
    saved = {name: store.save(doc) for name, doc in reports.items()}
    strike = _incident_of(store, saved["STRIKE_A"], "airstrike")
    assert strike is not None and _incident_of(store, saved["STRIKE_B"], "airstrike") == strike
    assert _incident_of(store, saved["STRIKE_OTHER_TOWN"], "airstrike") != strike      # another town, same day
    meeting = _incident_of(store, saved["MEETING_A"], "talks")
    assert _incident_of(store, saved["MEETING_B"], "talks") == meeting != strike

    incident = store.incident(strike)
    p = incident["properties"]
    assert p["incident_id"] == strike and p["n_sources"] == 2 and len(p["event_ids"]) == 2
    assert {s["source"] for s in p["sources"]} == {"Reuters", "Al Arabiya"}
    for s in p["sources"]:
        assert set(s) >= {"source", "url", "title", "article_id", "published"} and s["url"].startswith("https://")
        assert s["sentence"] and "صعدة" in s["sentence"]               # each source with its own sentence
    assert p["place"] == "Sa'dah" and p["date"] == PUBLISHED
    assert p["fatalities_range"] == [12, 15]
    joined = [s["match"] for s in p["sources"] if s["match"] and s["match"].get("compared")]
    assert joined and joined[0]["compared"][0]["place"] == 1.0          # the merge keeps its scores
    assert store.incident(meeting)["properties"]["n_sources"] == 2
    assert store.stats()["incidents"] == len(store.incidents(EventFilter(limit=10_000)))


def test_a_story_many_outlets_tell_keeps_every_score_but_lists_the_best(store, gaz):
    """The incidents list keeps each source's best five comparisons (and how many there were):
    a record holding every comparison of every source grows with the square of its sources; the
    incident itself (and each event's row) keeps them all."""
    import geomap

    for n, editor in enumerate(["أحمد", "محمد", "علي", "خالد", "سعيد", "عمر", "يوسف", "حسن"]):
        store.save(geomap.parse(f"{STRIKE_A}\n\nتحرير: {editor}", published=PUBLISHED, source=f"outlet {n}", title=f"outlet {n}",
                                url=f"https://outlet-{n}.example/strike", gazetteer=gaz))
    [listed] = [f for f in store.incidents(EventFilter(limit=100)) if f["properties"]["n_sources"] == 8]
    matches = {x["event_id"]: x["match"] for x in listed["properties"]["sources"] if x["match"].get("compared")}
    assert all(len(m["compared"]) <= 5 for m in matches.values())
    last, brief = max(matches.items(), key=lambda kv: kv[1].get("n_compared", 0))
    assert len(brief["compared"]) == 5 and brief["n_compared"] == 7
    assert [c["score"] for c in brief["compared"]] == sorted((c["score"] for c in brief["compared"]), reverse=True)
    few = [m for m in matches.values() if len(m["compared"]) < 5]     # the second to fifth reports
    assert few and all("n_compared" not in m for m in few)
    whole = {x["event_id"]: x["match"] for x in store.incident(listed["id"])["properties"]["sources"]}
    assert len(whole[last]["compared"]) == 7 and "n_compared" not in whole[last]
    assert list(whole) == [x["event_id"] for x in listed["properties"]["sources"]]


def test_deleting_or_replacing_a_source_undoes_its_merge(store, reports, gaz):
    import geomap

    a = store.save(reports["STRIKE_A"])
    b = store.save(reports["STRIKE_B"])
    strike = _incident_of(store, a, "airstrike")
    assert _incident_of(store, b, "airstrike") == strike
    store.delete(b.article_id)
    p = store.incident(strike)["properties"]
    assert p["n_sources"] == 1 and [s["source"] for s in p["sources"]] == ["Reuters"]
    assert p["fatalities_range"] is None and p["fatalities"] == 12
    b = store.save(reports["STRIKE_B"])
    assert _incident_of(store, b, "airstrike") == strike
    # The same URL now tells of a strike on another town: replaced, and out of the incident.
    moved = geomap.parse(STRIKE_OTHER_TOWN, published=PUBLISHED, source="Al Arabiya", gazetteer=gaz,
                         url=reports["STRIKE_B"].article.url)
    replaced = store.save(moved)
    assert not replaced.created and replaced.article_id == b.article_id
    assert _incident_of(store, replaced, "airstrike") != strike
    assert store.incident(strike)["properties"]["n_sources"] == 1
    store.delete(a.article_id)
    with pytest.raises(Exception, match="no incident"):
        store.incident(strike)


FIRST = ("شنت طائرات التحالف اليوم الثلاثاء غارات جوية على سوق شعبي في مدينة صعدة وقتل عشرة أشخاص بحسب "
         "مصادر محلية.")
BRIDGE = ("قتل عشرة أشخاص اليوم الثلاثاء في غارات جوية على سوق شعبي في مدينة صعدة، ونقلت فرق الإسعاف الجرحى "
          "إلى مستشفى الجمهوري.")
NEXT_DAY = ("نقلت فرق الإسعاف الجرحى إلى مستشفى الجمهوري في مدينة صعدة بعد غارة جوية، وقال مدير المستشفى إن "
            "حالات بعضهم خطيرة.")


def test_an_article_leaving_rematches_the_rest_of_its_incident(store, gaz):
    """A report that joined only through the one deleted (its sentence is like the deleted
    one's, not like the first's) stands alone afterwards, as if that one had never been read."""
    import geomap

    first, bridge, next_day = FIRST, BRIDGE, NEXT_DAY
    saved = [store.save(geomap.parse(t, published=day, source=s, url=f"https://{s}.example/1", gazetteer=gaz))
             for t, day, s in ((first, PUBLISHED, "one"), (bridge, PUBLISHED, "two"), (next_day, "2015-08-12", "three"))]
    ids = [_incident_of(store, s, "airstrike") for s in saved]
    assert len(set(ids)) == 1 and store.incident(ids[0])["properties"]["n_sources"] == 3
    store.delete(saved[1].article_id)
    assert _incident_of(store, saved[0], "airstrike") == ids[0]            # the first keeps the id
    assert _incident_of(store, saved[2], "airstrike") != ids[0]            # nothing ties it to the first now
    assert store.incident(ids[0])["properties"]["n_sources"] == 1
    store.save(geomap.parse(bridge, published=PUBLISHED, source="two", url="https://two.example/1", gazetteer=gaz))
    assert store.incident(ids[0])["properties"]["n_sources"] == 3            # back: it bridges the two again


def test_a_report_alike_to_two_incidents_folds_them_into_one(store, gaz):
    """Two reports of one strike told in other words a day apart stay apart (nothing corroborates
    them, nothing contradicts them) until a third is like each: the two incidents become one,
    each moved member saying where it came from and through which report."""
    import geomap

    def save(text, day, source):
        return store.save(geomap.parse(text, published=day, source=source, url=f"https://{source}.example/1",
                                       gazetteer=gaz))

    first, later = save(FIRST, PUBLISHED, "one"), save(NEXT_DAY, "2015-08-12", "three")
    apart = [_incident_of(store, x, "airstrike") for x in (first, later)]
    assert apart[0] != apart[1]
    bridge = save(BRIDGE, PUBLISHED, "two")
    assert {_incident_of(store, x, "airstrike") for x in (first, later, bridge)} == {apart[0]}
    p = store.incident(apart[0])["properties"]
    assert p["n_sources"] == 3
    [folded] = [x["match"]["folded"] for x in p["sources"] if x["match"] and "folded" in x["match"]]
    assert folded["from"] == apart[1] and folded["through"].endswith("-1")
    with pytest.raises(Exception, match="no incident"):
        store.incident(apart[1])
    store.delete(bridge.article_id)                                         # undone with the report that bridged them
    assert _incident_of(store, first, "airstrike") != _incident_of(store, later, "airstrike")


MINE_A = "ذكرت تقارير إعلامية اليوم الثلاثاء أن مدنيا قتل في انفجار لغم في جنوب شرق تركيا بعد منتصف الليل."
MINE_B = "ذكرت تقارير إعلامية، اليوم الثلاثاء، أن مدنيا لقي حتفه في انفجار لغم جنوب شرقي تركيا بعد منتصف الليل."
MINE_OTHER = "قتل جندي تركي اليوم الثلاثاء في انفجار عبوة ناسفة في جنوب شرق تركيا استهدفت دورية عسكرية."


def test_one_unplaced_report_told_by_two_outlets_is_one_incident(store, gaz):
    """A report with no site (a whole country is not drawn) is found through the index of kind and
    date: told again by another outlet, it joins; another blast told in other words stays apart
    (and deleting the second outlet's article undoes the merge)."""
    import geomap

    saved = [store.save(geomap.parse(t, published=PUBLISHED, source=s, url=f"https://{s}.example/mine", gazetteer=gaz))
             for t, s in ((MINE_A, "one"), (MINE_B, "two"), (MINE_OTHER, "three"))]
    events = [store.events(EventFilter(articles=(x.article_id,)))[0] for x in saved]
    assert all(e["geometry"] is None and e["properties"]["kind"] == "explosion" for e in events)
    ids = [e["properties"]["incident_id"] for e in events]
    assert ids[0] is not None and ids[1] == ids[0] != ids[2]
    p = store.incident(ids[0])["properties"]
    assert p["n_sources"] == 2 and {s["source"] for s in p["sources"]} == {"one", "two"}
    [joined] = [x["match"] for x in p["sources"] if x["match"] and x["match"].get("compared")]
    assert joined["compared"][0]["place"] == 0.4                          # why: no place, one report told again
    store.delete(saved[1].article_id)
    assert store.incident(ids[0])["properties"]["n_sources"] == 1


def test_unplaced_candidates_come_through_their_own_index(tmp_path):
    """The unplaced events a new one may retell are read through the partial index of kind,
    place and date (SQLite's plan), never by a scan of every event; the first look (incident,
    article, word signature) reads the index alone."""
    from geomap.store.sqlite_incidents import UNPLACED

    store = EventStore(str(tmp_path / "plan.sqlite"))
    where = UNPLACED.format(kinds="?, ?")
    params = ("explosion", "suicide_bomb", "geonames:298795", "2015-08-08", "2015-08-14", 1)
    first = " ".join(str(r) for r in store.db.execute(
        f"EXPLAIN QUERY PLAN SELECT incident_id, word_count, word_bits_lo, word_bits_hi {where}", params))
    assert "COVERING INDEX events_unplaced" in first, first
    then = " ".join(str(r) for r in store.db.execute(
        f"EXPLAIN QUERY PLAN SELECT incident_id, facts, article_id {where} AND incident_id IN (?)", (*params, 5)))
    assert "events_unplaced" in then, then
    store.close()


def test_a_word_signature_rules_out_only_unplaced_reports_their_words_rule_out():
    """update.may_retell, the first look at an unplaced candidate through its word count and
    signature alone, never rules out a pair that update.unplaced_apart keeps (matching would
    change), whatever the kinds' thresholds, the sentences' lengths and words sharing a bit; and
    it does rule out most pairs of unlike sentences."""
    import random

    from geomap.incidents.facts import word_bit, word_signature
    from geomap.incidents.update import may_retell, unplaced_apart

    rng = random.Random(15)
    vocabulary = sorted(sentence_words(" ".join((MINE, MINE_RETOLD, MINE_A, MINE_OTHER, CONDEMNED_BY_TURKEY,
                                                 CONDEMNED_BY_IRAQ, STRIKE_A, STRIKE_B, MEETING_A, MEETING_B))))
    bits = {}
    for w in vocabulary:
        bits.setdefault(word_bit(w), []).append(w)
    assert any(len(ws) > 1 for ws in bits.values())              # words that share a bit are among them
    seen = {"kept": 0, "ruled out": 0, "retold": 0}
    for n in range(4000):
        mine = rng.sample(vocabulary, rng.randint(0, 30))
        other = rng.sample(mine, rng.randint(0, len(mine))) + rng.sample(vocabulary, rng.randint(0, 30))
        kind = ("explosion", "statement")[n % 2]
        a = _facts(1, kind=kind, sentence=" ".join(mine), **NOWHERE)
        b = _facts(2, kind=kind, sentence=" ".join(other), **NOWHERE)
        apart, may = unplaced_apart(a, b), may_retell(a)(*word_signature(b.words))
        assert may or apart, (mine, other)
        seen["retold" if not apart else "kept" if may else "ruled out"] += 1
    assert seen["retold"] > 100 and seen["ruled out"] > 5 * seen["kept"], seen
    assert may_retell(_facts(1, **NOWHERE))(None, None, None)      # stored with no signature: may


def test_the_sqlite_store_reads_only_unplaced_candidates_their_signatures_leave(tmp_path):
    """SQLiteIncidents.unplaced leaves out an incident when any member its index finds cannot be
    retold (its signature says so: matching would rule the incident out by that member's words),
    and reads the rest; a report with no words retells none."""
    from geomap.incidents.update import unplaced_apart
    from geomap.store.sqlite_incidents import SQLiteIncidents, word_columns

    store = EventStore(str(tmp_path / "unplaced.sqlite"))
    db = store.db
    db.executemany("INSERT INTO articles (id, text_hash, text, chars, created_at, updated_at) "
                   "VALUES (?, ?, 'x', 1, 't', 't')", [(n, str(n)) for n in range(1, 8)])
    db.execute("INSERT INTO places (id, name, kind, country) VALUES (?, 'Turkey', 'country', 'TR')",
               (NOWHERE["place"],))
    members = {10: (MINE_RETOLD,), 11: (MINE_OTHER,), 12: (MINE_RETOLD, MINE_OTHER)}
    n = 1
    for incident_id, sentences in members.items():
        for sentence in sentences:
            n += 1
            f = _facts(n, kind="explosion", sentence=sentence, **NOWHERE)
            db.execute("INSERT INTO events (event_key, article_id, kind, event_type, date, place_id, summary, "
                       "incident_id, facts, word_count, word_bits_lo, word_bits_hi) "
                       "VALUES (?, ?, 'explosion', 'x', '2015-08-11', ?, '{}', ?, ?, ?, ?, ?)",
                       (f.key, n, f.place_id, incident_id, json.dumps(f.to_json()), *word_columns(f)))
    new = _facts(1, kind="explosion", day=735821, sentence=MINE, **NOWHERE)
    found = SQLiteIncidents(db).unplaced(new, ("explosion", "suicide_bomb"), (735818, 735824))
    assert set(found) == {10} and not unplaced_apart(new, found[10][0])
    assert unplaced_apart(new, _facts(3, kind="explosion", sentence=MINE_OTHER, **NOWHERE))
    assert SQLiteIncidents(db).unplaced(_facts(1, kind="explosion", day=735821, sentence="", **NOWHERE),
                                        ("explosion",), (735818, 735824)) == {}
    store.close()


def test_unplaced_reports_ruled_out_by_their_words_break_a_hard_rule():
    """update.unplaced_apart, the short-cut that rules out unplaced candidates by their words alone
    before a whole comparison, never rules out a pair compare() finds compatible (were a rule to
    change so that it did, matching would change: this test says so), and does rule pairs out."""
    import itertools

    from geomap.incidents.update import unplaced_apart

    turkey, iraq = ActorKey("gov-TR", None, "1"), ActorKey("gov-IQ", None, "1")
    sentences = (MINE, MINE_RETOLD, MINE_A, MINE_OTHER, CONDEMNED_BY_TURKEY, CONDEMNED_BY_IRAQ,
                 "انفجار لغم في جنوب شرق تركيا", "ذكرت تقارير إعلامية اليوم أن مدنيا قتل")
    grid = [dict(kind=kind, sentence=sentence, day=735800 + day, tp=tp, actors=actors, status=status, **place)
            for kind in ("explosion", "statement", "talks")
            for sentence in sentences for day, tp in ((0, 1), (1, 1), (3, 2), (0, 3))
            for actors in ((), (turkey,), (iraq,)) for status in ("occurred", "planned")
            for place in (NOWHERE, dict(NOWHERE, place=None, country=None))]
    ones, twos = [_facts(1, **g) for g in grid], [_facts(2, **g) for g in grid]
    seen = {"apart": 0, "compatible": 0, "neither": 0}
    for i, j in itertools.islice(itertools.combinations(range(len(grid)), 2), 0, None, 11):
        first, second = ones[i], twos[j]          # every eleventh pair: every kind of pair, in seconds
        compatible = compare(first, second).compatible
        apart = unplaced_apart(first, second)
        assert not (apart and compatible), (grid[i], grid[j])
        seen["apart" if apart else "compatible" if compatible else "neither"] += 1
    assert min(seen.values()) > 100, seen
    placed = _facts(2, sentence=MINE_OTHER)
    assert not unplaced_apart(_facts(1, sentence=MINE, **NOWHERE), placed)      # only two unplaced reports


def _records(store, incident_id):
    """The incident's members read back whole, with no cache (the backend's own tables)."""
    from geomap.incidents.aggregate import FeatureCache

    if store.backend == "sqlite":
        from geomap.store.sqlite_incidents import SQLiteIncidents

        return SQLiteIncidents(store.db, FeatureCache(0)).records(incident_id)
    from geomap.store.postgis_incidents import PostGISIncidents

    with store.connection() as conn:
        return PostGISIncidents(conn, FeatureCache(0)).records(incident_id)


def test_an_incident_record_spliced_from_cached_sources_is_the_record_made_whole(store, gaz):
    """Each join rewrites the incident's record from its members' source entries encoded once
    (FeatureCache.record_text): the stored record is the one incident_feature makes from the
    members read back whole, as reports join, fold and leave."""
    import geomap

    def save(text, day, source):
        return store.save(geomap.parse(text, published=day, source=source, url=f"https://{source}.example/1",
                                       gazetteer=gaz))

    def check(saved):
        incident_id = _incident_of(store, saved, "airstrike")
        made = incident_feature(incident_id, _records(store, incident_id))
        assert store.incident(incident_id) == json.loads(json.dumps(made, ensure_ascii=False))
        return incident_id

    first, later = save(FIRST, PUBLISHED, "one"), save(NEXT_DAY, "2015-08-12", "three")
    check(first), check(later)
    bridge = save(BRIDGE, PUBLISHED, "two")                      # folds the two incidents into one
    strike = check(bridge)
    for n, extra in enumerate(("وأكد شهود عيان الحصيلة.", "وندد ناشطون بالغارة.", "ولم يعلق التحالف.")):
        retold = save(f"{BRIDGE} {extra}", PUBLISHED, f"outlet{n}")
        assert check(retold) == strike
    p = store.incident(strike)["properties"]
    assert p["n_sources"] == 6 and len({s["event_id"] for s in p["sources"]}) == 6
    assert sum(1 for s in p["sources"] if (s["match"] or {}).get("folded")) == 1
    store.delete(retold.article_id)
    assert check(first) == strike and store.incident(strike)["properties"]["n_sources"] == 5


def test_an_incident_is_compared_no_further_than_its_first_member_that_breaks_a_hard_rule():
    """An incident one member rules out (a hard rule broken) is not compared with the rest of its
    members (a big incident's hundreds), and the near miss it reports is still that first broken
    rule."""
    from geomap.incidents.matcher import assign

    members = [_facts(n, day=735800 + (n == 2) * 9) for n in range(2, 40)]      # the first is 9 days off
    memo: dict = {}
    [decision] = assign([_facts(1)], {7: members}, memo)
    assert decision.incident is None and len(memo) == 1
    [miss] = decision.link["near_misses"]
    assert miss["event_id"] == members[0].key and "dates too far apart" in miss["veto"]
    [joined] = assign([_facts(1)], {7: members[1:]}, {})                        # without it: joins, all compared
    assert joined.incident == 7 and len(joined.link["compared"]) == len(members) - 1


def test_a_report_that_leaves_out_who_met_joins_through_the_member_it_retells():
    """The participants one outlet leaves out are not a contradiction: the report joins the
    meeting's incident through the member it tells again, though it cannot be matched to the
    other member (told in other words) on its own."""
    from geomap.incidents.matcher import assign

    kerry = ActorKey("kerry", "John Kerry", "1")
    told = "غادر وزير الخارجية الأميركي جون كيري مساء الجمعة واشنطن متوجها إلى الشرق الأوسط في جولة يستهلها من مصر"
    members = [_facts(1, kind="talks", actors=[kerry], sentence=told),
               _facts(2, kind="talks", actors=[kerry], sentence="كيري يبدأ جولة في المنطقة تشمل مصر وقطر")]
    retold = _facts(3, kind="talks", sentence="وكان جون كيري غادر مساء الجمعة واشنطن في جولة يستهلها من مصر")
    assert compare(retold, members[1]).compatible and not compare(retold, members[1]).matched
    [decision] = assign([retold], {7: members})
    assert decision.incident == 7
    alone = _facts(3, kind="talks", sentence="كيري يبحث مع نظيره المصري سبل إحياء التعاون")
    assert assign([alone], {7: members})[0].incident is None


# -- recall (issue 15, third round): causes of the missed pairs, each as a general rule ------------

RESISTANCE_TOOK = "سيطرت المقاومة الشعبية اليوم على حي التواهي آخر أحياء عدن الخاضعة لسيطرة المتمردين الحوثيين"
RESISTANCE_TOLD = "أعلن الناطق باسم المقاومة الجنوبية تحرير مديرية التواهي وطرد الميليشيات منها بعد معارك"
RESISTANCE_RETOLD = "قال متحدث إن المقاومة الشعبية سيطرت اليوم على حي التواهي آخر أحياء عدن تحت سيطرة الحوثيين"
TOOK, HIT = ActorKey("yemen_resistance", None, "1"), ActorKey("houthis", None, "2")
MISREAD = ActorKey("houthis", None, "1")          # the parser read the side that lost the district as the one that acted
KERRY, LAVROV, JUBEIR = (ActorKey("kerry", "John Kerry", "1"), ActorKey("person:لافروف", "سيرغي لافروف", "2"),
                         ActorKey("person:الجبير", "عادل الجبير", "a"))
DOHA = dict(kind="talks", lat=25.29, lon=51.53, place="geonames:290030", country="QA")
ANNOUNCED = "أعلنت الخارجية الروسية أن لقاء ثلاثيا سيعقد في الدوحة يضم لافروف وكيري والجبير لبحث الأزمة السورية"
HELD = "عقد في الدوحة اليوم لقاء ثلاثي بين كيري ونظيره الروسي لافروف ووزير الخارجية السعودي الجبير لبحث الأزمة السورية"


@pytest.mark.parametrize("a, b, merged, why", [
    # the same people meeting in one city, announced one day and held two days later: one meeting
    (dict(**DOHA, actors=[LAVROV, KERRY], sentence=ANNOUNCED),
     dict(**DOHA, day=735802, actors=[KERRY, LAVROV, JUBEIR], sentence=HELD), True, None),
    # one of them meets another there two days later: another meeting
    (dict(**DOHA, actors=[LAVROV, KERRY], sentence=ANNOUNCED),
     dict(**DOHA, day=735802, actors=[KERRY, JUBEIR], sentence=HELD), False, "dates too far apart"),
    (dict(**DOHA, actors=[LAVROV, KERRY], sentence=ANNOUNCED),                # in another city: another meeting
     dict(**DOHA | dict(lat=24.47, lon=54.37, place="geonames:292968"), day=735802, actors=[KERRY, LAVROV],
          sentence=HELD), False, "dates too far apart"),
    (dict(**DOHA, actors=[LAVROV, KERRY], sentence=ANNOUNCED),                # a week on: a meeting of its own
     dict(**DOHA, day=735807, actors=[KERRY, LAVROV], sentence=HELD), False, "dates too far apart"),
])
def test_recall_pair_rules(a, b, merged, why):
    test_pair_rules(a, b, merged, why)


# statements (issue 15, fifth round): the speaker the parser reads as actor1 tells one template's
# users apart and lets one speaker's statement retold with other details (0.67 alike) be one
LEAGUE = ActorKey("mwl", None, "1")
LEAGUE_TOLD = ("أدانت رابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي الذي استهدف حافلة للركاب في ضواحي "
               "المدينة، ونتج عنه مقتل عدد من الركاب")
LEAGUE_RETOLD = ("أدانت رابطة العالم الإسلامي بمكة المكرمة الهجوم الذي استهدف مجموعة من الركاب وقت عودتهم من "
                 "العمل في حافلة بضواحي المدينة")                                   # 0.67 alike
SPAIN_TOLD = ("أدانت اسبانيا العمل الإرهابي الذي استهدف حافلة للركاب في ضواحي المدينة، ونتج عنه مقتل عدد من "
              "الركاب وإصابة آخرين")
PARLIAMENT_TOLD = ("أدان البرلمان العربي العمل الإرهابي الذي استهدف حافلة للركاب في ضواحي المدينة، ونتج عنه "
                   "مقتل عدد من الركاب وإصابة آخرين")                               # one template, 0.86 alike
UNPLACED_STATEMENT = dict(kind="statement", tp=2, lat=None, lon=None, precision=None, place=None, country=None)


@pytest.mark.parametrize("a, b, merged, why", [
    # one speaker named in both, its statement retold with other details a day later: one statement
    (dict(**UNPLACED_STATEMENT, actors=[LEAGUE], sentence=LEAGUE_TOLD),
     dict(**UNPLACED_STATEMENT, day=735801, actors=[LEAGUE], sentence=LEAGUE_RETOLD), True, None),
    # the same words with no speaker read, or read in one only: too unlike for one report told again
    (dict(**UNPLACED_STATEMENT, sentence=LEAGUE_TOLD),
     dict(**UNPLACED_STATEMENT, day=735801, sentence=LEAGUE_RETOLD), False, "no place"),
    (dict(**UNPLACED_STATEMENT, actors=[LEAGUE], sentence=LEAGUE_TOLD),
     dict(**UNPLACED_STATEMENT, day=735801, sentence=LEAGUE_RETOLD), False, "no place"),
    # one template, two speakers, however alike the words: two statements
    (dict(**UNPLACED_STATEMENT, actors=[ActorKey("government:ES", None, "1")], sentence=SPAIN_TOLD),
     dict(**UNPLACED_STATEMENT, actors=[ActorKey("arab_parliament", None, "1")], sentence=PARLIAMENT_TOLD), False,
     "different speakers"),
    # the same speaker on another happening (a statement of other words): apart
    (dict(**UNPLACED_STATEMENT, actors=[LEAGUE], sentence=LEAGUE_TOLD),
     dict(**UNPLACED_STATEMENT, actors=[LEAGUE], sentence="أدانت رابطة العالم الإسلامي التصريحات الطائفية "
          "التي صدرت عن مسؤول سابق"), False, "no place"),
])
def test_statements_by_speaker(a, b, merged, why):
    test_pair_rules(a, b, merged, why)


@pytest.mark.parametrize("told, joins", [
    # a member that read the roles the other way blocks nothing when another member retells the report
    ([RESISTANCE_TOOK, RESISTANCE_TOLD], True),
    # nothing retells it: a side acting in one report and hit in the other stays apart
    ([RESISTANCE_TOLD], False),
])
def test_a_reading_of_the_roles_the_other_way_is_the_parsers_when_a_member_retells_it(told, joins):
    from geomap.incidents.matcher import assign

    place = dict(kind="territory", lat=12.78, lon=44.98, place="geonames:77662")
    members = [_facts(n, **place, actors=[TOOK, HIT], sentence=sentence) for n, sentence in enumerate(told, 1)]
    [decision] = assign([_facts(5, **place, actors=[MISREAD], sentence=RESISTANCE_RETOLD)], {7: members})
    assert (decision.incident == 7) is joins, decision.link


def test_rebuilding_makes_the_same_incidents(store, reports):
    for doc in reports.values():
        store.save(doc)
    before = {tuple(sorted(i["properties"]["event_ids"])) for i in store.incidents(EventFilter(limit=100))}
    assert store.rebuild_incidents() == len(before)
    after = {tuple(sorted(i["properties"]["event_ids"])) for i in store.incidents(EventFilter(limit=100))}
    assert after == before
    for event in store.events(EventFilter(limit=100)):
        assert event["properties"]["incident_id"] is not None


# -- the API -----------------------------------------------------------------------------------

def _post(client, name):
    outlet, text = OUTLETS[name]
    response = client.post("/api/v1/articles", json={"text": text, "published": PUBLISHED, "source": outlet,
                                                      "title": f"{outlet}: {name}",
                                                      "url": f"https://{outlet.lower().replace(' ', '-')}.example/{name.lower()}"})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_api_incidents_are_geojson_with_the_events_filters_and_paging(client):
    for name in OUTLETS:
        _post(client, name)
    response = client.get("/api/v1/incidents")
    assert response.status_code == 200 and response.mimetype == "application/geo+json"
    body = response.get_json()
    assert body["type"] == "FeatureCollection" and body["numberMatched"] == len(body["features"])
    strikes = client.get("/api/v1/incidents?type=airstrike&bbox=43,16,44.5,17.5").get_json()["features"]
    assert len(strikes) == 1
    p = strikes[0]["properties"]
    assert p["n_sources"] == 2 and {s["source"] for s in p["sources"]} == {"Reuters", "Al Arabiya"}
    assert strikes[0]["geometry"]["coordinates"][1] == pytest.approx(16.94, abs=0.1)
    one = client.get(f"/api/v1/incidents/{p['incident_id']}").get_json()
    assert one["properties"]["event_ids"] == p["event_ids"]
    for event_id in p["event_ids"]:
        event = client.get(f"/api/v1/events/{event_id}").get_json()
        assert event["properties"]["incident_id"] == p["incident_id"]
    page = client.get("/api/v1/incidents?limit=1").get_json()
    assert page["numberReturned"] == 1 and any(link["rel"] == "next" for link in page["links"])
    assert client.get("/api/v1/incidents?source=TASS").get_json()["numberMatched"] >= 1
    summary = client.get("/api/v1/incidents?fields=summary&located=true").get_json()["features"]
    assert all("n_sources" in f["properties"] and "sources" not in f["properties"] for f in summary)


@pytest.mark.parametrize("query, status", [("?since=yesterday", 400), ("?bbox=1,2,3", 400), ("?fields=all,x", 400),
                                           ("/99999", 404), ("/abc", 404)])
def test_api_incidents_refuse_bad_input_with_json(client, query, status):
    response = client.get("/api/v1/incidents" + query)
    assert response.status_code == status and response.get_json()["status"] == status


def test_acled_csv_has_an_incidents_mode_with_every_source(client):
    for name in ("STRIKE_A", "STRIKE_B", "STRIKE_OTHER_TOWN"):
        _post(client, name)
    response = client.get("/api/v1/events.csv?mode=incidents&type=airstrike")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 2
    saada = next(r for r in rows if r["n_sources"] == "2")
    assert set(saada["source"].split("; ")) == {"Reuters", "Al Arabiya"}
    assert "صعدة" in saada["notes"] and saada["fatalities"] == "12" and saada["fatalities_max"] == "15"
    events = list(csv.DictReader(io.StringIO(client.get("/api/v1/events.csv?type=airstrike").get_data(as_text=True))))
    assert len(events) == 3
    assert client.get("/api/v1/events.csv?mode=both").status_code == 400


def test_an_old_store_gets_its_incidents_when_it_is_upgraded(tmp_path, reports):
    """A store from before incidents (schema 5, written as that version wrote it) is migrated
    on open and its stored events matched."""
    import sqlite3

    from geomap.store.rows import event_rows, prepare
    from geomap.store.schema import MIGRATIONS, _statements

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    for number, script in MIGRATIONS[:5]:
        for statement in _statements(script):
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {number}")
    for n, doc in enumerate(reports.values(), 1):
        art = prepare(doc)
        db.execute("INSERT INTO articles (id, text_hash, url, title, source, published, text, chars, events, "
                   "mentions, unresolved, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,0,0,'t','t')",
                   (n, *art.article_row()[:8]))
        for row in event_rows(art, n):
            db.execute("INSERT INTO events (event_key, article_id, kind, event_type, date, geo_precision, lat, "
                       "lon, place_id, source, status, fatalities, report, summary) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", row.columns())
            db.execute("INSERT INTO event_records (event_id, feature) VALUES "
                       "((SELECT id FROM events WHERE event_key = ?), ?)", (row.key, row.feature))
    db.close()
    with EventStore(path) as store:
        assert store.migrated_from == 5
        strikes = store.incidents(EventFilter(types=("airstrike",)))
        assert sorted(i["properties"]["n_sources"] for i in strikes) == [1, 2]


def test_the_incidents_eval_scores_labelled_pairs_by_how_they_were_drawn(store, reports, tmp_path):
    """``geomap eval incidents`` on pairs anchored by corpus id, trigger and occurrence: a pair
    merged and labelled one happening is right, a pair apart and labelled different is right too,
    and each way of drawing pairs gets its own row."""
    from geomap.evaluation.incidents import COLUMNS, evaluate, load_pairs

    saved = {name: store.save(reports[name]) for name in ("STRIKE_A", "STRIKE_B", "STRIKE_OTHER_TOWN")}
    urls = {f"2015-08-11#{n}": reports[name].article.url for n, name in enumerate(saved)}
    rows = ["\t".join(COLUMNS),
            "1\t2015-08-11#0\tغارات\t1\t2015-08-11#1\tغارة\t1\tmerged\tsame\t",
            "2\t2015-08-11#0\tغارات\t1\t2015-08-11#2\tغارات\t1\tnear\tdifferent\tanother town",
            "3\t2015-08-11#1\tغارة\t1\t2015-08-11#2\tغارات\t1\tnear\tsame\tlabelled wrongly on purpose",
            "4\t2015-08-11#9\tغارة\t1\t2015-08-11#2\tغارات\t1\tnear\tsame\tno such article"]
    path = tmp_path / "pairs.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = evaluate(store, load_pairs(path), urls)
    assert (result["tp"], result["fp"], result["fn"], result["tn"], result["missing"]) == (1, 0, 1, 1, 1)
    assert (result["precision"], result["recall"]) == (1.0, 0.5)
    assert result["by_sample"]["merged"]["tp"] == 1 and result["by_sample"]["near"]["recall"] == 0.0
    assert [e["pair"] for e in result["errors"]] == [3]


# -- recall (issue 15, fourth round) ---------------------------------------------------------------

APACHE = ("وأعلن الجيش عن مقتل ثمانية مسلحين إثر قصف جوي لمروحيات الأباتشي جنوب الشيخ زويد، وعلى الفور "
          "تحركت المروحيات وتم قصف المعاقل الثلاثة")      # two triggers (قصف جوي، قصف) for one raid


def _twice(n, **kw):
    return dataclasses.replace(_facts(1, sentence=APACHE, **kw), key=f"e1-{n}")


def test_one_happening_the_parser_read_twice_in_one_sentence_is_one_incident():
    """Two events of one article from one sentence, of one kind, day and place are one happening
    read twice: the second goes where the first goes (a new incident, or one it joins); in another
    place, or from another sentence, they stay the article's two events."""
    from geomap.incidents.matcher import assign
    from geomap.incidents.update import IncidentTables, match_article, started

    first, second = _twice(1), _twice(2)
    elsewhere = _twice(3, lat=13.58, lon=44.02, place="geonames:70225")
    other_sentence = dataclasses.replace(_facts(1, sentence="قصف جوي على الشيخ زويد"), key="e1-4")
    assert compare(first, second).matched and compare(second, first).matched
    assert compare(first, elsewhere).veto.startswith("the same article")
    assert compare(first, other_sentence).veto.startswith("the same article")

    [_, joined, _] = assign([first, second, elsewhere], {7: [_facts(2, sentence=APACHE)]})
    assert joined.incident == 7 and joined.link["twin"] == "e1-1"

    class Fresh(IncidentTables):        # no incident yet: each event that joins none starts one
        made = 0

        def near(self, facts, kinds): return {}
        def unplaced(self, facts, kinds, days): return {}
        def members(self, incident_ids): return {}
        def records(self, incident_id): return []
        def write(self, incident_id, feature, summary, text=None): ...
        def drop(self, incident_id): ...
        def assign_stored(self, article_id, decisions, *, index=True): ...

        def create(self, facts):
            self.made += 1
            return self.made

    decisions = match_article(Fresh(), [first, second, elsewhere])
    assert [d.incident for d in decisions] == [1, 1, 2]
    features = [{"id": d.facts.key} for d in decisions]
    assert {i: [f["id"] for f, _ in members] for i, members in started(decisions, features).items()} == {
        1: ["e1-1", "e1-2"], 2: ["e1-3"]}


PLANNED_A = ("ويعقد وزير الخارجية الروسي سيرجي لافروف محادثات مع نظيره السعودي عادل الجبير في موسكو يوم "
             "الاثنين المقبل.")
PLANNED_B = ("ومن المقرر أن تنطلق محادثات بين وزير الخارجية عادل الجبير ونظيره الروسي سيرجي لافروف في موسكو يوم "
             "الاثنين المقبل.")


def test_a_meeting_two_outlets_announce_is_one_incident_still_to_come(store, gaz):
    """Told as still to come (report "planned"), two outlets' announcements of one meeting are one
    incident, itself "planned": off the default map and the ACLED CSV, drawn with report=planned."""
    import geomap

    saved = [store.save(geomap.parse(text, published=PUBLISHED, source=outlet, title=outlet, gazetteer=gaz))
             for outlet, text in (("TASS", PLANNED_A), ("SPA", PLANNED_B))]
    ids = {_incident_of(store, s, "talks") for s in saved}
    assert len(ids) == 1 and None not in ids
    incident = store.incident(ids.pop())["properties"]
    assert incident["report"] == "planned" and incident["n_sources"] == 2
    assert store.incidents(EventFilter(report=("new",), limit=100)) == []
    assert [f["properties"]["report"] for f in store.incidents(EventFilter(report=("planned",), limit=100))] == ["planned"]


# a place is taken once (session 27): two takeovers of one quarter told two days apart, however
# unlike their sentences, are one takeover; not two air strikes on it, nor takeovers four days apart
TAWAHI = dict(kind="territory", lat=12.78, lon=44.98, place="geonames:77662")


@pytest.mark.parametrize("a, b, merged, why", [
    (dict(**TAWAHI, sentence=RESISTANCE_TOOK), dict(**TAWAHI, day=735802, sentence=RESISTANCE_TOLD), True, None),
    (dict(**TAWAHI | dict(kind="airstrike"), sentence=RESISTANCE_TOOK),
     dict(**TAWAHI | dict(kind="airstrike"), day=735802, sentence=RESISTANCE_TOLD), False, "dates too far apart"),
    (dict(**TAWAHI, sentence=RESISTANCE_TOOK), dict(**TAWAHI, day=735804, sentence=RESISTANCE_TOLD), False,
     "dates too far apart"),
    (dict(**TAWAHI, precision=2, sentence=RESISTANCE_TOOK),
     dict(**TAWAHI, precision=2, day=735802, sentence=RESISTANCE_TOLD), False, "dates too far apart"),
])
def test_a_place_is_taken_once(a, b, merged, why):
    test_pair_rules(a, b, merged, why)
