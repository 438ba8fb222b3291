"""Actors (issue 15, fifth round): a statement's speaker is its actor1 — the subject of its verb
or of the verb that voices it — so that two statements of one template by two speakers can be told
apart, and one speaker's statement told by two outlets can be put together. Sentences of our own."""

from __future__ import annotations

import pytest

import geomap

PUBLISHED = "2015-08-07"


def speaker(gaz, text):
    doc = geomap.parse(text, published=PUBLISHED, gazetteer=gaz)
    statements = [e for e in doc.events if e.kind == "statement"]
    assert len(statements) == 1, [(e.kind, e.trigger) for e in doc.events]
    e = statements[0]
    return (e.actor1.name, e.actor1.id) if e.actor1 else None


# the subject right after the verb: a country by its name, by a state noun and its name or nisba,
# by its capital standing for its government; an organisation of speakers.tsv, past its office
@pytest.mark.parametrize("text, expected", [
    ("أدانت اسبانيا الهجوم الذي استهدف حافلة للركاب في ضواحي المدينة.",
     ("Government of Spain", "government:ES")),
    ("أدانت مملكة البحرين بشدة الهجوم الذي استهدف حافلة للركاب.", ("Government of Bahrain", "government:BH")),
    ("وأدانت المنامة بشدة التصريحات الأخيرة لمسؤول في طهران.", ("Government of Bahrain", "government:BH")),
    ("أعربت الجمهورية العراقية عن إدانتها للهجوم الذي استهدف حافلة للركاب.", ("Government of Iraq", "government:IQ")),
    ("أعربت تركيا أمس عن إدانتها الشديدة للهجوم على الحافلة.", ("Government of Türkiye", "government:TR")),
    ("ندد الأزهر الشريف بالهجوم الذي استهدف حافلة للركاب.", ("Al-Azhar", "azhar")),
    ("أدانت الأمانة العامة لرابطة العالم الإسلامي، اليوم، الهجوم الذي استهدف حافلة للركاب.",
     ("Muslim World League", "mwl")),
    ("أدان البرلمان العربي الهجوم الذي استهدف حافلة للركاب.", ("Arab Parliament", "arab_parliament")),
])
def test_a_statement_s_speaker_is_the_subject_of_its_verb(gaz, text, expected):
    assert speaker(gaz, text) == expected


# the subject right before the verb (إن X أدانت), with nothing but a space between
@pytest.mark.parametrize("text, expected", [
    ("وقال المتحدث إن مملكة البحرين أدانت الهجوم على الحافلة.", ("Government of Bahrain", "government:BH")),
    ("وكان الاتحاد الأوروبي قد ندد بالهجوم على الحافلة.", ("European Union", "eu")),
])
def test_a_statement_s_speaker_may_come_before_its_verb(gaz, text, expected):
    assert speaker(gaz, text) == expected


# what a speaker condemned is no speaker: an organisation named after the subject is its target,
# and a country of the clause before is not the subject of the next
def test_what_was_condemned_is_no_speaker(gaz):
    doc = geomap.parse("أدانت جامعة الدول العربية قرار الحوثيين منع الصحفيين من السفر.", published=PUBLISHED,
                       gazetteer=gaz)
    e = next(e for e in doc.events if e.kind == "statement")
    assert e.actor1.id == "arab_league"
    assert e.actor2 is not None and e.actor2.id == "houthis"
    assert speaker(gaz, "وقعت الحادثة في الكويت، وأدانت المحكمة المتهم بالسرقة.") is None
    # a speaker the parser does not read leaves actor1 empty: what it condemned is still no speaker
    doc = geomap.parse("أدانت نقابة الصحفيين قرار الحوثيين منع الصحفيين من السفر.", published=PUBLISHED, gazetteer=gaz)
    e = next(e for e in doc.events if e.kind == "statement")
    assert e.actor1 is None and e.actor2 is not None and e.actor2.id == "houthis"
