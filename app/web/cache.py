"""Totals and facet counts, remembered until the database changes.

Counting a few hundred thousand statements five ways takes a second or more; the answer only
changes when an ingest writes. For a SQLite file the version is the modification time and size of
the database and its write-ahead log, which every commit touches. For PostgreSQL it is the insert
position in the write-ahead log, which every commit moves forward (so does other traffic on the
server, which only costs a recount); other databases are not cached.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

T = TypeVar("T")
MAX_ENTRIES = 512
_WAL_POSITION = text("SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() "
                     "ELSE pg_current_wal_insert_lsn() END::text")


def data_version(engine: Engine) -> tuple | None:
    """A value that changes whenever the database is written to, or None when it cannot be known."""
    url = engine.url
    if url.get_backend_name() == "postgresql":
        try:
            with engine.connect() as connection:
                position = connection.execute(_WAL_POSITION).scalar_one()
        except SQLAlchemyError:
            return None
        return None if position is None else (position,)
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
