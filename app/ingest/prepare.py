"""The CPU-heavy half of ingest, run in worker processes: extraction and statement word keys.

Everything here is pure (text in, data out) so that a process pool can run it; the database half is
`app.ingest.store`.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.extraction.types import Extraction
from app.ingest.identity import fingerprint, match_keys, words

Extractor = Callable[[str], Extraction]

EXTRACTION_SECONDS = 20.0
"""One article taking longer than this is given up on (and reported) so that it cannot stall a run."""


class ExtractionTimeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the extractor after `seconds` (worker processes and a main thread only: SIGALRM)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(_signum, _frame):
        raise ExtractionTimeout(f"extraction took longer than {seconds:g} s; gave up on this article")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class TaxonomyExtractor:
    """The project's extractor with a taxonomy file; picklable, loads the taxonomy once per process."""

    def __init__(self, taxonomy_path: Path | None):
        self.taxonomy_path = taxonomy_path
        self._taxonomy = None

    def __getstate__(self):
        return {"taxonomy_path": self.taxonomy_path, "_taxonomy": None}

    def __setstate__(self, state):
        self.__dict__.update(state)

    def __call__(self, text: str) -> Extraction:
        from app.extraction import extract, load_taxonomy

        if self._taxonomy is None and self.taxonomy_path is not None:
            self._taxonomy = load_taxonomy(self.taxonomy_path)
        return extract(text, self._taxonomy)


@dataclass(slots=True)
class StatementWords:
    """A statement's normalised words (joined by spaces), their fingerprint and their match keys."""

    joined: str
    fingerprint: str
    keys: list[bytes]


@dataclass(slots=True)
class Prepared:
    extraction: Extraction
    words: list[StatementWords | None]
    """One entry per extracted statement; None when the statement holds no words."""


def check_offsets(text: str, extraction: Extraction) -> None:
    """The extractor's offsets must point into the text we store; anything else would break receipts."""
    for statement in extraction.statements:
        if not (0 <= statement.start <= statement.end <= len(text)):
            raise ValueError(f"statement offsets {statement.start}..{statement.end} lie outside the text")
        if text[statement.start:statement.end] != statement.text:
            raise ValueError(f"statement text does not match the article at {statement.start}..{statement.end}")
        for span in (statement.mention, statement.cue):
            if span is not None and not (0 <= span.start <= span.end <= len(text)):
                raise ValueError(f"span {span.start}..{span.end} lies outside the text")


def prepare(text: str, extractor: Extractor, seconds: float = EXTRACTION_SECONDS) -> Prepared:
    with _time_limit(seconds):
        extraction = extractor(text)
    check_offsets(text, extraction)
    prepared_words: list[StatementWords | None] = []
    for statement in extraction.statements:
        statement_words = words(statement.text)
        if not statement_words:
            prepared_words.append(None)
            continue
        joined = " ".join(statement_words)
        prepared_words.append(StatementWords(joined, fingerprint(joined), match_keys(statement_words)))
    return Prepared(extraction, prepared_words)


_worker_extractor: Extractor | None = None


def init_worker(extractor: Extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor


def prepare_many(texts: list[str], extractor: Extractor | None = None) -> list[Prepared | str]:
    """Prepare each text; a text the extractor fails on gives the reason instead of stopping the batch."""
    run = extractor or _worker_extractor
    results: list[Prepared | str] = []
    for text in texts:
        try:
            results.append(prepare(text, run))
        except ExtractionTimeout as error:
            results.append(str(error))
        except Exception as error:  # an extractor bug on one article must not lose the others
            results.append(f"extraction failed: {type(error).__name__}: {error}")
    return results
