"""Who took part in an event: actor1 (who acted), actor2 (who was hit, fought or met), and
the others named near its trigger, from the actors found in the text (:mod:`geomap.actors`).

The word before an actor says its part (``geomap/data/actor_roles.tsv``): على/ضد/مواقع
make it the target, قالت/أعلنت a mere source; for talks the actors come in the order
the text names them.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from gazetteer.arabic import Token, normalize
from gazetteer.once import once
from gazetteer.tables import load

from ..model import Actor
from .tables import DIPLOMATIC, actor_roles

if TYPE_CHECKING:
    from .merging import Draft

_ACTOR_WINDOW = 18           # tokens between a trigger and an actor of its event
_MAX_ASSOC = 3


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
              sentence_of: list[int]):
    """actor1 (who acted), actor2 (who was hit or met), and the others nearby."""
    if not actors:
        return None, None, []
    agents, targets = _nearby(d, actors, tokens, token_starts, sentence_of)
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
