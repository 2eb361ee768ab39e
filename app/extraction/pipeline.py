"""The extraction pipeline: quotations and speech cues in, attributed statements out.

1. Lay the text out in paragraphs and sentences and find every quotation.
2. For each speech cue outside quotations, find its speaker mention and what was said: a quotation
   (`X said: “…”`, `“…,” X said`, interrupted `“…,” she said, “…”`) or a reported clause (`X said that …`,
   `…, X said.`); `according to X` and what a court was told are handled in `sourced.py`.
3. Quotations left over continue the previous speaker when news style says so (a new quote paragraph right
   after a quoted speaker, a quoted sentence right after reported speech); other quoted words (scare quotes,
   titles, nicknames) are not statements.
4. Resolve each mention to a canonical speaker and tag topics.
"""

from __future__ import annotations

import bisect
import re

from app.extraction import cues, shapes
from app.extraction.attribution import subject_after, subject_before, trailing_noun_phrase
from app.extraction.drafts import Assembly, Draft
from app.extraction.names import STOPWORDS
from app.extraction.quote_lookup import QuoteLookup
from app.extraction.quotes import DOUBLE_MARKS, QuoteRun, find_quotes
from app.extraction.sourced import SourcedStatements
from app.extraction.speakers import Registry
from app.extraction.text import Layout, strip_span
from app.extraction.topics import Taxonomy
from app.extraction.types import Extraction
from app.extraction.unattributed import UnattributedQuotes


_DOUBLE_MARKS = frozenset(DOUBLE_MARKS)
_COMMA_END = re.compile(r",[”\"’']?\s*$")
_WORD = re.compile(r"\w")
_LEAD = re.compile(r"\s*[:,]?\s*")
_PHRASE_THAT = re.compile(r"\w+(?:\s+(?!that\b)[\w’'.-]+){1,9}?\s+that\s+(?=(?:he|she|it|they|we|I|there|you|the|a|an|his|"
                          r"her|their|its|this|these)\s|(?-i:[A-Z]))")
_COLON_QUOTE = re.compile(r":\s*(?=[“\"])")
_INTRODUCES = re.compile(r"[a-z]{2,}ed\s*$")
_DEMAND = re.compile(r"(?:for|on|upon)\s+")
_FIRST_WORD = re.compile(r"[\w’'“\"‘-]+")
_JOINED = re.compile(r"(?:\band|\bbut|\bthen|\bbefore|\bafter|\bwhile|\band\s+later|\bto|\bby"
                     r"|\b(?:and|but)\s+(?:on|last|this|earlier|later\s+on)\s+[A-Z]\w*day"
                     # `…, but in a later interview said …`: an occasion between the conjunction and the verb
                     r"|\b(?:and|but)\s+(?:later\s+)?(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+"
                     r"(?:[\w-]+\s+){0,3}(?:interview|statement|speech|letter|post|tweet|hearing|debate|rally|briefing|"
                     r"conference|meeting))$")
# `to announce`, `will announce`: the verb in its base form after `to` or a modal.
# `which he called`, `what Smith described as`: the thing judged comes before the speaker.
_RELATIVE_END = re.compile(r"\b(which|who|whom|what|that)\s+$")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|his|her|our|these|those)(?:\s+[\d,.]+)?\s+$", re.IGNORECASE)
# `denied that quote on Wednesday`: one word after `that`, then at most a phrase of time or place.
_THAT_THING = re.compile(r"[\w’'-]+(?:\s+(?:on|in|at|for|from|during|with|about|over|the)\b[^,;“”\"]*)?")
_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|I|you)\b")
_SUBJECT_THEN_AUXILIARY = re.compile(r"\s+the\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?"
                                     r"\s+(?:would|will|could|should|must|might|may|can|is|was|are|were|has|had|have)\b")
