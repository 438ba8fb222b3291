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
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

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

_FOLD_CHARS = {chr(k): v for k, v in _FOLD.items()}
# The folds nearly every Arabic text needs: str.replace is far cheaper than str.translate for them.
_COMMON_FOLDS = tuple((c, _FOLD_CHARS[c]) for c in "ةأىإآ")
_RARE_FOLDS = re.compile("[" + "".join(c for c in _FOLD_CHARS if c not in "ةأىإآ") + "]")

# Letters that exist in Persian/Urdu/Kurdish but not in standard Arabic.
NON_ARABIC_LETTERS = frozenset("پچژگکیڤۀەھہێېۆۇۋڕڵٹڈڑںےۍ")

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
# Patterns that start with a bare character class are searched for quickly: [x][x]* rather than [x]+.
_ARABIC_LETTERS = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff][\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]*")
# Diacritics, Quranic marks and tatweel: part of a word, not of its normalised form.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640][\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*")
# Words: letters, digits and the marks inside them, in a text whose "_" are spaces (#انفجار_بيروت).
_WORDS = re.compile(r"([\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+)")
_SPACES = re.compile(r"\s\s*")
# Sentence ends: . ! ? ؟ … and line breaks; the Arabic comma ، does not end a sentence.
# (Written to start with a character class, which the regex engine scans for quickly.)
_SENTENCE_END = re.compile(r"""[.!?؟…\n](?:(?<=\n)\n*|(?<=[.!?؟…])[.!?؟…]*["'»”)\]]*(?=\s|$))""")

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
    text = fold(_DROP.sub("", text))
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """The letter folding of :func:`normalize` alone (أ→ا, ة→ه, ى→ي, Persian letters, digits);
    one character for one, so offsets stay.

    >>> fold("أنقرة ٢٠١٦")
    'انقره 2016'
    """
    for letter, folded in _COMMON_FOLDS:
        if letter in text:
            text = text.replace(letter, folded)
    if _RARE_FOLDS.search(text):
        text = text.translate(_FOLD)
    return text


def is_arabic(text: str) -> bool:
    """True when *text* contains at least one Arabic-script letter."""
    return bool(_ARABIC_LETTER.search(text))


_LETTER = re.compile(r"[^\W\d_]")


def arabic_ratio(text: str) -> float:
    """Share of letters in *text* that are Arabic script (0.0 for no letters)."""
    rest = _ARABIC_LETTERS.sub("", text)            # one pass; only the rest is searched letter by letter
    arabic = len(text) - len(rest)
    if not arabic:
        return 0.0
    # two signs in the Arabic block are not letters (they count as Arabic, not in the letters)
    signs = text.count("\u06fd") + text.count("\u06fe")
    letters = arabic - signs + len(_LETTER.findall(rest))
    return arabic / letters if letters else 0.0


# The commonest Arabic letters: counting them is enough to tell most Arabic text.
_COMMON_LETTERS = "الينمو"


def mostly_arabic(text: str, minimum: float) -> bool:
    """Whether at least *minimum* of the letters of *text* are Arabic script
    (``arabic_ratio(text) >= minimum``), usually without looking at each letter.

    >>> mostly_arabic("حلب Aleppo", 0.3), mostly_arabic("Aleppo حلب", 0.5)
    (True, False)
    """
    # these letters are Arabic, and there are no more letters than characters
    if sum(map(text.count, _COMMON_LETTERS)) >= minimum * len(text) > 0:
        return True
    return arabic_ratio(text) >= minimum


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


