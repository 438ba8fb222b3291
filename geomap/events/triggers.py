"""Trigger words in the tokens of an article (first-word index, no per-phrase scans)."""

from __future__ import annotations

from dataclasses import dataclass

from gazetteer.arabic import Token

from .tables import trigger_index


@dataclass
class Trigger:
    kind: str
    role: str           # event | reference | remote | generic
    first: int          # token indices
    last: int
    start: int          # character offsets
    end: int
    sentence: int
    strength: str = "strong"   # weak: هجوم، مواجهة، اتفاق… need conflict words or actors beside them


def find_triggers(tokens: list[Token], sentence_of: list[int]) -> list[Trigger]:
    """Every trigger phrase of the lexicon in *tokens*, longest first, left to right."""
    index = trigger_index()
    found = []
    nxt = 0
    for i in index.hits(tokens):                 # the few words a trigger may start at
        if i < nxt:
            continue
        hit = index.match(tokens, i, sentence_of)
        if hit is None:
            continue
        last, entry, _ = hit
        found.append(Trigger(entry.kind, entry.role, i, last, tokens[i].start, tokens[last].end,
                             sentence_of[i], entry.strength))
        nxt = last + 1
    return _join_adjacent(found)


_ADJACENT = 3       # شن طيران التحالف غارات: one trigger phrase


def _join_adjacent(found: list[Trigger]) -> list[Trigger]:
    """Triggers of one kind a few words apart in a sentence are one phrase."""
    out: list[Trigger] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev and prev.kind == t.kind and prev.role == t.role == "event" and prev.sentence == t.sentence
                and t.first - prev.last <= _ADJACENT):
            prev.last, prev.end = t.last, t.end
            if t.strength == "strong":
                prev.strength = "strong"
            continue
        out.append(t)
    return out
