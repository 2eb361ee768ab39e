"""The article's people and organisations, and resolution of speaker mentions to canonical names.

`Registry` scans the article once for capitalised names, links short forms (`Mr Trump`, `Sir Keir`) to the
fullest name, and keeps what role ties need (`roles.Roles`: `Prime Minister Keir Starmer`, `Barnier, the EU's
chief negotiator`). `Registry.resolve` turns a speaker mention into an `Entity` or None (an unnamed source):
pronouns to the nearest compatible person (a role-noun subject counts), `it`/`they` to an organisation.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re

from app.extraction.names import (
    FIRST_NAMES_FEMALE,
    FIRST_NAMES_MALE,
    ORGANISATION_WORDS,
    HONORIFICS,
    HONORIFICS_FEMALE,
    HONORIFICS_MALE,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    ROLE_NOUNS,
    STOPWORDS,
    TITLES,
    NAME_RUN,
    Entity,
    NameMention,
    clean_name,
    gender_of,
    is_organisation,
    split_name,
)
from app.extraction.cues import CUE_VERB
from app.extraction.descriptions import (
    BODY_HEADS,
    DESCRIBING_START,
    bound_elsewhere,
    committee_names,
    delayed_identification,
    describes_next_name,
    description_kind,
    institutions,
    is_body,
    party_prefix,
    programmes,
    statement_owner,
)
from app.extraction.roles import SEAT_HOLDERS, Roles, role_key
from app.extraction.text import Layout

# Patterns that start with a capital or a literal (their lookbehind after it) let the regex engine skip ahead.
_SPECIAL_ORGS = re.compile(r"N(?<!\wN)(?:o\.?\s?10|umber\s+10|umber\s+Ten)(?!\w)")
_LOWERCASE_WORD = re.compile(r"[a-z][a-z’']+")
_WORD_CHARACTER = re.compile(r"[\w’'-]")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'-]+")
_INNER_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,;")
_DEFINITE_ORGANISATION = re.compile(
    r"(?:the|its)\s+(?:alliance|company|commission|party|department|ministry|council|union|committee|agency|"
    r"association|institute|university|bank|authority|foundation|trust|board|federation|coalition|campaign|"
    r"group|executive|organisation|organization|firm|charity|club|league|corporation|network)")
_AGE_DESCRIPTION = re.compile(r"the\s+\d{1,3}-year-old(?:\s+[a-z-]+){0,2}")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|across|outside|inside|throughout|into)\s+$")
# `the Tory MP for Sleaford and North Hykeham`: the constituency after `for` is a place, not the speaker.
_SEAT_AFTER = re.compile(r"\s+for\s+[A-Z]")
# `the book claims`, `a new memoir about the chancellor says`: a document speaks for its author.
_DOCUMENT = re.compile(r"(?:the|a|an|this|his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
                       r"(?:book|memoir|memoirs|biography|autobiography|diary|diaries)\b")
_AUTHORED_AFTER = re.compile(r"[’']s?\s+(?:[a-z-]+\s+){0,2}?(?:book|memoir|memoirs|biography|autobiography|diary)\b")
_AUTHORED_BEFORE = re.compile(
    r"(?:book|memoir|memoirs|biography|autobiography|diary|diaries)(?:,\s[^,.]{1,40}?,?)?\s+by\s+[^.;:\n]{0,50}$"
    r"|\bauthor,?\s+(?:[A-Za-z-]+\s+){0,3}$")
_WRITTEN_BY = re.compile(r",\s+by\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+),")
_PAPERS = re.compile(r"(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:letter|e-mail|email|memo|note|document|statement)")
_SENT_FROM = re.compile(r",\s+(?:sent\s+)?from\s+(?:the\s+)?((?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'&-]+),")
_NICKNAMED = re.compile(r"([A-Z](?<!\w.)[a-z]+) [\"“‘]([Tt]he )?[A-Z][^\"”’\n]{1,25}[\"”’] ?([A-Z][\w’'-]+)")
_ORGANISATION_NOUNS = (r"(?:company|firm|label|group|charity|agency|organisation|organization|network|"
                       r"broadcaster|publisher|retailer|carrier|airline|manufacturer|bank|studio|club|band)")
# `the company`, `the non-partisan charity`: a kind of organisation with up to two hyphenated or -al/-ent qualifiers
_QUALIFIED_ORGANISATION = re.compile(r"the\s+(?:(?:[a-z]+-[a-z-]+|[a-z]+(?:al|ent|ant|ist|ive))\s+){0,2}"
                                     + _ORGANISATION_NOUNS)
# A name set in apposition to an organisation noun is that organisation.
_ORGANISATION_BEFORE = re.compile(
    r"(?:^|[.!?\n]\s*|\s)(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}?" + _ORGANISATION_NOUNS
    + r"(?:\s+(?:that|which)\s[^,.;:\n]{1,60})?,\s+$")
_ORGANISATION_AFTER = re.compile(
    r",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?" + _ORGANISATION_NOUNS + r"\s+(?:that|which|behind|founded|,)")
_CLAUSE_OPENER = re.compile(r",?\s+(?:after|before|when|because|until|once)\s+")
_OFFICE_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")
_OFFSET = operator.itemgetter(0)
_HOLDER_WORDS = (" spokes", " minister", " secretary", " correspondent", " editor")
_BRIEF_BEFORE_HOLDER = re.compile(r"\s+(?:spokes(?:man|woman|person)|minister|secretary|correspondent|editor)"
                                  r"\s+[A-Z]")
_SUBORDINATE_AT = re.compile(r"(?<![\w’'-])(?:after|before|when|because|as|while|since|until|if|although|once)\s+$",
                             re.IGNORECASE)
_PEERS = frozenset({"Lord", "Lady", "Baroness"})
_OF_HEADS = frozenset({"bank", "church", "department", "ministry", "university", "office", "court", "council",
                       "institute", "college", "academy", "museum", "board", "chamber", "federation", "confederation",
                       "association", "society", "union", "league", "bureau", "commission", "agency", "house"})
_OF_NAME = re.compile(r" (?:of|for) (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}(?![\w’'-])")
_PEERAGE_SEAT = re.compile(r" of ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)?)(?![\w’'-])")
_ENVOY_TO = re.compile(r"(?<![\w’'-])(?:ambassador|envoy|consul|high commissioner)\s+to\s+$", re.IGNORECASE)
_HEAD_BEFORE_TO = re.compile(
    r"\b(ambassador|envoy|adviser|advisor|aide|assistant|deputy|successor|heir|rival|spokes(?:man|woman|person))"
    r"\s+to\s+", re.IGNORECASE)
_DESCRIBED_SUBJECT = re.compile(r"(The\s+(?:[\w-]+\s+){0,2}?(?:committee|report|inquiry|review))\s+[a-z]")
_APPOSITIVES_THEN_WHO = re.compile(r"\s*(?:,|-|–|—)\s+(?:a|an|the)\s[^.;:\"“”()]*?,?\s*")
_OPENER_THEN_SUBJECT = re.compile(r"[’']s?\s[^.;:,\"“”]*,\s*(?:[A-Z][\w’'.-]*\s+){0,4}")
_POSSESSIVE = re.compile(r"[’']s?(?![\w’'])")
_INITIAL = re.compile(r"[A-Z]\.?")
_SPOKES = re.compile(r"spokes|source|official|aide|adviser|insider|statement")
_NOT_NAMES = frozenset(TITLES | STOPWORDS)
_FIRST_NAMES = frozenset(FIRST_NAMES_MALE | FIRST_NAMES_FEMALE)
_SIGNATURE = re.compile(r"(?:^|(?<=[.!?:\n])\s*|\b(?:with|by|from|to)\s+)([A-Z][a-z]+)(?:\s+in|,)\s+$")
_PLACE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")


@functools.lru_cache(maxsize=4096)
def _may_lead(first: str, second: str) -> bool:
    """Whether `first` may be a capitalised ordinary word before a name (`Even`, `Families`) rather than part of it;
    it is one if the article also writes it in lowercase."""
    lowered = first.lower()
    return (lowered not in HONORIFICS and lowered not in TITLES and second.lower().rstrip(".") not in TITLES
            and _singular(lowered) not in ORGANISATION_WORDS)


@functools.lru_cache(maxsize=16384)
def _parse_run(words: tuple[str, ...]) -> tuple[int, int, int, tuple[str, ...], tuple[str, ...], bool] | None:
    """A capitalised run split into (lead length, titles length, name length, titles, bare name, whether it names
    an organisation), lengths in characters with their following space; None when the run holds no name."""
    lead, titles, bare = split_name(list(words))
    honorific = any(t.lower().rstrip(".") in HONORIFICS for t in titles)
    bare = clean_name(bare, titled=honorific)
    cut = party_prefix(bare) if len(bare) > 2 else 0
    merged = bool(titles and bare and is_organisation(bare, titles)
                  and not (cut and not is_organisation(bare[cut:])))  # `Fellow Lib Dem Jo Bell` is Jo Bell
    if merged:
        bare, titles = titles + bare, []  # `Scottish Executive`, `Liberal Democrats`
    if not bare or (not merged and not honorific and all(w.lower().rstrip(".") in _NOT_NAMES for w in bare)):
        return None
    if all(w.lower().rstrip(".") in TITLES for w in bare) and (not merged or bare[-1].lower() in SEAT_HOLDERS):
        return None  # `The Lord Chief Justice`, `Labour MP`: a title, or a party and a seat, not a name
    return (sum(len(w) + 1 for w in lead), sum(len(w) + 1 for w in titles), len(" ".join(bare)), tuple(titles),
            tuple(bare), is_organisation(bare, titles))


class Registry(Roles):
    """Names met in one article, linked to entities, with positions for antecedent search."""

    def __init__(self, text: str, layout: Layout, quoted: list[tuple[int, int]]):
        self.text = text
        self.layout = layout
        self._quoted = quoted
        self._quoted_starts = [a for a, _ in quoted]
        self.entities: list[Entity] = []
        self.mentions: list[NameMention] = []  # persons and organisations, in text order
        self.role_ties: dict[str, list[tuple[int, Entity]]] = {}
        self._by_full: dict[tuple[str, ...], Entity] = {}
        self._by_last: dict[str, list[Entity]] = {}
        self._by_first: dict[str, list[Entity]] = {}
        # During the scan: organisations and one-word persons by name, and where each entity is named.
        self._organisations: dict[str, Entity] = {}
        self._one_word: dict[str, Entity] = {}
        self._starts_of: dict[int, list[int]] = {}
        self._lowercase: dict[str, bool] = {}
        self._subject_events: list[tuple[int, Entity]] = []
        # Role ties are worked out only when a role noun needs resolving (most articles never ask).
        self._tie_inputs: list[tuple[int, int, list[str], Entity]] = []
        self._roles_tied = False
        self._role_subjects: dict[int, tuple[int, Entity] | None] = {}
        self._finding_role_subject = False
        self._last_speaker: tuple[int, Entity | None] | None = None  # the latest mention resolved, to whatever
        self._committees: list[tuple[int, Entity]] | None = None  # named in lowercase, found when first needed
        self._document: tuple[int, Entity | None] | None = None  # the latest `X's statement` and its owner
        self._scan()

    # -- building -------------------------------------------------------------------------------------

    def inside_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, offset) - 1
        return i >= 0 and self._quoted[i][0] <= offset < self._quoted[i][1]

    def _scan(self) -> None:
        text = self.text
        runs = []
        lowercase = self.written_lowercase
        skip_to = 0
        joined = institutions(text)
        spans = joined + programmes(text)
        for match in NAME_RUN.finditer(_blanked(text, spans) if spans else text):
            if match.start() < skip_to:
                continue  # the place of a peer's title, already part of the name
            words = match.group().split()
            if len(words) == 1 and words[0].lower() in _NOT_NAMES:
                continue  # `The`, `It`, `President` on their own: the commonest capitalised words, no name
            start = match.start()
            extra: list[str] = []
            if len(words) > 1 and _may_lead(words[0], words[1]) and (
                    len(words) >= 3 or self._sentence_initial(start)) and not (
                    len(words) <= 4 and words[-1].lower() in BODY_HEADS):  # `Low Pay Commission`: one name
                # `Even David Hemenway`, `Families Margaret Hodge`: a capitalised word the article also writes in
                # lowercase is not the start of a name
                while len(words) > 1 and _may_lead(words[0], words[1]) and lowercase(words[0].lower()):
                    extra.append(words.pop(0))
            if len(words) >= 3 and (words[0].lower() in _PLACES
                                    or _ENVOY_TO.search(text, max(0, start - 30), start)):
                extra.append(words.pop(0))  # `ambassador to Britain Liu Xiaming`
            if len(words) >= 3 and _OFFICE_OF.search(text, max(0, start - 40), start):
                # `Director of Public Prosecutions Eva Lind`: the office's object runs into the holder's name
                while len(words) > 2 and words[-3].lower() not in _FIRST_NAMES:
                    extra.append(words.pop(0))
                if len(words) > 3:
                    extra.extend(words[:-3])
                    del words[:-3]
            parsed = _parse_run(tuple(words))
            if parsed is None:
                continue
            lead_length, titles_length, bare_length, titles, bare, organisation = parsed
            if words[0] in DESCRIBING_START and describes_next_name(text, words, match.end()):
                continue  # `Former Cabinet minister Jo Bell`: not a name of its own
            if len(bare) == 1 and not organisation and text.startswith(_HOLDER_WORDS, match.end()) and (
                    _BRIEF_BEFORE_HOLDER.match(text, match.end())) and not any(
                    t.lower().rstrip(".") in HONORIFICS for t in titles):
                continue  # `Home Affairs spokesman Jo Bell`: the run names the brief, not a person
            cut = party_prefix(bare) if len(bare) > 2 else 0
            if cut and not is_organisation(bare[cut:]):
                # `Lib Dem Jo Bell`: the party goes with the titles
                moved = bare[:cut]
                titles, bare = titles + moved, bare[cut:]
                titles_length += sum(len(w) + 1 for w in moved)
                bare_length -= sum(len(w) + 1 for w in moved)
                organisation = False
            offset = start + lead_length
            if extra:
                offset += sum(len(w) + 1 for w in extra)
            name_start = offset + titles_length
            name_end = name_start + bare_length
            if len(bare) == 1 and not titles and self._sentence_initial(name_start):
                # A capitalised first word (`Look at…`, `Cancer is…`) is a name only if the article writes it in
                # lowercase nowhere, and it is followed by a speech verb or also capitalised inside sentences.
                known = CUE_VERB.match(text, name_end + 1) is not None and not common_noun_word(bare[0])
                if not known:
                    known = self._capitalised_inside(bare[0])
                if not known or lowercase(bare[0].lower()):
                    continue
            if _PLACE_BEFORE.search(text, max(0, offset - 12), offset):
                continue  # `in New York`: a place, not a speaker
            if len(bare) == 1 and titles and titles[-1] in _PEERS:
                seat = _PEERAGE_SEAT.match(text, name_end)
                if seat:
                    # `Lord Brook of Ashby`: a life peer's title is the name, the place after `of` with it
                    bare = bare + ("of",) + tuple(seat.group(1).split())
                    name_end = seat.end()
                    skip_to = name_end
            elif not titles and bare[-1].lower() in _OF_HEADS:
                named = _OF_NAME.match(text, name_end)
                if named:
                    # `Bank of England`, `Ministry of Defence`: the organisation's name runs over `of`
                    bare = bare + tuple(text[name_end:named.end()].split())
                    name_end = named.end()
                    skip_to = name_end
                    organisation = True
            runs.append((offset, name_start, name_end, list(titles), list(bare), organisation))
        for start, end, words in joined:
            runs.append((start, start, end, [], words, True))  # `Department for Work and Pensions`: one name
        for match in _SPECIAL_ORGS.finditer(text):
            runs.append((match.start(), match.start(), match.end(), [], ["Downing", "Street"], True))
        for match in _NICKNAMED.finditer(text):
            # `Ronnie "the Rocket" Carr`: the nickname sits inside the name, which is Ronnie Carr
            if match.group(2) or match.group(1).lower() in _FIRST_NAMES:
                bare = [match.group(1), match.group(3)]
                runs.append((match.start(), match.start(), match.end(), [], bare, is_organisation(bare)))
        runs.sort()
        # Full names first, so that short forms can link to them wherever they occur; the longest first, so
        # that `Parker Bowles` joins `Camilla Parker Bowles` instead of starting a person of its own.
        for offset, start, end, titles, bare, organisation in sorted(runs, key=lambda r: -len(r[4])):
            if len(bare) >= 2 and not organisation:
                key = (bare[0], bare[-1])
                if key not in self._by_full and any(
                        e.words[-len(bare):] == bare for e in self._by_last.get(bare[-1], ())):
                    continue
                if key not in self._by_full:
                    entity = Entity(canonical(bare), "person", gender_of(titles + bare))
                    self._by_full[key] = entity
                    if "of" not in bare:  # the place of a peer's title (`Lord Brook of Ashby`) is no surname
                        self._by_last.setdefault(bare[-1], []).append(entity)
                    self._by_first.setdefault(bare[0], []).append(entity)
                    self.entities.append(entity)
                elif len(canonical(bare).split()) > len(self._by_full[key].words):
                    self._by_full[key].name = canonical(bare)
        for offset, start, end, titles, bare, organisation in runs:
            if titles and organisation:
                bare, titles = titles + bare, []  # `Liberal Democrats`: the title word belongs to the name
                organisation = is_organisation(bare)
            entity = self._link(titles, bare, start, organisation)
            if entity is None:
                continue
            surface = self.text[offset:end]
            if surface not in entity.surface:
                entity.surface.append(surface)
            honorific = titles[-1].lower().rstrip(".") if titles else None
            if honorific in HONORIFICS_MALE and entity.gender is None:
                entity.gender = "m"
            elif honorific in HONORIFICS_FEMALE and entity.gender is None:
                entity.gender = "f"
            self.mentions.append(NameMention(offset, end, entity, honorific))
            self._starts_of.setdefault(id(entity), []).append(offset)
            if entity.kind == "person":
                self._tie_inputs.append((offset, end, titles, entity))
        self._mention_starts = [m.start for m in self.mentions]
        honoured = {id(m.entity) for m in self.mentions if m.honorific}
        for mention in self.mentions:
            entity = mention.entity
            if entity.kind == "person" and id(entity) not in honoured and (
                    text[mention.end:mention.end + 1] == ","
                    or text[max(0, mention.start - 2):mention.start] == ", ") and (
                    _ORGANISATION_BEFORE.search(text, max(0, mention.start - 100), mention.start)
                    or _ORGANISATION_AFTER.match(text, mention.end)):
                entity.kind = "organisation"  # `the label that owns her records, Big Machine,`

    def written_lowercase(self, word: str) -> bool:
        """Whether the article writes `word` (all lowercase letters) as a whole word somewhere."""
        found = self._lowercase.get(word)
        if found is None:
            found = False
            if _LOWERCASE_WORD.fullmatch(word):
                text, end = self.text, len(word)
                i = text.find(word)
                while i >= 0 and not found:
                    found = not ((i and _WORD_CHARACTER.match(text, i - 1)) or _WORD_CHARACTER.match(text, i + end))
                    i = text.find(word, i + 1)
            self._lowercase[word] = found
        return found

    def _capitalised_inside(self, word: str) -> bool:
        """Whether the article writes `word` as a whole word right after a lowercase word, comma or semicolon and
        a space: capitalised inside a sentence."""
        if not _CAPITALISED_WORD.fullmatch(word):
            return False
        text, end = self.text, len(word)
        i = text.find(word, 2)
        while i >= 0:
            if text[i - 1] == " " and text[i - 2] in _INNER_BEFORE and not _WORD_CHARACTER.match(text, i + end):
                return True
            i = text.find(word, i + 1)
        return False

    def _sentence_initial(self, offset: int) -> bool:
        i = offset - 1
        while i >= 0 and self.text[i] in " \t\u00a0\"“‘'«(":
            i -= 1
        return i < 0 or self.text[i] in "\n.!?:"

    def _link(self, titles: list[str], bare: list[str], position: int, organisation: bool) -> Entity | None:
        if organisation:
            if len(bare) >= 2 and bare[-1] in ("St", "St."):
                bare = bare[:-1] + ["Street"]  # `Downing St`: a street's short form names the same place
            name = " ".join(bare)
            entity = self._organisations.get(name)
            if entity is None:
                entity = self._organisations[name] = Entity(name, "organisation")
                self.entities.append(entity)
            return entity
        if len(bare) >= 2:
            found = self._by_full.get((bare[0], bare[-1]))
            if found is None:
                # `Mrs Parker Bowles` after `Camilla Parker Bowles`: the fuller name that ends the same way
                tails = [e for e in self._by_last.get(bare[-1], ()) if e.words[-len(bare):] == bare]
                found = tails[0] if len(tails) == 1 else None
            return found
        word = bare[0]
        found = self._one_word.get(word)
        if found is not None:
            return found  # `Charles` after `Prince Charles`: the one-word name already met
        honorific = titles[-1].lower().rstrip(".") if titles else None
        first_name_ok = honorific in {"sir", "dame", "lord", "lady"} or honorific is None
        gender = "m" if honorific in HONORIFICS_MALE else "f" if honorific in HONORIFICS_FEMALE else None
        candidates = list(self._by_last.get(word, ()))
        if not candidates and first_name_ok:
            candidates = list(self._by_first.get(word, ()))
        if not candidates and honorific:
            # `Mr Liu` for `Liu Wen`: names written family name first
            candidates = [e for e in self._by_first.get(word, ()) if word.lower() not in _FIRST_NAMES]
        if gender and len(candidates) > 1:
            matching = [e for e in candidates if e.gender in (gender, None)]
            candidates = matching or candidates
        if len(candidates) > 1:
            candidates.sort(key=lambda e: self._last_position(e, position), reverse=True)
        if candidates:
            return candidates[0]
        if honorific is None and word.lower() in HONORIFICS | TITLES:
            return None
        entity = self._one_word[word] = Entity(word, "person", gender)
        self.entities.append(entity)
        return entity

    def _last_position(self, entity: Entity, position: int) -> int:
        """Where the article last named `entity` before `position` (-1 if it did not)."""
        starts = self._starts_of.get(id(entity), ())
        i = bisect.bisect_left(starts, position)
        return starts[i - 1] if i else -1

    # -- resolution -----------------------------------------------------------------------------------

    def note_subject(self, offset: int, entity: Entity) -> None:
        """Record a resolved speaker mention (a pronoun or role noun) as a later antecedent for pronouns."""
        if entity.kind != "person":
            return  # `he` and `she` never stand for an organisation
        self._subject_events.append((offset, entity))
        self._subject_events.sort(key=lambda e: e[0])

    def _candidates_in(self, sentence_index: int, before: int | None) -> list[tuple[int, Entity]]:
        block = self.layout.sentences[sentence_index]
        end = block.end if before is None else min(before, block.end)
        found = []
        i = bisect.bisect_left(self._mention_starts, block.start)
        while i < len(self.mentions) and self.mentions[i].start < end:
            mention = self.mentions[i]
            if (mention.entity.kind == "person" and not self.inside_quote(mention.start)
                    and (len(mention.entity.words) > 1 or mention.honorific or mention.entity.gender)):
                found.append((mention.start, mention.entity))
            i += 1
        for offset, entity in self._subject_events:
            if block.start <= offset < end:
                found.append((offset, entity))
        role = self._role_subject(sentence_index)
        if role is not None and role[0] < end:
            found.append(role)
        found.sort(key=lambda e: e[0])
        return found

    def antecedent(self, offset: int, gender: str | None) -> Entity | None:
        """The person a pronoun or bare role noun at `offset` most likely refers to."""
        if not self.layout.sentences:
            return None
        current = self.layout.sentence_index(offset)
        i = bisect.bisect_left(self._mention_starts, offset) - 1
        if i >= 0 and _CLAUSE_OPENER.fullmatch(self.text, self.mentions[i].end, offset):
            # `repaid the loan to Lord Ashcroft after he said …`: the person just named opens the clause
            entity = self.mentions[i].entity
            if entity.kind == "person" and (gender is None or entity.gender in (gender, None)):
                return entity
        for index in range(current, max(-1, current - 8), -1):
            before = None
            if index == current:
                # names in the pronoun's own reported clause or participial opener are not what it refers to
                before = bound_elsewhere(self.text, self.layout.sentences[current].start, offset)
            candidates = self._candidates_in(index, before) if before != self.layout.sentences[index].start else []
            if len(candidates) > 1:
                # a possessor in an opening phrase (`Since Sir Alan's report, Mr Blair …`) is a weaker antecedent
                # than the subject after the comma
                ends = [self._mention_end(c[0]) for c in candidates]
                candidates = [c for k, c in enumerate(candidates) if not (
                    _POSSESSIVE.match(self.text, ends[k]) and k + 1 < len(candidates)
                    and _OPENER_THEN_SUBJECT.fullmatch(self.text, ends[k], candidates[k + 1][0]))]
            if index != current and len(candidates) > 1:
                # `… Mr Lee was wrong, argued Mr Hale. He added …`: the sentence's speaker before names in what he said
                # (not the speaker of a relative or subordinate clause: `X, who said …`, `… after he said …`)
                block = self.layout.sentences[index]
                events = self._subject_events
                first = bisect.bisect_left(events, block.start, key=_OFFSET)
                last = bisect.bisect_left(events, block.end, lo=first, key=_OFFSET)
                spoke = {id(e) for o, e in events[first:last] if not self.text.startswith("who", o)
                         and not _SUBORDINATE_AT.search(self.text, max(0, o - 9), o)}
                spoke.update(id(e) for o, e in candidates if self._speaks_at(o))
                candidates = ([c for c in candidates if id(c[1]) in spoke]
                              + [c for c in candidates if id(c[1]) not in spoke])
            for _, entity in candidates:
                if gender is None or entity.gender in (gender, None):
                    return entity
        return None

    def _speaks_at(self, start: int) -> bool:
        """Whether the name at `start` is the subject of a speech verb right next to it (`Ann Lee said`,
        `argued Ann Lee`) outside a subordinate clause."""
        end = self._mention_end(start)
        if end == start or _SUBORDINATE_AT.search(self.text, max(0, start - 9), start):
            return False
        if CUE_VERB.match(self.text, end + 1) is not None and self.text[end:end + 1] == " ":
            return True
        before = CUE_VERB.search(self.text, max(0, start - 24), start)
        return before is not None and before.end() == start - 1 and self.text[before.start() - 2:before.start()] == ", "

    def _mention_end(self, start: int) -> int:
        """The end of the registered name starting at `start`, else `start` (a pronoun's resolved subject)."""
        i = bisect.bisect_left(self._mention_starts, start)
        return self.mentions[i].end if i < len(self.mentions) and self.mentions[i].start == start else start

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity named by a registered mention lying inside `start..end` (the first person, else any)."""
        i = bisect.bisect_left(self._mention_starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                found.append(self.mentions[i].entity)
            i += 1
        # The head of a phrase comes last: `Lib Dem home affairs spokesman Mark Oaten` is Mark Oaten.
        for entity in reversed(found):
            if entity.kind == "person":
                return entity
        return found[-1] if found else None

    def _name_only(self, phrase: str) -> Entity | None:
        """An entity for a capitalised name the registry did not keep (a one-off sentence-initial name)."""
        owner = re.match(r"([A-Z][\w-]*)[’']s\s+[a-z]", phrase)
        if owner and is_organisation([owner.group(1)]):
            phrase = owner.group(1)  # `Labour's new posters say …`: the organisation speaks through them
        bare = _bare_name(phrase)
        if bare is None or (len(bare) == 1 and self.written_lowercase(bare[0].lower())
                            and not is_organisation(bare)):
            return None
        for entity in self.entities:
            if entity.words[-1] == bare[-1] or entity.name == " ".join(bare):
                return entity
        if len(bare) == 1 and common_noun_word(bare[0]) and (
                _role_word(bare[0].lower().rstrip(".")) or not self._capitalised_inside(bare[0])):
            return None  # `Analysts said`, `said one Labour MP`: a group or a role with no name
        kind = "organisation" if is_organisation(bare) else "person"
        entity = Entity(" ".join(bare), kind, gender_of(phrase.split()))
        entity.surface.append(phrase)
        self.entities.append(entity)
        return entity

    def _recent_organisation(self, offset: int) -> Entity | None:
        """The organisation named most recently in this or the two sentences before `offset`."""
        found = self._recent_organisation_mention(offset)
        return found.entity if found is not None else None

    def _recent_organisation_mention(self, offset: int) -> NameMention | None:
        if not self.layout.sentences:
            return None
        first = self.layout.sentences[max(0, self.layout.sentence_index(offset) - 2)].start
        i = bisect.bisect_left(self._mention_starts, offset) - 1
        while i >= 0 and self.mentions[i].start >= first:
            mention = self.mentions[i]
            if mention.entity.kind == "organisation" and not self.inside_quote(mention.start) and len(
                    mention.entity.name) > 2 and mention.entity.words[-1].lower() not in _PLACES:
                return mention
            i -= 1
        return None

    def _noted(self, offset: int, entity: Entity | None) -> Entity | None:
        if entity is not None:
            self.note_subject(offset, entity)
        return entity

    def _organisation_named(self, head: str, offset: int) -> Entity | None:
        last = None
        for mention in self.mentions:
            if mention.start >= offset:
                break
            if mention.entity.kind == "organisation" and _head_word(mention.entity.words) == head:
                last = mention.entity
        return last

    def _author(self, offset: int) -> Entity | None:
        """The person the article names as a document's author (`the book by … Robert Peston`, `Peston's book`),
        the nearest before `offset`, else the first after it."""
        before = after = None
        for i, mention in enumerate(self.mentions):
            if mention.entity.kind != "person" or self.inside_quote(mention.start):
                continue
            if (_AUTHORED_AFTER.match(self.text, mention.end, mention.end + 40)
                    or _AUTHORED_BEFORE.search(self.text, max(0, mention.start - 70), mention.start)):
                following = self.mentions[i + 1] if i + 1 < len(self.mentions) else None
                if (following is not None and following.entity.kind == "person"
                        and re.fullmatch(r"\s+(?:[a-z-]+\s+){1,3}", self.text[mention.end:following.start])):
                    mention = following  # `the book by Daily Courier reporter Ann Lee`: the name after the role
                if mention.start < offset:
                    before = mention.entity
                elif after is None:
                    after = mention.entity
        return before or after

    def _described(self, phrase: str, kind: str, offset: int) -> Entity | None:
        """The body or person a description stands for: `the report` and `the committee` for the nearest such
        body the article names (before, else in the next two sentences), `the paper` for the newspaper last
        named, `Mr Lee's statement` for Mr Lee; `MPs` only for a committee named within two sentences."""
        if kind == "statement":
            owner = statement_owner(phrase)
            start = self.text.find(owner, offset) if owner else -1
            entity = self.resolve(start, start + len(owner)) if start >= 0 else None
            self._document = (offset, entity)  # `It added: …` goes on with the statement's owner
            return entity
        if self._committees is None:
            self._committees = []
            for start, end in committee_names(self.text):
                name = self.text[start:end]
                entity = self._organisations.get(name)
                if entity is None:
                    entity = self._organisations[name] = Entity(name, "organisation")
                    self.entities.append(entity)
                self._committees.append((start, entity))
        found = [(m.start, m.entity) for m in self.mentions
                 if m.entity.kind == "organisation" and is_body(m.entity.name, kind)
                 and not self.inside_quote(m.start)]
        if kind != "paper":
            found += self._committees
        if not found or not self.layout.sentences:
            return None
        found.sort(key=lambda f: f[0])
        here = self.layout.sentence_index(offset)
        before = [f for f in found if f[0] < offset]
        if phrase.lower().split()[-1] == "mps":
            last_offset, last = self._last_speaker or (-1, None)
            if last is not None and any(f[1] is last for f in found) and here - self.layout.sentence_index(
                    max(0, last_offset)) <= 4:
                return last  # `the MPs said` after the committee has spoken
            before = [f for f in before if here - self.layout.sentence_index(f[0]) <= 2]
        if before:
            return before[-1][1]
        after = [f for f in found if f[0] > offset and self.layout.sentence_index(f[0]) - here <= 2]
        return after[0][1] if after and kind != "paper" else None

    def _described_subject(self, offset: int, singular: bool) -> Entity | None:
        """The body a report or committee opening the sentence before `offset` stands for, as `it` (or as
        `they` for a committee's members)."""
        if not self.layout.sentences:
            return None
        index = self.layout.sentence_index(offset)
        if index == 0:
            return None
        block = self.layout.sentences[index - 1]
        found = _DESCRIBED_SUBJECT.match(self.text, block.start, block.end)
        kind = description_kind(found.group(1).lower()) if found else None
        if kind != "committee" and not (kind == "report" and singular):
            return None
        return self._described(found.group(1), kind, found.start())

    def _relative_antecedent(self, offset: int) -> Entity | None:
        """The named entity right before `, who` at `offset`."""
        i = bisect.bisect_left(self._mention_starts, offset) - 1
        if i >= 0 and 0 <= offset - self.mentions[i].end <= 3:
            return self.mentions[i].entity
        while i >= 0 and offset - self.mentions[i].end <= 150:
            mention = self.mentions[i]
            if mention.entity.kind == "person" and _APPOSITIVES_THEN_WHO.fullmatch(self.text, mention.end, offset):
                return mention.entity  # `David Kahn - a historian, and an expert on codes, who …`
            i -= 1
        return None

    def mention_starting(self, low: int, high: int) -> tuple[int, int] | None:
        """The span of a registered name that starts within `low..high`."""
        i = bisect.bisect_left(self._mention_starts, low)
        if i < len(self.mentions) and self.mentions[i].start < high:
            return self.mentions[i].start, self.mentions[i].end
        return None

    def resolve(self, start: int, end: int) -> Entity | None:
        """The entity a speaker mention `text[start:end]` refers to, or None for an unnamed source."""
        entity = self._resolve(start, end)
        self._last_speaker = (start, entity)
        return entity

    def _resolve(self, start: int, end: int) -> Entity | None:
        phrase = self.text[start:end].strip()
        lowered = phrase.lower()
        signed = _SIGNATURE.search(self.text, max(0, start - 40), start)
        if signed and signed.group(1).lower() in _FIRST_NAMES and _PLACE.fullmatch(phrase):
            # `Ann in Leeds writes`, `Tom, Hull says`: a reader's signature is a first name and a town
            return self._link([], [signed.group(1)], signed.start(1), False)
        if lowered == "who":
            entity = self._relative_antecedent(start)
            if entity is not None:
                self.note_subject(start, entity)
            return entity
        complement = _HEAD_BEFORE_TO.search(phrase)
        named = self.entity_at(start, end) if complement else None
        if complement and not (named is not None and named.kind == "person" and len(named.words) > 1
                               and phrase.endswith(named.words[-1])):
            # `China's ambassador to Chile`, `an adviser to the president`: the head noun is the speaker
            head_start = self.text.index(phrase, start)
            return self.resolve(head_start, head_start + complement.end(1))
        seat = _SEAT_AFTER.search(phrase)
        if seat and role_key(phrase[:seat.start()]) in SEAT_HOLDERS | {None} and \
                phrase[:seat.start()].split()[-1].lower() in SEAT_HOLDERS:
            head_start = self.text.index(phrase, start)
            return self.resolve(head_start, head_start + seat.start())
        if _DOCUMENT.match(lowered):
            author = self._author(start)
            self._document = (start, author)  # `A new book says … It claims …`: the book goes on speaking
            return author
        written = _WRITTEN_BY.match(self.text, end) if self.text.startswith(",", end) else None
        if written is None and self.text.startswith(",", end) and _PAPERS.fullmatch(lowered):
            written = _SENT_FROM.match(self.text, end)  # `The letter, from the Home Office, says …`
        if written:
            # `Dark Towers, by Ann Lee, says …`: a work's title speaks for its author
            author = self.entity_at(written.start(1), written.end(1))
            if author is not None and (author.kind == "person" or written.re is _SENT_FROM):
                self._document = (start, author)
                return author
        described = description_kind(lowered)
        if described is not None:
            entity = self._described(phrase, described, start)
            if entity is not None:
                return entity
        if lowered in ("it", "they"):
            if lowered == "it" and self._document is not None and self._document[1] is not None and (
                    self._last_speaker is not None and self._last_speaker[0] == self._document[0]
                    and self.layout.sentence_index(start) - self.layout.sentence_index(self._document[0]) <= 2):
                self._document = (start, self._document[1])  # and on: `… It claims … , it says.`
                return self._document[1]  # `Mr Lee's statement said … It added …`
            subject = self._described_subject(start, lowered == "it")
            if subject is not None:
                return subject  # `The committee met in May. It said …`
            # `it said`, `they said`: an organisation the article has just named, else one that has just spoken;
            # not past an unnamed source that spoke since (`Some workers said … They said …`)
            named = self._recent_organisation_mention(start)
            last_offset, last = self._last_speaker or (-1, None)
            if named is not None:
                return None if last is None and named.start < last_offset < start else named.entity
            if (last is not None and last.kind == "organisation" and last_offset < start
                    and self.layout.sentence_index(start) - self.layout.sentence_index(last_offset) <= 4):
                return last
            return None
        if lowered in PRONOUNS_MALE:
            entity = self.antecedent(start, "m")
        elif lowered in PRONOUNS_FEMALE:
            entity = self.antecedent(start, "f")
        else:
            named = self.entity_at(start, end)
            if named is not None and named.kind == "person" and _spokes(lowered) and re.search(r"[’']s\s", phrase):
                return None  # `Mr Blair's official spokesman` is not Mr Blair
            if named is not None and named.kind == "person" and phrase.split()[-1].islower():
                if role_key(phrase):
                    return self._noted(start, self.resolve_role(phrase, start))  # `Scotland's first minister`
                return None  # `Skills spokeswoman`, `the Commons committee`: a name only as a modifier
            if (named is not None and role_key(phrase) and _definite(lowered)
                    and not phrase.endswith(named.words[-1])):
                named = self.resolve_role(phrase, start)  # `the Salford MP`: a role, with a place before it
            if named is not None:
                if named.kind == "organisation" and role_key(phrase) and not _spokes(lowered):
                    entity = self.resolve_role(phrase, start) or named
                else:
                    entity = named
            elif role_key(phrase) and _definite(lowered):
                entity = self.resolve_role(phrase, start)
            elif _DEFINITE_ORGANISATION.fullmatch(lowered) or _QUALIFIED_ORGANISATION.fullmatch(lowered):
                # `the alliance`, `the company`: the organisation of that kind the article last named, else the
                # organisation named most recently
                entity = (self._organisation_named(lowered.split()[-1], start)
                          or self._recent_organisation(start))
            elif _AGE_DESCRIPTION.fullmatch(lowered):
                entity = self.antecedent(start, None)  # `the 56-year-old`
            elif delayed_identification(lowered) and self.layout.paragraph_index(start) == 0:
                # `… , a senior Labour MP has said.` opening the article, the name given in the next sentences
                entity = self._named_next(start)
            else:
                entity = self._name_only(phrase)
                if entity is None:
                    return None
        if entity is not None:
            if lowered in PRONOUNS_MALE and entity.gender is None:
                entity.gender = "m"
            elif lowered in PRONOUNS_FEMALE and entity.gender is None:
                entity.gender = "f"
            self.note_subject(start, entity)
        return entity


def _blanked(text: str, spans: list[tuple[int, int, list[str]]]) -> str:
    """`text` with the institution and programme names `spans` overwritten (same length), so that no name run is
    found inside them; a run reaching past one (`… of England Ann Lee`) starts afresh after it."""
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = "\0" * (end - start)
    return "".join(chars)


def canonical(bare: list[str]) -> str:
    """The canonical form of a person's name: its words without middle initials (`Donald J. Trump` -> `Donald Trump`)."""
    if len(bare) > 2:
        bare = [bare[0]] + [w for w in bare[1:-1] if not _INITIAL.fullmatch(w)] + [bare[-1]]
    return " ".join(bare)


def _bare_name(phrase: str) -> list[str] | None:
    words = phrase.split()
    _, titles, bare = split_name(words)
    honorific = any(t.lower().rstrip(".") in HONORIFICS for t in titles)
    bare = clean_name(bare, titled=honorific)
    if not bare or not all(w[:1].isupper() for w in bare):
        return None
    if not honorific and not is_organisation(bare) and all(w.lower().rstrip(".") in _NOT_NAMES for w in bare):
        return None
    return bare


_PLURAL_NOUN = re.compile(r"[A-Z][a-z]+(?<![sui])s")
_COLLECTIVE_NOUNS = frozenset({"police", "staff", "people", "public", "management", "crowd", "audience"})


def common_noun_word(word: str) -> bool:
    """Whether a lone capitalised word reads as a common noun for a group or a role rather than a name:
    a plural (`Analysts`, `Unions`), a collective noun (`Police`) or a role title (`MP`, `Ministers`)."""
    lowered = word.lower().rstrip(".")
    if lowered in ORGANISATION_WORDS and lowered not in _COLLECTIVE_NOUNS:
        return False  # `Labour`, `Treasury`, `Democrats`: names of bodies
    if word.isupper():
        return lowered in SEAT_HOLDERS  # an acronym names a body (`UK`, `CBI`) unless it is a seat (`MP`)
    return lowered in _COLLECTIVE_NOUNS or _role_word(lowered) or bool(_PLURAL_NOUN.fullmatch(word))


def _role_word(lowered: str) -> bool:
    return lowered in TITLES or _singular(lowered) in TITLES


def _head_word(words: list[str]) -> str:
    """The noun that names an organisation's kind: `Board` in `Illinois Board of Elections`, else the last word."""
    for i, word in enumerate(words[1:], 1):
        if word in ("of", "for"):
            return words[i - 1].lower()
    return words[-1].lower()


def _spokes(phrase: str) -> bool:
    return bool(_SPOKES.search(phrase))


_PLACES = {"britain", "china", "america", "france", "germany", "russia", "india", "japan", "iran", "israel",
           "ukraine", "scotland", "wales", "england", "ireland", "europe", "canada", "australia", "mexico", "spain",
           "italy", "turkey", "syria", "iraq", "egypt", "korea", "pakistan", "london", "washington", "brussels"}


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


def _definite(phrase: str) -> bool:
    """`the chancellor`, `Scotland's first minister`, `chancellor`: a phrase that picks out one holder."""
    return (bool(re.match(r"(?:the|this|our|their|his|her|its|[\w-]+[’']s)\s", phrase))
            or phrase.split()[0] in ROLE_NOUNS)
