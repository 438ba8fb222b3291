"""Ingest on a Dask cluster: ``geomap ingest FILES… --scheduler tcp://HOST:8786``.

The client (this process) reads the files and sends the articles' text, a batch
per task, to the cluster's workers (``dask scheduler`` and ``dask worker``, the
standard commands). Each worker opens the gazetteer it has (``GEOMAP_GAZETTEER``,
built on first use); before anything is sent, every worker's gazetteer must have
the same content version as the client's, or the ingest is refused — the same
article must get the same places wherever it is parsed.

Into a shared store (PostgreSQL) the workers write themselves, one transaction per
article; into an SQLite file, which only this machine can reach, they return the
rows and the client writes them. A worker killed mid-run costs nothing but time:
the scheduler gives its tasks to another worker, and the store's replace-by-text
and URL keeps every article once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import GeomapError, StoreUnwritable
from ..store import EventStore, PreparedArticle, Saved, prepare
from .readers import ArticleInput, Failure
from .runner import Summary, parse_input, store_result

BATCH = 16                   # articles per task: ~0.1 s of parsing, so the scheduler is no bottleneck
WINDOW_PER_THREAD = 4        # batches in flight per worker thread: none waits for the client


class ClusterError(GeomapError):
    """The Dask cluster cannot be reached, has no workers, or its workers cannot parse."""


class GazetteerMismatch(ClusterError):
    """A worker's gazetteer is not the client's: its places would differ."""


@dataclass
class Stopped:
    """A worker found the store unwritable (full disk, read-only): the ingest stops."""

    message: str


# -- worker side: one gazetteer and one store per worker process -----------------------

_lock = threading.Lock()
_stores: dict[str, EventStore] = {}


def worker_gazetteer_version() -> str:
    """This worker's gazetteer content version (run on every worker by the client)."""
    from gazetteer import open_default
    from gazetteer.version import content_version

    try:
        return content_version(open_default(progress=False))
    except Exception as exc:                       # the client shows it with the worker's address
        return f"error: {type(exc).__name__}: {exc}"


def warm_worker() -> str:
    """Open this worker's gazetteer and build the parser's tables (benchmarks time parsing,
    not start-up); returns the gazetteer's content version."""
    from gazetteer import open_default

    from ..parser import warm_up

    warm_up(open_default(progress=False))
    return worker_gazetteer_version()


def _worker_store(target: str) -> EventStore:
    with _lock:
        store = _stores.get(target)
        if store is None:
            store = _stores[target] = EventStore(target, pool_size=2)
        return store


def close_worker_stores(target: str) -> int:
    """Close this worker's connections to *target* (the client calls it at the end of a run)."""
    with _lock:
        store = _stores.pop(target, None)
    if store is not None:
        store.close()
    return int(store is not None)


def parse_batch(items: list[ArticleInput], published: str | None, expected: str,
                target: str | None) -> list[tuple[str, object]]:
    """Parse a batch on a worker; store each article when *target* is given, else return its rows."""
    from gazetteer import open_default
    from gazetteer.version import content_version

    gaz = open_default(progress=False)
    mine = content_version(gaz)
    if mine != expected:
        message = (f"this worker's gazetteer ({gaz.path}) has content version {mine}, the client's "
                   f"{expected}: not parsed")
        return [(item.origin, Failure(item.origin, message)) for item in items]
    store = _worker_store(target) if target else None
    out: list[tuple[str, object]] = []
    for item in items:
        result = parse_input(item, gaz, published)
        if not isinstance(result, Failure):
            result = prepare(result)
            if store is not None:
                result = _save(store, item.origin, result)
        out.append((item.origin, result))
        if isinstance(result, Stopped):
            break
    return out


def _save(store: EventStore, origin: str, art: PreparedArticle) -> Saved | Failure | Stopped:
    try:
        return store.save(art)
    except StoreUnwritable as exc:
        return Stopped(str(exc))
    except GeomapError as exc:
        return Failure(origin, f"not stored: {exc}")


# -- client side -------------------------------------------------------------------------

def connect(scheduler: str, *, timeout: str | None = None):
    """A client of the scheduler at *scheduler* (``tcp://host:8786``), waiting at most *timeout*
    (default: Dask's own setting ``distributed.comm.timeouts.connect``, 30 s unless
    ``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT`` says otherwise)."""
    import dask.config
    from distributed import Client

    timeout = timeout or dask.config.get("distributed.comm.timeouts.connect")
    try:
        return Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); is `dask scheduler` "
                           "running there, and is the address right?") from None


