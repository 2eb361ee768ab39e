"""Totals and facet counts, remembered until the database changes.

Counting a few hundred thousand statements five ways takes a second or more; the answer only
changes when an ingest writes. For a SQLite file the version is the modification time and size of
the database and its write-ahead log, which every commit touches; other databases are not cached.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy.engine import Engine

T = TypeVar("T")
MAX_ENTRIES = 512


def data_version(engine: Engine) -> tuple | None:
    """A value that changes whenever the database is written to, or None when it cannot be known."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    version = []
    for path in (url.database, url.database + "-wal"):
        try:
            stat = os.stat(path)
        except OSError:
            version.append(None)
        else:
            version.append((stat.st_mtime_ns, stat.st_size))
    return tuple(version)


class VersionedCache:
    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._max = max_entries

    def get(self, engine: Engine, key: Hashable, compute: Callable[[], T]) -> T:
        version = data_version(engine)
        if version is None:
            return compute()
        full_key = (str(engine.url), version, key)
        with self._lock:
            if full_key in self._entries:
                self._entries.move_to_end(full_key)
                return self._entries[full_key]
        value = compute()
        with self._lock:
            self._entries[full_key] = value
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


counts = VersionedCache()
