"""Readers for the public Arabic corpora in ``../shared/corpora``.

Every reader yields :class:`Sample`: a text and its gold location spans as character
offsets into that text. Token corpora (CoNLL-style) are joined with single spaces, so a
token's span is known exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GeomapError, InputError

CORPORA = ("anercorp", "aqmar", "newsfane", "idrisi-r")

# NewsFANE's GPE and location classes (ACE-style); Land/Air/Water are vehicles, Path/Airport facilities.
NEWSFANE_LOCATION = frozenset({
    "Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster",
    "Continent", "Water-Body", "Land-Region-Natural",
})

ANERCORP_TEST_FIRST_LINE = 125_276      # 1-based: "المفرق B-LOC" (see ../shared/README.md)


class CorpusMissing(GeomapError, FileNotFoundError):
    """The corpus is not where ``--data`` says."""


class CorpusMismatch(GeomapError, ValueError):
    """The corpus at ``--data`` is not the one the gold was made from (an article or a word is missing)."""


@dataclass
class Sample:
    text: str
    gold: set[tuple[int, int]]
    id: str = ""
    group: str = ""                               # IDRISI event name, for per-event scores
    gold_types: dict[tuple[int, int], str] = field(default_factory=dict)


def _need(path: Path) -> Path:
    if not path.exists():
        raise CorpusMissing(f"{path} not found: point --data at the folder that holds corpora/")
    return path


def _from_tokens(tokens: list[tuple[str, str]], is_location, sample_id: str) -> Sample:
    """One sample from (token, BIO/BILOU tag) pairs; *is_location(type)* picks the classes."""
    parts, gold, types = [], set(), {}
    pos = 0
    open_span: list | None = None
    for token, tag in tokens:
        start = pos
        parts.append(token)
        pos += len(token) + 1
        prefix, _, kind = tag.partition("-")
        inside = prefix in ("I", "L") and open_span is not None and open_span[2] == kind
        if open_span is not None and not inside:
            gold.add((open_span[0], open_span[1]))
            types[(open_span[0], open_span[1])] = open_span[2]
            open_span = None
        if prefix in ("B", "U") or (prefix in ("I", "L") and open_span is None):
            if is_location(kind):
                open_span = [start, start + len(token), kind]
        elif inside:
            open_span[1] = start + len(token)
        if prefix in ("U", "L") and open_span is not None:
            gold.add((open_span[0], open_span[1]))
            types[(open_span[0], open_span[1])] = open_span[2]
            open_span = None
    if open_span is not None:
        gold.add((open_span[0], open_span[1]))
        types[(open_span[0], open_span[1])] = open_span[2]
    return Sample(" ".join(parts), gold, sample_id, gold_types=types)


def _split_lines(path: Path, sep: str | None) -> Iterator[tuple[str, str] | None]:
    """(token, tag) per line, None for a blank line."""
    with open(_need(path), encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                yield None
                continue
            if sep == "\t":
                token, _, tag = line.partition("\t")
            else:
                token, _, tag = line.rpartition(" ")
            yield token.replace("\u200e", "").strip(), (tag.strip() or "O")


def _chunks(lines: Iterator[tuple[str, str] | None], *, max_tokens: int = 60,
            break_on_stop: bool = False) -> Iterator[list[tuple[str, str]]]:
    """Sentences: blank lines, or (for corpora without them) full stops / a length cap."""
    sentence: list[tuple[str, str]] = []
    for item in lines:
        if item is None:
            if sentence:
                yield sentence
                sentence = []
            continue
        sentence.append(item)
        if break_on_stop and item[0] in (".", "؟", "!", "?") and item[1] == "O":
            yield sentence
            sentence = []
        elif break_on_stop and len(sentence) >= max_tokens and item[1] == "O":
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def anercorp(data: Path, split: str = "test") -> Iterator[Sample]:
    """ANERcorp LOC. test = the CAMeL Lab split (with sentence breaks); train = the original
    file before line 125,276 (no sentence breaks: cut at full stops)."""
    base = data / "corpora" / "anercorp"
    if split == "test":
        lines = _split_lines(base / "ANERCorp_CamelLab_test.REPAIRED.txt", " ")
        chunks = _chunks(lines)
    elif split == "train":
        def head():
            for n, item in enumerate(_split_lines(base / "ANERCorp_original_ITE5th.txt", " "), 1):
                if n >= ANERCORP_TEST_FIRST_LINE:
                    return
                yield item
        chunks = _chunks(head(), break_on_stop=True)
    else:
        raise InputError("ANERcorp has the splits train and test")
    for n, tokens in enumerate(chunks):
        yield _from_tokens(tokens, lambda k: k == "LOC", f"anercorp-{split}-{n}")


def aqmar(data: Path, split: str = "test") -> Iterator[Sample]:
    if split not in ("train", "dev", "test"):
        raise InputError("AQMAR has the splits train, dev and test")
    lines = _split_lines(data / "corpora" / "aqmar" / f"{split}.txt", " ")
    for n, tokens in enumerate(_chunks(lines)):
        yield _from_tokens(tokens, lambda k: k == "LOC", f"aqmar-{split}-{n}")


def newsfane(data: Path, split: str = "all") -> Iterator[Sample]:
    """NewsFANE's GPE and location classes. The corpus has no official split: ``all``, or
    ``train`` (first 80 % of sentences) / ``test`` (the rest)."""
    lines = _split_lines(data / "corpora" / "newsfane" / "NewsFANE_Gold_2014_170K.txt", "\t")
    sentences = list(_chunks(lines))
    cut = int(len(sentences) * 0.8)
    chosen = {"all": sentences, "train": sentences[:cut], "test": sentences[cut:]}.get(split)
    if chosen is None:
        raise InputError("NewsFANE splits: all, train, test")
    for n, tokens in enumerate(chosen):
        yield _from_tokens(tokens, lambda k: k in NEWSFANE_LOCATION, f"newsfane-{split}-{n}")


def idrisi_events(data: Path) -> list[str]:
    base = _need(data / "corpora" / "idrisi" / "LMR" / "data" / "AR" / "gold-random-json")
    return sorted(p.name for p in base.iterdir() if p.is_dir())


def idrisi_r(data: Path, split: str = "dev") -> Iterator[Sample]:
    """IDRISI-R, type-less: every location mention span of every tweet (nested ones too)."""
    if split not in ("train", "dev"):
        raise InputError("IDRISI-R has the splits train and dev")
    base = data / "corpora" / "idrisi" / "LMR" / "data" / "AR" / "gold-random-json"
    for event in idrisi_events(data):
        with open(_need(base / event / f"{split}.jsonl"), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                row = json.loads(line)
                spans = {(m["startIdx"], m["endIdx"]): m.get("type", "") for m in row["location_mentions"]}
                yield Sample(row["text"], set(spans), str(row["tweet_id"]), event, spans)


@dataclass
class ResolutionSample:
    text: str
    id: str
    group: str
    mentions: list[dict]          # text, start, end, type, lat, lon, display_name


def idrisi_d(data: Path, split: str = "dev") -> Iterator[ResolutionSample]:
    """IDRISI-D: location mentions with their OpenStreetMap place (lat/lon)."""
    if split not in ("train", "dev"):
        raise InputError("IDRISI-D has the splits train and dev")
    base = _need(data / "corpora" / "idrisi" / "LMD" / "data" / "AR")
    for event_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        with open(_need(event_dir / f"{split}.jsonl"), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                row = json.loads(line)
                mentions = []
                for m in row["location_mentions"]:
                    osm = m.get("osm_json") or {}
                    mentions.append({
                        "text": m["text"], "start": m["start_offset"], "end": m["end_offset"],
                        "type": m.get("type", ""),
                        "lat": float(osm["lat"]) if osm.get("lat") else None,
                        "lon": float(osm["lon"]) if osm.get("lon") else None,
                        "display_name": osm.get("display_name"),
                        "country_code": (osm.get("address") or {}).get("country_code"),
                    })
                yield ResolutionSample(row["text"], str(row["tweet_id"]), event_dir.name, mentions)


READERS = {"anercorp": anercorp, "aqmar": aqmar, "newsfane": newsfane, "idrisi-r": idrisi_r}
DEFAULT_SPLIT = {"anercorp": "test", "aqmar": "test", "newsfane": "test", "idrisi-r": "dev"}
