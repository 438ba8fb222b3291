"""Reading articles from files: the text, and its metadata from a sidecar file.

A sidecar sits next to the article with the same name and ``.meta.json`` in
place of the extension (``000_db730f9dc6351edb.meta.json`` for
``000_db730f9dc6351edb.txt``) and may hold ``title``, ``source``, ``url`` and
``published`` (YYYY-MM-DD).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .dates import parse_published
from .errors import InputError
from .pipeline import MAX_CHARS, check_text

META_FIELDS = ("title", "source", "url", "published")


@dataclass
class ArticleFile:
    path: Path
    text: str
    meta: dict


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def read_sidecar(path: Path) -> dict:
    """The article's metadata from its sidecar file ({} when there is none)."""
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{side}: not a valid JSON metadata file ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(f"{side}: expected a JSON object with title, source, url, published")
    meta = {k: data[k] for k in META_FIELDS if data.get(k) not in (None, "")}
    if "published" in meta:
        try:
            parse_published(str(meta["published"]))
        except ValueError as exc:
            raise InputError(f"{side}: {exc}") from None
    return meta


def read_article(path: str | Path) -> ArticleFile:
    """Read one article file (UTF-8 text) and its sidecar metadata."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_CHARS * 4:
        raise InputError(f"{path}: {size:,} bytes is too large for one article "
                         f"(limit {MAX_CHARS:,} characters)")
    try:
        text = check_text(path.read_bytes())
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    return ArticleFile(path, text, read_sidecar(path))


def article_files(paths: list[str | Path]) -> list[Path]:
    """The files named, with directories expanded to their .txt files (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*.txt") if q.is_file()))
        else:
            out.append(p)
    return out
