"""Who took part in an event: actor1 (who acted), actor2 (who was hit, fought or met), and
the others named near its trigger, from the actors found in the text (:mod:`geomap.actors`).

The word before an actor says its part (``geomap/data/actor_roles.tsv``): على/ضد/مواقع
make it the target, قالت/أعلنت a mere source; for talks the actors come in the order
the text names them. A statement's actor1 is its speaker, the subject of its verb
(``geomap/data/speaker_words.tsv``): أدانت اسبانيا …، ندد الأزهر …، أعربت تركيا عن إدانتها …
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from gazetteer.arabic import Token, normalize
from gazetteer.once import once
from gazetteer.tables import load

from ..actors import government_of, speaker_at
from ..model import Actor, Mention
from .tables import DIPLOMATIC, actor_roles

if TYPE_CHECKING:
    from .merging import Draft

_ACTOR_WINDOW = 18           # tokens between a trigger and an actor of its event
_MAX_ASSOC = 3
_VOICE_WINDOW = 8            # tokens between أعرب/جدد and the statement's noun (أعربت تركيا عن إدانتها)
_SUBJECT_REACH = 4           # words (skipped or of an office) between a statement's verb and its speaker


def _actor_roles() -> dict[str, str]:
    return actor_roles()


def airborne(actor: Actor) -> bool:
    """The actor flies (طيران التحالف، مقاتلات تركية): what it shells is an airstrike."""
    air = _air_words()
    return actor.kind == "coalition" or any(w in air for w in normalize(actor.text).split())


@once
def _air_words() -> frozenset[str]:
    return frozenset(normalize(r["word"]) for r in load("actor_roles.tsv", "geomap") if r["role"] == "air")


def actors_of(d: Draft, actors: list[Actor], tokens: list[Token], token_starts: list[int],
              sentence_of: list[int], mentions: list[Mention] = ()):
    """actor1 (who acted), actor2 (who was hit or met), and the others nearby; a statement told
    by its verb (أدانت، أعربت عن إدانتها) has its speaker (:func:`speaker_of`) as actor1, or none."""
    verb = _statement_verb(d, tokens, sentence_of) if d.kind == "statement" else None
    spoken = verb is not None
    speaker = _speaker_at(verb, actors, tokens, token_starts, mentions) if spoken else None
    if not actors:
        return speaker, None, []
    agents, targets = _nearby(d, actors, tokens, token_starts, sentence_of)
    if spoken:
        agents, targets = _spoken_of(speaker, agents + targets)
    if d.kind in DIPLOMATIC:
        agents.sort(key=lambda x: x[1].start)       # who met whom: in the order the text names them
    else:
        agents.sort(key=lambda x: x[0])
    targets.sort(key=lambda x: x[0])
    chosen: list[Actor] = []
    for _, a in agents + targets:
        if all(_key(a) != _key(c) for c in chosen):
            chosen.append(a)
    agent_list = [a for a in chosen if any(a is x for _, x in agents)]
    target_list = [a for a in chosen if any(a is x for _, x in targets)]
    actor1 = agent_list[0] if agent_list else None
    actor2 = target_list[0] if target_list else (agent_list[1] if len(agent_list) > 1 else None)
    rest = [a for a in chosen if a is not actor1 and a is not actor2][:_MAX_ASSOC]
    return actor1, actor2, rest


def _spoken_of(speaker: Actor | None, nearby: list[tuple[int, Actor]]):
    """The speaker acted; whoever else is named near the statement is what it spoke of (أدانت
    جامعة الدول العربية قرار الحوثيين: the Houthis are the target, not the speaker), also when the
    speaker is none the parser reads (أدانت نقابة الصحفيين قرار الحوثيين: no actor1)."""
    if speaker is None:
        return [], list(nearby)
    return [(-1, speaker)], [(n, a) for n, a in nearby if _key(a) != _key(speaker)]


def _nearby(d: Draft, actors: list[Actor], tokens: list[Token], token_starts: list[int],
            sentence_of: list[int]) -> tuple[list[tuple[int, Actor]], list[tuple[int, Actor]]]:
    """The actors of the head trigger's sentence near its triggers, as (distance, actor):
    those that acted and those that were the target; sources are left out."""
    sent_triggers = [t for t in d.triggers if t.sentence == d.head.sentence]
    s_first = min(t.first for t in sent_triggers)
    s_last = max(t.last for t in sent_triggers)
    agents: list[tuple[int, Actor]] = []
    targets: list[tuple[int, Actor]] = []
    for a in actors:
        k = bisect_left(token_starts, a.start)
        if k >= len(tokens) or sentence_of[k] != d.head.sentence:
            continue
        if not (s_first - _ACTOR_WINDOW <= k <= s_last + _ACTOR_WINDOW):
            continue
        role = _role_before(tokens, k)
        if role == "source":
            continue
        distance = min(abs(k - t.first) for t in sent_triggers)
        (targets if role == "target" else agents).append((distance, a))
    return agents, targets


def _role_before(tokens: list[Token], k: int) -> str | None:
    """The part the word before an actor (up to three words back) gives it: target, source…"""
    roles = _actor_roles()
    for back in (1, 2, 3):
        if k - back >= 0:
            w = tokens[k - back].norm
            role = roles.get(w) or roles.get(w[1:] if w[:1] in ("و", "ف", "ب", "ل") else "")
            if role:
                return role
    return None


def _key(a: Actor) -> str:
    return a.id or a.name


# -- a statement's speaker ---------------------------------------------------------------------

@once
def _speaker_words() -> dict[str, str]:
    return {normalize(r["word"]): r["part"] for r in load("speaker_words.tsv", "geomap")}


def _part(tok: Token) -> str | None:
    """The word's part in finding a speaker (speaker_words.tsv), read with و/ف/ك before it."""
    words = _speaker_words()
    norm = tok.norm
    part = words.get(norm)
    if part is None and norm[:1] in ("و", "ف", "ك") and len(norm) > 3:
        part = words.get(norm[1:])
    return part


