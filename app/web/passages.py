"""Article text cut into paragraphs, with statements marked: a statement's context, a whole article.

Pieces are plain strings plus the statement they belong to; the templates escape them, so nothing in
an article's text is ever markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass
class Piece:
    text: str
    mark: Any = None
    """The statement this piece is part of, if any."""
    first: bool = False
    """True on the first piece of a statement (it carries the anchor)."""


@dataclass
class Span:
    start: int
    end: int
    mark: Any


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line; paragraphs are lines in stored articles."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def locate(article_text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """Where `quote` sits in the article: at its stored offsets if they agree, else its first occurrence."""
    if 0 <= start < end <= len(article_text) and article_text[start:end] == quote:
        return start, end
    found = article_text.find(quote) if quote else -1
    return (found, found + len(quote)) if found >= 0 else None


def mark(text: str, spans: list[Span], window: tuple[int, int] | None = None) -> list[list[Piece]]:
    """Paragraphs of `text` (only those touching `window`, if given), each a list of pieces.

    Spans that overlap an earlier one are left unmarked rather than nested.
    """
    ordered: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < span.end and (not ordered or span.start >= ordered[-1].end):
            ordered.append(span)
    anchored: set[int] = set()
    paragraphs = []
    for p_start, p_end in paragraph_spans(text):
        if window and (p_end <= window[0] or p_start >= window[1]):
            continue
        pieces: list[Piece] = []
        cursor = p_start
        for index, span in enumerate(ordered):
            if span.end <= p_start or span.start >= p_end:
                continue
            s, e = max(span.start, p_start), min(span.end, p_end)
            if s > cursor:
                pieces.append(Piece(text[cursor:s]))
            pieces.append(Piece(text[s:e], span.mark, first=index not in anchored))
            anchored.add(index)
            cursor = e
        if cursor < p_end:
            pieces.append(Piece(text[cursor:p_end]))
        paragraphs.append(pieces)
    return paragraphs
