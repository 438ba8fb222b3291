"""Event extraction: trigger words → typed, dated, located events with evidence.

Triggers come from ``geomap/data/triggers.tsv`` (matched with proclitics), each
of a kind in ``event_kinds.tsv`` that carries the ACLED event type. Each event
takes the place mention of its sentence that is nearest to its trigger without
another trigger in between, the date expression nearest to it (else the
publication date, approximately), and a status from the words before it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache

from gazetteer.arabic import Sentence, Token, normalize, strip_proclitics
from gazetteer.tables import load

from .model import DateMention, Event, Mention

_VIOLENT = ("airstrike", "shelling", "explosion", "suicide_bomb", "battle")
_LOCATIVE = frozenset(normalize(w) for w in ["في", "قرب", "الى", "إلى", "على", "داخل", "بالقرب", "حول", "نحو"])
_MAX_DISTANCE = 25          # tokens between a trigger and its place
_STATUS_WINDOW = 4          # tokens before a trigger searched for a status word


@dataclass(frozen=True)
class Kind:
    kind: str
    event_type: str
    sub_event_type: str
    label_ar: str
    label_en: str
    colour: str
    shape: str


@cache
def kinds() -> dict[str, Kind]:
    """The event kinds, in the order of ``event_kinds.tsv``."""
    return {r["kind"]: Kind(r["kind"], r["event_type"], r["sub_event_type"], r["label_ar"],
                            r["label_en"], r["colour"], r["shape"])
            for r in load("event_kinds.tsv", "geomap")}


@cache
def _triggers() -> tuple[dict[str, str], dict[str, int]]:
    """Trigger phrases → kind, and first word → the most words a phrase starting with it has."""
    table, first = {}, {}
    for r in load("triggers.tsv", "geomap"):
        if r["kind"] not in kinds():
            raise ValueError(f"triggers.tsv: unknown kind {r['kind']!r} for {r['phrase']!r}")
        phrase = normalize(r["phrase"])
        table[phrase] = r["kind"]
        head = phrase.split(" ")[0]
        first[head] = max(first.get(head, 0), phrase.count(" ") + 1)
    return table, first


@cache
def _status_words() -> dict[str, str]:
    return {normalize(r["word"]): r["status"] for r in load("status_cues.tsv", "geomap")}


@dataclass
class _Trigger:
    kind: str
    first: int          # token indices
    last: int
    start: int          # character offsets
    end: int
    sentence: int


@lru_cache(maxsize=100_000)
def _readings(norm: str) -> tuple[str, ...]:
    out = [s for s, _ in strip_proclitics(norm)]
    out += [s[2:] for s in list(out) if s.startswith("ال") and len(s) > 4]
    return tuple(out)


def find_triggers(tokens: list[Token], sentence_of: list[int]) -> list[_Trigger]:
    table, first = _triggers()
    found = []
    i = 0
    while i < len(tokens):
        hit = None
        stems = [s for s in _readings(tokens[i].norm) if s in first]
        if not stems:
            i += 1
            continue
        longest = max(first[s] for s in stems)
        for length in range(min(longest, len(tokens) - i), 0, -1):
            if sentence_of[i + length - 1] != sentence_of[i]:
                continue
            rest = [t.norm for t in tokens[i + 1:i + length]]
            for stem in stems:
                phrase = " ".join([stem] + rest)
                if phrase in table:
                    hit = (length, table[phrase])
                    break
            if hit:
                break
        if hit:
            length, kind = hit
            found.append(_Trigger(kind, i, i + length - 1, tokens[i].start,
                                  tokens[i + length - 1].end, sentence_of[i]))
            i += length
        else:
            i += 1
    return found


def extract(text: str, tokens: list[Token], sentences: list[Sentence], sentence_of: list[int],
            mentions: list[Mention], dates: list[DateMention],
            published: dt.date | None) -> list[Event]:
    """The events of one article (see the module docstring)."""
    triggers = find_triggers(tokens, sentence_of)
    token_at = {t.start: t.index for t in tokens}
    mention_tok = [_token_of(m.area_start if m.area_start is not None else m.start,
                             tokens, token_at) for m in mentions]
    status_words = _status_words()

    by_sentence: dict[int, list[_Trigger]] = {}
    for trig in triggers:
        by_sentence.setdefault(trig.sentence, []).append(trig)

    events: list[Event] = []
    for s_index, trigs in by_sentence.items():
        groups = _fold_sentence(trigs)
        kept = [g[0] for g in groups]
        sent = sentences[s_index]
        for trig, *same in groups:
            mention = _attach_place(trig, kept, mentions, mention_tok, tokens, s_index)
            date, precision, date_text = _date_for(trig, dates, sent, published)
            status = next((st for st in (_status(t, tokens, sentence_of, status_words)
                                         for t in [trig, *same]) if st != "occurred"), "occurred")
            k = kinds()[trig.kind]
            conf = 0.6 + (0.3 * mention.confidence if mention and mention.resolved else 0.0)
            events.append(Event(
                kind=k.kind, event_type=k.event_type, sub_event_type=k.sub_event_type,
                label_ar=k.label_ar, label_en=k.label_en,
                trigger=text[trig.start:trig.end], trigger_start=trig.start, trigger_end=trig.end,
                sentence=text[sent.start:sent.end], sentence_start=sent.start,
                sentence_end=sent.end, mention=mention, date=date, date_precision=precision,
                date_text=date_text, status=status, confidence=conf,
                evidence=[{"sentence_start": sent.start, "sentence_end": sent.end,
                           "trigger": text[trig.start:trig.end], "trigger_start": trig.start,
                           "trigger_end": trig.end}]))
    return _merge(events)


def _token_of(start: int, tokens: list[Token], token_at: dict[int, int]) -> int:
    if start in token_at:
        return token_at[start]
    for t in tokens:                    # a mention that starts after a proclitic
        if t.start <= start < t.end:
            return t.index
    return 0


def _fold_sentence(trigs: list[_Trigger]) -> list[list[_Trigger]]:
    """One trigger per happening within a sentence, each with the triggers folded into it.

    A killing beside a violent event is its outcome (قتل في غارة جوية); an
    agreement right before a ceasefire is the ceasefire (الاتفاق على وقف إطلاق
    النار); repeated triggers of one kind are one event.
    """
    kinds_here = {t.kind for t in trigs}
    groups: dict[str, list[_Trigger]] = {}
    for t in trigs:
        if t.kind == "killing" and kinds_here & set(_VIOLENT):
            continue
        if t.kind == "agreement" and any(
                u.kind == "ceasefire" and 0 < u.first - t.last <= 2 for u in trigs):
            continue
        groups.setdefault(t.kind, []).append(t)
    return list(groups.values())


def _attach_place(trig: _Trigger, trigs: list[_Trigger], mentions: list[Mention],
                  mention_tok: list[int], tokens: list[Token], s_index: int) -> Mention | None:
    best, best_score = None, None
    for m, m_tok in zip(mentions, mention_tok):
        if m.sentence != s_index or m.role not in ("place", "unresolved") or m.metonymy:
            continue
        if m_tok > trig.last:
            distance = m_tok - trig.last
            between = (trig.last, m_tok)
        else:
            distance = trig.first - m_tok + 4        # places after the trigger are likelier
            between = (m_tok, trig.first)
        if distance > _MAX_DISTANCE:
            continue
        if any(between[0] < o.first < between[1] for o in trigs if o is not trig):
            continue                                  # another trigger claims it
        bare = [s for s, _ in strip_proclitics(tokens[m_tok].norm)]
        prev = tokens[m_tok - 1].norm if m_tok > 0 else ""
        if prev in _LOCATIVE or (len(bare) > 1 and tokens[m_tok].norm[0] == "ب"):
            distance -= 2
        if m.cue or m.qualifier:
            distance -= 1
        if best_score is None or distance < best_score:
            best, best_score = m, distance
    return best


def _date_for(trig: _Trigger, dates: list[DateMention], sent: Sentence,
              published: dt.date | None):
    near = [d for d in dates if sent.start <= d.start < sent.end]
    if near:
        d = min(near, key=lambda d: abs(d.start - trig.start))
        return d.date, d.precision, d.text
    if published:
        return published, 2, None        # reported in the article: around its date
    return None, None, None


def _status(trig: _Trigger, tokens: list[Token], sentence_of: list[int],
            words: dict[str, str]) -> str:
    for k in range(trig.first - 1, max(-1, trig.first - 1 - _STATUS_WINDOW), -1):
        if sentence_of[k] != trig.sentence:
            break
        for stem in _readings(tokens[k].norm):
            if stem in words:
                return words[stem]
    return "occurred"


def _merge(events: list[Event]) -> list[Event]:
    """Events of one kind at one place on one date are one event, with all their evidence."""
    out: list[Event] = []
    index: dict[tuple, Event] = {}
    for e in events:
        if not e.located:
            out.append(e)
            continue
        key = (e.kind, e.mention.place.id, e.mention.qualifier, e.mention.direction, e.date)
        first = index.get(key)
        if first is None:
            index[key] = e
            out.append(e)
            continue
        first.evidence.extend(e.evidence)
        first.confidence = max(first.confidence, e.confidence)
    return out
