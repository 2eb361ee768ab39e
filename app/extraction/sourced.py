"""Statements whose source is not a speaker before a speech verb: `according to X` before, after or inside
what was said, and what a court or hearing was told (`…, the court was told.`). A mix-in for the pipeline.
"""

from __future__ import annotations

import re

from app.extraction import cues, shapes


class SourcedStatements:
    """Needs the pipeline's text, `inside_quote`, `reverse`, `interposed`, `head_start`, `run_closing_before`,
    `attribute_preceding`, `extend_over_quotes`, `by_open`, `consumed`, `add_direct` and `add_reported`."""

    def handle_hearing(self, match: re.Match, sentence) -> None:
        """`…, the court was told.` / `The jury heard that …`: what a hearing was told, with no speaker named."""
        text = self.text
        if self.inside_quote(match.start()):
            return
        cue_span = match.span("verb")
        rest = text[match.end():sentence.end].strip()
        if not rest or rest[0] in ".!?":
            self.reverse(sentence, match.span(), None, self.head_start(sentence, match.start()), cue_span)
            return
        opener = re.match(r"\s*(?:that|how)\s+", text[match.end():sentence.end])
        if opener is None:
            return
        start = match.end() + opener.end()
        end = self.extend_over_quotes(start, cues.reported_clause_end(text, start, sentence.end))
        if len(text[start:end].split()) >= 3:
            self.add_reported(start, end, cue_span, None, lead_in=(sentence.start, match.start()))

    def resumes_after(self, sentence, head: str, source_end: int, tail: int) -> int | None:
        """Where the comma before the rest of a clause interrupted by `, according to X,` is searched from, or
        None if the words after it only describe X. The clause goes on with its predicate (`…, are sixteen`),
        also after an appositive about X, or with a whole clause after an adverbial head (`At the heart of it,
        according to X, was a decision …`)."""
        text = self.text
        if shapes.PREDICATE_START.match(text, tail):
            return source_end
        appositive = re.match(r"(?:a|an|the|his|her|its|their)\s[^,;:“”\"]{1,60}(?=,)", text[tail:sentence.end])
        if appositive and shapes.PREDICATE_START.match(text, tail + appositive.end() + 1):
            return tail + appositive.end()
        if shapes.ADVERBIAL_HEAD.match(head.lstrip(" \"“")) and not appositive:
            return source_end
        return None

    def handle_according(self, match: re.Match, sentence) -> None:
        text = self.text
        if self.inside_quote(match.start()):
            return
        found = shapes.ACCORDING_SOURCE.match(text, match.end(), sentence.end)
        if found is None:
            return
        source = found.span(1)
        last = text[source[0]:source[1]].split()[-1]
        if last.endswith(".") and last.count(".") == 1 and len(last) > 3:
            source = (source[0], source[1] - 1)  # the full stop ending the sentence, not an abbreviation
        cue_span = (match.start(), match.end())
        before = text[sentence.start:match.start()].rstrip()
        comma = re.match(r"\s*,\s*", text[source[1]:sentence.end])
        if before.endswith(",") and len(before.split()) >= 2:
            run = self.run_closing_before(match.start(), sentence.start)
            if run is not None and run.open not in self.consumed:
                self.attribute_preceding(run, sentence, cue_span, source, source[1])
            elif comma and source[1] + comma.end() < sentence.end - 3 and self.resumes_after(
                    sentence, before, source[1], source[1] + comma.end()) is not None:
                # `Among the rulings at risk, according to Ms Cole, are sixteen on tax.`
                after = self.resumes_after(sentence, before, source[1], source[1] + comma.end())
                self.interposed(sentence, source, cue_span, after, self.head_start(sentence, match.start()))
            else:
                self.reverse(sentence, cue_span, source, self.head_start(sentence, match.start()))
            return
        if (re.search(r"[\w”’'\"]$", before) and len(before.split()) >= 4 and len(text[source[0]:source[1]].split()) >= 2
                and re.match(r"\s*(?:[,.;!?]|$)", text[source[1]:sentence.end])):
            # `Clinton leads by 271 delegates according to a count by the AP.`
            self.reverse(sentence, cue_span, source, self.head_start(sentence, match.start()), needs_comma=False)
            return
        before = re.split(r"[:—–]\s*", before)[-1]  # `It has not gone unnoticed: according to polls, …`
        if not comma or re.sub(r"^[(\[]|^(?:And|But|Yet|So)$", "", before).strip():
            return
        content_start = source[1] + comma.end()
        run = self.by_open.get(content_start)
        if run is not None:
            self.add_direct([run], cue_span, source, lead_in=None)
            return
        end = self.extend_over_quotes(content_start, cues.reported_clause_end(text, content_start, sentence.end))
        if end - content_start > 8:
            self.add_reported(content_start, end, cue_span, source, lead_in=None)
