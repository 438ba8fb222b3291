"""``geomap eval recognition``: precision, recall and F1 of location mentions on a corpus."""

from __future__ import annotations

import os
import re
import time
from collections import defaultdict
from pathlib import Path

from ..errors import InputError
from ..pipeline import find_places
from ..toponyms import SETTLEMENT_CUES
from .corpora import DEFAULT_SPLIT, READERS
from .metrics import PRF, spans_prf

TOKEN_CORPORA = {"anercorp", "aqmar", "newsfane"}
_SPACE = re.compile(r"\s")
# IDRISI's spans leave out a direction or "near" before the place (شمال #حفرالباطن → حفرالباطن)
_IDRISI_OUTSIDE = {"direction", "near"}
# and "the capital" before it (العاصمة عمان → عمان: 5 of 5 in the train split)
_IDRISI_CUES_OUTSIDE = {"العاصمه", "عاصمه"}


def predicted_spans(text: str, gaz, *, whole_tokens: bool, idrisi: bool = False,
                    tagger=None) -> set[tuple[int, int]]:
    """The spans our recogniser marks as places, cut the way the corpus's guidelines cut them.

    Token corpora tag the name's whole tokens (clitics included, cue words not). IDRISI tags
    tweets: the phrase with its cue word (مرفأ بيروت، محافظة حفر الباطن) and attached
    proclitics, without a direction or "near" before it (شمال #حفرالباطن); a place in a
    compound hashtag (#امطار_الكويت) is not a mention.
    """
    spans = set()
    for m in find_places(text, gaz, tagger=tagger, domain="tweets" if idrisi else "news"):
        if idrisi:
            if m.hashtag == "compound":
                continue
            if m.role == "demonym":           # اللبنانية: IDRISI's train split marks 53 of 282
                continue
            start = m.area_start if m.area_start is not None else m.start
            end = m.area_end if m.area_end is not None else m.end
            if m.cue in _IDRISI_CUES_OUTSIDE:
                start = m.start
            elif m.qualifier in _IDRISI_OUTSIDE:
                start = _word_before(text, m.start) if m.cue else m.start
            spans.add((_clitic_start(text, start), end))
            continue
        if m.role == "demonym" or (m.role == "unresolved" and m.cue_kind not in SETTLEMENT_CUES):
            continue       # ANERcorp, AQMAR and NewsFANE tag neither demonyms nor facilities as places
        for start, end in m.spans():
            if whole_tokens:
                start, end = _token_bounds(text, start, end)
            spans.add((start, end))
    return spans


def _word_before(text: str, start: int) -> int:
    """The start of the word before the one at *start* (the cue word of مدينة #الجهراء)."""
    k = start
    while k > 0 and (text[k - 1] == "#" or text[k - 1].isalpha()):
        k -= 1                                  # back to the start of the name's own word
    while k > 0 and text[k - 1].isspace():
        k -= 1
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return k


def _clitic_start(text: str, start: int) -> int:
    """Back over proclitics written on the word (بلبنان، وعدن), not over # or punctuation."""
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and not _SPACE.match(text[start - 1]):
        start -= 1
    while end < len(text) and not _SPACE.match(text[end]):
        end += 1
    return start, end


def evaluate(corpus: str, data: Path, gaz, *, split: str | None = None, errors: int = 0,
             limit: int | None = None, model: str = "auto") -> dict:
    """Score recognition on *corpus*; *model*: "auto" (the trained tagger when there is one),
    "none" (rules only) or a path to a model file."""
    if corpus not in READERS:
        raise InputError(f"unknown corpus {corpus!r}; choose from {', '.join(READERS)}")
    split = split or DEFAULT_SPLIT[corpus]
    whole_tokens = corpus in TOKEN_CORPORA
    idrisi = corpus == "idrisi-r"
    tagger = _tagger(model, "tweets" if idrisi else "news")
    exact, overlap = PRF(), PRF()
    per_group: dict[str, list[PRF]] = defaultdict(lambda: [PRF(), PRF()])
    missed, extra = [], []
    t0 = time.perf_counter()
    n = 0
    for sample in READERS[corpus](data, split):
        if limit is not None and n >= limit:
            break
        n += 1
        found = predicted_spans(sample.text, gaz, whole_tokens=whole_tokens, idrisi=idrisi, tagger=tagger)
        e, o = spans_prf(sample.gold, found), spans_prf(sample.gold, found, overlap=True)
        exact += e
        overlap += o
        if sample.group:
            per_group[sample.group][0] += e
            per_group[sample.group][1] += o
        if errors:
            for a, b in sorted(sample.gold - found):
                missed.append(f"{sample.text[a:b]}  «{_context(sample.text, a, b)}»"
                              + (f" [{sample.gold_types.get((a, b))}]" if sample.gold_types else ""))
            for a, b in sorted(found - sample.gold):
                extra.append(f"{sample.text[a:b]}  «{_context(sample.text, a, b)}»")
    result = {
        "corpus": corpus, "split": split, "samples": n,
        "model": str(tagger.path) if tagger else "none (rules only)",
        "gold_mentions": exact.tp + exact.fn, "seconds": round(time.perf_counter() - t0, 1),
        "exact": exact.to_dict(), "overlap": overlap.to_dict(),
    }
    if per_group:
        groups = {g: {"exact": v[0].to_dict(), "overlap": v[1].to_dict()} for g, v in sorted(per_group.items())}
        result["per_event"] = groups
        result["mean_f1_exact"] = round(sum(g["exact"]["f1"] for g in groups.values()) / len(groups), 4)
        result["mean_f1_overlap"] = round(sum(g["overlap"]["f1"] for g in groups.values()) / len(groups), 4)
    if errors:
        result["missed"] = missed[:errors]
        result["extra"] = extra[:errors]
    return result


def _tagger(model: str, domain: str):
    from ..parser import tagger_from_environment
    from ..tagger import Tagger

    if model == "none":
        return None
    if model == "auto":                 # read when the command starts
        return tagger_from_environment(os.environ, domain)
    return Tagger(model)


def _context(text: str, start: int, end: int, width: int = 30) -> str:
    return (text[max(0, start - width):start] + "[" + text[start:end] + "]"
            + text[end:end + width]).replace("\n", " ")


def name_precision(corpora: list[str], data: Path, gaz, *, split: str = "train") -> list[dict]:
    # rules only: this is the tool for curating the rules
    """For each gazetteer name we mark, how often it is a gold location (overlap) and how often not.

    Used to find the everyday words GeoNames lists as places (tune on train splits only).
    """
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for corpus in corpora:
        whole = corpus in TOKEN_CORPORA
        for sample in READERS[corpus](data, split):
            for m in find_places(sample.text, gaz, tagger=None):
                for start, end in m.spans():
                    if whole:
                        start, end = _token_bounds(sample.text, start, end)
                    hit = any(a < end and start < b for a, b in sample.gold)
                    counts[m.name][0 if hit else 1] += 1
    rows = [{"name": n, "location": c[0], "not_location": c[1],
             "precision": round(c[0] / (c[0] + c[1]), 3)} for n, c in counts.items()]
    rows.sort(key=lambda r: (-r["not_location"], r["precision"]))
    return rows
