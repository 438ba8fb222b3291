"""One event per happening: triggers folded within a sentence, then event mentions merged
across the article.

Within a sentence: a killing beside a strike is its outcome (قتل في غارة جوية);
a phone call is the meeting of the agreement beside it (اتفق … في اتصال هاتفي);
a meeting during which a strike hit is a circumstance (الغارة … اثناء اجتماع);
an agreement on a ceasefire is the ceasefire (الاتفاق على وقف إطلاق النار); a
ceasefire that talks with a venue are about is their topic (محادثات في جنيف بشأن
وقف إطلاق النار), and without a venue the call is the ceasefire event (اتفق
الرئيسان في اتصال هاتفي على ضرورة … وقف لإطلاق النار في حلب: called for, about Aleppo).

Across the article, a later mention joins an earlier event of the same kind (or
its outcome, or a reference to it: استهدفوا في مخبأ…، في الغارة) when their
statuses, dates and places agree — the same place, or one inside the other — and
then the event takes the more precise place (a village inside the governorate).
A mention that says nothing of place or date joins only an event told within
five sentences, and never a campaign (ongoing). "أخرى" (another) keeps a mention apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer.arabic import Token, normalize

from ..lexicon import norms_of
from ..model import DateMention, Mention
from .places import compatible, inside, more_precise, same_place
from .status import span_statuses, strongest
from .tables import PROSPECTIVE, kinds
from .triggers import Trigger

_NEAR_SENTENCES = 5          # how far a mention with no (known) place joins an event
_INSIDE_SENTENCES = 6        # how far a mention of a place inside the event's place joins it
_OUTCOMES = ("killing", "destruction")   # what a violent event did, told beside it
_GENERIC_REACH = 6           # tokens between a generic attack word and the specific one it names
_CIRCUMSTANCE = frozenset(normalize(w) for w in ["اثناء", "أثناء", "خلال", "إبان"])
_ANOTHER = frozenset(normalize(w) for w in ["أخرى", "اخرى", "آخر", "ثانية", "جديدة", "مماثل", "مماثلة",
                                            "منفصل", "منفصلة"])
_SEPARATE = frozenset(normalize(w) for w in ["منفصل", "منفصلة"])      # وفي حادث منفصل … انفجار
_SEPARATE_REACH = 5


@dataclass(eq=False)     # told apart by identity: `d in out` and `out.remove(d)` mean this draft
class Draft:
    """An event being built: its triggers, place, own date and status cues."""

    head: Trigger
    kind: str
    triggers: list[Trigger]
    statuses: set[str]
    mention: Mention | None = None
    date: DateMention | None = None
    remote: bool = False
    topic: str | None = None
    reference: bool = False
    generic: bool = False                # هجوم: yields to a more specific violent trigger beside it
    another: bool = False
    outcome_place: bool = False          # the place came from a killing folded in, not the event's trigger
    context_date: DateMention | None = None   # a date of the sentences just before, same paragraph
    sentences: list[int] = field(default_factory=list)

    @property
    def status(self) -> str | None:
        return strongest(self.statuses)

    @property
    def kinds(self) -> set[str]:
        return {t.kind for t in self.triggers if t.role != "reference"} | {self.kind}

    @property
    def violent(self) -> bool:
        return kinds()[self.kind].violent

    @property
    def weak(self) -> bool:
        """Says nothing of where, when or whether: a bare mention (a heading)."""
        return self.mention is None and self.date is None and not self.statuses


def another_after(t: Trigger, tokens: list[Token], sentence_of: list[int]) -> bool:
    """غارة أخرى، بتفجير مماثل، وفي حادث منفصل … انفجار: a second happening, not the one told before."""
    norms = norms_of(tokens)
    after = any(norms[k] in _ANOTHER for k in range(t.last + 1, min(len(norms), t.last + 3))
                if sentence_of[k] == t.sentence)
    before = any(norms[k] in _SEPARATE for k in range(max(0, t.first - _SEPARATE_REACH), t.first)
                 if sentence_of[k] == t.sentence)
    return after or before


def fold_sentence(drafts: list[Draft], tokens: list[Token]) -> list[Draft]:
    """The happenings of one sentence (drafts in token order; see the module docstring)."""
    out = list(drafts)

    def absorb(target: Draft, d: Draft, *, statuses: bool = True) -> None:
        target.triggers.extend(d.triggers)
        target.topic = target.topic or d.topic
        if statuses:
            target.statuses |= d.statuses
        out.remove(d)

    def nearest(d: Draft, pool: list[Draft]) -> Draft | None:
        pool = [e for e in pool if e is not d and e in out]
        return min(pool, key=lambda e: abs(e.head.first - d.head.first), default=None)

    for d in [d for d in out if d.remote]:                   # the phone call of an agreement
        target = nearest(d, [e for e in out if e.kind in ("agreement", "talks") and not e.remote])
        if target:
            absorb(target, d)
            target.remote = True
    for d in [d for d in out if d.kind in _OUTCOMES]:        # the dead and the damage of a strike
        target = nearest(d, [e for e in out if e.violent and e.kind != "killing"
                             and compatible(d.mention, e.mention)])
        if target:
            if target.mention is None and d.mention is not None:
                target.mention, target.outcome_place = d.mention, True
            absorb(target, d)
    for d in [d for d in out if d.kind == "battle"]:         # بسطت سيطرتها … بعد اشتباكات: one takeover
        target = nearest(d, [e for e in out if e.kind == "territory" and (
            d.mention is None or (e.mention is not None and e.mention.resolved and compatible(d.mention, e.mention)))])
        if target:
            target.mention = target.mention or d.mention
            absorb(target, d)
    for d in [d for d in out if d.generic]:                  # هاجم انتحاريان: the attack is the bombing
        target = nearest(d, [e for e in out if e.violent and not e.generic and e.kind not in ("killing", d.kind)
                             and compatible(d.mention, e.mention)
                             and abs(e.head.first - d.head.first) <= _GENERIC_REACH])
        if target:
            if target.mention is None:
                target.mention = d.mention
            absorb(target, d)
    for d in [d for d in out if d.kind == "talks" and not d.remote]:   # struck during a meeting
        before = norms_of(tokens)[d.head.first - 1] if d.head.first > 0 else ""
        target = nearest(d, [e for e in out if e.violent])
        if target and before in _CIRCUMSTANCE:
            absorb(target, d, statuses=False)
    for d in [d for d in out if d.kind == "agreement"]:      # الاتفاق على وقف إطلاق النار
        target = next((e for e in out if e.kind == "ceasefire" and 0 < e.head.first - d.head.last <= 2), None)
        if target:
            absorb(target, d)
    for c in [d for d in out if d.kind in ("ceasefire", "agreement")]:
        if c not in out:
            continue
        heads = [e for e in out if e is not c and e.kind in ("talks", "agreement", "statement")
                 and e.head.first < c.head.first]
        h = max(heads, key=lambda e: e.head.first, default=None)
        if h is None:
            continue
        if h.kind == "talks" and not h.remote and h.mention is not None:
            h.topic = c.kind                                  # talks in Geneva about a ceasefire
            absorb(h, c, statuses=False)
        else:                                                 # a call (or agreement) for a ceasefire
            h.kind, h.mention, h.topic = c.kind, c.mention or h.mention, None
            h.statuses = c.statuses | span_statuses(h.head.last + 1, c.head.first, tokens)
            absorb(h, c, statuses=False)
    for d in list(out):                                       # one kind, one place: one event
        if d not in out or d.reference:
            continue
        for e in list(out):
            if e is d or e not in out or e.kind != d.kind or e.reference or e.head.first < d.head.first:
                continue
            if compatible(d.mention, e.mention):
                if d.mention is None and e.mention is not None:
                    d.mention = e.mention
                absorb(d, e)
    for d in [d for d in out if d.reference]:                 # استهدف beside a strike is that strike
        target = nearest(d, [e for e in out if e.violent and not e.reference])
        if target:
            if target.mention is None:
                target.mention = d.mention
            absorb(target, d)
    return out


def merge_document(drafts: list[Draft]) -> list[Draft]:
    """Join the mentions of one happening across the article (text order kept)."""
    events: list[Draft] = []
    for d in drafts:
        target = None if d.another else next(
            (e for e in reversed(events) if _joins(d, e)), None)
        if target is not None:
            _absorb(target, d)
        elif not d.reference or (d.mention is not None and d.mention.resolved):
            d.reference = False                   # a reference to nothing told is an event only at a known place
            events.append(d)
    return events


def _joins(d: Draft, e: Draft) -> bool:
    gap = d.sentences[0] - e.sentences[-1]
    as_topic = (d.kind in ("agreement", "ceasefire") and e.kind == "talks" and d.status in PROSPECTIVE
                and d.mention is None and d.date is None and gap <= 2)
    kind_ok = (d.kind == e.kind or d.kind in e.kinds or as_topic
               or (d.kind == "killing" and e.violent) or (d.reference and e.violent)
               or (e.kind == "killing" and d.violent))
    if not kind_ok:
        return False
    if (d.weak or d.reference) and e.status == "ongoing":
        return False                      # "the strike" refers to a strike, not to a campaign
    # a bare mention fits any status; otherwise no cue means it happened
    s1 = None if d.weak else (d.status or "occurred")
    s2 = None if e.weak else (e.status or "occurred")
    if not as_topic and s1 and s2 and s1 != s2 and not (s1 in PROSPECTIVE and s2 in PROSPECTIVE):
        # fighting that goes on at the very place it broke out is one battle
        same_site = d.mention is not None and e.mention is not None and same_place(d.mention, e.mention)
        if not ({s1, s2} == {"occurred", "ongoing"} and same_site):
            return False
    dm = d.mention if d.mention is not None and d.mention.resolved else None
    em = e.mention if e.mention is not None and e.mention.resolved else None
    if d.date and e.date and d.date.date != e.date.date:
        if not (s1 in PROSPECTIVE and s2 in PROSPECTIVE and dm and em and same_place(dm, em)):
            return False
    if dm and em:
        if same_place(dm, em) or dm.place.id == em.place.id:
            return True
        return (inside(dm, em) or inside(em, dm)) and gap <= _INSIDE_SENTENCES
    if dm and (e.weak or not em):
        return gap <= 1                   # a heading or a placeless event takes a place only from the next sentence
    return gap <= _NEAR_SENTENCES


def _absorb(e: Draft, d: Draft) -> None:
    as_topic = e.kind == "talks" and d.kind in ("agreement", "ceasefire") and d.kind not in e.kinds
    upgraded = e.kind == "killing" and d.kind != "killing" and d.violent
    if upgraded or (e.weak and not d.weak):
        e.head = d.head                     # the event reads from its strongest mention
    if upgraded:
        e.kind = d.kind
        if d.mention is not None and (d.mention.resolved or e.mention is None):
            e.mention, e.outcome_place = d.mention, d.outcome_place
    elif d.mention is not None and not as_topic:
        em = e.mention
        if (em is None or not em.resolved or e.outcome_place
                or (more_precise(d.mention, em) and inside(d.mention, em))):
            if d.mention.resolved or em is None:
                e.mention, e.outcome_place = d.mention, d.outcome_place
    if e.date is None and d.date is not None and not as_topic:
        e.date = d.date
    if as_topic:
        e.topic = e.topic or d.kind
    else:
        e.statuses |= d.statuses
        e.topic = e.topic or d.topic
    e.triggers.extend(d.triggers)
    e.sentences.extend(s for s in d.sentences if s not in e.sentences)
