"""The events and toponyms gold of SaudiNewsNet articles (``tests/gold/events_2015``), with the
texts read from the corpus: what ``geomap eval events`` and ``geomap eval recognition --corpus
ours`` score against. See ``docs/gold-guidelines.md`` for what the labels mean.

Each article is split by a fixed rule decided before any output was looked at: the number after
``#`` in its id even → dev (tune on it), odd → test (scored once).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .corpora import CorpusMismatch
from .events import load_corpus_articles

SPLITS = ("dev", "test", "all")
NON_CONFLICT_TOPICS = frozenset(["sport", "economy", "culture", "health", "other"])


def split_of(article_id: str) -> str:
    """dev for an even number after '#', test for an odd one.

    >>> split_of("2015-08-03#549"), split_of("2015-07-27#996")
    ('test', 'dev')
    """
    return "dev" if int(article_id.rsplit("#", 1)[1]) % 2 == 0 else "test"


def find_span(text: str, word: str, occurrence: int) -> tuple[int, int]:
    """The offsets of the *occurrence*-th *word* in *text* (counted as ``str.find`` from the
    previous hit + 1: inside longer words too)."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(word, pos + 1)
        if pos < 0:
            raise CorpusMismatch(f"{word!r} #{occurrence} is not in the article: has the corpus changed?")
    return pos, pos + len(word)


@dataclass
class GoldArticle:
    id: str
    split: str
    topic: str
    published: str
    text: str
    title: str
    source: str
    url: str
    events: list[dict] = field(default_factory=list)
    not_events: list[dict] = field(default_factory=list)
    toponyms: list[dict] = field(default_factory=list)
    not_toponyms: list[dict] = field(default_factory=list)

    @property
    def conflict(self) -> bool:
        """About conflict or politics: gold events are expected (sport, economy, culture, health
        and other articles are the ones whose gold is "no violent event")."""
        return self.topic not in NON_CONFLICT_TOPICS


def load_gold(gold_dir: Path, corpus: Path, split: str = "dev") -> list[GoldArticle]:
    """The gold articles of *split* (dev, test or all) with their texts, anchors resolved to
    offsets (``span`` on each event anchor list as ``spans``, on each toponym as ``span``)."""
    if split not in SPLITS:
        raise InputError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    # the half not asked for is never opened (its file name says its id: <date>_<n>.json)
    paths = [p for p in sorted(gold_dir.glob("*_*.json"))
             if split == "all" or split_of(p.stem.replace("_", "#", 1)) == split]
    labels = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    labels = [g for g in labels if split == "all" or split_of(g["id"]) == split]
    texts = load_corpus_articles(corpus, {g["id"] for g in labels})
    out = []
    for g in labels:
        a = texts.get(g["id"])
        if a is None:
            raise CorpusMismatch(f"article {g['id']} is not in {corpus}")
        text = a["content"]
        for e in g.get("events", []) + g.get("not_events", []):
            e["spans"] = [find_span(text, w, n) for w, n in e.get("anchors", [])]
        for t in g.get("toponyms", []) + g.get("not_toponyms", []):
            t["span"] = find_span(text, t["text"], t["occurrence"])
        out.append(GoldArticle(id=g["id"], split=split_of(g["id"]), topic=g["topic"], published=g["published"],
                               text=text, title=a.get("title") or "", source=a.get("source") or "",
                               url=a.get("url") or "", events=g.get("events", []),
                               not_events=g.get("not_events", []), toponyms=g.get("toponyms", []),
                               not_toponyms=g.get("not_toponyms", [])))
    return out
