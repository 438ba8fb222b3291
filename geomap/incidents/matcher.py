"""Incremental matching: the events of one new article against the incidents near them.

An event joins an incident when it breaks no hard rule (kind, status, date, place, actors)
with any member — no chain of "A is like B, B is like C" puts two incompatible reports
together — and at least one member corroborates it (alike sentences, or the same day and
place); among several, the one with the best corroborating score. An article gives an
incident at most one event (the parser already told its events apart). An event that joins
none starts an incident of its own. When an article leaves (deleted or replaced), the rest
of each incident it was in is matched again (see :func:`geomap.incidents.update.rematch`). An
event corroborated by two incidents whose members break no hard rule with each other folds them
into one (:func:`geomap.incidents.update.fold`): one happening, told apart until it bridged them.
Background events (history, context) neither join nor start incidents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .facts import Facts
from .rules import Comparison, compare, read_again, rule_for, told_twice

NEAR_MISSES_KEPT = 3


@dataclass
class Decision:
    """Where one new event goes: an existing incident, a new one (``incident`` None), or none
    at all (``skip``: a background event), and the scores that decided it."""

    facts: Facts
    incident: int | None = None
    skip: bool = False
    link: dict = field(default_factory=dict)
    #: other incidents the event is corroborated by as well: one happening split in two before
    #: this report bridged them (see :func:`geomap.incidents.update.fold`)
    also: list[int] = field(default_factory=list)
    #: the decision of an earlier event of the same article the parser read from the same words
    #: (:func:`~geomap.incidents.rules.told_twice`): this one goes where that one goes
    twin: "Decision | None" = None


def compared(facts: Facts, member: Facts, memo: dict | None) -> Comparison:
    """compare(facts, member), once per pair while one article is matched."""
    if memo is None:
        return compare(facts, member)
    key = (facts.key, member.key)
    if key not in memo:
        memo[key] = compare(facts, member)
    return memo[key]


def _candidate(facts: Facts, members: list[Facts], memo: dict | None = None) -> tuple[tuple | None, list[Comparison]]:
    """The incident's rank for *facts* (its best corroborating score, the mean score, its
    size), or None when a member breaks a hard rule or none corroborates; and the comparisons."""
    comparisons = []
    for m in members:
        comparisons.append(compared(facts, m, memo))
        if not comparisons[-1].compatible:
            # one member breaks a hard rule: no need to compare the rest (the first broken rule is
            # the one _miss reports)
            return None, comparisons
    if not comparisons:
        return None, comparisons
    matched = [c.score for c in comparisons if c.matched]
    if not matched:
        return None, comparisons
    scores = [c.score for c in comparisons]
    return (max(matched), sum(scores) / len(scores), len(scores)), comparisons


def _lone(facts: Facts, compatible: list[tuple[int, list[Comparison]]]) -> tuple[int, list[Comparison]] | None:
    """The only incident this event breaks no rule with, when its kind is a rare happening
    (``lone`` in incident_kinds.tsv), of the same kind, in the same place or one inside the
    other, and dates that overlap (not only a day apart): it gathers the reports that tell it
    in other words."""
    if len(compatible) != 1 or not rule_for(facts.kind).lone or facts.country_wide:
        return None
    incident_id, comparisons = compatible[0]
    if all(c.scores.get("place", 0) >= 0.8 and c.scores.get("kind", 0) >= 1.0 and c.scores.get("date", 0) >= 0.6
           for c in comparisons):
        return incident_id, comparisons
    return None


def _miss(comparisons: list[Comparison]) -> Comparison:
    """What kept an event out of an incident: the first broken hard rule (the last comparison
    _candidate made), else the most alike member."""
    hard = [c for c in comparisons if c.hard]
    return hard[0] if hard else max(comparisons, key=lambda c: c.scores.get("text", 0))


def _decide(facts: Facts, incidents: dict[int, list[Facts]], taken: dict[int, list[Facts]],
            memo: dict | None) -> Decision:
    """Where one event goes: the best corroborated incident, else a lone one, else none. An
    incident an earlier event of the article joined is no candidate (an article gives an incident
    one event), unless that event and this one may be one rare happening read twice
    (:func:`~geomap.incidents.rules.read_again`)."""
    best, best_key, best_comparisons, misses, compatible, matched = None, None, [], [], [], []
    for incident_id, members in incidents.items():
        if incident_id in taken and not all(read_again(facts, t) for t in taken[incident_id]):
            continue
        key, comparisons = _candidate(facts, members, memo)
        if all(c.compatible for c in comparisons):
            compatible.append((incident_id, comparisons))
        if key is None:
            misses.append(_miss(comparisons))
            continue
        matched.append(incident_id)
        if best_key is None or key > best_key:
            best, best_key, best_comparisons = incident_id, key, comparisons
    lone = _lone(facts, compatible) if best is None else None
    if lone and lone[0] in taken:
        lone = None             # a second event of the article joins only where a member corroborates it
    if lone:
        best, best_comparisons = lone
        best_key = (max(c.score for c in best_comparisons),)
    if best is None:
        misses = sorted(misses, key=lambda c: -sum(c.scores.values()))[:NEAR_MISSES_KEPT]
        return Decision(facts, None, link={"score": None, "near_misses": [c.to_dict() for c in misses]})
    link = {"score": best_key[0], "compared": [c.to_dict() for c in best_comparisons]}
    if lone:
        link["lone"] = "the only incident of its kind in this place and these days"
    return Decision(facts, best, link=link, also=sorted(i for i in matched if i != best))


def assign(new: list[Facts], incidents: dict[int, list[Facts]], memo: dict | None = None) -> list[Decision]:
    """Decide, for each event of one article in order, which incident it joins.

    *incidents* maps each incident near any of them (in space and time) to its members; *memo*
    holds the comparisons already made (by :func:`compared`).
    """
    taken: dict[int, list[Facts]] = {}
    decisions = []
    for facts in new:
        if facts.report == "background":
            decisions.append(Decision(facts, skip=True))
            continue
        twin = next((d for d in decisions if not d.skip and told_twice(facts, d.facts)), None)
        if twin:
            decisions.append(Decision(facts, twin.incident, link={"score": 1.0, "twin": twin.facts.key}, twin=twin))
            continue
        decision = _decide(facts, incidents, taken, memo)
        if decision.incident is not None:
            taken.setdefault(decision.incident, []).append(facts)
        decisions.append(decision)
    return decisions
