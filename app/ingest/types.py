"""What the ingest pipeline passes around: articles read from a source, failures, and the run's report."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field


def located(origin: str, line: int | None) -> str:
    return f"{origin}:{line}" if line is not None else origin


@dataclass(slots=True)
class RawArticle:
    """One article as read from a source, before extraction. `text` is stored exactly as given."""

    text: str
    origin: str
    """Where it was read from: a file path or a URL."""
    line: int | None = None
    """The line, for an article read from JSON Lines."""
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """Something that could not be ingested: where it came from (and its line, for JSON Lines) and why."""

    origin: str
    line: int | None
    reason: str

    def describe(self) -> str:
        return f"{located(self.origin, self.line)}: {self.reason}"

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class IngestReport:
    """What one run did. `statements` and `speakers` count the ones this run created."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: list[Failure] = field(default_factory=list)
    statements: int = 0
    speakers: int = 0
    sources: int = 0
    """Statements found again in another article (wire copy, syndication): one more source each."""
    withdrawn: int = 0
    """Statements an updated article no longer contains."""

    @property
    def complete(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"articles: {self.new} new, {self.unchanged} unchanged, {self.updated} updated, "
            f"{len(self.failed)} failed; statements: {self.statements} new, {self.sources} also reported "
            f"elsewhere, {self.withdrawn} withdrawn; speakers: {self.speakers} new"
        )

    def as_dict(self) -> dict:
        return {
            "new": self.new,
            "unchanged": self.unchanged,
            "updated": self.updated,
            "failed": [failure.as_dict() for failure in self.failed],
            "statements": self.statements,
            "speakers": self.speakers,
            "sources": self.sources,
            "withdrawn": self.withdrawn,
            "complete": self.complete,
        }
