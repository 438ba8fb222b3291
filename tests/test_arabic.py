"""gazetteer.arabic: one normalisation for the index and the text; tokens with offsets."""

import pytest

from gazetteer.arabic import arabic_ratio, mostly_arabic, normalize, sentences, strip_proclitics, tokenize


@pytest.mark.parametrize("raw, expected", [
    ("إدلب", "ادلب"),
    ("أنقرة", "انقره"),
    ("انقره", "انقره"),
    ("آمرلي", "امرلي"),
    ("حَلَبُ", "حلب"),               # diacritics
    ("حلـــب", "حلب"),               # tatweel
    ("مصطفى", "مصطفي"),              # alef maqsura
    ("هانگژو", "هانكزو"),            # Persian letters folded
    ("کرمانشاه", "كرمانشاه"),        # Persian kaf
    ("الـ ١٢", "ال 12"),             # Eastern Arabic digits
    ("  دير   الزور ", "دير الزور"),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_tokens_keep_offsets_into_the_original_text():
    text = "وصل كيري، إلى جَنيف اليوم"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["وصل", "كيري", "إلى", "جَنيف", "اليوم"]
    for t in tokens:
        assert text[t.start:t.end] == t.text
    assert tokens[3].norm == "جنيف"


@pytest.mark.parametrize("text, tokens", [
    ("قُتِلَ في حلبَ", [("قُتِلَ", "قتل"), ("في", "في"), ("حلبَ", "حلب")]),      # marks inside and after a word
    ("، ًحلب", [("ًحلب", "حلب")]),                                      # a mark right before a word is its
    ("حلب ً حمص", [("حلب", "حلب"), ("حمص", "حمص")]),                    # a stray mark is no word
    ("حلـــب", [("حلـــب", "حلب")]),                                     # tatweel
    ("#انفجار_بيروت", [("انفجار", "انفجار"), ("بيروت", "بيروت")]),       # "_" separates words
    ("حلب\u200fحمص", [("حلب", "حلب"), ("حمص", "حمص")]),                  # so do direction marks
    ("أنقرة ٢٠١٦", [("أنقرة", "انقره"), ("٢٠١٦", "2016")]),              # letters and digits folded
    ("", []),
])
def test_tokens_and_their_normalised_forms(text, tokens):
    found = tokenize(text)
    assert [(t.text, t.norm) for t in found] == tokens
    assert [text[t.start:t.end] for t in found] == [t.text for t in found]
    assert found.norms == [norm for _, norm in tokens]


@pytest.mark.parametrize("text, expected", [
    ("حلب Aleppo", True),                   # 3 of 9 letters
    ("Aleppo Syria حلب", False),            # 3 of 14
    ("12345 !!", False),                    # no letters at all
    ("قال الرئيس إن المحادثات مستمرة", True),
])
def test_mostly_arabic_agrees_with_the_ratio(text, expected):
    assert mostly_arabic(text, 0.3) is expected
    assert (arabic_ratio(text) >= 0.3) is expected


@pytest.mark.parametrize("word, reading", [
    ("وحلب", ("حلب", "و")),
    ("بحلب", ("حلب", "ب")),
    ("وبحلب", ("حلب", "وب")),
    ("للرقه", ("الرقه", "لل")),
    ("فروسيا", ("روسيا", "ف")),
])
def test_proclitic_readings(word, reading):
    readings = strip_proclitics(word)
    assert readings[0] == (word, "")          # the bare word comes first
    assert reading in readings


def test_short_words_are_not_stripped():
    assert strip_proclitics("وصل") == [("وصل", "")]


def test_sentences_split_on_full_stops_not_on_the_arabic_comma():
    text = "قال كيري، في جنيف، إن المحادثات مستمرة. وأضاف: لا اتفاق بعد؟\n\nعنوان فرعي"
    spans = [text[s.start:s.end] for s in sentences(text)]
    assert spans == ["قال كيري، في جنيف، إن المحادثات مستمرة.", "وأضاف: لا اتفاق بعد؟", "عنوان فرعي"]


def test_arabic_ratio():
    assert arabic_ratio("حلب Aleppo") == pytest.approx(3 / 9)
    assert arabic_ratio("12345") == 0.0
