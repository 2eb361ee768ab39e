"""The extraction pipeline: quotations and speech cues in, attributed statements out.

1. Lay the text out in paragraphs and sentences and find every quotation.
2. For each speech cue outside quotations, find its speaker mention and what was said: a quotation
   (`X said: “…”`, `“…,” X said`, interrupted `“…,” she said, “…”`) or a reported clause (`X said that …`,
   `…, X said.`, `according to X, …`).
3. Quotations left over continue the previous speaker when news style says so (a new quote paragraph right
   after a quoted speaker); other quoted words (scare quotes, titles, nicknames) are not statements.
4. Resolve each mention to a canonical speaker and tag topics.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from app.extraction import cues
from app.extraction.attribution import subject_after, subject_before, trailing_noun_phrase, trim_mention
from app.extraction.names import STOPWORDS
from app.extraction.quotes import DOUBLE_MARKS, QuoteRun, find_quotes
from app.extraction.speakers import Registry
from app.extraction.text import Layout, strip_span
from app.extraction.topics import Taxonomy
from app.extraction.types import Extraction, Span, Speaker, Statement

_FIRST_WORD_BAD = {"to", "of", "in", "on", "for", "with", "about", "at", "by", "from", "as", "so", "and", "or",
                   "but", "is", "was", "be", "goodbye", "hello", "nothing", "something", "anything",
                   "little", "much", "more", "less", "sorry", "thanks", "thank", "farewell", "what",
                   "whether", "why", "how", "where", "so", "too", "otherwise"}
# How a reported clause without `that` starts, for verbs that also take plain objects (`noted the delay`).
_CLAUSE_START = re.compile(r"(?:he|she|they|it|we|i|you|there)\b|[“\"‘]|''", re.IGNORECASE)
_LEADING_NAME = re.compile(r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)(?=\s+[a-z])")
_APPOSITIVE_NAME = re.compile(r"[\s,]*((?:[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|bin))*)\s*,")
# `The billionaire businessman began …`: a determiner, up to four modifiers and a noun before a past-tense verb.
_LEADING_NOUN_PHRASE = re.compile(
    r"((?:The|A|An|This|That|Its|His|Her|Their)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+"
    r"(?:(?:also|then|later|has|had|have|was|were|is|are)\s+)?(?:[a-z]+ed|began|said|told|wrote|made|took|"
    r"spent|went|gave|came|sent|spoke|says|tells|writes|argues|insists|warns)\b"
)
_DOCUMENT = re.compile(r"\b(?:statement|letter|tweet|post|release|e-?mail|memo|report|ad|video|message|note|"
                       r"filing|complaint|lawsuit|op-ed|column|editorial)s?$")
# Narration that moves on from the attribution (`she said, then turned to …`).
_NARRATION = re.compile(r",\s*(?:then|and|but)\s|\s(?:then|before|while|because)\s")
# What follows a verb when the words said come next: a quotation, or a clause opening with a pronoun, a
# determiner or a name.
_OPENS_CONTENT = re.compile(r"[,:]?\s*(?:[“\"‘]|''|(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|"
                            r"this|these|those|that|[A-Z][a-z]+)\b)")
_TRAILING_PHRASE = re.compile(r"(?:after|before|during|while|when|as|of|about|in|at|on|from|with|following|"
                              r"outside|inside|to)\b")
# `told a town hall in Salem that …`: a short listener phrase of any shape before `that`.
_LISTENER_THEN_THAT = re.compile(r"\s+[^,.;:“”\"]{1,50}?(?=\s+that\b)")
_SUBORDINATE_START = re.compile(
    r"\s*(?:In|At|On|After|Before|When|While|As|During|Despite|Since|Because|Although|Though|If|With|Without|"
    r"Addressing|Speaking|Asked|Recalling|To|For|From|Just|Earlier|Later|Then|So|But|And|Or)\b")
_MAX_RUN_ON_GAP = 40
# `wrote to his followers,` / `said at a rally in Ohio:` before a quotation
_LEAD_PHRASE = re.compile(
    r"\s*,?\s*(?:to|at|in|on|during|with|before|after|from|via|through)\s[^.;:“”\"]{1,60}?[,:]\s*(?=[“\"‘«]|''|$)")
# The source after `according to`: everything up to the next punctuation (`a publishing executive familiar
# with the talks`, `the F.A.A.`, `an online University of Texas/Texas Tribune poll`).
_ACCORDING_SOURCE = re.compile(
    r"\s+([^\s,;:()—–\"“”]+(?:\s+[^\s,;:()—–\"“”]+){0,15}?)(?=\s*(?:[,;:()—–\"“”]|-{1,2}\s|$))")
_SUBORDINATOR = re.compile(
    r"\s*(?:When|If|As|After|Before|Since|While|Although|Though|Because|Once|Until|Unless|Whether)\b")
_SPACE_COMMA = re.compile(r"^[\s,]*$")
_MAX_REVERSE_WORDS = 80


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


class _Extractor:
    def __init__(self, text: str, taxonomy: Taxonomy | None):
        self.text = text
        self.taxonomy = taxonomy
        self.layout = Layout(text)
        self.runs = find_quotes(text, self.layout.paragraphs)
        self.regions = sorted((r.open, r.end) for r in self.runs)
        self.registry = Registry(text, self.layout, self.regions)
        self.by_open = {r.open: r for r in self.runs}
        self.runs_by_end = sorted(self.runs, key=lambda r: r.end)
        self.run_ends = [r.end for r in self.runs_by_end]
        self.run_opens = sorted(self.by_open)
        self.consumed: set[int] = set()
        self.drafts: list[Draft] = []

    # -- helpers ---------------------------------------------------------------------------------------

    def run_opening_at(self, position: int, limit: int) -> QuoteRun | None:
        """The quotation whose opening mark is the first non-space character at `position` (within limit)."""
        i = position
        limit = min(limit, len(self.text))
        while i < limit and self.text[i] in " \t\u00a0\n":
            i += 1
        return self.by_open.get(i)

    def run_closing_before(self, position: int, lower: int) -> QuoteRun | None:
        """A quotation ending just before `position` (only spaces and commas between) in the same sentence."""
        i = bisect.bisect_right(self.run_ends, position) - 1
        while i >= 0 and self.runs_by_end[i].end >= lower:
            run = self.runs_by_end[i]
            if not _SPACE_COMMA.match(self.text[run.end:position]):
                return None
            content_end = self.text[run.content[0]:run.close].rstrip()
            following = self.text[position:position + 1]
            if content_end.endswith(".") and following.isupper():
                return None  # `“… done.” Smith said …` starts a new sentence
            return run
        return None

    def quote_content(self, run: QuoteRun) -> tuple[int, int]:
        a, b = run.content
        return strip_span(self.text, a, b)

    # -- main ------------------------------------------------------------------------------------------

    def run(self) -> Extraction:
        has_according = "ccording" in self.text
        for sentence in self.layout.sentences:
            found = list(cues.find_cues(self.text, sentence.start, sentence.end))
            found += list(cues.STATEMENT_CUE.finditer(self.text, sentence.start, sentence.end))
            for match in sorted(found, key=lambda m: m.start()):
                self.handle_verb(match, sentence)
            initial = cues.INITIAL_INVERTED.match(self.text, sentence.start, sentence.end)
            if initial:
                self.handle_initial_inverted(initial, sentence)
            if has_according:
                for match in cues.ACCORDING_TO.finditer(self.text, sentence.start, sentence.end):
                    self.handle_according(match, sentence)
        self.colon_quotes()
        self.continue_quotes()
        return self.finish()

    def inside_quote(self, offset: int) -> bool:
        return self.registry.inside_quote(offset)

    def clause_start(self, sentence, cue_start: int) -> int:
        start = sentence.start
        for run in self.runs:
            if run.end <= cue_start and run.end > start:
                start = run.end
        return start

    def handle_verb(self, match: re.Match, sentence) -> None:
        text = self.text
        verb_start = match.start("verb")
        if self.inside_quote(verb_start) or text[match.start() - 1: match.start()] == "-":
            return
        window = text[max(sentence.start, match.start() - 30): min(sentence.end, match.end() + 25)]
        if cues.NON_STATEMENT.search(window):
            return
        verb = match.group("verb")
        base = cues.VERB_FORMS.get(verb.lower())
        cue_span = (match.start(), match.end())
        position = match.end()
        listener = None
        if base in cues.LISTENER_VERBS and not cues.THAT.match(text, position):
            found = cues.LISTENER.match(text, position, sentence.end)
            if found is None:
                found = _LISTENER_THEN_THAT.match(text, position, sentence.end)
            if found:
                listener = found
                position = found.end()
        while True:
            adverbial = cues.ADVERBIAL.match(text, position, sentence.end)
            if not adverbial or adverbial.end() == position:
                break
            position = adverbial.end()
        that = cues.THAT.match(text, position, sentence.end)
        clause_start = self.clause_start(sentence, match.start())
        if verb.endswith("ing") and not text[clause_start:match.start()].strip():
            return  # `Responding to the report, she wrote …`: the main clause carries the attribution
        subject = subject_before(text, clause_start, match.start())
        if subject is not None and text[clause_start:match.start()].rstrip().endswith(",") and not verb.endswith("ing"):
            # `…, said Dan Smith, a pollster.`: a name right after the verb makes the order inverted.
            after = subject_after(text, match.end(), sentence.end)
            if after is not None and text[after[0]].isupper():
                subject = None
        if subject is not None and verb.endswith("ing") and _DOCUMENT.search(text, subject[0], subject[1]):
            # `issued a statement saying …`: the speaker is whoever issued it
            subject = self.main_subject(sentence, subject[0]) or subject
        if subject is None and self.continues_clause(clause_start, match.start(), verb):
            subject = self.main_subject(sentence, match.start())
        inverted = None
        if subject is None and not verb.endswith("ing") and (
            re.search(r"[,“”\"'‘’]\s*$", text[clause_start:match.start()]) or not text[clause_start:match.start()].strip()
        ):
            inverted = subject_after(text, match.end(), sentence.end)

        # `“…,” X said` / `“…,” said X` / `“…,” she said, “…”`
        anchor = subject[0] if subject is not None and subject[0] < match.start() else match.start()
        run = self.run_closing_before(anchor, self.layout.paragraph_at(anchor).start)
        if run is None:
            # `“…,” Jane Doe, 30, of Leeds, who …, said`: a long appositive between quotation and verb
            run, named = self.appositive_after_quote(sentence, match.start())
            if run is not None:
                subject = named
        speaker = subject or inverted
        rest = text[position:sentence.end]
        rest_stripped = rest.strip()
        # A verb followed by what was said (`Starr said, “…”`, `Issa said the plan …`) does not belong to a
        # quotation before it (`Remarking on her “empathy,” Starr said, “…”`).
        says_more = (
            run is not None and bool(rest_stripped) and inverted is None
            and (bool(that) or _OPENS_CONTENT.match(rest_stripped) is not None)
            and re.search(r"\w", text[sentence.start:run.open]) is not None
        )
        if run is not None and run.open not in self.consumed and speaker is not None and not says_more:
            self.attribute_preceding(run, sentence, cue_span, speaker, inverted[1] if inverted else position)
            return

        # `X said: “…”` / `X said, “…”` / `X said “…”`, also with the quotation in the next paragraph
        lead = _LEAD_PHRASE.match(rest) or re.match(r"\s*[:,]?\s*", rest)
        run = self.run_opening_at(position + lead.end(), sentence.end + 2) if not that else None
        if run is None and (rest_stripped == ":" or rest[lead.end():].strip() == ""
                            and text[sentence.end - 1: sentence.end] == ":"):
            run = self.next_paragraph_quote(sentence)
        if run is not None and run.open not in self.consumed and speaker is not None and self.ends_clause(run):
            self.add_direct([run], cue_span, speaker, lead_in=(sentence.start, match.start()))
            return

        # `…, X said.` / `…, said X.`
        trailing = not rest_stripped or rest_stripped[0] in ".!?;"
        head_text = text[self.head_start(sentence, match.start()):match.start()]
        if (subject is not None and not trailing and _TRAILING_PHRASE.match(rest_stripped) and not that
                and not re.search(r"\bthat\b|[“\"]|''", rest_stripped)
                and not _SUBORDINATE_START.match(head_text) and len(head_text.split()) >= 6):
            # `…, Ben Carson said after the attacks.`: a phrase about the saying, not what was said
            if self.reverse(sentence, (min(subject[0], match.start()), match.end()), subject,
                            self.head_start(sentence, match.start()), cue_span):
                return
        if inverted is not None:
            self.reverse(sentence, cue_span, inverted, self.head_start(sentence, match.start()))
            return
        if subject is None:
            return
        head_start = self.head_start(sentence, match.start())
        if trailing:
            if not self.reverse(sentence, (min(subject[0], match.start()), match.end()), subject, head_start, cue_span):
                # `Sam Lau said in a statement. “…”`: the quotation right after the attribution is what was said
                follow = self.quote_after_sentence(sentence, subject[0])
                if follow is not None:
                    self.add_direct([follow], cue_span, subject, lead_in=(sentence.start, match.start()))
            return
        if rest_stripped.startswith(",") and self.interposed(sentence, subject, cue_span, position, head_start):
            return
        # `X said (that) …`
        if base == "ask":
            return  # a question put to someone is not a statement
        content_start = that.end() if that else position
        while content_start < sentence.end and text[content_start] in " ,\u00a0":
            content_start += 1
        if content_start >= sentence.end:
            return
        demand = re.match(r"(?:for|on|upon)\s+", text[content_start:sentence.end]) if base == "call" else None
        if demand:
            content_start += demand.end()  # `called for a recount`, `called on ministers to act`
        if listener is None and base in cues.LISTENER_VERBS and not that and base not in ("warn", "promise", "urge", "ask"):
            return
        first_word = re.match(r"[\w’'“\"‘-]+", text[content_start:sentence.end])
        if first_word is None:
            return
        word = first_word.group().lower().strip("“\"‘")
        if that:
            pass
        elif base == "warn" and word in ("of", "about", "against") and not that:
            content_start += first_word.end()
            while content_start < sentence.end and text[content_start] in " \u00a0":
                content_start += 1
        elif word == "to" and base in cues.INFINITIVE_VERBS and not that:
            pass
        elif word in _FIRST_WORD_BAD:
            return
        end = cues.reported_clause_end(text, content_start, sentence.end)
        if _SUBORDINATOR.match(text, sentence.start, subject[0]):
            # `When Smith said it, the room fell silent.`: the subordinate clause ends at its comma
            comma = text.find(",", content_start, end)
            if comma > content_start and not any(content_start <= r.open < comma for r in self.runs):
                end = comma
        if not that and base in cues.CLAUSE_ONLY_VERBS and not _CLAUSE_START.match(text, content_start):
            if not any(r.open >= content_start and r.open < end for r in self.runs):
                return
        telltale = cues.OBJECT_VERBS.get(base)
        if telltale is not None and not demand and not telltale.search(text, content_start, end):
            return
        end = self.extend_over_quotes(content_start, end)
        if len(text[content_start:end].split()) < 2:
            return
        run = self.by_open.get(content_start)
        if run is not None and self.quote_content(run)[1] >= end - 1:
            self.add_direct([run], cue_span, subject, lead_in=(sentence.start, match.start()))
            return
        self.add_reported(content_start, end, cue_span, subject, lead_in=(sentence.start, match.start()))

    def head_start(self, sentence, cue_start: int) -> int:
        """Where reported words before an attribution can begin: the sentence, after any earlier statement."""
        start = sentence.start
        for draft in self.drafts:
            if sentence.start <= draft.end <= cue_start:
                start = max(start, draft.end, draft.cue[1] if draft.cue and draft.cue[1] <= cue_start else 0)
        while start < cue_start and self.text[start] in " ,;:\"”’'\u00a0":
            start += 1
        return start

    def interposed(self, sentence, subject, cue_span, after: int, clause_start: int) -> bool:
        """`The plan, she said, is dead.`: the attribution sits inside what was said."""
        text = self.text
        first = min(subject[0], cue_span[0])
        head_end = text[clause_start:first].rstrip()
        if not head_end.endswith(","):
            return False
        head = strip_span(text, clause_start, clause_start + len(head_end) - 1, " \t\u00a0,")
        opener = re.match(r"(?:and|but|so|yet)\s+", text[head[0]:head[1]], re.IGNORECASE)
        if opener:
            head = (head[0] + opener.end(), head[1])
        comma = text.index(",", after)
        tail_start = comma + 1
        while tail_start < sentence.end and text[tail_start] in " \u00a0":
            tail_start += 1
        tail_end = self.extend_over_quotes(tail_start, cues.reported_clause_end(text, tail_start, sentence.end))
        if head[1] - head[0] < 2 or tail_end - tail_start < 2:
            return False
        inner = [r for r in self.runs if head[0] <= r.open < tail_end]
        for run in inner:
            self.consumed.add(run.open)
        quoted = bool(inner) or any(ch in DOUBLE_MARKS for ch in text[head[0]:tail_end])
        self.drafts.append(Draft([head, (tail_start, tail_end)], "mixed" if quoted else "indirect", cue_span, subject,
                                 runs=inner, lead_in=None))
        return True

    def continues_clause(self, clause_start: int, cue_start: int, verb: str) -> bool:
        """`…, saying …` / `… and said …`: the cue shares the subject of the sentence's main clause."""
        before = self.text[clause_start:cue_start].rstrip()
        if verb.endswith("ing") and (before.endswith(",") or not before):
            return True
        return bool(re.search(r"(?:\band|\bbut|\bthen|\bbefore|\bafter|\bwhile|\band\s+later|\bto)$", before))

    def main_subject(self, sentence, before: int) -> tuple[int, int] | None:
        """The subject at the start of a sentence: an earlier speaker of it, a name or a pronoun."""
        for draft in reversed(self.drafts):
            if draft.cue and sentence.start <= draft.cue[0] < before and draft.mention:
                return draft.mention
        head = re.match(r"\s*(?:(?:But|And|So|Yet|Then|Meanwhile|However|Still|Later|Earlier|Instead)\b,?\s*)?"
                        r"(?:(?:For|In|On|At|After|During|Despite|With|Since|Before|While|When|As|Like|Unlike|Last|"
                        r"This|Earlier)\b[^,]{0,60},\s*)?",
                        self.text[sentence.start:before])
        start = sentence.start + head.end()
        pronoun = re.match(r"(?:He|She|They|We|It)\b", self.text[start:before])
        if pronoun:
            return start, start + pronoun.end()
        found = self.registry.mention_starting(start, start + 4)
        if found is not None:
            return found
        name = _LEADING_NAME.match(self.text, start, before)
        if name and name.group(1).split()[0].lower() not in STOPWORDS:
            return name.span(1)
        phrase = _LEADING_NOUN_PHRASE.match(self.text, start, before)
        if phrase:
            return phrase.span(1)
        return None

    def attribute_preceding(self, run: QuoteRun, sentence, cue_span, speaker, after: int) -> None:
        """A quotation closing right before its attribution; a second one right after it continues it."""
        text = self.text
        lead_start = sentence.start
        for found in re.finditer(r"\s(?:—|–|-|--)\s|:\s", text[sentence.start:run.open]):
            lead_start = sentence.start + found.end()
        head = text[lead_start:run.open] if sentence.start <= run.open else ""
        if re.search(r"\w", head) and not re.fullmatch(r"\s*(?:[\w’'-]+\s*){1,3},\s*", head):
            # `Later, “…,” she said` keeps its short opener out; other words before make a reported clause.
            # `The plan is “dead,” he said.`: the quotation is part of a reported clause.
            start = lead_start
            head = re.match(r"(?:and|but|so|yet)\s+", text[start:run.open], re.IGNORECASE)
            if head:
                start += head.end()
            self.add_reported(start, run.close, cue_span, speaker, lead_in=None)
            return
        runs = [run]
        while True:
            adverbial = cues.ADVERBIAL.match(text, after, sentence.end + 2)
            if not adverbial or adverbial.end() == after:
                break
            after = adverbial.end()
        # News style runs on after the attribution in the same paragraph: `“…,” she said. “…”` is one statement.
        follow = self.next_run(after, self.layout.paragraph_at(after).end)
        if follow is not None and follow.open not in self.consumed:
            gap = text[after:follow.open]
            stripped = gap.strip()
            # Only the rest of the attribution may lie between: an appositive about the speaker, a time or place.
            describes_speaker = not _NARRATION.search(gap)
            if (describes_speaker and not re.search(r"[“”\"]|''", gap) and len(gap.split()) <= _MAX_RUN_ON_GAP
                    and not cues.CUE_VERB.search(gap) and len(re.findall(r"[.!?]\s", gap)) <= 1
                    and (not stripped or stripped[-1] in ",:;.!?")):
                runs.append(follow)
        self.add_direct(runs, cue_span, speaker, lead_in=None)

    def appositive_after_quote(self, sentence, cue_start: int):
        i = bisect.bisect_right(self.run_ends, cue_start) - 1
        if i < 0:
            return None, None
        run = self.runs_by_end[i]
        if run.end < sentence.start - 1 or run.open in self.consumed:
            return None, None
        gap = self.text[run.end:cue_start]
        named = _APPOSITIVE_NAME.match(gap)
        if not named or len(gap.split()) > 25 or re.search(r"[.!?][\"”’']?\s+[A-Z]", gap[named.end():]):
            return None, None
        if not gap.rstrip().endswith(","):
            return None, None
        return run, (run.end + named.start(1), run.end + named.end(1))

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
            phrase = self.text[span[0]:span[1]]
            words = phrase.split()
            # Only a name introduces a quotation this way (`Jane Doe: “…”`), and only a real sentence of it.
            if len(words) > 6 or not words[-1][:1].isupper() or (len(words) > 1 and not words[-2][:1].isupper()):
                continue
            a, b = self.quote_content(run)
            if len(self.text[a:b].split()) < 4:
                continue
            self.add_direct([run], (end, end + 1), span, lead_in=(paragraph.start, end))

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
            re.match(r"[\s,;:.!?]*(?:[\"“‘]|''|(?:and|but)\s+(?:he|she|they|[A-Z])|[A-Z]?[\w’'.-]*\s+(?:"
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

    def reverse(self, sentence, attribution, speaker, clause_start, cue_span=None) -> bool:
        """`…, X said.`: the reported clause comes before its attribution (which spans `attribution`)."""
        text = self.text
        head = text[clause_start:attribution[0]].rstrip()
        if not head.endswith(","):
            return False
        start, end = strip_span(text, clause_start, clause_start + len(head) - 1, " \t\u00a0,;:")
        opener = re.match(r"(?:and|but|so|yet)\s+", text[start:end], re.IGNORECASE)
        if opener:
            start += opener.end()
        words = len(text[start:end].split())
        if words < 3 or words > _MAX_REVERSE_WORDS:
            return False
        self.add_reported(start, end, cue_span or attribution, speaker, lead_in=None)
        return True

    def handle_initial_inverted(self, match: re.Match, sentence) -> None:
        """`Said Jane Doe: “…”` / `Added Smith, “…”`"""
        run = self.run_opening_at(match.end(), sentence.end + 2)
        if run is None and not self.text[match.end():sentence.end].strip():
            run = self.next_paragraph_quote(sentence)
        if run is not None and run.open not in self.consumed:
            self.add_direct([run], match.span("verb"), match.span("name"), lead_in=None)

    def handle_according(self, match: re.Match, sentence) -> None:
        text = self.text
        if self.inside_quote(match.start()):
            return
        found = _ACCORDING_SOURCE.match(text, match.end(), sentence.end)
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
            elif comma and source[1] + comma.end() < sentence.end - 3:
                # `Among the rulings at risk, according to Ms Cole, are sixteen on tax.`
                self.interposed(sentence, source, cue_span, source[1], self.head_start(sentence, match.start()))
            else:
                self.reverse(sentence, cue_span, source, self.head_start(sentence, match.start()))
            return
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

    # -- drafts ----------------------------------------------------------------------------------------

    def add_direct(self, runs: list[QuoteRun], cue, mention, lead_in) -> None:
        segments = [self.quote_content(r) for r in runs]
        segments = [s for s in segments if s[1] > s[0]]
        if not segments:
            return
        for run in runs:
            self.consumed.add(run.open)
        self.drafts.append(Draft(segments, "direct", cue, mention, runs=list(runs), lead_in=lead_in))

    def add_reported(self, start: int, end: int, cue, mention, lead_in) -> None:
        start, end = strip_span(self.text, start, end)
        if end <= start:
            return
        inner = [r for r in self.runs if start <= r.open < end]
        for run in inner:
            self.consumed.add(run.open)
        quoted = bool(inner) or any(ch in DOUBLE_MARKS for ch in self.text[start:end])
        self.drafts.append(Draft([(start, end)], "mixed" if quoted else "indirect", cue, mention, runs=inner,
                                 lead_in=lead_in))

    def continue_quotes(self) -> None:
        """Quote paragraphs with no attribution continue the speaker of the quotation just before them."""
        attributed = sorted(self.drafts, key=lambda d: d.start)
        for run in self.runs:
            if run.open in self.consumed or run.single:
                continue
            content = self.quote_content(run)
            if len(self.text[content[0]:content[1]].split()) < 4:
                continue  # scare quotes, titles, nicknames
            paragraph = self.layout.paragraph_index(run.open)
            previous = [d for d in attributed if d.end <= run.open and d.kind == "direct"]
            if not previous:
                continue
            last = previous[-1]
            last_paragraph = self.layout.paragraph_index(last.end)
            later = [d for d in attributed if last.end <= d.start < run.open]
            if later or paragraph - last_paragraph > 1:
                continue
            para_block = self.layout.paragraphs[paragraph]
            if paragraph != last_paragraph and run.open != para_block.start:
                continue
            draft = Draft([content], "direct", None, last.mention, runs=[run], lead_in=None)
            draft.entity = ("same", last)
            self.consumed.add(run.open)
            attributed.append(draft)
            attributed.sort(key=lambda d: d.start)
            self.drafts.append(draft)

    # -- output ----------------------------------------------------------------------------------------

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


def extract_statements(text: str, taxonomy: Taxonomy | None) -> Extraction:
    return _Extractor(text, taxonomy).run()
