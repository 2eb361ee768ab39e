"""Quote marks and quotation spans.

Finds runs of quoted text: straight, curly and single marks and guillemets. Apostrophes and primes that look
like quote marks (`don’t`, `’90s`, `Ministers’`) are told apart by their neighbours. A quotation that runs
over several paragraphs follows news style: each continued paragraph re-opens the mark and only the last
one closes it (also when the paragraphs were run together on one line). A mark left open at the end of a paragraph that the next paragraph does not continue runs to
the end of its paragraph, so a stray mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extraction.text import Block

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT_SINGLE = "'"
DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE
ALL_MARKS = DOUBLE_MARKS + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE
_DOUBLE_MARK_RE = re.compile("[\"“”„«»]|'(?='(?!'))")
_SINGLE_MARK_RE = re.compile("['‘’]")
_OPEN_CONTEXT = " \t\u00a0([{—–-/:;,“‘\"'"


@dataclass(slots=True)
class QuoteRun:
    """One quotation: its opening and closing marks and the text between them (possibly several paragraphs)."""

    open: int
    """Offset of the first opening mark."""
    close: int
    """Offset of the final closing mark, or the end of the last paragraph when the mark is never closed."""
    closed: bool
    single: bool = False
    open_width: int = 1
    close_width: int = 1
    """Marks are one character, except two apostrophes standing for a double mark (`''like this''`)."""

    @property
    def content(self) -> tuple[int, int]:
        return self.open + self.open_width, self.close

    @property
    def end(self) -> int:
        """Offset just past the closing mark."""
        return self.close + self.close_width if self.closed else self.close


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in _OPEN_CONTEXT) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def _double_runs(text: str, block: Block, carry: int | None):
    """Yield (open, close, closed) runs of double marks in one paragraph, and return any mark left open.

    `carry` is the offset of a quotation still open from the previous paragraph.
    """
    runs = []
    open_at = carry
    skip_to = -1
    for mark in _DOUBLE_MARK_RE.finditer(text, block.start, block.end):
        i = mark.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch == STRAIGHT_SINGLE and text[i + 1: i + 2] == STRAIGHT_SINGLE and text[i + 2: i + 3] != STRAIGHT_SINGLE:
            # Two apostrophes used as a straight double mark; treated like `"` and skipped as a pair.
            if open_at is None:
                open_at = i
            elif text[i - 1: i].isspace() and open_at >= block.start:
                open_at = i
            else:
                runs.append((open_at, i))
                open_at = None
            skip_to = i + 2
            continue
        if ch == STRAIGHT_SINGLE:
            continue
        if ch in DOUBLE_OPEN:
            if open_at is None:
                open_at = i
            elif _closes(text, i) and not _opens(text, i):
                # A typo'd closing mark written as an opening one.
                runs.append((open_at, i))
                open_at = None
            elif open_at >= block.start:
                open_at = i  # a stray earlier opening mark: restart here
        elif ch in DOUBLE_CLOSE:
            if open_at is not None:
                runs.append((open_at, i))
                open_at = None
            elif _opens(text, i) and (i + 1 < len(text) and text[i + 1].isalpha()):
                open_at = i  # a typo'd opening mark written as a closing one
        else:  # straight mark: decide by its neighbours and the state
            if open_at is None:
                if i > 0 and text[i - 1].isdigit():
                    continue  # inches: 5'10"
                open_at = i
            elif _opens(text, i) and not _closes(text, i):
                if open_at >= block.start and not _continues_sentence_run(text, open_at, i):
                    open_at = i
            else:
                runs.append((open_at, i))
                open_at = None
    return runs, open_at


def _continues_sentence_run(text: str, open_at: int, i: int) -> bool:
    """`He said: "We lost. "But we will be back."`: paragraphs of one quotation run together in a single line
    (as when line breaks are lost) re-open the mark after a full stop without closing it. A fresh mark after
    a finished sentence of at least a few words continues the quotation rather than starting a new one."""
    before = text[open_at + 1:i].rstrip()
    return before[-1:] in (".", "?", "!") and text[i - 1] == " " and len(before.split()) >= 4


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # don’t, O’Brien
    if after.isdigit():
        return True  # ’90s
    return False


def _single_runs(text: str, block: Block, masked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of single marks in a paragraph, outside the double-quoted stretches in `masked`."""

    def inside_double(i: int) -> bool:
        return any(a <= i <= b for a, b in masked)

    runs = []
    i = block.start
    while True:
        found = _SINGLE_MARK_RE.search(text, i, block.end)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch == STRAIGHT_SINGLE and (text[i + 1: i + 2] == ch or text[i - 1: i] == ch):
            i += 1
            continue
        if ch in SINGLE_OPEN + STRAIGHT_SINGLE and not inside_double(i) and not _is_apostrophe(text, i):
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if (before.isspace() or before in _OPEN_CONTEXT) and after.isalnum():
                close = _single_close(text, i + 1, block.end, ch)
                if close is not None and not inside_double(close):
                    runs.append((i, close))
                    i = close + 1
                    continue
        i += 1
    return runs


def _single_close(text: str, start: int, end: int, opener: str) -> int | None:
    candidates = []
    for mark in _SINGLE_MARK_RE.finditer(text, start, end):
        j = mark.start()
        ch = text[j]
        if ch not in SINGLE_CLOSE + STRAIGHT_SINGLE:
            continue
        if opener == STRAIGHT_SINGLE and ch != STRAIGHT_SINGLE:
            continue
        if _is_apostrophe(text, j):
            continue
        before = text[j - 1]
        after = text[j + 1] if j + 1 < len(text) else " "
        if before.isspace() or after.isalnum():
            continue
        candidates.append(j)
        # A plural possessive (Ministers’ job) looks like a close; prefer a later candidate if any.
        if not (before in "sS" and after == " "):
            break
    return candidates[-1] if candidates else None


def _width(text: str, i: int) -> int:
    return 2 if text[i: i + 2] == "''" else 1


def find_quotes(text: str, paragraphs: list[Block]) -> list[QuoteRun]:
    """Every quotation in the text, in order."""
    runs: list[QuoteRun] = []
    carry: int | None = None
    for number, block in enumerate(paragraphs):
        if carry is not None:
            first = text[block.start]
            if first not in DOUBLE_OPEN + STRAIGHT_DOUBLE and text[block.start: block.start + 2] != "''":
                # Not continued: the open quotation ends with the previous paragraph.
                previous = paragraphs[number - 1]
                runs.append(QuoteRun(carry, previous.end, closed=False, open_width=_width(text, carry)))
                carry = None
        doubles, left_open = _double_runs(text, block, carry)
        for a, b in doubles:
            runs.append(QuoteRun(a, b, closed=True, open_width=_width(text, a), close_width=_width(text, b)))
        masked = [(max(a, block.start), b) for a, b in doubles]
        if left_open is not None:
            masked.append((max(left_open, block.start), block.end))
        for a, b in _single_runs(text, block, masked):
            runs.append(QuoteRun(a, b, closed=True, single=True))
        carry = left_open
        if carry is not None and number + 1 == len(paragraphs):
            runs.append(QuoteRun(carry, block.end, closed=False, open_width=_width(text, carry)))
            carry = None
    runs.sort(key=lambda r: r.open)
    return runs
