"""Curated phrase tables matched over tokens: a first-word index, proclitic (and, for
inflected words, enclitic) readings of the first word, longest match first.

Used for event triggers, status cues and actor aliases, so that no rule scans the
whole text once per phrase.

>>> from gazetteer.arabic import tokenize
>>> index = PhraseIndex({"غارة جوية": "airstrike", "غارات": "airstrike"}, enclitics=True)
>>> toks = tokenize("وشنت غاراتها على المدينة بغارة جوية")
>>> [(toks[i].text, index.match(toks, i)) for i in range(len(toks)) if index.match(toks, i)]
[('غاراتها', (1, 'airstrike', 'غارات')), ('بغارة', (5, 'airstrike', 'غاره جويه'))]
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property, lru_cache
from itertools import compress, repeat
from operator import and_, contains, is_, itemgetter
from typing import Generic, TypeVar

from gazetteer.arabic import Token, Tokens, normalize, strip_proclitics

V = TypeVar("V")

# Attached pronouns (her/their/his…), longest first: غاراتها → غارات, مقتله → مقتل.
_ENCLITICS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")


@lru_cache(maxsize=200_000)
def readings(norm: str, enclitics: bool = False) -> tuple[str, ...]:
    """The forms a normalised word may stand for: itself, without proclitics, without ال,
    and (with *enclitics*) without an attached pronoun, ت before it read as ة (غارته → غاره)."""
    out = [s for s, _ in strip_proclitics(norm)]
    out += [s[2:] for s in list(out) if s.startswith("ال") and len(s) > 4]
    if enclitics:
        out += [s[:-1] for s in list(out) if s.endswith("ا") and len(s) > 3]    # انفجارا، هجوما، قصفا: tanween
        for s in list(out):
            for suffix in _ENCLITICS:
                if s.endswith(suffix) and len(s) - len(suffix) >= 3:
                    stem = s[:-len(suffix)]
                    out.append(stem)
                    if stem.endswith("ت"):
                        out.append(stem[:-1] + "ه")
                    break
    seen: dict[str, None] = dict.fromkeys(out)
    return tuple(seen)


def as_written(norm: str) -> str:
    """A regular expression for a normalised word as a text may write it (اما: أما، ساحه: ساحة)."""
    alternatives = {"ا": "[اأإآ]", "ه": "[هة]", "ي": "[يى]"}
    return "".join(alternatives.get(c) or re.escape(c) for c in norm)


def norms_of(tokens: Sequence[Token]) -> list[str]:
    """The normalised words of *tokens* (the list :class:`~gazetteer.arabic.Tokens` already holds)."""
    return tokens.norms if isinstance(tokens, Tokens) else [t.norm for t in tokens]


W = TypeVar("W")


class Vocabulary:
    """The distinct words this process has seen, each with a bit mask of what it may be.

    Each matcher (a *learner*) owns one or more bits; a word is classified by every learner
    once, when first seen. Then a text costs one dictionary look-up per word (in C), and a
    matcher finds its words by masking the list of masks (in C too): Python runs only on
    new words and on hits. A lock keeps learning consistent across threads; a learner keeps
    its bits for life; past *limit* words, all is forgotten (memory stays bounded)."""

    def __init__(self, limit: int = 500_000):
        self.limit = limit
        self.masks: dict[str, int] = {}
        self.learners: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # learner → its bits
        self.lock = threading.RLock()
        self._last: tuple[list[str], list[int]] | None = None   # one text, many matchers
        self._marked: tuple[list[int], list[int]] | None = None

    def register(self, learner, bits: int = 1) -> None:
        """Add a learner (with ``learn(words)`` giving (word, mask) pairs, and ``forget()``):
        its first bit is set as ``learner.bit``, the lowest free; every word is then learnt anew."""
        with self.lock:
            used = 0
            for mask in self.learners.values():
                used |= mask
            position = 0
            while ((1 << bits) - 1) << position & used:
                position += 1
            learner.bit = 1 << position
            self.learners[learner] = ((1 << bits) - 1) << position
            self.masks = {}                 # the new learner has not seen them: learn again
            self._last = self._marked = None

    def masks_of(self, norms: list[str]) -> list[int]:
        """The mask of every word of *norms* (a word list is never changed once made)."""
        with self.lock:
            if self._last is not None and self._last[0] is norms:
                return self._last[1]
            masks = list(map(self.masks.get, norms))
            if None in masks:
                new = NewWords(set(compress(norms, map(is_, masks, repeat(None)))))
                if len(self.masks) > self.limit:
                    self.masks = {}
                    for learner in list(self.learners):
                        learner.forget()
                    new = NewWords(set(norms))
                table = self.masks
                for norm in new:
                    table[norm] = 0
                for learner in list(self.learners):
                    for norm, mask in learner.learn(new):
                        table[norm] |= mask
                masks = list(map(table.__getitem__, norms))
            self._last = (norms, masks)
            self._marked = None
            return masks

    def marked(self, norms: list[str]) -> tuple[list[int], list[int]]:
        """The indices of the words of *norms* with any bit, and their masks (a few of all)."""
        with self.lock:
            masks = self.masks_of(norms)
            if self._marked is None:
                at = list(compress(range(len(norms)), masks))
                self._marked = (at, list(map(masks.__getitem__, at)))
            return self._marked

    def hits(self, norms: list[str], bit: int) -> list[int]:
        """Indices of the words of *norms* whose mask has *bit*."""
        at, masks = self.marked(norms)
        return list(compress(at, map(and_, masks, repeat(bit))))


VOCABULARY = Vocabulary()


_FIRST_THREE = itemgetter(slice(0, 3))
_LESS_ONE, _LESS_TWO = itemgetter(slice(1, None)), itemgetter(slice(2, None))


class NewWords(list):
    """Words a learner sees for the first time, with what the learners ask of them all
    computed once (in C): each word less its first letter, less its first two, and the words
    that start with لل (after و or ف). Together they hold every stem ``strip_proclitics``
    can give, but for لل read as ال."""

    @cached_property
    def less_one(self) -> list[str]:
        return list(map(_LESS_ONE, self))

    @cached_property
    def less_two(self) -> list[str]:
        return list(map(_LESS_TWO, self))

    @cached_property
    def with_lil(self) -> set[str]:
        return set(compress(self, map(contains, map(_FIRST_THREE, self), repeat("لل"))))

    def stems_in(self, table) -> set[str]:
        """The words that may have a stem in *table* (a superset: their readings say for sure)."""
        found = set(compress(self, map(table.__contains__, self)))
        found.update(compress(self, map(table.__contains__, self.less_one)))
        found.update(compress(self, map(table.__contains__, self.less_two)))
        return found | self.with_lil


class WordCache(Generic[W]):
    """A value per distinct normalised word, computed once (see :class:`Vocabulary`).

    >>> long = WordCache(lambda w: len(w) > 3)
    >>> long.hits(["في", "مدينة", "حلب", "الشمالية"])
    [1, 3]
    """

    def __init__(self, compute: Callable[[str], W], *, missing=None, candidates=None,
                 vocabulary: Vocabulary = VOCABULARY):
        self.compute = compute
        self.missing = missing             # what get() gives for a word whose value is false
        # a function giving, from a set of new words, those whose value may be true (a superset)
        self.candidates = candidates
        self.values: dict[str, W] = {}     # the words whose value is true, and their value
        self.bit = 0
        self.vocabulary = vocabulary
        vocabulary.register(self)

    def learn(self, words):
        compute, values, bit = self.compute, self.values, self.bit
        if self.candidates is not None:
            words = self.candidates(words)
        for norm in words:
            value = compute(norm)
            if value:
                values[norm] = value
                yield norm, bit

    def forget(self) -> None:
        self.values = {}

    def get(self, norm: str) -> W:
        """The value of one word."""
        value = self.values.get(norm, _ABSENT)
        if value is _ABSENT:
            value = self.compute(norm)
        return value or self.missing

    def hits(self, norms: list[str]) -> list[int]:
        """Indices of the words whose value is true."""
        return self.vocabulary.hits(norms, self.bit)


_ABSENT = object()


class PhraseIndex(Generic[V]):
    """Phrases (normalised here) → values, matched at a token position (longest phrase first)."""

    def __init__(self, phrases: Mapping[str, V], *, enclitics: bool = False):
        self.table = {normalize(p): v for p, v in phrases.items()}
        self.enclitics = enclitics
        self.first: dict[str, int] = {}
        self.prefixes: set[str] = set()       # every phrase's first words, one, two, three…
        for phrase in self.table:
            words = phrase.split(" ")
            self.first[words[0]] = max(self.first.get(words[0], 0), len(words))
            self.prefixes.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
        # every written form a head may take (clitics on, pronoun after): most words are not one,
        # and are turned away by one set look-up instead of computing their readings
        self.surfaces = frozenset(surface_forms(self.first, enclitics))
        # word → its readings that start a phrase
        self.head_cache: WordCache[list[str]] = WordCache(self.heads_of, missing=(),
                                                          candidates=self.surfaces.intersection)

    def __contains__(self, phrase: str) -> bool:
        return phrase in self.table

    def heads_of(self, norm: str) -> list[str]:
        """Readings of the normalised word *norm* that start a phrase of the table."""
        if norm not in self.surfaces:
            return []
        return [s for s in readings(norm, self.enclitics) if s in self.first]

    def heads(self, token: Token) -> list[str]:
        """Readings of *token* that start a phrase of the table."""
        return self.head_cache.get(token.norm)

    def hits(self, tokens: Sequence[Token]) -> list[int]:
        """Indices of the tokens a phrase of the table may start at: a reading of the word is
        a phrase, or starts one that goes on with the next word (علي alone starts only علي
        عبدالله صالح: most of its hits end there)."""
        norms = norms_of(tokens)
        found = []
        table, prefixes, last = self.table, self.prefixes, len(norms) - 1
        for i in self.head_cache.hits(norms):
            stems = self.head_cache.get(norms[i])
            if any(stem in table for stem in stems):
                found.append(i)
            elif i < last:
                nxt = norms[i + 1]
                bare = nxt[2:] if nxt.startswith("ال") and len(nxt) > 4 else nxt
                if any(f"{stem} {nxt}" in prefixes or f"{stem} {bare}" in prefixes for stem in stems):
                    found.append(i)
        return found

    def match(self, tokens: Sequence[Token], i: int,
              sentence_of: Sequence[int] | None = None) -> tuple[int, V, str] | None:
        """The longest phrase starting at token *i*: (its last token, value, phrase), or None.

        Of phrases as long, the first reading of the word wins, and the words as written
        before their form without ال (الغارة الجوية: an adjective agrees in definiteness
        with its noun, so غارة جوية matches it too)."""
        norms = norms_of(tokens)
        stems = self.head_cache.get(norms[i])
        if not stems:
            return None
        first, table, prefixes = self.first, self.table, self.prefixes
        longest = min(max(first[s] for s in stems), len(norms) - i)
        rest = norms[i + 1:i + longest]
        bare_rest = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in rest]
        best_length, best = 0, None
        for stem in stems:
            most = min(first[stem], longest)
            for words in ((rest, bare_rest) if bare_rest != rest else (rest,)):
                # grow the phrase a word at a time while some phrase of the table starts so
                phrase = stem
                for length in range(1, most + 1):
                    if length > 1:
                        phrase = f"{phrase} {words[length - 2]}"
                        if phrase not in prefixes:
                            break
                    if (length > best_length and phrase in table
                            and (sentence_of is None or sentence_of[i + length - 1] == sentence_of[i])):
                        best_length, best = length, phrase
        if best is None:
            return None
        return i + best_length - 1, table[best], best


_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def surface_forms(heads, enclitics: bool):
    """A superset of the written forms whose readings include one of *heads*."""
    for head in heads:
        stems = {head}
        if enclitics:
            stems.add(head + "ا")
            bases = [head] + ([head[:-1] + "ت"] if head.endswith("ه") else [])
            stems.update(b + suffix for b in bases for suffix in _ENCLITICS)
        for stem in list(stems):
            stems.add("ال" + stem)
        for stem in stems:
            for prefix in _PREFIXES:
                yield prefix + stem
            if stem.startswith("ال"):
                for conj in ("", "و", "ف"):
                    yield conj + "لل" + stem[2:]
