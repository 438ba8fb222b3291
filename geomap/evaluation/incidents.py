"""``geomap eval incidents``: incident merges against pairs of events labelled by hand.

``tests/gold/incident_pairs.tsv`` holds pairs of events of SaudiNewsNet articles — pairs the
matcher merged and near misses it did not (the same kind, at most 3 days and 100 km apart) —
each event anchored by its article's corpus id, its trigger word and which occurrence of it,
and a label: ``same`` (one happening) or ``different``. Ids and labels only: the texts are read
from the store the corpus was ingested into.

Each pair is in the dev or the test split by a fixed rule decided before any output was
looked at: the parity of the first byte of the SHA-256 of its two anchors (sorted), even → dev.
Merge precision is the share of labelled pairs put in one incident that are one happening;
recall the share of one-happening pairs put in one incident. Pairs with an event told as
background (history, context: it joins no incident by design) are counted apart.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .gold2015 import find_span

COLUMNS = ["pair", "a_article", "a_trigger", "a_occurrence", "b_article", "b_trigger", "b_occurrence",
           "sampled", "label", "note"]
LABELS = ("same", "different")
SPLITS = ("dev", "test", "all")


@dataclass(frozen=True)
class Anchor:
    article: str            # the SaudiNewsNet id (2015-07-21#0)
    trigger: str
    occurrence: int

    def key(self) -> str:
        return f"{self.article}|{self.trigger}|{self.occurrence}"


@dataclass(frozen=True)
class Pair:
    number: int
    a: Anchor
    b: Anchor
    sampled: str            # merged | near | merged-r2 (merges new with the second round of rules)
    label: str
    note: str = ""

    @property
    def split(self) -> str:
        return split_of(self.a, self.b)


def split_of(a: Anchor, b: Anchor) -> str:
    """dev when the first byte of the SHA-256 of the sorted anchors is even, else test.

    >>> split_of(Anchor("2015-07-21#1", "غارة", 1), Anchor("2015-07-22#5", "غارات", 2))
    'dev'
    """
    text = "||".join(sorted((a.key(), b.key())))
    return "dev" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def default_pairs_path() -> Path:
    return Path(__file__).resolve().parents[2] / "tests" / "gold" / "incident_pairs.tsv"


def load_pairs(path: Path, split: str = "all") -> list[Pair]:
    """The labelled pairs of *split* (dev, test or all); unlabelled rows are kept only for ``all``."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            pair = Pair(int(r["pair"]), Anchor(r["a_article"], r["a_trigger"], int(r["a_occurrence"])),
                        Anchor(r["b_article"], r["b_trigger"], int(r["b_occurrence"])), r["sampled"],
                        r["label"].strip(), (r.get("note") or "").strip())
            if pair.label and pair.label not in LABELS:
                raise ValueError(f"{path}: pair {pair.number} has label {pair.label!r}, not same/different")
            if split == "all" or (pair.label and pair.split == split):
                out.append(pair)
    return out


def corpus_ids_by_url(data: Path) -> dict[str, str]:
    """SaudiNewsNet's article URLs → their corpus ids (the store keeps the URL, not the id)."""
    path = data / "corpora" / "saudinewsnet.jsonl.gz"
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record.get("url"):
                out[record["url"]] = record["id"]
    return out


def resolve_anchor(store, urls: dict[str, str], anchor: Anchor) -> dict | None:
    """The stored event the anchor names (its trigger's span among the event's evidence), or None
    when the article or the event is not in the store."""
    from ..store import EventFilter

    url = urls.get(anchor.article)
    article_id = store.find_article(url=url) if url else None
    if article_id is None:
        return None
    text = store.article(article_id)["text"]
    try:
        start, end = find_span(text, anchor.trigger, anchor.occurrence)
    except ValueError:
        return None
    for event in store.events(EventFilter(articles=(article_id,), limit=10_000)):
        for ev in event["properties"].get("evidence") or ():
            if ev["trigger_start"] < end and start < ev["trigger_end"]:
                return event
    return None


def evaluate(store, pairs: list[Pair], urls: dict[str, str]) -> dict:
    """Merge precision and recall over the labelled *pairs*, and what each pair became."""
    counts = dict(tp=0, fp=0, fn=0, tn=0, missing=0, background=0)
    by_sample: dict[str, dict[str, int]] = {}
    errors = []
    for pair in pairs:
        a, b = resolve_anchor(store, urls, pair.a), resolve_anchor(store, urls, pair.b)
        if a is None or b is None:
            counts["missing"] += 1
            continue
        if "background" in (a["properties"].get("report"), b["properties"].get("report")):
            counts["background"] += 1            # history and context join no incident, by design
            continue
        ia, ib = a["properties"].get("incident_id"), b["properties"].get("incident_id")
        merged = ia is not None and ia == ib
        same = pair.label == "same"
        outcome = {(True, True): "tp", (True, False): "fp", (False, True): "fn", (False, False): "tn"}[(merged, same)]
        counts[outcome] += 1
        group = by_sample.setdefault(pair.sampled, dict(tp=0, fp=0, fn=0, tn=0))
        group[outcome] += 1
        if outcome in ("fp", "fn"):
            errors.append({"pair": pair.number, "outcome": outcome, "a": a["id"], "b": b["id"],
                           "incidents": [ia, ib], "note": pair.note})
    return {"pairs": len(pairs), **counts, **_rates(counts), "errors": errors,
            "by_sample": {k: {**v, **_rates(v)} for k, v in sorted(by_sample.items())}}


def _rates(counts: dict[str, int]) -> dict[str, float]:
    """Merge precision and recall of tp/fp/fn counts (0 when undefined)."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return {"precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0}
