"""Arabic text handling shared by the gazetteer index and the text matcher.

One normalisation, :func:`normalize`, is applied to gazetteer names when the
index is built and to article tokens when they are matched, so both sides meet
in the same form.

>>> normalize("إدلب")
'ادلب'
>>> normalize("أنقرة")
'انقره'
>>> normalize("حَلَبُ")
'حلب'
>>> [t.text for t in tokenize("وصل إلى جنيف، اليوم")]
['وصل', 'إلى', 'جنيف', 'اليوم']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Harakat, Quranic marks, superscript alef and tatweel: dropped.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u202a-\u202e\ufeff]")

# Letter folding. Persian/Urdu/Kurdish letters fold onto their Arabic look-alikes
# so that GeoNames' mixed-script alternate names meet Arabic text.
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه", "ۃ": "ه",
    "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ے": "ي", "ۍ": "ي",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق", "ۆ": "و", "ۇ": "و", "ۋ": "و",
    "ڕ": "ر", "ڵ": "ل", "ٹ": "ت", "ڈ": "د", "ڑ": "ر", "ں": "ن",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
    "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
    "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
})

# Letters that exist in Persian/Urdu/Kurdish but not in standard Arabic.
NON_ARABIC_LETTERS = frozenset("پچژگکیڤۀەھہێېۆۇۋڕڵٹڈڑںےۍ")

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
# Words: letters, digits and the marks inside Arabic words; "_" separates words (#انفجار_بيروت).
_TOKEN = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")
_SPACES = re.compile(r"\s+")
# Sentence ends: . ! ? ؟ … and line breaks; the Arabic comma ، does not end a sentence.
_SENTENCE_END = re.compile(r"(?:[.!?؟…]+[\"'»”)\]]*)(?=\s|$)|\n+")

# Proclitics that attach to a noun, outermost first.
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


def normalize(text: str) -> str:
    """Fold *text* to the form used for gazetteer lookups.

    Drops diacritics and tatweel, unifies alef forms, folds ة→ه, ى→ي and the
    Persian letters, turns Eastern Arabic digits into ASCII and squeezes spaces.

    >>> normalize("مدينةُ حلب")
    'مدينه حلب'
    >>> normalize("هانگژو")
    'هانكزو'
    """
    text = _DROP.sub("", text).translate(_FOLD)
    return _SPACES.sub(" ", text).strip()


def is_arabic(text: str) -> bool:
    """True when *text* contains at least one Arabic-script letter."""
    return bool(_ARABIC_LETTER.search(text))


_LETTER = re.compile(r"[^\W\d_]")


def arabic_ratio(text: str) -> float:
    """Share of letters in *text* that are Arabic script (0.0 for no letters)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / letters


def has_non_arabic_letters(text: str) -> bool:
    """True when *text* uses Persian/Urdu/Kurdish-only letters (before folding)."""
    return any(c in NON_ARABIC_LETTERS for c in text)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the input text with its character offsets (Python indices)."""

    text: str
    norm: str
    start: int
    end: int
    index: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    index: int


def tokenize(text: str) -> list[Token]:
    """Split *text* into word tokens carrying offsets and the normalised form.

    >>> t = tokenize("في إدلبَ")[1]
    >>> (t.text, t.norm, t.start, t.end)
    ('إدلبَ', 'ادلب', 3, 8)
    """
    tokens = []
    for m in _TOKEN.finditer(text):
        norm = _normalize_word(m.group())
        if not norm:
            continue
        tokens.append(Token(m.group(), norm, m.start(), m.end(), len(tokens)))
    return tokens


@lru_cache(maxsize=200_000)
def _normalize_word(word: str) -> str:
    return normalize(word)


def sentences(text: str) -> list[Sentence]:
    """Sentence spans of *text*, split on . ! ? ؟ … and blank lines, not on ،.

    >>> [text[s.start:s.end] for text in ["قال. ثم، ذهب؟"] for s in sentences(text)]
    ['قال.', 'ثم، ذهب؟']
    """
    spans = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        _append_span(text, pos, end, spans)
        pos = end
    _append_span(text, pos, len(text), spans)
    return [Sentence(s, e, i) for i, (s, e) in enumerate(spans)]


def _append_span(text: str, start: int, end: int, spans: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@lru_cache(maxsize=200_000)
def _readings(norm: str) -> tuple[tuple[str, str], ...]:
    return tuple(_strip_proclitics(norm))


def strip_proclitics(norm: str) -> list[tuple[str, str]]:
    """Readings of a normalised word as (stem, proclitics), the bare word first.

    Covers و ف (conjunctions), ب ل ك (prepositions), their combinations, and
    لل (ل + ال with the alef dropped). The definite article is kept on the stem:
    gazetteer names carry it when the place's name does (الرقة, القاهرة).

    >>> strip_proclitics("وحلب")
    [('وحلب', ''), ('حلب', 'و')]
    >>> strip_proclitics("للرقه")
    [('للرقه', ''), ('لرقه', 'ل'), ('الرقه', 'لل')]
    >>> strip_proclitics("وبالموصل")
    [('وبالموصل', ''), ('بالموصل', 'و'), ('الموصل', 'وب')]
    """
    return list(_readings(norm))


def _strip_proclitics(norm: str) -> list[tuple[str, str]]:
    readings = [(norm, "")]
    seen = {norm}

    def add(stem: str, clitics: str) -> None:
        if len(stem) >= 2 and stem not in seen:
            seen.add(stem)
            readings.append((stem, clitics))

    heads = [(norm, "")]
    if len(norm) > 3 and norm[0] in CONJUNCTIONS:
        heads.append((norm[1:], norm[0]))
        add(norm[1:], norm[0])
    for word, conj in heads:
        if len(word) > 3 and word[0] in PREPOSITIONS:
            add(word[1:], conj + word[0])
        if len(word) > 4 and word.startswith("لل"):
            add("ال" + word[2:], conj + "لل")
    return readings


def strip_article(norm: str) -> str | None:
    """The word without a leading ال, or None when it has none.

    >>> strip_article("الرقه"), strip_article("حلب")
    ('رقه', None)
    """
    if norm.startswith("ال") and len(norm) > 4:
        return norm[2:]
    return None
