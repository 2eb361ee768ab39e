"""The CPU-heavy half of ingest, run in worker processes: extraction, and everything about its results
that does not need the database (word keys, fingerprints, public ids, speaker keys and slugs, aliases).

Everything here is pure (text in, data out) so that a process pool can run it; the database half is
`app.ingest.store`.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from app.extraction.types import Extraction
from app.ingest.identity import fingerprint, fold, is_alias, match_keys, public_id, slugify, words

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

    person: int
    """Its speaker: an index into `Prepared.people`, or -1 when the extractor named nobody."""
    source: tuple
    """The `statement_source` row after (statement id, article id): kind, start, end, cue start and end,
    mention start and end, the mention's text."""
    topics: tuple[str, ...]
    words: str
    """The normalised words, joined by single spaces."""
    fingerprint: str
    keys: tuple[bytes, ...]
    """Match keys (`identity.match_keys`): the same words again, give or take a word at either end."""
    public_id: str
    """The public id when the speaker's slug is `Person.slug` (unnamed: under the article id); the store
    works it out again in the rare case where the speaker already has another slug."""


class Person(NamedTuple):
    """A speaker named in the article: the key the store knows speakers by, and a new speaker's row."""

    key: str
    name: str
    kind: str
    slug: str


class Prepared(NamedTuple):
    statements: tuple[PreparedStatement, ...]
    people: tuple[Person, ...]
    """Each speaker once, in the order the store first meets them (speakers list, then statements)."""
    aliases: tuple[tuple[int, str], ...]
    """(person index, alias) pairs, each once: the names the article gives its speakers."""


@lru_cache(maxsize=65536)
def alias_form(form: str) -> str:
    """`The Prime Minister` at the start of a sentence is the same alias as `the Prime Minister`."""
    form = " ".join(form.split())
    head, _, rest = form.partition(" ")
    return f"{head.lower()} {rest}" if rest and head in ("The", "A", "An") else form


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


class _People:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.people: list[Person] = []

    def add(self, name: str | None, kind: str | None) -> int:
        name = name.strip() if name else ""
        if not name:
            return -1
        key = fold(name)
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.people)
            self.people.append(Person(key, " ".join(name.split()), kind or "person", slugify(name)))
        return found


def prepare(text: str, extractor: Extractor, article_id: str, seconds: float = EXTRACTION_SECONDS) -> Prepared:
    """Extract `text` (the article `article_id`) and make everything the store needs from it that does not
    depend on the database."""
    with _time_limit(seconds):
        extraction = extractor(text)
    check_offsets(text, extraction)
    people = _People()
    aliases: set[tuple[int, str]] = set()
    for speaker in extraction.speakers:
        person = people.add(speaker.name, speaker.kind)
        if person >= 0:
            aliases.update((person, alias_form(form)) for form in speaker.aliases if is_alias(form))
    statements = []
    for statement in extraction.statements:
        statement_words = words(statement.text)
        if not statement_words:
            continue
        joined = " ".join(statement_words)
        person = people.add(statement.speaker, statement.speaker_kind)
        mention, cue = statement.mention, statement.cue
        said_by = text[mention.start:mention.end] if mention else None
        if person >= 0 and said_by is not None and is_alias(said_by):
            aliases.add((person, alias_form(said_by)))
        scope = people.people[person].slug if person >= 0 else article_id
        statements.append(PreparedStatement(
            person,
            (statement.kind, statement.start, statement.end, cue.start if cue else None, cue.end if cue else None,
             mention.start if mention else None, mention.end if mention else None, said_by),
            tuple(dict.fromkeys(statement.topics)), joined, fingerprint(joined), tuple(match_keys(statement_words)),
            public_id(scope, joined)))
    return Prepared(tuple(statements), tuple(people.people), tuple(sorted(aliases)))


_worker_extractor: Extractor | None = None


def init_worker(extractor: Extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor


def prepare_many(articles: list[tuple[str, str]], extractor: Extractor | None = None) -> list[Prepared | str]:
    """Prepare each (text, article id); an article the extractor fails on gives the reason instead of
    stopping the batch."""
    run = extractor or _worker_extractor
    results: list[Prepared | str] = []
    for text, article_id in articles:
        try:
            results.append(prepare(text, run, article_id))
        except ExtractionTimeout as error:
            results.append(str(error))
        except Exception as error:  # an extractor bug on one article must not lose the others
            results.append(f"extraction failed: {type(error).__name__}: {error}")
    return results
