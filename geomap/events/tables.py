"""The event lexicon: kinds (ACLED types), trigger phrases and status cues, from ``geomap/data``."""

from __future__ import annotations

from dataclasses import dataclass
from gazetteer.once import once

from gazetteer.arabic import normalize
from gazetteer.tables import load

from ..lexicon import PhraseIndex

# ACLED's event types that are political violence: their killings are outcomes, not events of their own.
VIOLENT_TYPES = frozenset(["Battles", "Explosions/Remote violence", "Violence against civilians"])
DIPLOMATIC = frozenset(["talks", "agreement", "ceasefire", "statement"])
ABOUT_KINDS = frozenset(["agreement", "ceasefire", "statement"])      # their place is what they concern
STATUS_ORDER = ("denied", "called_for", "planned", "proposed", "ongoing")
PROSPECTIVE = frozenset(["proposed", "planned", "called_for"])
REMOTE_KINDS = frozenset(["airstrike", "shelling", "explosion", "suicide_bomb"])   # violence from afar: a point hit


@dataclass(frozen=True)
class Kind:
    kind: str
    event_type: str
    sub_event_type: str
    label_ar: str
    label_en: str
    colour: str
    shape: str

    @property
    def violent(self) -> bool:
        return self.event_type in VIOLENT_TYPES


@dataclass(frozen=True)
class TriggerEntry:
    kind: str
    role: str                       # event | reference | remote | generic
    strength: str = "strong"        # strong | weak (see triggers.tsv)


@dataclass(frozen=True)
class StatusCue:
    status: str
    window: int


@once
def kinds() -> dict[str, Kind]:
    """The event kinds, in the order of ``event_kinds.tsv``."""
    return {r["kind"]: Kind(r["kind"], r["event_type"], r["sub_event_type"], r["label_ar"],
                            r["label_en"], r["colour"], r["shape"])
            for r in load("event_kinds.tsv", "geomap")}


@once
def trigger_index() -> PhraseIndex[TriggerEntry]:
    table = {}
    for r in load("triggers.tsv", "geomap"):
        if r["kind"] not in kinds():
            raise ValueError(f"triggers.tsv: unknown kind {r['kind']!r} for {r['phrase']!r}")
        if r["role"] not in ("event", "reference", "remote", "generic"):
            raise ValueError(f"triggers.tsv: unknown role {r['role']!r} for {r['phrase']!r}")
        if r["strength"] not in ("strong", "weak"):
            raise ValueError(f"triggers.tsv: strength must be strong or weak, not {r['strength']!r}")
        table[r["phrase"]] = TriggerEntry(r["kind"], r["role"], r["strength"])
    return PhraseIndex(table, enclitics=True)


@once
def status_cues() -> tuple[dict[str, StatusCue], dict[str, StatusCue]]:
    """Cue words before and after a trigger → status and how far away they may be."""
    before, after = {}, {}
    for r in load("status_cues.tsv", "geomap"):
        if r["status"] not in STATUS_ORDER:
            raise ValueError(f"status_cues.tsv: unknown status {r['status']!r}")
        (before if r["position"] == "before" else after)[normalize(r["word"])] = StatusCue(
            r["status"], int(r["window"]))
    return before, after


@once
def actor_roles() -> dict[str, str]:
    """The word before an actor → its part (target, source, leader, air): ``actor_roles.tsv``."""
    return {normalize(r["word"]): r["role"] for r in load("actor_roles.tsv", "geomap")}