_MODALS = frozenset({"might", "would", "could", "should", "will", "can", "must", "may", "shall"})
_STILL_TO_COME = re.compile(r"\b(?:to|will|would|shall)\s+$")
# Verbs whose object is who was spoken to: a name right after them is the listener, never the speaker.
_LISTENER_FIRST = frozenset({"tell", "inform", "remind", "assure"})


class _Extractor(QuoteLookup, UnattributedQuotes, SourcedStatements, Assembly):
    """One article's extraction: the cue-driven attribution rules; lookups, verb-less quotes and assembly are mixed in."""

    def __init__(self, text: str, taxonomy: Taxonomy | None):
        self.text = text
        self.taxonomy = taxonomy
        self.layout = Layout(text)
        self.runs = find_quotes(text, self.layout.paragraphs)
        self.regions = sorted((r.open, r.end) for r in self.runs)
        self.registry = Registry(text, self.layout, self.regions)
        self.index_quotes()
        self.consumed: set[int] = set()
        self.drafts: list[Draft] = []

    # -- helpers ---------------------------------------------------------------------------------------

    # -- main ------------------------------------------------------------------------------------------

    def run(self) -> Extraction:
        text = self.text
        # Each kind of cue is searched once over the whole text, then handed out sentence by sentence.
        verbs = _by_sentence(self.layout, cues.VERB_SCAN.finditer(text))
        statement_cues = _by_sentence(self.layout, cues.STATEMENT_CUE.finditer(text))
        hearings = _by_sentence(self.layout, cues.HEARING.finditer(text)) if cues.MAY_HEAR.search(text) else {}
        accordings = _by_sentence(self.layout, cues.ACCORDING_TO.finditer(text)) if "ccording" in text else {}
        for index, sentence in enumerate(self.layout.sentences):
            found = [cue for cue in (cues.cue_at(text, verb, sentence.start) for verb in verbs.get(index, ()))
                     if cue is not None]
            if index in statement_cues:
                found = sorted(found + statement_cues[index], key=lambda m: m.start())
            for match in found:
                self.handle_verb(match, sentence)
            initial = cues.INITIAL_INVERTED.match(text, sentence.start, sentence.end)
            if initial:
                self.handle_initial_inverted(initial, sentence)
            for match in hearings.get(index, ()):
                self.handle_hearing(match, sentence)
            for match in accordings.get(index, ()):
                self.handle_according(match, sentence)
        self.colon_quotes()
        self.continue_quotes()
        return self.finish()

    def inside_quote(self, offset: int) -> bool:
        return self.registry.inside_quote(offset)

    def clause_start(self, sentence, cue_start: int) -> int:
        """Where the clause of a cue can begin: the sentence start, or the end of the last quotation before it."""
        i = bisect.bisect_right(self.run_ends, cue_start) - 1
        if i >= 0 and self.runs_by_end[i].end > sentence.start:
            return self.runs_by_end[i].end
        return sentence.start

    def handle_verb(self, match: re.Match, sentence) -> None:
        text = self.text
        verb_start = match.start("verb")
        if self.inside_quote(verb_start) or text[match.start() - 1: match.start()] == "-":
            return
        if match.start() == verb_start and not match.group("verb").endswith(("ed", "ing", "id", "ld", "te")) \
                and shapes.noun_before(text[max(sentence.start, verb_start - 40):verb_start]):
            return  # `his often-repeated vow that …`, `amid Tory claims the ads …`: a noun, not a verb
        if match.start() == verb_start and match.group("verb").endswith("ed") and _DETERMINER_END.search(
                text, max(sentence.start, verb_start - 24), verb_start):
            return  # `the 140 confirmed cases`, `an admitted error`: a participle used as an adjective
        window = text[max(sentence.start, match.start() - 30): min(sentence.end, match.end() + 6)]
        if cues.NON_STATEMENT.search(window):
            return
        verb = match.group("verb")
        participle = verb.split()[0].endswith("ing")  # `saying`, `pointing out`
        base = cues.VERB_FORMS.get(verb.lower())
        if cues.PASSIVE.match(match.group()):
            return  # `was declared the winner`, `is said to be`: the subject is not the speaker
        cue_span = (match.start(), match.end())
        if base in cues.JUDGEMENT_VERBS or base in ("describe", "call"):
            if self.judgement(match, sentence, base, cue_span) or base in cues.JUDGEMENT_VERBS:
                return
        position = match.end()
        listener = None
        if base in cues.LISTENER_VERBS and not cues.THAT.match(text, position):
            found = cues.LISTENER.match(text, position, sentence.end)
            if found is None:
                found = shapes.LISTENER_THEN_THAT.match(text, position, sentence.end)
            if found is None:
                found = shapes.LISTENER_THEN_CLAUSE.match(text, position, sentence.end)
            if found:
                listener = found
                position = found.end()
                swallowed = text.rfind(" the ", found.start() + 1, found.end())
                if swallowed > found.start() and _SUBJECT_THEN_AUXILIARY.match(text, swallowed, sentence.end):
                    position = swallowed  # `told the BBC the plan would fail`: the listener ends before the subject
                if not cues.THAT.match(text, position):
                    # `told the audience at his fundraiser that …`
                    further = shapes.LISTENER_THEN_THAT.match(text, position, sentence.end)
                    if further:
                        position = further.end()
        while True:
            adverbial = cues.ADVERBIAL.match(text, position, sentence.end)
            if not adverbial or adverbial.end() == position:
                break
            position = adverbial.end()
        that = cues.THAT.match(text, position, sentence.end)
        clause_start = self.clause_start(sentence, match.start())
        before_cue = text[clause_start:match.start()].rstrip()
        if participle and not before_cue and (
                clause_start == sentence.start or not _COMMA_END.search(text, sentence.start, match.start())):
            return  # `Responding to the report, she wrote …`: the main clause carries the attribution
        subject = subject_before(text, clause_start, match.start())
        if subject is not None and before_cue.endswith(",") and not participle:
            # `…, said Dan Smith, a pollster.`: a name right after the verb makes the order inverted, unless the
            # sentence opens with the speaker and an appositive (`Jo Bloggs, a pollster, said Labour will win.`).
            after = subject_after(text, match.end(), sentence.end)
            opens = (not text[clause_start:subject[0]].strip() and len(text[match.end():sentence.end].split()) >= 3
                     and after is not None and text[after[1]:sentence.end].lstrip()[:1] not in ",.;:!?")
            if after is not None and text[after[0]].isupper() and not opens and base not in _LISTENER_FIRST:
                subject = None
        if subject is not None and participle and shapes.DOCUMENT.search(text, subject[0], subject[1]):
            # `issued a statement saying …`: the speaker is whoever issued it
            subject = self.main_subject(sentence, subject[0]) or subject
        if subject is not None and participle and before_cue.endswith(","):
            # `…, Jo said on Monday, adding …`: a participle after a comma shares the subject of the main clause
            subject = self.main_subject(sentence, match.start()) or subject
        if subject is None and (self.continues_clause(clause_start, match.start(), verb)
                                or match.group().startswith("then ") and before_cue.endswith(",")
                                or trailing_noun_phrase(text, clause_start, match.start()) is not None):
            # `…, saying …`, `… and said …`, or a word before the verb that cannot speak (`In somber
            # comments Sunday, Trump said …`): the speaker is the subject of the sentence
            subject = self.main_subject(sentence, match.start())
        if subject is None and before_cue in ("But", "And") and clause_start == sentence.start:
            # `He had not read it. But told the BBC: “…”`: the subject of the sentence before carries over
            index = self.layout.sentence_index(sentence.start)
            if index > 0:
                previous = self.layout.sentences[index - 1]
                subject = self.main_subject(previous, previous.end)
        inverted = None
        # After `told`, `warned`, `asked`… comes the listener, never the speaker.
        if subject is None and not participle and base not in _LISTENER_FIRST and (
            not before_cue or before_cue[-1] in ",“”\"'‘’"
        ):
            inverted = subject_after(text, match.end(), sentence.end)

        # `“…,” X said` / `“…,” said X` / `“…,” she said, “…”`
        anchor = subject[0] if subject is not None and subject[0] < match.start() else match.start()
        # `“… missing.” Trump said.`: a bare attribution sentence can only belong to the quotation before it
        bare = (subject is not None and not text[sentence.start:subject[0]].strip()
                and text[position:sentence.end].strip() in ("", "."))
        run = self.run_closing_before(anchor, self.layout.paragraph_at(anchor).start, after_stop=bare)
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
            and (bool(that) or shapes.OPENS_CONTENT.match(rest_stripped) is not None)
            and (_WORD.search(text, sentence.start, run.open) is not None
                 # `“… anti-Semitism?” Mr Milburn replied that …`: a whole quoted sentence, then a new statement
                 # or a quotation that is a sentence of its own, then `X said he …`
                 or (bool(that) or run.end <= sentence.start and not rest_stripped.startswith(","))
                 and text[self.quote_content(run)[1] - 1] in ".?!")
        )
        if (run is not None and re.match(r"\s*:\s*(?:[“\"‘]|'')", rest)
                and text[self.quote_content(run)[1] - 1] in ".?!"):
            run = None  # `“… win.” Jo Bloggs, a pollster, said: “…”`: the colon gives her the quotation after it
        if run is not None and run.open not in self.consumed and speaker is not None and not says_more:
            self.attribute_preceding(run, sentence, cue_span, speaker, inverted[1] if inverted else position)
            return

        # `X said: “…”` / `X said, “…”` / `X said “…”`, also with the quotation in the next paragraph
        lead = shapes.LEAD_PHRASE.match(rest) or _LEAD.match(rest)
        run = self.run_opening_at(position + lead.end(), sentence.end + 2) if not that else None
        if run is None and (rest_stripped == ":" or rest[lead.end():].strip() == ""
                            and text[sentence.end - 1: sentence.end] == ":"):
            run = self.next_paragraph_quote(sentence)
        if base in ("call", "describe") and ":" not in lead.group():
            run = None  # `called “regenerative medicine”`: naming, not quoting
        if run is not None and run.open not in self.consumed and speaker is not None and (
                ":" in lead.group() or self.ends_clause(run)):  # `X said: “…”` is direct whatever follows
            self.add_direct([run], cue_span, speaker, lead_in=(sentence.start, match.start()))
            return

        if base is None:
            return  # `issued a statement` only introduces a quotation
        # `…, X said.` / `…, said X.`
        trailing = not rest_stripped or rest_stripped[0] in ".!?;"
        head_text = text[self.head_start(sentence, match.start()):match.start()]
        if (subject is not None and not trailing and shapes.TRAILING_PHRASE.match(rest_stripped) and not that
                and not re.search(r"\bthat\b|[“\"]|''", rest_stripped)
                and not shapes.SUBORDINATE_START.match(head_text) and len(head_text.split()) >= 6):
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
        if rest_stripped.startswith(",") and cues.PARTICIPLE_CUE.match(rest_stripped.lstrip(", ")):
            # `The plan is dead, she said on Monday, adding …`: what was said comes before; the participle is a cue
            self.reverse(sentence, (min(subject[0], match.start()), match.end()), subject, head_start, cue_span)
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
        demand = _DEMAND.match(text, content_start, sentence.end) if base == "call" else None
        if demand:
            content_start = demand.end()  # `called for a recount`, `called on ministers to act`
        if listener is None and base in cues.LISTENER_VERBS and not that and base not in ("warn", "promise", "urge", "ask"):
            return
        first_word = _FIRST_WORD.match(text, content_start, sentence.end)
        if first_word is None:
            return
        if participle and not that and not text[match.end():content_start].strip() and first_word.group().lower() in _MODALS:
            return  # `Businesses complaining might like to …`: the participle describes the subject of `might`
        word = first_word.group().lower().strip("“\"‘")
        if that:
            pass
        elif base == "warn" and word in ("of", "about", "against") and not that:
            content_start = first_word.end()
            while content_start < sentence.end and text[content_start] in " \u00a0":
                content_start += 1
        elif word == "to" and base in cues.INFINITIVE_VERBS and not that:
            pass
        elif word in ("how", "why") and base in cues.ACCOUNT_VERBS:
            pass  # `explained how he built the business`: an account of what was said
        elif word in shapes.PREPOSITION_OPENERS and _PHRASE_THAT.match(text, content_start, sentence.end):
            # `said on national radio that he …`: the phrase is about the saying
            content_start = _PHRASE_THAT.match(text, content_start, sentence.end).end()
        elif word in shapes.FIRST_WORD_BAD and not shapes.QUANTITY_OPENER.match(text, content_start) and not (
                word in shapes.PREPOSITION_OPENERS and shapes.CLAUSE_AFTER_PHRASE.match(text, content_start, sentence.end)):
            return  # but `said in politics it takes time …` opens its clause with a phrase
        end = cues.reported_clause_end(text, content_start, sentence.end)
        if cues.REFUSAL.match(text, content_start, end):
            return
        if self.outer_attribution(end, sentence.end):
            return  # `Reports said the plan failed, Jo said.`: the trailing attribution owns the whole sentence
        if (that and that.group().strip().lower() == "that" and len(text[content_start:end].split()) <= 4
                and _THAT_THING.fullmatch(text, content_start, end) and not cues.has_finite_verb(text, content_start, end)
                and not _PRONOUN.search(text, content_start, end)):
            return  # `denied that report on Monday`: `that` points at something; no clause follows
        if shapes.SUBORDINATOR.match(text, sentence.start, subject[0]):
            # `When Smith said it, the room fell silent.`: the subordinate clause ends at its comma
            comma = text.find(",", content_start, end)
            if comma > content_start and not any(content_start <= r.open < comma for r in self.runs):
                end = comma
        if (not that and verb == "announce" and _STILL_TO_COME.search(text, max(sentence.start, verb_start - 12), verb_start)
                and not shapes.CLAUSE_START.match(text, content_start)
                and not any(content_start <= r.open < end for r in self.runs)):
            return  # `is due to announce new measures`: an announcement still to come names its subject, says nothing
        if not that and base in cues.CLAUSE_ONLY_VERBS and not shapes.CLAUSE_START.match(text, content_start):
            # `pointed out the plans were dead` has a clause; `pointed out the flaws` only names something
            # `hinted the party might …` has a clause too; `hinted at a deal` does not
            clause = (" " in base or base == "hint" and word != "at") and cues.has_finite_verb(text, content_start, end)
            if not clause and not any(r.open >= content_start and r.open < end for r in self.runs):
                return
        telltale = cues.OBJECT_VERBS.get(base)
        if telltale is not None and not demand and not telltale.search(text, content_start, end) and not (
                base == "call" and cues.CALL_OBJECT.match(text, content_start, end)):
            return
        if base == "call" and not demand and self.by_open.get(content_start) is not None:
            return  # `called “regenerative medicine”`: a name for something, not something said
        end = self.extend_over_quotes(content_start, end)
        if len(text[content_start:end].split()) < 2:
            return
        run = self.by_open.get(content_start)
        if run is not None and self.quote_content(run)[1] >= end - 1:
            self.add_direct([run], cue_span, subject, lead_in=(sentence.start, match.start()))
            return
        colon = _COLON_QUOTE.search(text, content_start, end)
        follow = self.by_open.get(colon.end()) if colon else None
        if (follow is not None and follow.open not in self.consumed
                and _DOUBLE_MARKS.isdisjoint(text[content_start:colon.start()])
                and _INNER_SPEAKER.match(text, content_start, colon.start())):
            return  # `The book claims Jo told Sam: “…”`: the quotation keeps the speaker of its words
        if (follow is not None and follow.open not in self.consumed
                and _DOUBLE_MARKS.isdisjoint(text[content_start:colon.start()])
                and cues.has_finite_verb(text, content_start, colon.start())
                and not cues.VERB_SCAN.search(text, content_start, colon.start())
                and not _INTRODUCES.search(text, content_start, colon.start())):
            # `He said the plan was sound: “We did our sums.”`: the quotation bears out the reported clause
            self.add_reported(content_start, colon.start(), cue_span, subject, lead_in=(sentence.start, match.start()))
            self.add_direct([follow], cue_span, subject, lead_in=None)
            return
        self.add_reported(content_start, end, cue_span, subject, lead_in=(sentence.start, match.start()))

    def outer_attribution(self, end: int, limit: int) -> bool:
        """Whether the sentence closes, right after a reported clause, with an attribution of its own."""
        tail = _OUTER_TAIL.match(self.text, end, limit)
        if tail is None:
            return False
        if _OUTER_ACCORDING.match(self.text, tail.end(), limit):
            return True  # `Most voters said they were worried, according to a new poll.`
        verb = cues.VERB_SCAN.search(self.text, tail.end(), limit)
        if verb is None:
            return False
        between, after = self.text[tail.end():verb.start()], self.text[verb.end():limit]
        speaker = between.strip()
        if speaker and not _OUTER_SPEAKER.fullmatch(speaker):
            return False
        if not speaker:  # `…, argued Jo Bloggs.`
            return _OUTER_SPEAKER.fullmatch(after.strip().rstrip(".!")) is not None
        return after.strip() in ("", ".", "!")

    def judgement(self, match: re.Match, sentence, base: str, cue_span) -> bool:
        """`dismissed the plan as “desperate”`, `a rate he described as “painful”`: the quoted words are said."""
        text = self.text
        # `described`/`calls` keep their own object shapes unless the quotation follows the verb itself
        shape = cues.JUDGEMENT_QUOTE if base in cues.JUDGEMENT_VERBS else cues.BARE_JUDGEMENT_QUOTE
        found = shape.match(text, match.end(), sentence.end)
        run = self.by_open.get(found.end()) if found else None
        if run is None or run.open in self.consumed or run.close > sentence.end:
            return False
        if match.group("verb") in ("brand", "label"):
            return False  # a noun (`the party's brand as “…”`)
        subject = subject_before(text, self.clause_start(sentence, match.start()), match.start())
        if subject is None:
            return False
        if shape is cues.BARE_JUDGEMENT_QUOTE:
            relative = _RELATIVE_END.search(text, sentence.start, subject[0])
            if relative is None:
                return False  # `a show called “Brokers”` is a name; `a plan which he called “a con”` is said
            if relative.group(1) == "what" and not text[subject[0]].isupper():
                return False  # `what doctors call “…”`, `what she calls …`: a current name, not one person's words
        self.add_direct([run], cue_span, subject, lead_in=(sentence.start, match.start()))
        return True

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
        opener = shapes.CLAUSE_OPENER.match(text[head[0]:head[1]])
        if opener:
            head = (head[0] + opener.end(), head[1])
        comma = text.index(",", after)
        tail_start = comma + 1
        while tail_start < sentence.end and text[tail_start] in " \u00a0":
            tail_start += 1
        if text[tail_start:tail_start + 1] in ("“", '"', "‘") or text.startswith("''", tail_start):
            return False  # `Tyler said, “We have three weeks” until …`: the quotation is what was said
        if cues.PARTICIPLE_CUE.match(text, tail_start):
            return False  # `The plan is dead, she said, adding that …`: the participle reports more, on its own
        tail_end = self.extend_over_quotes(tail_start, cues.reported_clause_end(text, tail_start, sentence.end))
        if head[1] - head[0] < 2 or tail_end - tail_start < 2:
            return False
        inner = [r for r in self.runs if head[0] <= r.open < tail_end]
        for run in inner:
            self.consumed.add(run.open)
        quoted = bool(inner) or not _DOUBLE_MARKS.isdisjoint(text[head[0]:tail_end])
        self.drafts.append(Draft([head, (tail_start, tail_end)], "mixed" if quoted else "indirect", cue_span, subject,
                                 runs=inner, lead_in=None))
        return True

    def continues_clause(self, clause_start: int, cue_start: int, verb: str) -> bool:
        """`…, saying …` / `… and said …`: the cue shares the subject of the sentence's main clause."""
        before = self.text[clause_start:cue_start].rstrip()
        if verb.split()[0].endswith("ing") and (before.endswith((",", "–", "—", " -", "--")) or not before):
            return True
        return _JOINED.search(before, max(0, len(before) - 60)) is not None

    def main_subject(self, sentence, before: int) -> tuple[int, int] | None:
        """The subject at the start of a sentence: an earlier speaker of it, a name or a pronoun."""
        for draft in reversed(self.drafts):
            if draft.cue and sentence.start <= draft.cue[0] < before and draft.mention:
                return draft.mention
        head = re.match(r"\s*(?:(?:But|And|So|Yet|Then|Meanwhile|However|Still|Later|Earlier|Instead)\b,?\s*)?"
                        r"(?:(?:(?i:For|In|On|At|After|During|Despite|With|Since|Before|While|When|As|Like|Unlike|"
                        r"Last|This|Earlier|Asked|Pressed|Questioned|Inside|Outside|Across|Amid|Among|Ahead|Under|"
                        r"Over|Through|From|By|Following)|[A-Z][a-z]+ing)\b[^,]{0,60},\s*"
                        r"(?:[A-Z][\w-]*,\s*)?)?",  # `At a rally in Derby, Kent,`, `Asked about Mr Lowe,`
                        self.text[sentence.start:before])
        start = sentence.start + head.end()
        pronoun = re.match(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t)\b", self.text[start:before])
        if pronoun:
            return start, start + pronoun.end()
        found = self.registry.mention_starting(start, start + 4)
        if found is None:
            named = shapes.NAME_THEN_VERB.match(self.text, start, before)
            if named and named.group(1).split()[0].lower() not in STOPWORDS:
                return named.span(1)  # `Romney went after Trump …, calling …`
        if found is None:
            # `Conservative co-chairman Liam Fox derided …, saying`: a name in the sentence's opening words
            found = self.registry.mention_starting(start, min(before, start + 40))
            if found is not None and re.search(r"[,;:]", self.text[start:found[0]]):
                found = None
        if found is not None:
            return found
        name = shapes.LEADING_NAME.match(self.text, start, before)
        if name and name.group(1).split()[0].lower() not in STOPWORDS:
            return name.span(1)
        phrase = shapes.LEADING_NOUN_PHRASE.match(self.text, start, before)
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
            head = shapes.CLAUSE_OPENER.match(text[start:run.open])
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
        if follow is not None and follow.open not in self.consumed and not self.is_title(follow):
            gap = text[after:follow.open]
            stripped = gap.strip()
            # Only the rest of the attribution may lie between: an appositive about the speaker, a time or place.
            describes_speaker = not shapes.NARRATION.search(gap)
            if (describes_speaker and not re.search(r"[“”\"]|''", gap) and len(gap.split()) <= shapes.MAX_RUN_ON_GAP
                    and not cues.VERB_SCAN.search(gap) and len(shapes.SENTENCE_STOP.findall(gap)) <= 1
                    and (not stripped or stripped[-1] in ",:;.!?") and not self.attributed_after(follow)):
                runs.append(follow)
        self.add_direct(runs, cue_span, speaker, lead_in=None)

    def attributed_after(self, run: QuoteRun) -> bool:
        """`“…,” said Kunin.`: a quotation followed by an attribution of its own."""
        sentence = self.layout.sentence_at(max(run.close - 1, run.open))
        after = self.text[run.end:max(run.end, sentence.end)]
        found = cues.VERB_SCAN.search(after, 0, 60)
        return found is not None and not re.search(r"[.!?;:“”\"]", after[:found.start()])

    def appositive_after_quote(self, sentence, cue_start: int):
        i = bisect.bisect_right(self.run_ends, cue_start) - 1
        if i < 0:
            return None, None
        run = self.runs_by_end[i]
        if run.end < sentence.start - 1 or run.open in self.consumed:
            return None, None
        gap = self.text[run.end:cue_start]
        named = shapes.APPOSITIVE_NAME.match(gap)
        if not named or len(gap.split()) > 25 or re.search(r"[.!?][\"”’']?\s+[A-Z]", gap[named.end():]):
            return None, None
        if not gap.rstrip().endswith(","):
            return None, None
        return run, (run.end + named.start(1), run.end + named.end(1))

    def reverse(self, sentence, attribution, speaker, clause_start, cue_span=None, needs_comma=True) -> bool:
        """`…, X said.`: the reported clause comes before its attribution (which spans `attribution`)."""
        text = self.text
        head = text[clause_start:attribution[0]].rstrip()
        verb = cues.VERB_FORMS.get(text[cue_span[0]:cue_span[1]].split()[-1].lower()) if cue_span else None
        if verb in cues.NOT_REVERSIBLE:
            return False  # `Then, last week, Eric called.`: these verbs never follow what was said
        if needs_comma and not head.endswith(","):
            return False
        start, end = strip_span(text, clause_start, clause_start + len(head), " \t\u00a0,;:—–-")
        appositive = shapes.SPEAKER_APPOSITIVE.search(text, start, end)
        if appositive and not cues.has_finite_verb(text, appositive.start(1), end):
            end = appositive.start()  # `…, his top aide, Tad Devine, said`: the role belongs to the speaker
        opener = shapes.CLAUSE_OPENER.match(text[start:end])
        if opener:
            start += opener.end()
        words = text[start:end].split()
        if len(words) < 3 or len(words) > shapes.MAX_REVERSE_WORDS:
            return False
        if all(word[:1].isupper() for word in words):
            return False  # `Deputy High Court Judge Ann Lee, QC, told …`: a name, not something said
        self.add_reported(start, end, cue_span or attribution, speaker, lead_in=None)
        return True

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
        quoted = bool(inner) or not _DOUBLE_MARKS.isdisjoint(self.text[start:end])
        self.drafts.append(Draft([(start, end)], "mixed" if quoted else "indirect", cue, mention, runs=inner,
                                 lead_in=lead_in))

    # -- output ----------------------------------------------------------------------------------------

