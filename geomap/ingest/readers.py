"""Reading articles from files and uploads: .txt, .html, .json, .jsonl and their .gz.

Every reader yields :class:`ArticleInput` items, or a :class:`Failure` for a
file or record that cannot be one, so a bad file never stops a batch.

- ``.txt``: UTF-8 text; metadata from a ``NAME.meta.json`` sidecar next to it (``title``,
  ``source``, ``url``, ``published`` as YYYY-MM-DD): ``000_db730f9dc6351edb.meta.json`` for
  ``000_db730f9dc6351edb.txt``.
- ``.html``/``.htm``: the article's text without the page chrome (menus,
  footers, "most read"), and its title, date, canonical URL and site name.
- ``.json``: one article object, a list of them, or ``{"articles": [...]}``.
- ``.jsonl``/``.ndjson`` (optionally ``.gz``): one article object a line.

An article object has its text in ``text`` (or ``content``, ``body``) and may
have ``title``, ``source``, ``url`` and ``published`` (or ``date``,
``date_published``, ``date_extracted``: SaudiNewsNet's field).

``geomap ingest`` reads with :func:`read_paths` (a failure is reported and the batch goes on);
``geomap map`` and ``geomap parse`` with :func:`read_articles` (the first failure stops them).
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..dates import parse_published
from ..errors import InputError
from ..metadata import META_FIELDS, TEXT_FIELDS
from ..pipeline import MAX_CHARS, decode_text
from .limits import GZIP_ERRORS, Budget, bounded_lines, open_upload, read_at_most

TEXT_KEYS = ("text", "content", "body", "article")
DATE_KEYS = ("published", "date", "date_published", "published_at", "date_extracted")
MAX_FILE_BYTES = 4 * MAX_CHARS                 # one article (.txt, .html), one .jsonl line
MAX_JSON_BYTES = 8 * MAX_FILE_BYTES            # one .json document (an upload's, once decompressed)
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson",
            ".json.gz", ".jsonl.gz", ".ndjson.gz")


@dataclass
class ArticleInput:
    """An article ready to parse, with where it came from (``file`` or ``file:line``)."""

    origin: str
    text: str
    meta: dict = field(default_factory=dict)


@dataclass
class Failure:
    """A file or record that could not be read or parsed, and why."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def supported(name: str) -> bool:
    name = name.lower()
    return name.endswith(SUFFIXES) and not name.endswith(".meta.json")


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, with folders expanded to the article files inside them (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and supported(q.name)))
        else:
            out.append(p)
    return out


def read_paths(paths: Iterable[str | Path]) -> Iterator[ArticleInput | Failure]:
    """Every article in the files and folders named."""
    for path in expand(paths):
        yield from read_path(path)


def read_articles(paths: Iterable[str | Path]) -> list[ArticleInput]:
    """Every article in the files and folders named, or an :class:`InputError` naming the first
    file or record that cannot be read."""
    articles = []
    for item in read_paths(paths):
        if isinstance(item, Failure):
            raise InputError(str(item))
        articles.append(item)
    return articles


def sidecar_path(path: Path) -> Path:
    """Where the metadata of the article file *path* is: ``NAME.meta.json`` for ``NAME.txt``."""
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
        except InputError as exc:
            raise InputError(f"{side}: {exc}") from None
    return meta


def read_path(path: Path) -> Iterator[ArticleInput | Failure]:
    origin = str(path)
    if not path.is_file():
        yield Failure(origin, "no such file")
        return
    name = path.name.lower()
    if not supported(name):
        yield Failure(origin, f"not an article file (expected one of {', '.join(SUFFIXES)})")
        return
    try:
        if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz")):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as stream:
                if name.endswith(".json.gz"):
                    data = read_at_most(stream, 64 * MAX_FILE_BYTES)
                    yield from (_json_document(data, origin) if data is not None else [Failure(
                        origin, f"larger than {64 * MAX_FILE_BYTES:,} bytes once decompressed")])
                else:
                    yield from _json_lines(stream, origin)
            return
        size = path.stat().st_size
        limit = MAX_FILE_BYTES if not name.endswith(".json") else 64 * MAX_FILE_BYTES
        if size > limit:
            yield Failure(origin, f"{size:,} bytes is too large (limit {limit:,} bytes)")
            return
        data = path.read_bytes()
    except GZIP_ERRORS as exc:
        yield Failure(origin, f"cannot read the file ({exc})")
        return
    if name.endswith(".txt"):
        try:
            meta = read_sidecar(path)
        except InputError as exc:
            yield Failure(origin, str(exc))
            return
        yield from _text(data, origin, meta)
    else:
        yield from read_bytes(path.name, data, origin=origin)


