"""Variant lookup: places whose name is spelled differently from the query.

Two forms of every Arabic name, built on first use from the names in memory:

- the *folded* form: the article ال dropped and foreign-sound letters unified
  (تش/غ/ق → ج, from ``data/transliteration.tsv``) — rapidfuzz ranks by it;
- the *key*: the folded form with the remaining look-alike letters unified
  (ك/ج, ط/ت, ص/س…), inner long vowels dropped and doubled letters collapsed.

A variant is *accepted* only with evidence beyond string similarity: its key
equals the query's (a spelling rule, not a score) **and** the place is one the
news names in any spelling (a country or admin area, 100,000+ people, a curated,
imported or user entry) or lies in the country the caller asked for; and the
folded forms are at least 75 % similar. Everything
else is a suggestion, ranked but not accepted: the measured false hits of a
similarity threshold (تونس/تونسي, بيروت/بيرون) stay suggestions.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from .once import once

from .arabic import normalize
from .places import AREA_KINDS, Candidate
from .tables import load

MIN_SIMILARITY = 0.7       # below this a name is not even suggested
ACCEPT_SIMILARITY = 0.75   # a shared key with a name this far off is a coincidence of consonants
MIN_POPULATION = 100_000   # a place big enough for the news to name it in any spelling
_LONG_VOWELS = "اوي"


@once
def rules_fingerprint() -> str:
    """Identifies the spelling rules; layers built with other rules recompute their forms."""
    from .tables import fingerprint

    return fingerprint(["transliteration.tsv"])


@once
def _rules() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    fold, key = [], []
    for row in load("transliteration.tsv"):
        (fold if row["stage"] == "fold" else key).append((row["from"], row["to"]))
    # longest first, so تش is replaced before a single ت could be
    fold.sort(key=lambda r: -len(r[0]))
    key.sort(key=lambda r: -len(r[0]))
    return fold, key


def fold(norm: str) -> str:
    """The form rapidfuzz compares.

    >>> fold("هانغتشو") == fold("هانغجو")
    True
    >>> fold("الرقه")
    'رجه'
    """
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in norm.split()]
    text = " ".join(words)
    for src, dst in _rules()[0]:
        text = text.replace(src, dst)
    return text


def variant_key(norm: str) -> str:
    """The spelling-rule key: two names with one key are spellings of one name.

    >>> variant_key(normalize("بكين")) == variant_key(normalize("بيجين"))
    True
    >>> variant_key("تونس") == variant_key("تونسي"), variant_key("بيروت") == variant_key("بيرون")
    (False, False)
    """
    text = fold(norm)
    for src, dst in _rules()[1]:
        text = text.replace(src, dst)
    words = []
    for w in text.split():
        if len(w) > 2:
            w = w[0] + "".join(c for c in w[1:-1] if c not in _LONG_VOWELS) + w[-1]
        words.append(re.sub(r"(.)\1+", r"\1", w))
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Variant:
    """A place found by a spelling variant of the query."""

    candidate: Candidate
    similarity: float          # rapidfuzz normalised Levenshtein of the folded forms, 0..1
    same_key: bool             # the spelling rules say the two names are one
    accepted: bool             # same key and evidence beyond the string
    evidence: tuple[str, ...]

    @property
    def place(self):
        return self.candidate.place


class VariantIndex:
    """The folded forms and keys of a gazetteer's Arabic names."""

    def __init__(self, names, layers=()):
        forms: dict[str, tuple[str, str]] = {}
        for layer in layers:
            forms.update(layer.variant_forms() or {})    # written at build time: no work here
        for n in names - forms.keys():
            forms[n] = (fold(n), variant_key(n))
        # by length of the folded form: a query compares a band of lengths
        self.norms = sorted(names, key=lambda n: len(forms[n][0]))
        self.folded = [forms[n][0] for n in self.norms]
        self.lengths = [len(f) for f in self.folded]
        self.by_key: dict[str, list[int]] = defaultdict(list)
        for i, n in enumerate(self.norms):
            self.by_key[forms[n][1]].append(i)

    def _band(self, length: int, min_similarity: float) -> tuple[int, int]:
        """Indices of the names long enough and short enough to reach *min_similarity*."""
        shortest = math.ceil(length * min_similarity)
        longest = math.floor(length / min_similarity) if min_similarity else 10 ** 6
        return bisect_left(self.lengths, shortest), bisect_right(self.lengths, longest)

    def lookup(self, gaz, name: str, *, country: str | None = None, limit: int = 10,
               min_similarity: float = MIN_SIMILARITY) -> list[Variant]:
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        norm = normalize(name)
        if not norm:
            return []
        query, key = fold(norm), variant_key(norm)
        scores: dict[int, float] = {}
        lo, hi = self._band(len(query), min_similarity)
        for _, score, i in process.extract(query, self.folded[lo:hi],
                                           scorer=Levenshtein.normalized_similarity,
                                           score_cutoff=min_similarity, limit=max(limit * 3, 30)):
            scores[lo + i] = score
        same_key = set(self.by_key.get(key, ())) if len(key.replace(" ", "")) >= 3 else set()
        for i in same_key - scores.keys():
            scores[i] = Levenshtein.normalized_similarity(query, self.folded[i])
        country = country.upper() if country else None
        out = []
        for i, similarity in scores.items():
            if self.norms[i] == norm:
                continue                           # the exact name is not a variant of itself
            for cand in gaz.lookup(self.norms[i]):
                p = cand.place
                if country and p.country != country:
                    continue
                evidence = []
                if p.kind in AREA_KINDS:
                    evidence.append(f"a {p.kind}")
                if p.population >= MIN_POPULATION:
                    evidence.append(f"population {p.population:,}")
                if cand.trusted:
                    evidence.append("curated, imported or user entry")
                if country:
                    evidence.append(f"in {country} as asked")
                keyed = i in same_key
                accepted = keyed and similarity >= ACCEPT_SIMILARITY and bool(evidence)
                out.append(Variant(cand, round(similarity, 3), keyed, accepted,
                                   tuple(evidence)))
        out.sort(key=lambda v: (-v.accepted, -v.similarity, -v.place.population, v.place.id))
        return out[:limit]