def speaker_of(d: Draft, actors: list[Actor], tokens: list[Token], token_starts: list[int],
               sentence_of: list[int], mentions: list[Mention] = ()) -> Actor | None:
    """Who made the statement: the subject of its verb (أدانت اسبانيا …، إن مملكة البحرين أدانت …)
    or of the verb that voices it (أعربت تركيا عن إدانتها …) — an actor (a government, a person, an
    organisation of speakers.tsv) or a country named as one (اسبانيا، مملكة البحرين، المنامة). None
    when the subject is none of these (أدانت المحكمة …) or the sentence has no such verb. The
    organisations of speakers.tsv are read here only, at the subject of a statement's verb."""
    verb = _statement_verb(d, tokens, sentence_of)
    return None if verb is None else _speaker_at(verb, actors, tokens, token_starts, mentions)


def _speaker_at(verb: int, actors: list[Actor], tokens: list[Token], token_starts: list[int],
                mentions: list[Mention]) -> Actor | None:
    """The subject of the statement's verb at token *verb*, after it or before it."""
    at = _Subject(actors, tokens, token_starts, mentions)
    return at.after(verb) or at.before(verb)


def _statement_verb(d: Draft, tokens: list[Token], sentence_of: list[int]) -> int | None:
    """The token of the statement's verb: its trigger (أدانت), or, for a noun (إدانتها), the verb
    that voices it a few words before in its sentence (أعربت … عن إدانتها)."""
    head = d.head
    if _part(tokens[head.first]) == "verb":
        return head.first
    for k in range(head.first - 1, max(-1, head.first - _VOICE_WINDOW - 1), -1):
        if sentence_of[k] != head.sentence:
            break
        if _part(tokens[k]) in ("voice", "verb"):
            return k
    return None


class _Subject:
    """Reads the speaker at a verb's subject, from the actors and the mentions of a state (a
    country, a capital standing for its government), by their first and last tokens."""

    def __init__(self, actors: list[Actor], tokens: list[Token], token_starts: list[int],
                 mentions: list[Mention]):
        self.tokens = tokens
        self.first: dict[int, Actor] = {}
        self.last: dict[int, Actor] = {}
        for a in actors:
            self.first.setdefault(bisect_left(token_starts, a.start), a)
            self.last[bisect_left(token_starts, a.end) - 1] = a
        self.state_first: dict[int, Mention] = {}
        self.state_last: dict[int, Mention] = {}
        for m in mentions:
            if _names_state(m):
                self.state_first.setdefault(bisect_left(token_starts, m.start), m)
                self.state_last[bisect_left(token_starts, m.end) - 1] = m

    def after(self, verb: int) -> Actor | None:
        """The speaker right after the verb, past skipped words and an office (الأمانة العامة ل…);
        a state by its name (اسبانيا) or a state noun and its name or nisba (الجمهورية العراقية)."""
        for k in range(verb + 1, min(len(self.tokens), verb + 2 + _SUBJECT_REACH)):
            if k in self.first:
                return self.first[k]
            spoke = speaker_at(self.tokens, k)
            if spoke:
                return spoke[0]
            m = self.state_first.get(k)
            if m is not None and m.role == "place":
                return government_of(m)
            part = _part(self.tokens[k])
            if part == "state" and k + 1 in self.state_first:
                return government_of(self.state_first[k + 1])
            if part not in ("skip", "office"):
                return None
        return None

    def before(self, verb: int) -> Actor | None:
        """The speaker right before the verb (إن مملكة البحرين أدانت، وكان غورسيل قد ندد)."""
        k = verb - 1
        while k >= 0 and verb - k <= 2 and _part(self.tokens[k]) == "skip":
            k -= 1
        if k < 0 or any(self.tokens[j + 1].start - self.tokens[j].end != 1 for j in range(k, verb)):
            return None             # only a space between: "في الكويت، وأدانت مصر" names no speaker before
        if k in self.last:
            return self.last[k]
        for j in range(max(0, k - 3), k + 1):          # an organisation of speakers.tsv ending there
            spoke = speaker_at(self.tokens, j)
            if spoke and spoke[1] == k:
                return spoke[0]
        m = self.state_last.get(k)
        return government_of(m) if m is not None and m.role == "place" else None


def _names_state(m: Mention) -> bool:
    """A mention that may name a state as a speaker: a country (اسبانيا، المملكة, or its nisba
    after a state noun), or a capital standing for its government (المنامة، بكين)."""
    if m.place is None or m.role not in ("place", "demonym"):
        return False
    return m.place.kind == "country" or m.metonymy == "government"