def check_gazetteers(client, expected: str, *, wait_s: float = 60) -> dict[str, str]:
    """Every worker's gazetteer content version, which must all be *expected*; a
    :class:`GazetteerMismatch` lists the workers that differ."""
    try:
        client.wait_for_workers(1, timeout=wait_s)
    except TimeoutError:
        raise ClusterError(f"the Dask cluster at {client.scheduler.address} has no workers "
                           f"(waited {wait_s:.0f} s): start some with `dask worker {client.scheduler.address}`") \
            from None
    versions = client.run(worker_gazetteer_version)
    wrong = {w: v for w, v in versions.items() if v != expected}
    if wrong:
        lines = "; ".join(f"{w}: {v}" for w, v in sorted(wrong.items()))
        raise GazetteerMismatch(
            f"{len(wrong)} of {len(versions)} Dask workers have another gazetteer than this client "
            f"(content version {expected}): {lines}. Give every worker the same gazetteer (copy this "
            "client's file, or build the same one: `geomap gazetteer build`, the same downloads and "
            "imports) and set GEOMAP_GAZETTEER for `dask worker`; nothing was ingested")
    return versions


def ingest_on_cluster(items: Iterable[ArticleInput | Failure], store: EventStore, scheduler, *,
                      published: str | None = None, gazetteer_path=None, batch: int = BATCH,
                      window: int | None = None, on_result: Callable[[str, object], None] | None = None) -> Summary:
    """Parse *items* on the Dask cluster at *scheduler* (an address, or a ``distributed.Client``)
    and store them; the same :class:`Summary` and *on_result* calls as :func:`ingest`."""
    from gazetteer import open_default
    from gazetteer.version import content_version

    client = connect(scheduler) if isinstance(scheduler, str) else scheduler
    summary = Summary()
    start = time.perf_counter()
    target = store.target if store.shared else None
    try:
        expected = content_version(open_default(gazetteer_path))
        check_gazetteers(client, expected)
        threads = max(1, sum(client.nthreads().values()))
        window = window or WINDOW_PER_THREAD * threads
        for origin, outcome in _run(client, items, published, expected, target, batch, window):
            outcome = _record(outcome, origin, store, summary)
            if on_result:
                on_result(origin, outcome)
            if summary.stopped:
                break
    finally:
        if target:
            try:
                client.run(close_worker_stores, target)
            except Exception:          # pragma: no cover - a worker gone at the end closes with its process
                pass
        if isinstance(scheduler, str):
            client.close()
        summary.seconds = time.perf_counter() - start
    return summary


def _record(outcome, origin: str, store: EventStore, summary: Summary):
    if isinstance(outcome, Saved):             # written by the worker
        summary.add(outcome)
        return outcome
    if isinstance(outcome, Stopped):
        summary.stopped = outcome.message
        failure = Failure(origin, f"not stored: {outcome.message}")
        summary.failures.append(failure)
        return failure
    return store_result(outcome, origin, store, summary)     # rows to write here, or a failure


class _Batches:
    """The input in batches; unreadable files and records are kept aside, reported at once."""

    def __init__(self, items: Iterable, size: int):
        self.items = iter(items)
        self.size = size
        self.failures: list[Failure] = []

    def next(self) -> list[ArticleInput]:
        chunk = []
        for item in self.items:
            if isinstance(item, Failure):
                self.failures.append(item)
                continue
            chunk.append(item)
            if len(chunk) == self.size:
                break
        return chunk

    def take_failures(self) -> list[tuple[str, Failure]]:
        out, self.failures = self.failures, []
        return [(f.origin, f) for f in out]


def _run(client, items: Iterable, published, expected: str, target, batch: int,
         window: int) -> Iterator[tuple[str, object]]:
    """Submit batches, at most *window* in flight; yield each article's outcome as its batch ends."""
    from distributed import as_completed

    batches = _Batches(items, batch)
    pending = as_completed(loop=client.loop)
    chunks: dict[str, list[ArticleInput]] = {}

    def submit() -> None:
        chunk = batches.next()
        if chunk:
            future = client.submit(parse_batch, chunk, published, expected, target, pure=False)
            chunks[future.key] = chunk
            pending.add(future)

    try:
        for _ in range(window):
            submit()
        yield from batches.take_failures()
        for future in pending:
            yield from _outcomes(future, chunks.pop(future.key))
            submit()
            yield from batches.take_failures()
    finally:
        for future in list(pending.futures):
            future.cancel()


def _outcomes(future, chunk: list[ArticleInput]) -> list[tuple[str, object]]:
    try:
        return future.result()
    except Exception as exc:                   # a bug on the worker, or a task that killed three workers
        message = f"the Dask task failed ({type(exc).__name__}: {exc})"
        return [(item.origin, Failure(item.origin, message)) for item in chunk]


__all__ = ["ClusterError", "GazetteerMismatch", "check_gazetteers", "connect", "ingest_on_cluster",
           "parse_batch", "worker_gazetteer_version"]

