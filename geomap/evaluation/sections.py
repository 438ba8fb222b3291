"""``geomap eval sections``: violent events drawn on articles that SaudiNewsNet's outlets filed under
sport, culture, economy or technology (issue 11, class 2: non-conflict text yields no violent event).

The section is the outlet's, read from the article's url (``geomap/data/outlet_sections.tsv``), so
the figure does not depend on our own topic profile. It is an upper bound of the false ones: a
culture page may report a real attack (a journalist shot in Beirut), so the events are listed for
review with ``--errors`` (dev half only). Articles of the gold sets are left out; the halves follow
the gold's rule (the number after ``#`` even: dev, odd: test).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

from gazetteer.tables import load

from ..errors import InputError
from ..events.tables import VIOLENT_TYPES
from .gold2015 import split_of

_SECTION_PATH = re.compile(r"https?://[^/]+/([^/?#]+)")


def outlet_sections() -> dict[tuple[str, str], str]:
    """(source, first url path segment or ``*``) → section."""
    return {(r["source"], r["section_path"]): r["section"] for r in load("outlet_sections.tsv", "geomap")}


def section_of(article: dict, sections: dict[tuple[str, str], str]) -> str | None:
    """The outlet's section of *article* when it is one of ours, else None.

    >>> section_of({"source": "alwatan", "url": "http://alwatan.com.sa/Sports/News_Detail.aspx?Id=1"},
    ...            {("alwatan", "Sports"): "sport"})
    'sport'
    """
    source = article.get("source", "")
    if (source, "*") in sections:
        return sections[(source, "*")]
    m = _SECTION_PATH.match(article.get("url") or "")
    return sections.get((source, m.group(1))) if m else None


def batch_ids(gold_root: Path) -> set[str]:
    """The ids of every article of the event gold batches under *gold_root* (selected or labelled)."""
    ids: set[str] = set()
    for folder in sorted(gold_root.glob("events_2015*")):
        selection = folder / "selection.json"
        if selection.is_file():
            ids |= {a["id"] for a in json.loads(selection.read_text(encoding="utf-8"))["articles"]}
        ids |= {json.loads(p.read_text(encoding="utf-8"))["id"] for p in folder.glob("2*.json")}
    return ids


def gold_ids(gold_root: Path) -> set[str]:
    """The ids of every article of the gold under *gold_root*: the event batches (selected or
    labelled), the regression reports and the incident pairs."""
    ids = batch_ids(gold_root)
    regression = gold_root / "events_saudinewsnet.json"
    if regression.is_file():
        ids |= {a["id"] for a in json.loads(regression.read_text(encoding="utf-8"))["articles"]}
    pairs = gold_root / "incident_pairs.tsv"
    if pairs.is_file():
        from .incidents import load_pairs

        ids |= {anchor.article for pair in load_pairs(pairs) for anchor in (pair.a, pair.b)}
    return ids


def evaluate(corpus: Path, gazetteer, split: str, skip: set[str], errors: bool = False) -> dict:
    """Per section: articles parsed, violent events drawn as news, and those per 100 articles."""
    from ..parser import Parser

    parser = Parser(gazetteer)
    sections = outlet_sections()
    articles: Counter = Counter()
    violent: Counter = Counter()
    unreadable = 0
    listed: list[str] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            section = section_of(article, sections)
            if section is None or article["id"] in skip or split_of(article["id"]) != split:
                continue
            try:
                doc = parser.parse(article["content"], published=article["date_extracted"][:10],
                                   title=article.get("title"))
            except InputError:
                unreadable += 1                  # empty or not Arabic: no article to judge
                continue
            articles[section] += 1
            drawn = [e for e in doc.events if e.report == "new" and e.located and e.event_type in VIOLENT_TYPES]
            violent[section] += len(drawn)
            if errors:
                listed += [f"{article['id']} ({section}) {e.kind} «{e.trigger}» at {e.place.name}: "
                           f"{(article.get('title') or '')[:70]}" for e in drawn]
    rows = [{"section": s, "articles": articles[s], "violent_drawn": violent[s],
             "per_100": round(100 * violent[s] / articles[s], 2)} for s in sorted(articles)]
    total = sum(articles.values())
    return {"split": split, "sections": rows, "articles": total, "unreadable": unreadable,
            "violent_drawn": sum(violent.values()),
            "per_100": round(100 * sum(violent.values()) / total, 2) if total else 0.0, "events": listed}
