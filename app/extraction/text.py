"""Plain-text layout helpers: paragraphs, sentences and words, all as offsets into the original text.

Nothing here normalises the text: every span is a pair of indices into the string as given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n")
WORD = re.compile(r"\w+(?:[’'`-]\w+)*")

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st sen rep gov gen lt col capt sgt maj adm cmdr jr sr inc corp co ltd no nos vs v
    messrs prof rev hon fr pres sec dept est approx jan feb mar apr jun jul aug sep sept oct nov dec
    mt ft ave blvd u.s u.k u.n e.g i.e a.m p.m d.c d-calif r-texas""".split()
)
_CLOSING = frozenset("inc corp co ltd jr sr".split())
_SENTENCE_OPENER = re.compile(r"\s+(?:He|She|They|It|We|I|The|His|Her|Their|Its|Our|This|These|There|But)\s")
# One alternation inside the lookahead (not around the whole pattern) lets the regex engine skip to stops.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’'»)\]]*(?=\s+(?:''|[\"“‘'«(\[])?[A-Z0-9\u00c0-\u024f]|\s*$)")


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int


def paragraphs(text: str) -> list[Block]:
    """Non-blank lines, trimmed of surrounding whitespace."""
    blocks = []
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        stripped_start = start + (len(line) - len(line.lstrip()))
        stripped_end = start + len(line.rstrip())
        if stripped_end > stripped_start:
            blocks.append(Block(stripped_start, stripped_end))
    return blocks


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial rather than a sentence."""
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in ".-"):
        begin -= 1
    word = text[begin:dot].lower().strip(".")
    if not word:
        return False
    # A single capital letter is an initial (J. Smith).
    if len(word) == 1 and text[dot - 1].isupper():
        return True
    if word in ABBREVIATIONS or "." in word and len(word) <= 6:
        # `in the U.S. He says …`, `Acme Inc. They …`: an abbreviation that can close a noun phrase ends the
        # sentence before a pronoun or an article; a title (`Mr.`, `Sen.`) never does.
        closes = "." in word or word in _CLOSING
        return not (closes and _SENTENCE_OPENER.match(text, dot + 1))
    return False


def sentences(text: str, block: Block) -> list[Block]:
    """Split one paragraph into sentences."""
    result = []
    start = block.start
    for match in _SENTENCE_END.finditer(text, block.start, block.end):
        end = match.end()
        dot = match.start()
        if text[dot] == "." and (end - dot == 1 or len(match.group().rstrip("\"”’'»)]")) == 1):
            if _is_abbreviation(text, dot):
                continue
        if end > start:
            result.append(Block(start, end))
        start = end
        while start < block.end and text[start].isspace():
            start += 1
    if start < block.end:
        result.append(Block(start, block.end))
    return result


class Layout:
    """Paragraphs and sentences of a text with fast lookups by offset."""

    def __init__(self, text: str):
        self.text = text
        self.paragraphs = paragraphs(text)
        self.sentences: list[Block] = []
        self.sentence_paragraph: list[int] = []
        for number, block in enumerate(self.paragraphs):
            for sentence in sentences(text, block):
                self.sentences.append(sentence)
                self.sentence_paragraph.append(number)
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._sentence_starts = [s.start for s in self.sentences]

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentence_at(self, offset: int) -> Block:
        if not self.sentences:
            return Block(0, len(self.text))
        return self.sentences[self.sentence_index(offset)]

    def paragraph_at(self, offset: int) -> Block:
        if not self.paragraphs:
            return Block(0, len(self.text))
        return self.paragraphs[self.paragraph_index(offset)]


def strip_span(text: str, start: int, end: int, chars: str = " \t\r\n\u00a0") -> tuple[int, int]:
    """Shrink `start..end` past leading and trailing characters from `chars`."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
