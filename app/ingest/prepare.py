"""The CPU-heavy half of ingest, run in worker processes: extraction and statement word keys.

Everything here is pure (text in, data out) so that a process pool can run it; the database half is
`app.ingest.store`.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

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


class PreparedStatement(NamedTuple):
    """One statement as the store needs it. Plain values, so that sending it back from a worker process
    costs little (unpickling the extractor's dataclasses cost more than storing them)."""

    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_kind: str | None
    mention_start: int | None
    mention_end: int | None
    cue_start: int | None
    cue_end: int | None
    topics: tuple[str, ...]
    words: str
    """The normalised words, joined by single spaces."""
    fingerprint: str
    keys: tuple[bytes, ...]
    """Match keys (`identity.match_keys`): the same words again, give or take a word at either end."""


class PreparedSpeaker(NamedTuple):
    name: str
    kind: str | None
    aliases: tuple[str, ...]


class Prepared(NamedTuple):
    statements: tuple[PreparedStatement, ...]
    speakers: tuple[PreparedSpeaker, ...]


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
    statements = []
    for statement in extraction.statements:
        statement_words = words(statement.text)
        if not statement_words:
            continue
        joined = " ".join(statement_words)
        mention, cue = statement.mention, statement.cue
        statements.append(PreparedStatement(
            statement.start, statement.end, statement.kind,
            statement.speaker.strip() if statement.speaker and statement.speaker.strip() else None,
            statement.speaker_kind, mention.start if mention else None, mention.end if mention else None,
            cue.start if cue else None, cue.end if cue else None, tuple(statement.topics), joined,
            fingerprint(joined), tuple(match_keys(statement_words))))
    speakers = tuple(PreparedSpeaker(speaker.name.strip(), speaker.kind, tuple(speaker.aliases))
                     for speaker in extraction.speakers if speaker.name and speaker.name.strip())
    return Prepared(tuple(statements), speakers)


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
