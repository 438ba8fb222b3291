"""Keeping incidents up to date inside a store's write transaction, the same for every backend.

A backend gives an :class:`IncidentTables` over its open transaction: the space/time
candidate query (through its index, never a scan of every event) and the few writes.
:func:`match_article` decides where a new article's events go, before they are written
(so each event is written once, with its incident); :func:`refresh` remakes the records of
the incidents an article joined or left, and drops those left empty.
"""

from __future__ import annotations

import abc
from collections import Counter
from collections.abc import Callable, Iterable

from .aggregate import FeatureCache, incident_feature, incident_summary
from .facts import Facts, facts_from_text, word_bit, word_signature
from .matcher import Decision, assign, compared
from .rules import TWIN_DAYS, compare, retold, retold_threshold, rule_for, text_score


class IncidentTables(abc.ABC):
    """What a backend does for incidents, inside the transaction that writes an article."""

    #: the store's member Features, links and source texts, decoded or encoded once (kept between
    #: saves; a backend sets its store's)
    members_cache: FeatureCache = FeatureCache(0)

    @abc.abstractmethod
    def near(self, facts: Facts, kinds: tuple[str, ...]) -> dict[int, list[Facts]]:
        """The incidents with a member of one of *kinds*, of another article than *facts*',
        whose indexed extent and days overlap *facts*' (through the store's space/time index),
        each with those members."""

    @abc.abstractmethod
    def unplaced(self, facts: Facts, kinds: tuple[str, ...], days: tuple[int, int]) -> dict[int, list[Facts]]:
        """The incidents with an unplaced member (no point, so not in the space index) of one of
        *kinds*, of another article than *facts*', at its place (the same country, or none), dated within
        *days* (through the store's index of kind and date), each with those members. A backend may
        leave out an incident with such a member that :func:`may_retell` rules out (matching
        would rule the incident out by it: :func:`unplaced_apart`)."""

    @abc.abstractmethod
    def members(self, incident_ids: Iterable[int]) -> dict[int, list[Facts]]:
        """Each incident's member events, as :class:`Facts`."""

    @abc.abstractmethod
    def create(self, facts: Facts) -> int:
        """The id of a new incident (its row is written by :func:`refresh`)."""

    @abc.abstractmethod
    def records(self, incident_id: int) -> list[tuple[dict, dict | None]]:
        """The incident's member events: each Feature and the scores that put it there."""

    @abc.abstractmethod
    def write(self, incident_id: int, feature: dict, summary: dict, text: str | None = None) -> None:
        """Write the incident's record: *feature*, its *summary*, and *text*, the feature as JSON
        when the caller made it already (see :meth:`FeatureCache.record_text`)."""

    @abc.abstractmethod
    def drop(self, incident_id: int) -> None: ...

    @abc.abstractmethod
    def assign_stored(self, article_id: int, decisions: list[Decision], *, index: bool = True) -> None:
        """Give the article's stored events their incidents, links and facts (and, with
        *index*, put their extents in the index)."""


def match_article(tables: IncidentTables, facts: list[Facts]) -> list[Decision]:
    """Where each of one article's events goes; new incidents are created for those that join
    none (``decision.incident`` is then set), background events get none."""
    near: set[int] = set()
    memo: dict = {}
    for f in facts:
        if f.report != "background":
            # an incident is worth reading whole only when the members the index found break no
            # hard rule with the event
            found = candidates(tables, f)
            near |= {i for i, members in found.items()
                     if not any(unplaced_apart(f, m) for m in members)
                     and all(compared(f, m, memo).compatible for m in members)}
    decisions = assign(facts, tables.members(near) if near else {}, memo)
    targets = {d.incident for d in decisions}
    for d in decisions:
        if d.twin:
            d.incident = d.twin.incident      # the twin's incident, made just now if it started one
            continue
        if not d.skip and d.incident is None:
            d.incident = tables.create(d.facts)
            d.link["started"] = True
        for other in d.also:
            if other not in targets:       # an article gives an incident one event
                fold(tables, d.incident, other, d.facts)
    return decisions


def unplaced_apart(a: Facts, b: Facts) -> bool:
    """Two unplaced reports whose sentences are too unlike to be one report told again: they
    break a hard rule (rules.place_score: unplaced reports agree on nothing else), found by
    the words alone. A short-cut, no rule of its own: the unplaced candidates of a report are
    all the unplaced reports of its kind, place and week (dozens), and a whole comparison of
    each made a third of what matching cost at ingest (tests/test_incidents.py holds it to
    :func:`compare`)."""
    return not a.located and not b.located and not retold(a, b, text_score(a, b))


def may_retell(facts: Facts) -> Callable[[int | None, int | None, int | None], bool]:
    """Whether a stored unplaced report, known only by its word count and signature
    (:func:`~geomap.incidents.facts.word_signature`: two signed 64-bit halves), may be one *facts*
    retells: false only when :func:`unplaced_apart` would rule the pair out (a store's first look
    through its index, before it reads any candidate's facts). The words of *facts* whose bits are
    set in the other's signature bound the words the two sentences share; a report stored with no
    signature may."""
    count, low, high = word_signature(facts.words)
    low, high = low & _HALF, high & _HALF
    bits = Counter(word_bit(w) for w in facts.words)
    collided = [(b >= 64, 1 << (b % 64), n - 1) for b, n in bits.items() if n > 1]   # words sharing a bit
    # text_score is rounded to 3 decimals; a statement naming its speaker may retell one of the same
    # speaker at the lower threshold
    named = any(x.role == "1" for x in facts.actors)
    least = round(retold_threshold(facts.kind, same_speaker=named) * 1000) - 1

    def may(other_count: int | None, other_low: int | None, other_high: int | None) -> bool:
        if other_count is None:
            return True
        common_low, common_high = other_low & low, other_high & high
        shared = common_low.bit_count() + common_high.bit_count()
        for in_high, bit, n in collided:
            shared += n if (common_high if in_high else common_low) & bit else 0
        return 2000 * shared >= least * (count + other_count)
    return may


