"""Quotations without a speech verb next to them: `Jane Doe: “…”`, `Said Jane Doe, “…”`, and quote
paragraphs that continue the speaker of the quotation before them, as news style does. A mix-in for the pipeline.
"""

from __future__ import annotations

import re

from app.extraction import cues
from app.extraction.attribution import trailing_noun_phrase
from app.extraction.drafts import Draft


class UnattributedQuotes:
    """Needs the pipeline's text, layout, quotations, drafts and `add_direct`."""

    def colon_quotes(self) -> None:
        """`Jane Doe: “…”`: a name and a colon introduce a quotation."""
        for run in self.runs:
            if run.open in self.consumed or run.single:
                continue
            paragraph = self.layout.paragraph_at(run.open)
            before = self.text[max(paragraph.start, run.open - 90):run.open]
            if not before.rstrip().endswith(":"):
                continue
            colon = re.search(r"([^\s:][^:]{0,80}?)\s*:\s*$", before)
            if not colon:
                continue
            offset = max(paragraph.start, run.open - 90)
            end = offset + colon.end(1)
            span = trailing_noun_phrase(self.text, offset + colon.start(1), end)
            if span is None:
                continue
            previous = self.text[max(paragraph.start, span[0] - 20):span[0]].split()
            if previous and previous[-1].lower() in cues.VERB_FORMS:
                continue  # `told Radio Kent: “…”`: the name is who was told
            phrase = self.text[span[0]:span[1]]
            words = phrase.split()
            # Only a name introduces a quotation this way (`Jane Doe: “…”`), and only a real sentence of it.
            if len(words) > 6 or not words[-1][:1].isupper() or (len(words) > 1 and not words[-2][:1].isupper()):
                continue
            a, b = self.quote_content(run)
            if len(self.text[a:b].split()) < 4:
                continue
            self.add_direct([run], (end, end + 1), span, lead_in=(paragraph.start, end))

    def continue_quotes(self) -> None:
        """Quote paragraphs with no attribution continue the speaker of the quotation just before them."""
        attributed = sorted(self.drafts, key=lambda d: d.start)
        for run in self.runs:
            if run.open in self.consumed or run.single:
                continue
            content = self.quote_content(run)
            if len(self.text[content[0]:content[1]].split()) < 4 or self.is_title(run):
                continue  # scare quotes, titles, nicknames
            paragraph = self.layout.paragraph_index(run.open)
            previous = [d for d in attributed if d.end <= run.open]
            if not previous:
                continue
            last = previous[-1]
            last_paragraph = self.layout.paragraph_index(last.end)
            if last.kind != "direct" and not (last.mention is not None and self.whole_sentence(run, content) and (
                    paragraph == last_paragraph or self.ends_paragraph(_attribution_end(last)))):
                # `Jo said the plan was “dead”. “We tried everything.”`: her words go on in the paragraph, or in
                # the next one when her statement closed the paragraph before it
                continue
            later = [d for d in attributed if last.end <= d.start < run.open]
            if later or paragraph - last_paragraph > 1:
                continue
            para_block = self.layout.paragraphs[paragraph]
            if paragraph != last_paragraph and run.open != para_block.start:
                continue
            if last.kind == "direct" and len(last.segments) == 1 and last.cue is not None and last.cue[0] > last.start:
                # `“…,” he said. ⏎ “…”`: one quotation with the attribution inside it (further quote paragraphs
                # are statements of their own)
                last.segments.append(content)
                last.runs.append(run)
                self.consumed.add(run.open)
                continue
            draft = Draft([content], "direct", None, last.mention, runs=[run], lead_in=None)
            draft.entity = ("same", last)
            self.consumed.add(run.open)
            attributed.append(draft)
            attributed.sort(key=lambda d: d.start)
            self.drafts.append(draft)

    def ends_paragraph(self, offset: int) -> bool:
        paragraph = self.layout.paragraph_at(offset)
        return not re.search(r"\w", self.text[offset:paragraph.end])

    def whole_sentence(self, run, content) -> bool:
        """A quotation that is a sentence of its own: a sentence ends before it, and inside it at its end."""
        before = self.text[max(0, run.open - 3):run.open].rstrip()
        after = self.text[run.end:run.end + 2].lstrip(" \t")
        return (before[-1:] in (".", "!", "?", "”", '"') and self.text[content[1] - 1] in ".!?"
                and (not after or after[0].isupper() or after[0] in "\n“\""))

    def handle_initial_inverted(self, match: re.Match, sentence) -> None:
        """`Said Jane Doe: “…”` / `Added Smith, “…”`"""
        run = self.run_opening_at(match.end(), sentence.end + 2)
        if run is None and not self.text[match.end():sentence.end].strip():
            run = self.next_paragraph_quote(sentence)
        if run is not None and run.open not in self.consumed:
            self.add_direct([run], match.span("verb"), match.span("name"), lead_in=None)


def _attribution_end(draft: Draft) -> int:
    """Where a statement and its attribution end: `“…”, they said.` ends after `said`."""
    end = draft.end
    if draft.cue is not None and draft.cue[0] >= end:
        end = max(end, draft.cue[1], draft.mention[1] if draft.mention else 0)
    return end
