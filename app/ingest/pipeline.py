"""`ingest_paths`: read every source, skip what is already stored, extract the rest across a process
pool, and store the results in order (so that ids never depend on which worker finished first)."""

from __future__ import annotations

import multiprocessing
import tomllib
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from sqlalchemy.engine import Engine

from app.ingest import sources as readers
from app.ingest.identity import article_id, canonical_url, text_hash
from app.ingest.prepare import Extractor, Prepared, TaxonomyExtractor, init_worker, prepare_many
from app.ingest.store import Item, Store
from app.ingest.types import Failure, IngestReport, RawArticle

CHUNK = 16
"""Articles per task sent to a worker process."""
BATCH = 1000
"""Articles per database transaction."""


class Progress:
    """What `ingest_paths` tells about its progress; the CLI draws it, the default ignores it."""

    def start(self, total_bytes: int) -> None: ...

    def advance(self, read_bytes: int) -> None: ...

    def articles(self, done: int) -> None: ...

    def finish(self) -> None: ...


def load_topics(taxonomy_path: Path) -> dict[str, str]:
    """The taxonomy's topics as {key: label}."""
    with open(taxonomy_path, "rb") as stream:
        data = tomllib.load(stream)
    topics = data.get("topics", {})
    return {str(key): str(value.get("label", key)) for key, value in topics.items() if isinstance(value, dict)}


def _database_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


class _Run:
    def __init__(self, store: Store, report: IngestReport, workers: int, extractor: Extractor, progress: Progress,
                 batch_size: int):
        self.store, self.report, self.progress = store, report, progress
        self.batch_size = batch_size
        self.extractor = extractor
        # forkserver, not fork: forking a process that already runs threads (the progress bar's, a web server's)
        # can copy a held lock into the child and hang it.
        self.pool = (ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"),
                                         initializer=init_worker, initargs=(extractor,))
                     if workers > 1 else None)
        # Enough queued work that the workers keep busy while this process writes a whole batch.
        self.max_in_flight = workers * 3 + batch_size // CHUNK
        self.chunk: list[tuple[RawArticle, str, str]] = []
        self.in_flight: deque[tuple[list[tuple[RawArticle, str, str]], Future | list]] = deque()
        self.ready: list[Item] = []
        self.done = 0

    def add(self, raw: RawArticle) -> None:
        hashed = text_hash(raw.text)
        identity = article_id(canonical_url(raw.url), hashed)
        if self.store.seen(identity, hashed):
            self.report.unchanged += 1
            self._count(1)
            return
        self.store.queue(identity, hashed)
        self.chunk.append((raw, identity, hashed))
        if len(self.chunk) >= CHUNK:
            self._submit()

    def _submit(self) -> None:
        if not self.chunk:
            return
        articles = [(raw.text, identity) for raw, identity, _ in self.chunk]
        if self.pool is None:
            self.in_flight.append((self.chunk, prepare_many(articles, self.extractor)))
        else:
            self.in_flight.append((self.chunk, self.pool.submit(prepare_many, articles)))
        self.chunk = []
        while self.in_flight and (len(self.in_flight) > self.max_in_flight or self._head_done()):
            self._collect()

    def _head_done(self) -> bool:
        head = self.in_flight[0][1]
        return isinstance(head, list) or head.done()

    def _collect(self) -> None:
        chunk, pending = self.in_flight.popleft()
        try:
            results = pending if isinstance(pending, list) else pending.result()
        except BrokenProcessPool:
            results = ["extraction failed: a worker process died"] * len(chunk)
        for (raw, identity, hashed), result in zip(chunk, results):
            if isinstance(result, Prepared):
                self.ready.append(Item(raw, identity, hashed, result))
            else:
                self.report.failed.append(Failure(raw.origin, raw.line, result))
                if self.store.pending.get(identity) == hashed:
                    del self.store.pending[identity]
                self.store.pending_hashes.discard(hashed)
                self._count(1)
        if len(self.ready) >= self.batch_size:
            self._write()

    def _write(self) -> None:
        self.store.write(self.ready)
        self._count(len(self.ready))
        self.ready = []

    def _count(self, n: int) -> None:
        self.done += n
        self.progress.articles(self.done)

    def finish(self) -> None:
        self._submit()
        while self.in_flight:
            self._collect()
        self._write()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def ingest_paths(
    sources: Sequence[str | Path],
    *,
    engine: Engine | None = None,
    taxonomy_path: Path | None = None,
    workers: int = 1,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    fetch: bool = True,
    batch_size: int = BATCH,
) -> IngestReport:
    """Ingest files, folders and URLs; return what happened. Migrates the database first.

    `extractor` replaces the project's extractor (a picklable callable, text -> Extraction);
    `fetch=False` refuses URLs and feed links instead of fetching them; `batch_size` is the number of
    articles per database transaction."""
    from app.db import get_engine, migrate
    from app.settings import get_settings

    settings = get_settings()
    if engine is None:
        migrate()
        engine = get_engine()
    else:
        migrate(_database_url(engine))
    taxonomy_path = taxonomy_path or settings.taxonomy_path
    progress = progress or Progress()
    report = IngestReport()
    store = Store(engine, load_topics(taxonomy_path), report)
    entries, failures = readers.plan(list(sources))
    report.failed.extend(failures)
    fetcher = None
    if fetch and any(entry.kind in ("url", "feed") for entry in entries):
        from app.ingest.sources.web import Fetcher

        fetcher = Fetcher()
    run = _Run(store, report, max(1, workers), extractor or TaxonomyExtractor(taxonomy_path), progress,
               max(1, batch_size))
    progress.start(sum(entry.size for entry in entries))
    try:
        for entry in entries:
            for found in readers.read(entry, progress.advance, fetcher):
                if isinstance(found, Failure):
                    report.failed.append(found)
                else:
                    run.add(found)
        run.finish()
        store.analyze()
    finally:
        run.close()
        if fetcher is not None:
            fetcher.close()
        progress.finish()
    return report