_HALF = 0xFFFFFFFFFFFFFFFF


def fold(tables: IncidentTables, into: int, other: int, via: Facts) -> bool:
    """Put incident *other* into *into* when the report *via* is corroborated by both (one
    happening, told apart before this report bridged them) and no member of one breaks a hard
    rule with a member of the other, nor comes from the same article; each moved member keeps
    the scores that put it in its first incident, with where it was folded from and through
    which event. True when folded."""
    members = tables.members([into, other])
    if not members.get(into) or not members.get(other):
        return False
    if any(x.article == y.article or not compare(x, y).compatible for x in members[into] for y in members[other]):
        return False
    facts = {f.key: f for f in members[other]}
    moved = []
    for feature, link in tables.records(other):
        link = dict(link or {})
        link["folded"] = {"from": other, "through": via.key}
        moved.append(Decision(facts[feature["id"]], into, link=link))
    for article_id in sorted({d.facts.article for d in moved}):
        tables.assign_stored(article_id, [d for d in moved if d.facts.article == article_id], index=False)
    refresh(tables, [other])
    return True


def grouped(rows: Iterable[tuple[int, str, int]]) -> dict[int, list[Facts]]:
    """(incident id, stored facts, article id) rows, as each incident's members."""
    found: dict[int, list[Facts]] = {}
    for incident_id, stored, article_id in rows:
        found.setdefault(incident_id, []).append(facts_from_text(stored, article_id))
    return found


def candidates(tables: IncidentTables, facts: Facts) -> dict[int, list[Facts]]:
    """The incidents the index finds near *facts*: in its extent and days, or, for an event with a
    date but no place, the unplaced ones of the days a report told again may be dated on."""
    kinds = tuple(sorted(rule_for(facts.kind).same_as))
    if facts.extent():
        return tables.near(facts, kinds)
    if facts.day is None:
        return {}
    return tables.unplaced(facts, kinds, (facts.day - TWIN_DAYS, facts.day + TWIN_DAYS))


def started(decisions: list[Decision], features: list[dict]) -> dict[int, list[tuple[dict, dict | None]]]:
    """The incidents these decisions started, with their members (no need to read them back): the
    event that started each, and its twins (:func:`~geomap.incidents.rules.told_twice`)."""
    out: dict[int, list[tuple[dict, dict | None]]] = {}
    for d, f in zip(decisions, features):
        if not d.skip and (d.link.get("started") or (d.twin and d.twin.link.get("started"))):
            out.setdefault(d.incident, []).append((f, d.link))
    return out


def refresh(tables: IncidentTables, incident_ids: Iterable[int],
            known: dict[int, list[tuple[dict, dict | None]]] | None = None) -> None:
    """Remake the records of these incidents from their members; drop the empty ones. *known*
    gives the members of incidents the caller holds in memory (one just started)."""
    known = known or {}
    for incident_id in sorted(set(i for i in incident_ids if i is not None)):
        members = known[incident_id] if incident_id in known else tables.records(incident_id)
        if not members:
            tables.drop(incident_id)
            continue
        feature = incident_feature(incident_id, members)
        tables.write(incident_id, feature, incident_summary(feature),
                     tables.members_cache.record_text(feature, members))


class Rebuildable(IncidentTables):
    """What :func:`rebuild` and :func:`rematch` need beyond the incremental writes."""

    @abc.abstractmethod
    def detach(self, incident_id: int) -> None:
        """Take every member out of the incident (their incident becomes none)."""

    @abc.abstractmethod
    def reset(self) -> None:
        """Forget every incident and every event's incident and extent."""

    @abc.abstractmethod
    def articles(self) -> list[int]:
        """The articles with events, in the order their events were stored."""

    @abc.abstractmethod
    def stored_events(self, article_id: int) -> list[dict]:
        """The article's event Features, in order."""



def rematch(tables: Rebuildable, incident_ids: Iterable[int]) -> None:
    """Match the members left in these incidents again, in the order they were stored, as if
    the article that left (deleted or replaced) had never been read: a member that joined only
    through it now stands alone or joins another incident. The first member left keeps the
    incident's id."""
    from .facts import facts_of

    touched: set[int] = set()
    for incident_id in sorted(set(i for i in incident_ids if i is not None)):
        members = tables.records(incident_id)
        tables.detach(incident_id)
        if not members:
            tables.drop(incident_id)
            continue
        for n, (feature, _) in enumerate(members):
            article_id = feature["properties"]["article_id"]
            facts = facts_of(feature, article_id)
            if n == 0:
                decisions = [Decision(facts, incident_id, link={"score": None, "started": True})]
            else:
                decisions = match_article(tables, [facts])
            tables.assign_stored(article_id, decisions, index=False)
            touched |= {d.incident for d in decisions if not d.skip}
    refresh(tables, touched)


def rebuild(tables: Rebuildable, progress=None) -> int:
    """Match every stored article again, in the order stored, as if each had just been
    ingested (after the matching rules changed, or on a store from before incidents);
    the number of incidents made."""
    from .facts import facts_of

    tables.reset()
    made = set()
    articles = tables.articles()
    for n, article_id in enumerate(articles, 1):
        features = tables.stored_events(article_id)
        decisions = match_article(tables, [facts_of(f, article_id) for f in features])
        tables.assign_stored(article_id, decisions)
        touched = {d.incident for d in decisions if not d.skip}
        made |= touched
        refresh(tables, touched, started(decisions, features))
        if progress:
            progress(n, len(articles))
    return len(made)
