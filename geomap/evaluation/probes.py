"""The probe sets (``tests/gold/probes/probeNN``): short Arabic reports the team wrote in the house
styles of other outlets and years than SaudiNewsNet's (Enab Baladi, BBC Arabic, Anadolu, Saba,
Asharq Al-Awsat … 2013–2024), each with gold written before the parser was run on it
(``gold/NN.json``: ``published``, ``conflict`` and ``events``, each ``{kind, place, lat, lon,
date}``). Each set was first scored unseen; see ``tests/gold/probes/README.md`` for which were
tuned on afterwards.

The score is the brief's: an event drawn on the map (placed, told as news) is right when a gold
event of its ACLED type lies within 50 km; a gold event is recalled when a right drawn event lies
within 50 km of it; its date is exact when the best such drawn event carries the gold date. Every
violent event drawn in a report whose gold says it is not about armed conflict is a false violent
event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer import great_circle_km

from ..events.tables import VIOLENT_TYPES, kinds
from .metrics import PRF

MAP_KM = 50.0
_OTHER_TYPE = "Strategic developments"     # the gold's kinds we have no row for (visit, displacement …)


@dataclass
class Report:
    """One probe report: its text and gold."""

    probe: str
    name: str
    text: str
    published: str
    conflict: bool
    events: list[dict]


@dataclass
class Score:
    """The tally of one probe set (or of all)."""

    reports: int = 0
    drawn: int = 0
    right: int = 0
    gold: int = 0
    recalled: int = 0
    date_ok: int = 0
    other_reports: int = 0
    false_violent: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("reports", "drawn", "right", "gold", "recalled", "date_ok", "other_reports",
                     "false_violent"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong += other.wrong

    def row(self, name: str) -> dict:
        prf = PRF(tp=self.right, fp=self.drawn - self.right, fn=self.gold - self.recalled)
        return {"set": name, "reports": self.reports, "drawn": self.drawn, "gold": self.gold,
                "precision": round(prf.precision, 3), "recall": round(self.recalled / (self.gold or 1), 3),
                "f1": round(_f1(prf.precision, self.recalled / (self.gold or 1)), 3),
                "date_exact": round(self.date_ok / (self.recalled or 1), 3),
                "false_violent_per_100_other": round(100 * self.false_violent / self.other_reports, 1)
                if self.other_reports else None}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def gold_type(kind: str) -> str:
    """The ACLED type of a gold kind (kinds we do not produce count as Strategic developments)."""
    row = kinds().get(kind)
    return row.event_type if row else _OTHER_TYPE


def load(root: Path, only: tuple[str, ...] = ()) -> list[Report]:
    """Every report of the probe sets under *root* (or of the sets named in *only*)."""
    reports = []
    for probe in sorted(p for p in root.iterdir() if p.is_dir() and (p / "gold").is_dir()):
        if only and probe.name not in only:
            continue
        for gold_path in sorted((probe / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = (probe / "texts" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
            reports.append(Report(probe.name, gold_path.stem, text, gold["published"], bool(gold["conflict"]),
                                  gold["events"]))
    return reports


def drawn(events: list, min_confidence: float = 0.0) -> list:
    """What the map draws by default: placed events told as news (at least *min_confidence*)."""
    return [e for e in events if e.located and e.report == "new" and e.confidence >= min_confidence]


def covers(e, g: dict) -> bool:
    """Drawn event *e* is of gold event *g*'s ACLED type within 50 km of it."""
    return (e.event_type == gold_type(g["kind"])
            and great_circle_km(e.mention.lat, e.mention.lon, g["lat"], g["lon"]) <= MAP_KM)


def score_report(report: Report, events: list, min_confidence: float = 0.0) -> Score:
    """The tally of one report's parsed *events* against its gold."""
    shown = drawn(events, min_confidence)
    s = Score(reports=1, drawn=len(shown), gold=len(report.events), other_reports=0 if report.conflict else 1)
    for e in shown:
        if any(covers(e, g) for g in report.events):
            s.right += 1
        else:
            s.wrong.append(f"{report.probe}/{report.name}: {e.kind} «{e.trigger}» at {e.place.name} "
                           f"(confidence {e.confidence:.2f})")
    for g in report.events:
        hits = [e for e in shown if covers(e, g)]
        if hits:
            s.recalled += 1
            s.date_ok += any(e.date is not None and e.date.isoformat() == g["date"] for e in hits)
    if not report.conflict:
        s.false_violent = sum(1 for e in shown if e.event_type in VIOLENT_TYPES)
    return s


def evaluate(root: Path, gaz, only: tuple[str, ...] = (), min_confidence: float = 0.0) -> dict:
    """Parse every probe report and score it: one row per set and one for all."""
    from ..parser import Parser

    parser = Parser(gaz)
    per: dict[str, Score] = {}
    for report in load(root, only):
        doc = parser.parse(report.text, published=report.published)
        per.setdefault(report.probe, Score()).add(score_report(report, doc.events, min_confidence))
    total = Score()
    for s in per.values():
        total.add(s)
    return {"sets": [s.row(name) for name, s in per.items()], "all": total.row("all"),
            "min_confidence": min_confidence, "wrong": total.wrong}
