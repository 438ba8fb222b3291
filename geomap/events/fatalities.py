"""Fatality counts: numbers the text ties to deaths (digits or words; عشرات gives a range).

"مقتل 50 مدنيا"، "قتل 12 شخصا"، "لقي ثلاثة أشخاص مصرعهم"، "أسفر عن سقوط أكثر من 20 قتيلا"،
"3 حوثيين على الأقل قتلوا". A number of wounded (إصابة 45 شخصا) is not a fatality, and
"قتلوا او جرحوا" gives none: the count stays None.
"""

from __future__ import annotations

from dataclasses import dataclass
from gazetteer.once import once

from gazetteer.arabic import Token, normalize
from gazetteer.tables import load

from ..lexicon import WordCache, norms_of, readings, surface_forms
from ..quantities import number_at

_WINDOW = 4


@dataclass
class DeathCount:
    token: int          # where the number is
    low: int
    high: int
    sentence: int


_ROLES = ("death_before", "death_after", "wounded", "skip", "unit")


@once
def _words() -> tuple[frozenset[str], ...]:
    """The normalised words of ``fatality_words.tsv`` by role: death words before their number
    (مقتل 50) and after it (12 قتيلا, 3 حوثيين قتلوا), wounded, words to skip, units."""
    by_role: dict[str, set[str]] = {role: set() for role in _ROLES}
    for r in load("fatality_words.tsv", "geomap"):
        if r["role"] not in by_role:
            raise ValueError(f"fatality_words.tsv: unknown role {r['role']!r} for {r['word']!r}")
        by_role[r["role"]].add(normalize(r["word"]))
    return tuple(frozenset(by_role[role]) for role in _ROLES)


@once
def _death_surfaces() -> frozenset[str]:
    before, after, *_ = _words()
    return frozenset(surface_forms(before | after, True))


def _death_word(norm: str) -> tuple[bool, bool] | None:
    """(a death word before its number, a death word after it) for one normalised token."""
    before, after, *_ = _words()
    if norm not in _death_surfaces():
        return None
    stems = readings(norm, True)
    found = (any(s in before for s in stems), any(s in after for s in stems))
    return found if any(found) else None


_death_words: WordCache[tuple[bool, bool]] = WordCache(
    _death_word, candidates=lambda words: _death_surfaces().intersection(words))


def find_death_counts(tokens: list[Token], sentence_of: list[int]) -> list[DeathCount]:
    """Every number of dead in the text, with the token it stands at."""
    before, after, wounded, skip, units = _words()
    norms = norms_of(tokens)
    counts: dict[int, DeathCount] = {}
    for i in _death_words.hits(norms):
        is_before, is_after = _death_words.get(norms[i])
        if is_before:
            k = i + 1
            while k < len(norms) and k <= i + _WINDOW and sentence_of[k] == sentence_of[i]:
                if any(s in wounded for s in readings(norms[k])):
                    break
                number = number_at(tokens, k)
                if number and _counts_people(norms, number[0] + 1, units):
                    counts.setdefault(k, DeathCount(k, number[1], number[2], sentence_of[i]))
                    break
                if norms[k] not in skip and k > i + 1:
                    break
                k += 1
        if is_after:
            for k in range(i - 1, max(-1, i - 1 - _WINDOW), -1):
                if sentence_of[k] != sentence_of[i] or any(s in wounded for s in readings(norms[k])):
                    break
                number = number_at(tokens, k)
                if number and number[0] < i and _counts_people(norms, number[0] + 1, units):
                    counts.setdefault(k, DeathCount(k, number[1], number[2], sentence_of[i]))
                    break
    return sorted(counts.values(), key=lambda c: c.token)


def _counts_people(norms: list[str], k: int, units: frozenset[str]) -> bool:
    """The number is not of kilometres, years or money."""
    return k >= len(norms) or norms[k] not in units
