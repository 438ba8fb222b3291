"""Ingest: parse articles and store them, one transaction each, reporting what happened.

Parsing is the slow part, so with ``jobs`` > 1 it runs in worker processes
(each opens the gazetteer once) while this process stores the results in
order. A failure is reported and the batch goes on.
"""

from __future__ import annotations

import itertools
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GeomapError, InputError, StoreUnwritable
from ..model import Document
from ..store import EventStore, PreparedArticle, prepare
from .readers import ArticleInput, Failure

_POOL_MIN_ARTICLES = 24        # fewer than this: spawning workers costs more than it saves


@dataclass
class Summary:
    """What an ingest did."""

    stored: int = 0            # articles written (new + updated)
    new: int = 0
    updated: int = 0
    events: int = 0
    places: set[str] = field(default_factory=set)
    unresolved: set[str] = field(default_factory=set)
    failures: list[Failure] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    seconds: float = 0.0
    stopped: str | None = None   # why the batch stopped early (the store cannot be written)

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def lines(self) -> list[str]:
        return [
            f"articles: {self.stored:,} stored ({self.new:,} new, {self.updated:,} updated), "
            f"{len(self.failures):,} failed",
            f"events: {self.events:,}",
            f"places: {len(self.places):,} distinct",
            f"unresolved names: {len(self.unresolved):,} distinct",
            f"time: {self.seconds:.1f} s ({self.rate:.1f} articles/s)",
        ] + ([f"stopped early: {self.stopped}"] if self.stopped else [])

    def add(self, saved) -> None:
        """Count one stored article (a :class:`~geomap.store.Saved`)."""
        self.stored += 1
        self.new += saved.created
        self.updated += not saved.created
        self.events += saved.events
        self.places |= saved.places
        self.unresolved |= saved.unresolved
        self.article_ids.append(saved.article_id)

    def to_dict(self) -> dict:
        return {"articles": self.stored, "new": self.new, "updated": self.updated,
                "events": self.events, "places": len(self.places),
                "unresolved_names": len(self.unresolved), "failed": len(self.failures),
                "failures": [str(f) for f in self.failures], "article_ids": self.article_ids,
                "seconds": round(self.seconds, 3), "stopped": self.stopped}


# -- worker side -------------------------------------------------------------------------

_worker_gazetteer = None
_worker_error: str | None = None


def _init_worker(gazetteer_path: str | None) -> None:
    # An initializer that raises makes the pool start workers forever: keep the error instead.
    global _worker_gazetteer, _worker_error
    try:
        from gazetteer import open_default

        _worker_gazetteer = open_default(gazetteer_path, build=False, progress=False)
    except Exception as exc:
        _worker_error = f"the parser process could not open the gazetteer ({type(exc).__name__}: {exc})"


def parse_input(item: ArticleInput | Failure, gazetteer=None, published=None) -> Document | Failure:
    """Parse one input; any error becomes a :class:`Failure` (the batch goes on)."""
    if isinstance(item, Failure):
        return item
    from ..parser import parse

    meta = dict(item.meta)
    if published:
        meta["published"] = published
    try:
        return parse(item.text, gazetteer=gazetteer or _worker_gazetteer, **meta)
    except InputError as exc:                           # bad input: the user's message
        return Failure(item.origin, str(exc))
    except Exception as exc:                            # a bug must not lose the rest of the batch
        return Failure(item.origin, f"internal error while parsing ({type(exc).__name__}: {exc})")


def _parse_in_worker(args) -> tuple[str, PreparedArticle | Failure]:
    item, published = args
    if _worker_error:
        return item.origin, Failure(item.origin, _worker_error)
    result = parse_input(item, None, published)
    return item.origin, (result if isinstance(result, Failure) else prepare(result))


# -- driver ------------------------------------------------------------------------------

def ingest(items: Iterable[ArticleInput | Failure], store: EventStore, *, gazetteer=None,
           gazetteer_path: str | Path | None = None, published: str | None = None, jobs: int = 1,
           on_result: Callable[[str, object], None] | None = None) -> Summary:
    """Parse and store every article in *items*.

    *on_result(origin, saved_or_failure)* is called after each article (for a
    progress bar). With *jobs* > 1 and enough articles, parsing runs in that
    many worker processes. When the store cannot be written at all (read-only,
    full disk) the batch stops there: ``summary.stopped`` says why, and every
    article stored before is whole.
    """
    summary = Summary()
    start = time.perf_counter()
    items = iter(items)
    head = list(itertools.islice(items, _POOL_MIN_ARTICLES))
    items = itertools.chain(head, items)
    try:
        if jobs > 1 and len(head) >= _POOL_MIN_ARTICLES:
            results = _parallel(items, jobs, gazetteer_path, published)
        else:
            if gazetteer is None:
                from gazetteer import open_default

                gazetteer = open_default(gazetteer_path)
            results = ((i.origin, parse_input(i, gazetteer, published)) for i in items)
        for origin, result in results:
            outcome = store_result(result, origin, store, summary)
            if on_result:
                on_result(origin, outcome)
            if summary.stopped:
                break
        if hasattr(results, "close"):
            results.close()                 # stops the parser processes now, not at garbage collection
    finally:
        summary.seconds = time.perf_counter() - start
    return summary


def store_result(result, origin: str, store: EventStore, summary: Summary):
    """Store one parse result (or count its failure) and return what became of it."""
    if isinstance(result, Failure):
        summary.failures.append(result)
        return result
    try:
        saved = store.save(result)
    except StoreUnwritable as exc:
        summary.stopped = str(exc)
        failure = Failure(origin, f"not stored: {exc}")
        summary.failures.append(failure)
        return failure
    except GeomapError as exc:
        failure = Failure(origin, f"not stored: {exc}")
        summary.failures.append(failure)
        return failure
    summary.add(saved)
    return saved


def _parallel(items: Iterator, jobs: int, gazetteer_path, published) -> Iterator[tuple[str, object]]:
    """Parse in *jobs* worker processes, results in input order."""
    from gazetteer import default_path, open_default

    path = str(gazetteer_path or default_path())
    open_default(path)                     # build it here once, not in every worker
    context = multiprocessing.get_context("spawn")   # workers open their own SQLite handles
    with context.Pool(jobs, initializer=_init_worker, initargs=(path,)) as pool:
        yield from pool.imap(_parse_in_worker, ((i, published) for i in items), chunksize=4)