def read_bytes(name: str, data: bytes | BinaryIO, *, origin: str | None = None,
               budget: Budget | None = None) -> Iterator[ArticleInput | Failure]:
    """The articles in one uploaded file (bytes or a binary stream), by its name's extension.

    With a *budget* (the web form's), the file is read as a stream and every byte after
    decompression and every article is charged to it: :class:`~geomap.errors.LimitExceeded`
    is raised at the first one over the request's limit.
    """
    origin = origin or name
    stream = data if hasattr(data, "read") else io.BytesIO(data)
    try:
        lower, stream = open_upload(name, stream, budget)
        for item in _read_stream(lower, stream, origin, budget):
            if budget is not None:
                budget.take_article()
            yield item
    except RecursionError:
        yield Failure(origin, "the file is nested too deeply to read")
    except GZIP_ERRORS as exc:
        yield Failure(origin, f"not a valid .gz file ({exc})")


def _read_stream(lower: str, stream: BinaryIO, origin: str,
                 budget: Budget | None) -> Iterator[ArticleInput | Failure]:
    if lower.endswith((".jsonl", ".ndjson")):
        yield from _json_lines(stream, origin, budget)
        return
    if not lower.endswith((".txt", ".html", ".htm", ".json")):
        yield Failure(origin, "unsupported file type: upload .txt, .html, .json or .jsonl(.gz)")
        return
    limit = MAX_JSON_BYTES if lower.endswith(".json") else MAX_FILE_BYTES
    data = read_at_most(stream, limit)
    if data is None:
        yield Failure(origin, f"the file is larger than {limit:,} bytes (the limit for one "
                              f"{'.json document' if lower.endswith('.json') else 'article'})")
    elif lower.endswith(".txt"):
        yield from _text(data, origin, {})
    elif lower.endswith(".json"):
        yield from _json_document(data, origin)
    else:
        yield from _html(data, origin)


def _text(data: bytes, origin: str, meta: dict) -> Iterator[ArticleInput | Failure]:
    try:
        yield ArticleInput(origin, _decode(data), meta)
    except InputError as exc:
        yield Failure(origin, str(exc))


def _decode(data: bytes | str) -> str:
    """Text from bytes, with the cheap checks only: parse() checks the rest where it runs
    (in a worker process when ingesting in parallel, so this process stays free to store)."""
    data = decode_text(data)
    if not data.strip():
        raise InputError("the article is empty")
    if len(data) > MAX_CHARS:
        raise InputError(f"the article is {len(data):,} characters long; the limit is {MAX_CHARS:,}")
    return data


def _html(data: bytes, origin: str) -> Iterator[ArticleInput | Failure]:
    from .html import extract_article

    try:
        text, meta = extract_article(data)
        yield ArticleInput(origin, _decode(text), meta)
    except InputError as exc:
        yield Failure(origin, str(exc))


def _json_document(data: bytes, origin: str) -> Iterator[ArticleInput | Failure]:
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield Failure(origin, "not UTF-8 text: save the JSON as UTF-8")
        return
    except json.JSONDecodeError as exc:
        yield Failure(origin, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
        return
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    if isinstance(value, dict):
        yield _record(value, origin)
    elif isinstance(value, list):
        for n, item in enumerate(value, 1):
            yield _record(item, f"{origin}[{n}]")
    else:
        yield Failure(origin, "expected a JSON object with a 'text' field, or a list of them")


def _json_lines(stream, origin: str, budget: Budget | None = None) -> Iterator[ArticleInput | Failure]:
    for n, raw in bounded_lines(stream, MAX_FILE_BYTES, budget):
        where = f"{origin}:{n}"
        if raw is None:
            yield Failure(where, f"the line is longer than {MAX_FILE_BYTES:,} bytes (the limit)")
            continue
        line = raw.strip()
        if not line:
            continue
        try:
            value = json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield Failure(where, "not UTF-8 text")
            continue
        except json.JSONDecodeError as exc:
            yield Failure(where, f"not valid JSON (column {exc.colno}: {exc.msg})")
            continue
        yield _record(value, where)


def _record(value, origin: str) -> ArticleInput | Failure:
    """One article object → an input, or why it is not one."""
    if not isinstance(value, dict):
        return Failure(origin, "expected a JSON object with a 'text' field")
    text = next((value[k] for k in TEXT_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
    if text is None:
        return Failure(origin, f"no article text: expected a non-empty string in one of {', '.join(TEXT_KEYS)}")
    meta = {}
    for key in TEXT_FIELDS:                      # the date has its own keys
        if isinstance(value.get(key), str) and value[key].strip():
            meta[key] = value[key].strip()
    date = next((value[k] for k in DATE_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
    try:
        if date is not None:
            meta["published"] = parse_published(date).isoformat()
        return ArticleInput(origin, _decode(text), meta)
    except InputError as exc:
        return Failure(origin, str(exc))


def count(paths: Iterable[str | Path]) -> int | None:
    """How many articles the files hold (for a progress bar), without parsing them."""
    total = 0
    for path in expand(paths):
        name = path.name.lower()
        try:
            if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
                opener = gzip.open if name.endswith(".gz") else open
                with opener(path, "rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            elif name.endswith((".json", ".json.gz")):
                return None
            else:
                total += 1
        except (OSError, EOFError):
            total += 1
    return total
