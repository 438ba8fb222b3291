"""Recent parse results kept in memory so the result page, its map and its downloads agree."""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict

from ..model import Document


class ResultCache:
    """A small thread-safe LRU of documents keyed by an unguessable id."""

    def __init__(self, size: int = 64):
        self.size = size
        self._items: OrderedDict[str, Document] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, doc: Document) -> str:
        key = secrets.token_urlsafe(9)
        with self._lock:
            self._items[key] = doc
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return key

    def get(self, key: str) -> Document | None:
        with self._lock:
            doc = self._items.get(key)
            if doc is not None:
                self._items.move_to_end(key)
            return doc
