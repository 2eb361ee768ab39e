"""Drafts of statements and their assembly into the public `Extraction`: overlaps dropped, speakers
resolved in text order (so that pronouns can rely on earlier resolved speakers), aliases gathered and topics
tagged from the statement, its lead-in and a question that introduces it. A mix-in for the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.extraction import cues
from app.extraction.attribution import trim_mention
from app.extraction.quotes import QuoteRun
from app.extraction.types import Extraction, Span, Speaker, Statement


@dataclass(slots=True)
class Draft:
    """A statement being built: segments of said words, cue and mention spans."""

    segments: list[tuple[int, int]]
    kind: str
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    runs: list[QuoteRun] = field(default_factory=list)
    entity: object = None
    lead_in: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


class Assembly:
    """Needs the pipeline's text, layout, registry, taxonomy and drafts."""

    def finish(self) -> Extraction:
        self.drafts.sort(key=lambda d: (d.start, -d.end))
        kept: list[Draft] = []
        for draft in self.drafts:
            if kept and draft.start < kept[-1].end:
                continue
            kept.append(draft)
        statements: list[Statement] = []
        speakers: dict[str, Speaker] = {}
        entity_of: dict[int, object] = {}
        # Resolve in text order so that pronouns can rely on earlier resolved speakers.
        for draft in sorted(kept, key=lambda d: d.mention[0] if d.mention else d.start):
            if isinstance(draft.entity, tuple):
                continue
            if draft.mention:
                draft.mention = trim_mention(self.text, draft.mention)
            entity_of[id(draft)] = self.registry.resolve(*draft.mention) if draft.mention else None
        for draft in kept:
            if isinstance(draft.entity, tuple):
                entity_of[id(draft)] = entity_of.get(id(draft.entity[1]))
        for draft in kept:
            entity = entity_of.get(id(draft))
            start, end = draft.start, draft.end
            statement = Statement(
                start=start,
                end=end,
                text=self.text[start:end],
                kind=draft.kind,
                segments=[Span(a, b) for a, b in draft.segments],
                speaker=entity.name if entity is not None else None,
                speaker_kind=entity.kind if entity is not None else None,
                mention=Span(*draft.mention) if draft.mention else None,
                cue=Span(*draft.cue) if draft.cue else None,
                topics=self.topics(draft),
            )
            statements.append(statement)
            if entity is not None:
                speaker = speakers.get(entity.name)
                if speaker is None:
                    speaker = speakers[entity.name] = Speaker(entity.name, entity.kind, [])
                    for surface in entity.surface:
                        _add_alias(speaker, surface)
                if draft.mention:
                    mention = self.text[draft.mention[0]:draft.mention[1]]
                    if mention.lower() not in _PRONOUN_ALIASES:
                        _add_alias(speaker, mention)
        return Extraction(statements=statements, speakers=list(speakers.values()))

    def topics(self, draft: Draft) -> list[str]:
        if self.taxonomy is None:
            return []
        parts = [self.text[draft.start:draft.end]]
        if draft.lead_in is not None:
            parts.append(self.text[draft.lead_in[0]:draft.lead_in[1]])
        index = self.layout.sentence_index(draft.start)
        if index > 0:
            previous = self.layout.sentences[index - 1]
            if draft.lead_in is not None and draft.lead_in[0] < self.layout.sentences[index].start:
                previous = self.layout.sentences[max(0, self.layout.sentence_index(draft.lead_in[0]) - 1)]
            sentence_text = self.text[previous.start:previous.end]
            if cues.PROMPT.search(sentence_text) and not self.inside_quote(previous.start):
                parts.append(sentence_text)
        return self.taxonomy.tag("\n".join(parts))


_PRONOUN_ALIASES = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}


def _add_alias(speaker: Speaker, alias: str) -> None:
    alias = alias.strip()
    if alias and alias not in speaker.aliases and alias.lower() not in _PRONOUN_ALIASES:
        speaker.aliases.append(alias)
