"""The articles a benchmark runs on: SaudiNewsNet (``corpora/saudinewsnet.jsonl.gz`` in the
shared data folder), read in file order so that every run sees the same text."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import GeomapError

CORPUS = Path("corpora") / "saudinewsnet.jsonl.gz"


class BenchCorpusMissing(GeomapError, FileNotFoundError):
    """The benchmark corpus is not where ``--data`` says."""


@dataclass(frozen=True)
class BenchArticle:
    id: str
    text: str
    published: str          # YYYY-MM-DD


def read_records(data: Path, limit: int, *, skip: int = 0) -> list[dict]:
    """The first *limit* SaudiNewsNet records after *skip*, as they are in the file."""
    path = Path(data) / CORPUS
    if not path.is_file():
        raise BenchCorpusMissing(f"{path} not found: pass --data with the folder that holds {CORPUS}")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n < skip:
                continue
            if len(out) == limit:
                break
            out.append(json.loads(line))
    return out


def read_articles(data: Path, limit: int, *, skip: int = 0) -> list[BenchArticle]:
    """The first *limit* articles after *skip*, with ``date_extracted[:10]`` as the publication date."""
    return [BenchArticle(row["id"], row["content"], (row.get("date_extracted") or "")[:10])
            for row in read_records(data, limit, skip=skip)]
