"""Small, dependency-free scoring helpers."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: "PRF") -> "PRF":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Distances:
    """Distance errors (km) of resolved places against gold coordinates."""

    km: list[float] = field(default_factory=list)

    def add(self, km: float) -> None:
        self.km.append(km)

    def within(self, limit: float) -> float:
        return sum(1 for d in self.km if d <= limit) / len(self.km) if self.km else 0.0

    def to_dict(self) -> dict:
        if not self.km:
            return {"n": 0}
        return {"n": len(self.km), "acc@161km": round(self.within(161), 4),
                "median_km": round(statistics.median(self.km), 1),
                "mean_km": round(statistics.fmean(self.km), 1)}


def spans_prf(gold: set[tuple[int, int]], found: set[tuple[int, int]], *, overlap: bool = False) -> PRF:
    """Exact-span (or overlap) matching of two sets of (start, end) spans."""
    if not overlap:
        tp = len(gold & found)
        return PRF(tp, len(found) - tp, len(gold) - tp)
    matched_gold, matched_found = set(), set()
    for g in gold:
        for f in found:
            if f not in matched_found and f[0] < g[1] and g[0] < f[1]:
                matched_gold.add(g)
                matched_found.add(f)
                break
    return PRF(len(matched_gold), len(found) - len(matched_found), len(gold) - len(matched_gold))


def table(rows: list[dict], columns: list[str]) -> str:
    """A plain-text table."""
    widths = {c: max(len(c), *(len(_fmt(r.get(c))) for r in rows)) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns),
             "  ".join("-" * widths[c] for c in columns)]
    for r in rows:
        lines.append("  ".join(_fmt(r.get(c)).ljust(widths[c]) for c in columns))
    return "\n".join(lines)


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)
