"""Bounded reading of uploads: what one request may hold once decompressed, and how many articles.

A 194 KB ``.gz`` can expand to 200 MB and a 16 MB one to about 16 GB, so uploads are never
decompressed whole: :func:`open_upload` streams them through a :class:`Budget` that counts
the bytes after decompression and the articles read, and raises :class:`LimitExceeded` (413)
at the first byte or article over the request's limit. Lines are read with a bound too
(:func:`bounded_lines`), so a file without newlines cannot become one huge line.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import LimitExceeded

MAX_REQUEST_BYTES = 32 * 1024 * 1024      # one request's files after decompression
MAX_REQUEST_ARTICLES = 1000               # articles (and failed records) in one request
LINES_PER_ARTICLE = 10                    # .jsonl lines, blank ones too: 32 MB of newlines is no article
CHUNK = 64 * 1024
GZIP_ERRORS = (OSError, EOFError, zlib.error)     # gzip.BadGzipFile is an OSError


class Budget:
    """What is left of one request's allowance; shared by every file of the request.

    >>> budget = Budget(max_bytes=10, max_articles=1)
    >>> budget.take_bytes(8); budget.take_article()
    >>> budget.take_bytes(4)
    Traceback (most recent call last):
    ...
    geomap.errors.LimitExceeded: the upload holds more than 10 bytes once decompressed ...
    """

    def __init__(self, max_bytes: int = MAX_REQUEST_BYTES, max_articles: int = MAX_REQUEST_ARTICLES):
        self.max_bytes = max_bytes
        self.max_articles = max_articles
        self.bytes = 0
        self.articles = 0
        self.lines = 0

    def take_bytes(self, n: int) -> None:
        self.bytes += n
        if self.bytes > self.max_bytes:
            raise LimitExceeded(
                f"the upload holds more than {_size(self.max_bytes)} once decompressed (the limit of one "
                "request); upload fewer files at once, or use `geomap ingest` for a large collection")

    def take_line(self) -> None:
        self.lines += 1
        if self.lines > LINES_PER_ARTICLE * self.max_articles:
            raise LimitExceeded(
                f"the upload holds more than {LINES_PER_ARTICLE * self.max_articles:,} lines (the limit of one "
                "request); split it, or use `geomap ingest` for a large collection")

    def take_article(self) -> None:
        self.articles += 1
        if self.articles > self.max_articles:
            raise LimitExceeded(
                f"the upload holds more than {self.max_articles:,} articles (the limit of one request); "
                "split it, or use `geomap ingest` for a large collection")


class CountedReader(io.RawIOBase):
    """A binary stream that charges every byte read to a :class:`Budget`."""

    def __init__(self, stream: BinaryIO, budget: Budget | None):
        self._stream = stream
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._stream.read(min(len(buffer), CHUNK))
        if self._budget is not None:
            self._budget.take_bytes(len(data))
        buffer[:len(data)] = data
        return len(data)


def open_upload(name: str, stream: BinaryIO, budget: Budget | None) -> tuple[str, BinaryIO]:
    """The file's name without ``.gz`` and a stream of its (decompressed, counted) bytes."""
    lower = name.lower()
    if lower.endswith(".gz"):
        stream = gzip.GzipFile(fileobj=stream, mode="rb")    # streams: never more than a chunk at once
        lower = lower[:-3]
    return lower, io.BufferedReader(CountedReader(stream, budget), CHUNK)


def read_at_most(stream: BinaryIO, limit: int) -> bytes | None:
    """The rest of *stream*, or None when it is longer than *limit* bytes (read no further)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def bounded_lines(stream: BinaryIO, max_line: int,
                  budget: Budget | None = None) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; None for a line longer than *max_line* bytes, whose
    rest is skipped without being kept. Each line, blank or not, is charged to *budget*."""
    number = 0
    while True:
        line = stream.readline(max_line + 1)
        if not line:
            return
        number += 1
        if budget is not None:
            budget.take_line()
        if len(line) > max_line and not line.endswith(b"\n"):
            while True:                       # skip to the end of the overlong line, a chunk at a time
                rest = stream.readline(CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n:,} bytes"