class Tokens(Sequence):
    """The word tokens of a text: their normalised forms and offsets as parallel lists
    (``norms``, ``starts``, ``ends``), read by the matchers without making an object per
    word; ``tokens[i]`` makes (once) the :class:`Token` of word i."""

    __slots__ = ("text", "norms", "starts", "ends", "_items", "_sentence_of")

    def __init__(self, text: str, norms: list[str], starts: list[int], ends: list[int]):
        self.text = text
        self.norms = norms
        self.starts = starts
        self.ends = ends
        self._items: list[Token | None] = [None] * len(norms)
        self._sentence_of: tuple[object, list[int]] | None = None

    def __len__(self) -> int:
        return len(self.norms)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.norms)))]
        item = self._items[i]
        if item is None:
            if i < 0:
                i += len(self.norms)
            start, end = self.starts[i], self.ends[i]
            item = self._items[i] = Token(self.text[start:end], self.norms[i], start, end, i)
        return item

    def __iter__(self):
        for i in range(len(self.norms)):
            yield self[i]

    def __repr__(self) -> str:
        return f"Tokens({self.norms!r})"

    def sentence_of(self, sentences: list[Sentence]) -> list[int]:
        """The index of the sentence each token starts in (computed once per sentence list)."""
        if self._sentence_of is not None and self._sentence_of[0] is sentences:
            return self._sentence_of[1]
        out: list[int] = []
        starts = self.starts
        done = 0
        for k in range(1, len(sentences)):
            upto = bisect_right(starts, sentences[k].start - 1)     # tokens before sentence k starts
            out += [k - 1] * (upto - done)
            done = upto
        out += [max(0, len(sentences) - 1)] * (len(starts) - done)
        self._sentence_of = (sentences, out)
        return out


def as_tokens(tokens: Sequence[Token]) -> Tokens:
    """*tokens* as :class:`Tokens` (a list of Token objects from elsewhere is copied into one)."""
    if isinstance(tokens, Tokens):
        return tokens
    out = Tokens("", [t.norm for t in tokens], [t.start for t in tokens], [t.end for t in tokens])
    out._items = list(tokens)           # every Token exists already: the text is never read
    return out


def tokenize(text: str) -> Tokens:
    """Split *text* into word tokens carrying offsets and the normalised form.

    >>> t = tokenize("في إدلبَ")[1]
    >>> (t.text, t.norm, t.start, t.end)
    ('إدلبَ', 'ادلب', 3, 8)
    """
    folded = fold(text)                             # one character for one: offsets stay
    if "_" in folded:
        folded = folded.replace("_", " ")           # "_" separates words (#انفجار_بيروت)
    # [gap, word, gap, word, …, gap]: the offsets are running sums of the lengths
    parts = _WORDS.split(folded)
    ends_of_parts = list(accumulate(map(len, parts)))
    norms = parts[1::2]
    starts = ends_of_parts[0:-1:2]
    ends = ends_of_parts[1::2]
    if _MARKS.search(folded):
        _drop_marks(folded, norms, starts, ends)
    return Tokens(text, norms, starts, ends)


def _drop_marks(folded: str, norms: list[str], starts: list[int], ends: list[int]) -> None:
    """The normalised form of the words with diacritics or tatweel is without them; a word
    that is nothing else (a stray mark) is no word."""
    marked = {bisect_right(starts, m.start()) - 1 for m in _MARKS.finditer(folded)}
    for k in marked:
        norms[k] = _MARKS.sub("", norms[k])
    if "" in norms:
        keep = [k for k, norm in enumerate(norms) if norm]
        norms[:] = [norms[k] for k in keep]
        starts[:] = [starts[k] for k in keep]
        ends[:] = [ends[k] for k in keep]


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """:func:`normalize` of one word, cached (words repeat)."""
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
    span = text[start:end]
    kept = span.strip()
    if kept:
        start += len(span) - len(span.lstrip())
        spans.append((start, start + len(kept)))


@lru_cache(maxsize=200_000)
def _readings(norm: str) -> tuple[tuple[str, str], ...]:
    return tuple(_strip_proclitics(norm))


def clitic_readings(norm: str) -> tuple[tuple[str, str], ...]:
    """:func:`strip_proclitics` as a cached tuple, for loops that only read it."""
    return _readings(norm)


@lru_cache(maxsize=200_000)
def stems(norm: str) -> tuple[str, ...]:
    """The stems of :func:`strip_proclitics` alone, the bare word first (cached).

    >>> stems("وبالموصل")
    ('وبالموصل', 'بالموصل', 'الموصل')
    """
    return tuple(stem for stem, _ in _readings(norm))


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


_CLITIC_LETTERS = frozenset(CONJUNCTIONS + PREPOSITIONS)


def _strip_proclitics(norm: str) -> list[tuple[str, str]]:
    readings = [(norm, "")]
    if len(norm) <= 3 or norm[0] not in _CLITIC_LETTERS:
        return readings                 # most words: no proclitic to take off
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
