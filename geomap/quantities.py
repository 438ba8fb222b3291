"""Numbers in Arabic text: digits (ASCII or Eastern Arabic, already folded by the tokenizer),
number words and vague quantities (``geomap/data/number_words.tsv``).

>>> from gazetteer.arabic import tokenize
>>> number_at(tokenize("مقتل ثلاثة جنود"), 1)
(1, 3, 3)
>>> number_at(tokenize("سقوط عشرات القتلى"), 1)
(1, 20, 99)
>>> number_at(tokenize("قتل 12 شخصا"), 1)
(1, 12, 12)
>>> number_at(tokenize("مقتل أكثر من 140 ألف شخص"), 3)
(4, 140000, 140000)
"""

from __future__ import annotations

from gazetteer.once import once

from gazetteer.arabic import Token, normalize, stems, strip_proclitics
from gazetteer.tables import load

from .lexicon import norms_of


@once
def _words() -> tuple[dict[str, tuple[int, int]], int, frozenset[str]]:
    table = {normalize(r["word"]): (int(r["low"]), int(r["high"]))
             for r in load("number_words.tsv", "geomap")}
    return table, max(w.count(" ") + 1 for w in table), frozenset(w.split(" ")[0] for w in table)


def number_at(tokens: list[Token], i: int) -> tuple[int, int, int] | None:
    """The number starting at token *i*: (its last token, low, high), or None.

    A digit token, or a number word (one or two words, with a proclitic و/ب/ل
    allowed on the first) such as ثلاثة، خمسة عشر، عشرات.
    """
    norms = norms_of(tokens)
    if not 0 <= i < len(norms):
        return None
    norm = norms[i]
    if norm[:1] in ("و", "ب", "ل") and norm[1:].isdigit():     # و3 جنود
        norm = norm[1:]
    if norm.isdigit() and len(norm) <= 7:
        if not norm.isdecimal():
            return None                 # ², ①: digits int() does not read
        value = int(norm)
        times = _multipliers().get(norms[i + 1]) if i + 1 < len(norms) else None
        if times:
            return i + 1, value * times, value * times     # 140 ألف شخص، 2 مليون
        return i, value, value
    table, longest, firsts = _words()
    if not any(stem in firsts for stem in stems(norm)):
        return None                     # no number word starts with this word
    for stem in stems(norm):
        for length in range(min(longest, len(norms) - i), 0, -1):
            phrase = " ".join([stem, *norms[i + 1:i + length]])
            if phrase in table:
                low, high = table[phrase]
                return i + length - 1, low, high
    return None


@once
def _multipliers() -> dict[str, int]:
    """Words that multiply the digits before them (140 ألف), from ``number_multipliers.tsv``."""
    return {normalize(r["word"]): int(r["times"]) for r in load("number_multipliers.tsv", "geomap")}


def least_of(norm: str) -> int | None:
    """The least value one normalised word stands for (a digit token or a one-word number word:
    ألفي → 2000), or None."""
    if norm.isdecimal() and len(norm) <= 7:
        return int(norm)
    found = _words()[0].get(norm)
    return found[0] if found else None


def is_number_word(norm: str) -> bool:
    """True for a digit token or the first word of a number word."""
    if norm.isdigit():
        return True
    firsts = _words()[2]
    return any(stem in firsts for stem, _ in strip_proclitics(norm))
