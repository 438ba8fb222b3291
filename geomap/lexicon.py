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

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Generic, TypeVar

from gazetteer.arabic import Token, normalize, strip_proclitics

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
        out += [s[:-1] for s in list(out) if s.endswith("ا") and len(s) > 4]    # انفجارا، هجوما: tanween
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


class PhraseIndex(Generic[V]):
    """Phrases (normalised here) → values, matched at a token position (longest phrase first)."""

    def __init__(self, phrases: Mapping[str, V], *, enclitics: bool = False):
        self.table = {normalize(p): v for p, v in phrases.items()}
        self.enclitics = enclitics
        self.first: dict[str, int] = {}
        self.head_cache: dict[str, list[str]] = {}   # token → its readings that start a phrase (hot loops read it)
        for phrase in self.table:
            head = phrase.split(" ")[0]
            self.first[head] = max(self.first.get(head, 0), phrase.count(" ") + 1)
        # every written form a head may take (clitics on, pronoun after): most words are not one,
        # and are turned away by one set look-up instead of computing their readings
        self.surfaces = frozenset(surface_forms(self.first, enclitics))

    def __contains__(self, phrase: str) -> bool:
        return phrase in self.table

    def heads(self, token: Token) -> list[str]:
        """Readings of *token* that start a phrase of the table."""
        found = self.head_cache.get(token.norm)
        if found is None:
            found = ([s for s in readings(token.norm, self.enclitics) if s in self.first]
                     if token.norm in self.surfaces else [])
            if len(self.head_cache) > 200_000:
                self.head_cache.clear()
            self.head_cache[token.norm] = found
        return found

    def starts_at(self, token: Token) -> bool:
        """A phrase of the table may start at *token* (one dictionary look-up once seen)."""
        found = self.head_cache.get(token.norm)
        return bool(found if found is not None else self.heads(token))

    def match(self, tokens: Sequence[Token], i: int,
              sentence_of: Sequence[int] | None = None) -> tuple[int, V, str] | None:
        """The longest phrase starting at token *i*: (its last token, value, phrase), or None."""
        stems = self.head_cache.get(tokens[i].norm)
        if stems is None:
            stems = self.heads(tokens[i])
        if not stems:
            return None
        longest = min(max(self.first[s] for s in stems), len(tokens) - i)
        for length in range(longest, 0, -1):
            if sentence_of is not None and sentence_of[i + length - 1] != sentence_of[i]:
                continue
            rest = [t.norm for t in tokens[i + 1:i + length]]
            # الغارة الجوية: an adjective agrees in definiteness with its noun
            bare_rest = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in rest]
            for stem in stems:
                if self.first[stem] < length:
                    continue
                for words in ((rest, bare_rest) if bare_rest != rest else (rest,)):
                    phrase = " ".join([stem, *words])
                    if phrase in self.table:
                        return i + length - 1, self.table[phrase], phrase
        return None


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
