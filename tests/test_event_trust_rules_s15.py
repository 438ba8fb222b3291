"""Issue 11, classes 3 and 8, a rule of round 2's fifteenth session: a region named after its cue word
is kept in a text whose other places are only the countries that condemned or sent condolences.
Found in the whole-corpus list of names left unresolved next to an event: the Asir mosque bombing of
6 August 2015, told in a dozen Gulf condolence reports, had no place (بمنطقة عسير was dropped as a
"foreign namesake" of a document about Bahrain, Kuwait and the UAE). Arabic sentences of our own;
the first two rows fail without the rule, the others are its limits."""

from __future__ import annotations

import pytest

from test_event_trust_rules import drawn


@pytest.mark.parametrize("text, expected", [
    ("أعرب ملك البحرين عن إدانته للتفجير الإرهابي الذي استهدف أمس مسجد قوات الطوارئ بمنطقة عسير.",
     [("explosion", "Asir Region")]),
    ("أدانت مصر والأردن التفجير الذي استهدف أمس مسجدا في منطقة القصيم.",
     [("explosion", "Al-Qassim Region")]),
    # without its cue word a bare name is no more evidence than before: the gazetteer lists common
    # words as names of cities of the region (قوم for Qom). (Since the twentieth session the
    # countries that condemned weigh a fifth of a place for the text's focus, so the bare عسير of a
    # bombing they condemned is read in its own country: the Asir region.)
    ("أدانت مصر والأردن التفجير الذي استهدف أمس مسجدا في عسير.", [("explosion", "Asir Region")]),
    ("أكدت مصر والأردن أن قوم هذا البلد كرماء.", []),
])
def test_a_region_after_its_cue_word_in_a_report_of_condolences(gaz, text, expected):
    assert drawn(gaz, text) == expected


@pytest.mark.parametrize("text, name", [
    ("أكدت مصر والأردن أن قوم هذا البلد كرماء.", "قوم"),
])
def test_a_bare_name_in_a_report_of_condolences_stays_unread(gaz, text, name):
    from geomap.parser import parse

    doc = parse(text, published="2015-08-07", gazetteer=gaz)
    assert not [m for m in doc.mentions if m.text == name and m.resolved]


# verbs of arrest and abduction in the plural or passive, and a cell dismantled: events a dev half
# missed (six detained after the Lice bombing; four Italians abducted near Mellitah; a Tunisian cell)
@pytest.mark.parametrize("text, kind", [
    ("ذكرت وكالة أنباء دوجان أن ستة أشخاص على الأقل اعتقلوا في مدينة دياربكر للاشتباه بعلاقتهم بالهجوم.", "arrests"),
    ("أعلنت الخارجية الإيطالية أن أربعة من مواطنيها خطفوا أمس قرب مدينة زوارة غرب ليبيا على أيدي مسلحين.",
     "abduction"),
    ("أعلنت وزارة الداخلية أن قوات الأمن فككت خلية إرهابية في مدينة القصرين كانت تعتزم تنفيذ هجمات.",
     "arrests"),
])
def test_plural_and_passive_verbs_of_arrest_and_abduction_are_events(gaz, text, kind):
    assert [k for k, _ in drawn(gaz, text)] == [kind]
