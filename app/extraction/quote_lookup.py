"""Lookups of quotations around an offset: which quotation opens here, which one closes just before, which
one follows an attribution sentence. A mix-in for the pipeline, which holds the text, its layout and quotations.
"""

from __future__ import annotations

import bisect
import re

from app.extraction import shapes
from app.extraction.quotes import QuoteRun
from app.extraction.text import Layout, strip_span


class QuoteLookup:
    """Needs `text`, `layout`, `runs`, `consumed` and the indexes built by `index_quotes`."""

    text: str
    layout: Layout
    runs: list[QuoteRun]
    consumed: set[int]

    def index_quotes(self) -> None:
        self.by_open = {r.open: r for r in self.runs}
        self.runs_by_end = sorted(self.runs, key=lambda r: r.end)
        self.run_ends = [r.end for r in self.runs_by_end]
        self.run_opens = sorted(self.by_open)

    def run_opening_at(self, position: int, limit: int) -> QuoteRun | None:
        """The quotation whose opening mark is the first non-space character at `position` (within limit)."""
        i = position
        limit = min(limit, len(self.text))
        while i < limit and self.text[i] in " \t\u00a0\n":
            i += 1
        return self.by_open.get(i)

    def run_closing_before(self, position: int, lower: int, after_stop: bool = False) -> QuoteRun | None:
        """A quotation ending just before `position` (only spaces and commas between) in the same sentence, or
        with `after_stop` also one that ends its own sentence (`“… missing.” Trump said.`)."""
        i = bisect.bisect_right(self.run_ends, position) - 1
        while i >= 0 and self.runs_by_end[i].end >= lower:
            run = self.runs_by_end[i]
            if not shapes.SPACE_COMMA.match(self.text[run.end:position]):
                return None
            content_end = self.text[run.content[0]:run.close].rstrip()
            following = self.text[position:position + 1]
            if content_end.endswith(".") and following.isupper() and not after_stop:
                return None  # `“… done.” Smith said …` starts a new sentence
            return run
        return None

    def quote_content(self, run: QuoteRun) -> tuple[int, int]:
        a, b = run.content
        return strip_span(self.text, a, b)

    def next_run(self, position: int, limit: int) -> QuoteRun | None:
        """The first quotation opening at or after `position`, before `limit`."""
        i = bisect.bisect_left(self.run_opens, position)
        if i < len(self.run_opens) and self.run_opens[i] < limit:
            return self.by_open[self.run_opens[i]]
        return None

    def ends_clause(self, run: QuoteRun) -> bool:
        """Whether nothing but punctuation or a new attribution follows a quotation in its sentence."""
        sentence = self.layout.sentence_at(max(run.close - 1, run.open))
        after = self.text[run.end:max(sentence.end, run.end)]
        return not re.match(r"[\s,;:.!?)\]]*[\w“‘\"]", after) or bool(
            re.match(r"[\s,;:.!?]*(?:[\"“‘]|''|(?:and|but)\s+(?:he|she|they|[A-Z]|[a-z]+ed\b)|[a-z]{3,}ing\b|[A-Z]?[\w’'.-]*\s+(?:"
                     r"\w+\s+){0,4}?(?:said|says|added|told|wrote))", after)
        )

    def quote_after_sentence(self, sentence, subject_start: int) -> QuoteRun | None:
        """A quotation that opens right after an attribution sentence that begins with its speaker."""
        if re.search(r"\w", self.text[sentence.start:subject_start]) or self.text[sentence.end - 1] not in ".:":
            return None
        run = self.next_run(sentence.end, len(self.text))
        if run is None or run.open in self.consumed or self.text[sentence.end:run.open].count("\n") > 2:
            return None
        if self.text[sentence.end:run.open].strip():
            return None
        return run

    def next_paragraph_quote(self, sentence) -> QuoteRun | None:
        number = self.layout.sentence_paragraph[self.layout.sentence_index(sentence.start)]
        if self.layout.paragraphs[number].end != sentence.end or number + 1 >= len(self.layout.paragraphs):
            return None
        following = self.layout.paragraphs[number + 1]
        return self.by_open.get(following.start)

    def extend_over_quotes(self, start: int, end: int) -> int:
        """Keep a quotation that starts inside a reported clause whole."""
        for run in self.runs:
            if start <= run.open < end and run.end > end:
                a, b = self.quote_content(run)
                return max(end, b + (1 if run.closed else 0))
        return end

    def is_title(self, run: QuoteRun) -> bool:
        """`“Those Guys Have All the Fun”`: a quotation in title case names a work, it is not speech."""
        a, b = self.quote_content(run)
        words = re.findall(r"[A-Za-z][\w’'-]*", self.text[a:b])
        if len(words) < 2:
            return False
        capitalised = sum(1 for w in words if w[0].isupper())
        small = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with", "from"}
        return all(w[0].isupper() or w in small for w in words) and capitalised >= 2