# `Jo told Sam` before a colon and a quotation: a named speaker, a cue and a short listener, nothing else.
_INNER_SPEAKER = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir) )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? "
                            r"(?:told|said to|wrote to|assured|warned) [^,;:“”\"]{1,40}?\s*$")
_OUTER_ACCORDING = re.compile(r"according to [^,;:“”\"]{2,60}?[.!]?\s*$")
_OUTER_TAIL = re.compile(r"[”\"’']?\s*,\s+")
# A short speaker for a closing attribution: a pronoun, or a capitalised name with an optional title.
_OUTER_SPEAKER = re.compile(r"(?:he|she|they|(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir) [A-Z][\w'-]+|[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})")


def _by_sentence(layout: Layout, matches) -> dict[int, list[re.Match]]:
    """Matches grouped by the index of the sentence they start in (matches outside every sentence are dropped)."""
    grouped: dict[int, list[re.Match]] = {}
    sentences = layout.sentences
    for match in matches:
        index = layout.sentence_index(match.start())
        if index < len(sentences) and sentences[index].start <= match.start() and match.end() <= sentences[index].end:
            grouped.setdefault(index, []).append(match)
    return grouped


def extract_statements(text: str, taxonomy: Taxonomy | None) -> Extraction:
    return _Extractor(text, taxonomy).run()
