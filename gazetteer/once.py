"""Shared state built once per process, safe under threads.

``functools.cache`` may run its function twice when two threads ask at once, and
each caller then holds a different object: for tables that other tables are keyed
on, or matchers that claim bits of a shared vocabulary, that is a bug (a server's
first parallel requests broke parsing for good). :func:`once` builds under one
process-wide re-entrant lock, so a builder may use others, and every caller gets
the same object.

>>> calls = []
>>> @once
... def table(name):
...     calls.append(name)
...     return {"name": name}
>>> table("a") is table("a"), calls
(True, ['a'])
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")

BUILD_LOCK = threading.RLock()      # one for all builders: no lock-order deadlock between them


def once(func: Callable[..., T]) -> Callable[..., T]:
    """A thread-safe ``functools.cache``: the value for given (hashable) arguments is built
    once, under :data:`BUILD_LOCK`; later calls read it without locking."""
    results: dict = {}

    @functools.wraps(func)
    def wrapper(*args):
        try:
            return results[args]
        except KeyError:
            pass
        with BUILD_LOCK:
            if args not in results:
                results[args] = func(*args)
            return results[args]

    def cache_clear() -> None:
        with BUILD_LOCK:
            results.clear()

    wrapper.cache_clear = cache_clear
    return wrapper


class PerObject:
    """A value built once per live object (a gazetteer), held only as long as the object
    lives; thread-safe like :func:`once`.

    >>> class G: pass
    >>> sizes = PerObject(lambda g: [1, 2])
    >>> g = G()
    >>> sizes.get(g) is sizes.get(g)
    True
    """

    def __init__(self, build: Callable[[K], T]):
        self.build = build
        self.values: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()

    def get(self, key: K) -> T:
        value = self.values.get(key)
        if value is None:
            with BUILD_LOCK:
                value = self.values.get(key)
                if value is None:
                    value = self.values[key] = self.build(key)
        return value
