"""The extraction package's public data types: what goes in and what comes out.

Offsets are Python string indices into the article text exactly as given (end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["direct", "mixed", "indirect"]
SpeakerKind = Literal["person", "organisation"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Statement:
    """One thing someone said, as the article reports it.

    `start..end` covers the whole run of the statement (every paragraph of a multi-paragraph quote, and
    the attribution of an interrupted quote); `segments` are the parts that are the speaker's words.
    `text == article_text[start:end]` always holds.
    """

    start: int
    end: int
    text: str
    kind: Kind
    segments: list[Span]
    speaker: str | None = None
    """Canonical name (`Keir Starmer`), or None for an unnamed source."""
    speaker_kind: SpeakerKind | None = None
    mention: Span | None = None
    """The speaker's mention as written next to the cue (`he`, `the Prime Minister`)."""
    cue: Span | None = None
    topics: list[str] = field(default_factory=list)

    def as_prediction(self) -> dict:
        """This statement as a prediction line's statement in the evaluation format (eval/FORMAT.md)."""
        mention, cue = self.mention, self.cue
        return {
            "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
            "speaker": {"name": self.speaker,
                        "mention": {"start": mention.start, "end": mention.end} if mention else None},
            "cue": {"start": cue.start, "end": cue.end} if cue else None,
            "topics": list(self.topics),
        }


@dataclass(slots=True)
class Speaker:
    """A person or organisation the article quotes, with every surface form the article used for them."""

    name: str
    kind: SpeakerKind = "person"
    aliases: list[str] = field(default_factory=list)
    """Names and role nouns met for this speaker (`Sir Keir`, `the Prime Minister`); no pronouns."""


@dataclass(slots=True)
class Extraction:
    statements: list[Statement]
    speakers: list[Speaker]
