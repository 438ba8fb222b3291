"""From triggers to events: place and its role, date and time precision, status, actors,
fatalities, confidence and evidence (see :mod:`geomap.events`)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from gazetteer.once import once
from itertools import accumulate

from gazetteer.arabic import Sentence, Token, as_tokens, normalize, normalize_word
from gazetteer.tables import load

from ..model import Actor, DateMention, Event, Mention
from .fatalities import DeathCount, find_death_counts
from .merging import Draft, another_after, fold_sentence, merge_document
from .participants import actors_of, airborne
from .places import Blockers, SentenceMentions, attach_place, descriptors, mention_tokens
from .status import cue_statuses
from .tables import ABOUT_KINDS, kinds, trigger_index
from .triggers import Trigger, find_triggers

# Drafts folded together at most: a news sentence has a handful, and folding is quadratic in
# them, so a run-on "sentence" of thousands of triggers (an attack on /parse) stays linear.
FOLD_WINDOW = 64


def extract(text: str, tokens: list[Token], sentences: list[Sentence], sentence_of: list[int],
            mentions: list[Mention], dates: list[DateMention], published: dt.date | None,
            actors: list[Actor] | None = None) -> list[Event]:
    """The events of one article, one per happening (see the package docstring)."""
    triggers = find_triggers(tokens, sentence_of)
    if not triggers:
        return []
    m_tok = mention_tokens(mentions, tokens)
    not_places = _actor_places(mentions, actors or [], text) | descriptors(mentions, text)
    by_sentence: dict[int, list[Trigger]] = {}
    for trig in triggers:
        by_sentence.setdefault(trig.sentence, []).append(trig)
    mentions_of: dict[int, list[int]] = {}
    for n, m in enumerate(mentions):
        mentions_of.setdefault(m.sentence, []).append(n)

    dates_in = _DatesBySpan(dates)
    drafts: list[Draft] = []
    for s_index, trigs in sorted(by_sentence.items()):
        sent = sentences[s_index]
        sentence_dates = dates_in(sent.start, sent.end)
        local, blockers = [], Blockers(trigs)
        near = SentenceMentions(mentions_of.get(s_index, []), m_tok)
        for t in trigs:
            statuses = cue_statuses(t.first, t.last, tokens, sentence_of)
            if _purpose(t, tokens):
                statuses.add("planned")
            local.append(Draft(
                head=t, kind=t.kind, triggers=[t], statuses=statuses,
                mention=attach_place(t, blockers, mentions, m_tok, tokens, not_places, text, near.near(t)),
                remote=t.role == "remote",
                reference=t.role == "reference", generic=t.role == "generic",
                another=another_after(t, tokens, sentence_of),
                sentences=[s_index]))
        context = _context_date(s_index, sentences, dates, text) if not sentence_dates else None
        for d in (d for i in range(0, len(local), FOLD_WINDOW) for d in fold_sentence(local[i:i + FOLD_WINDOW], tokens)):
            d.date = min(sentence_dates, key=lambda x: abs(x.start - d.head.start), default=None)
            d.context_date = context
            drafts.append(d)

    deaths: dict[int, list[DeathCount]] = {}          # by sentence: one lookup per event, not a scan
    for count in find_death_counts(tokens, sentence_of):
        deaths.setdefault(count.sentence, []).append(count)
    token_starts = as_tokens(tokens).starts
    events = []
    for d in merge_document(drafts):
        events.append(_event(d, text, tokens, sentences, published, deaths, actors or [], token_starts,
                             sentence_of))
    return events


def _purpose(t: Trigger, tokens: list[Token]) -> bool:
    """للسيطرة عليها، لاستعادتها: ل before taking ground says what was aimed at, not what happened."""
    norm = tokens[t.first].norm
    return t.kind == "territory" and norm.startswith("ل") and norm not in trigger_index().heads(tokens[t.first])


def _actor_places(mentions: list[Mention], actors: list[Actor], text: str) -> set[int]:
    """Mentions that are part of an actor (قوات سوريا الديمقراطية) or name who leads it
    (بقيادة السعودية، التحالف الذي تقوده الولايات المتحدة): not where anything happened."""
    leaders = _leader_words()
    out = set()
    # an actor holds the mention's start if one starting at or before it ends after it
    spans = sorted((a.start, a.end) for a in actors)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))     # the furthest end so far
    for n, m in enumerate(mentions):
        k = bisect_right(starts, m.start)
        if k and reach[k - 1] > m.start:
            out.add(n)
            continue
        before = text[max(0, m.start - 24):m.start].split()
        if before and normalize_word(before[-1]) in leaders:
            out.add(n)
    return out


@once
def _leader_words() -> frozenset[str]:
    return frozenset(normalize(r["word"]) for r in load("actor_roles.tsv", "geomap") if r["role"] == "leader")


def _context_date(s_index: int, sentences: list[Sentence], dates: list[DateMention],
                  text: str) -> DateMention | None:
    """The last date of the two sentences before, within one paragraph: news keeps its time frame."""
    for back in (1, 2):
        k = s_index - back
        if k < 0 or "\n" in text[sentences[k].end:sentences[k + 1].start]:
            return None
        inside = [d for d in dates if sentences[k].start <= d.start < sentences[k].end and d.precision == 1]
        if inside:
            return inside[-1]
    return None


def _event(d: Draft, text: str, tokens: list[Token], sentences: list[Sentence], published,
           deaths: dict[int, list[DeathCount]], actors: list[Actor], token_starts: list[int],
           sentence_of: list[int]) -> Event:
    k = kinds()[d.kind]
    head = d.head
    sent = sentences[head.sentence]
    m = d.mention
    if d.remote and d.kind == "talks":
        m = None                               # a phone call has no venue
    status = d.status or "occurred"
    if d.date is not None:
        date, precision, date_text = d.date.date, d.date.precision, d.date.text
    elif d.context_date is not None:          # told in a paragraph dated a sentence or two before
        date, precision, date_text = d.context_date.date, 2, d.context_date.text
    elif published is not None:
        date, precision, date_text = published, 2, None     # reported in the article: around its date
    else:
        date, precision, date_text = None, None, None
    if status == "occurred" and date and published and date > published:
        status = "planned"                     # a date after publication has not happened yet
    role = None
    if m is not None:
        role = "about" if d.kind in ABOUT_KINDS else "site"

    low, high = _fatalities(d, deaths)
    actor1, actor2, assoc = actors_of(d, actors, tokens, token_starts, sentence_of)
    if k.kind == "shelling" and actor1 is not None and airborne(actor1):
        k = kinds()["airstrike"]                  # قصفت مقاتلات تركية، قصف طيران التحالف: from the air
    sub_event_type = k.sub_event_type
    if d.kind == "territory" and actor1 is not None and actor1.kind in ("state_forces", "police"):
        sub_event_type = "Government regains territory"

    conf = 0.5 + (0.25 * m.confidence if m is not None and m.resolved else 0.0)
    conf += 0.1 if d.date is not None else 0.0
    conf += 0.04 * min(3, len(d.triggers) - 1)
    evidence = []
    for t in sorted(d.triggers, key=lambda t: t.start):
        s = sentences[t.sentence]
        entry = {"sentence_start": s.start, "sentence_end": s.end, "trigger": text[t.start:t.end],
                 "trigger_start": t.start, "trigger_end": t.end, "kind": t.kind}
        if m is not None and s.start <= m.start < s.end:
            entry.update(place=m.area_text or m.text, place_start=m.area_start if m.area_start is not None
                         else m.start, place_end=m.area_end if m.area_end is not None else m.end)
        evidence.append(entry)
    return Event(
        kind=k.kind, event_type=k.event_type, sub_event_type=sub_event_type,
        label_ar=k.label_ar, label_en=k.label_en,
        trigger=text[head.start:head.end], trigger_start=head.start, trigger_end=head.end,
        sentence=text[sent.start:sent.end], sentence_start=sent.start, sentence_end=sent.end,
        mention=m, date=date, date_precision=precision, date_text=date_text, status=status,
        confidence=min(conf, 0.98), evidence=evidence, place_role=role, topic=d.topic,
        fatalities=low, fatalities_max=high if high != low else None,
        actor1=actor1, actor2=actor2, assoc_actors=assoc)


class _DatesBySpan:
    """The dates that start within a span, in their order (a bisect, not a scan of every date)."""

    def __init__(self, dates: list[DateMention]):
        self._dates = dates
        self._order = sorted(range(len(dates)), key=lambda i: dates[i].start)
        self._starts = [dates[i].start for i in self._order]

    def __call__(self, start: int, end: int) -> list[DateMention]:
        inside = self._order[bisect_left(self._starts, start):bisect_left(self._starts, end)]
        return [self._dates[i] for i in sorted(inside)]


def _fatalities(d: Draft, deaths: dict[int, list[DeathCount]]) -> tuple[int | None, int | None]:
    """The dead the event's sentences count (summed within a sentence, the largest sentence wins).

    Only violent events have fatalities; a sentence's counts go to the event whose
    trigger is nearest to them."""
    if not kinds()[d.kind].violent:
        return None, None
    best: tuple[int, int] | None = None
    with_trigger = {t.sentence for t in d.triggers}
    for s in d.sentences:
        counts = deaths.get(s, [])
        if not counts or s not in with_trigger:
            continue
        low = sum(c.low for c in counts)
        high = sum(c.high for c in counts)
        if best is None or low > best[0]:
            best = (low, high)
    return best if best else (None, None)
