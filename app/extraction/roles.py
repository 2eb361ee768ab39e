"""Role nouns: which office a phrase names (`the former prime minister` -> `prime minister`) and who holds it.

A person is tied to an office when the article writes the office as a title (`Prime Minister Keir Starmer`),
a lowercase role right before the name (`chancellor Rachel Reeves`), or an appositive (`Barnier, the EU's
chief negotiator`). A role noun resolves to the person tied to it; an untied office of the article's main
figure goes to the nearest fitting person, or to the main figure rather than someone named once in passing.
A mix-in for `speakers.Registry`.
"""

from __future__ import annotations

import bisect
import functools
import re

from app.extraction.names import HONORIFICS, ROLE_NOUNS, Entity

_TITLE_ROLE = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "pm": "prime minister"}
_DETERMINER = re.compile(r"^(?:the|a|an|this|that|its|his|her|their|our)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s\b")
_ROLE_BEFORE_COMMA = re.compile(r"(?:^|[,.;:\n]\s*)([^,.;:\n]{2,50}),\s*$")
_APPOSITIVE_ROLE = re.compile(r"^,\s+(?:the\s+|a\s+|an\s+)?((?:[\w’'-]+\s+){0,4}?[\w-]+)\s*(?:[,.;]|$)")
_ROLE_TO_PLACE = re.compile(r"(?<![\w’'-])([a-z][\w-]*)\s+to\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}$")
# A sentence opening with a role noun as its subject, followed by its verb (not `of`, `and`, a possessive).
_OTHERS_ROLE = re.compile(r"\b(?:of|to|for|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$")
_ROLE_SUBJECT = re.compile(r"The\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)")
_LOWER_RUN = re.compile(r"[a-z][a-z-]*")
_ROLE_SUBJECT_END = re.compile(r"\s+(?!of\b|and\b|or\b|for\b|to\b|in\b|on\b|at\b|with\b|who\b|whose\b)[a-z]")
# Offices whose untied role noun refers to the person the article is about.
_OFFICE_HEADS = {"minister", "president", "president-elect", "chancellor", "secretary", "leader", "senator",
                 "governor", "mayor", "mp", "msp", "mep", "candidate", "nominee", "congressman", "congresswoman",
                 "premier", "taoiseach", "tánaiste", "speaker", "chairman", "chairwoman", "commissioner",
                 "ambassador", "frontrunner", "front-runner", "justice", "judge", "general", "chief", "executive",
                 "founder", "co-founder", "owner", "manager", "coach", "boss", "star", "actor", "actress", "singer",
                 "author", "billionaire", "businessman", "businesswoman", "co-chairman", "chair", "co-chair"}
# Offices with many holders (one per seat): never handed to the article's main figure.
SEAT_HOLDERS = frozenset({"mp", "msp", "mep", "am", "member", "councillor", "senator", "representative",
                           "congressman", "congresswoman", "assemblyman", "assemblywoman"})
_PARTY_WORDS = frozenset({"tory", "conservative", "labour", "liberal", "democrat", "lib", "dem", "snp", "reform",
                          "green", "plaid", "democratic", "republican", "gop", "party", "opposition"})


def normalise_role(words: str) -> str:
    """A role phrase in lowercase without determiner or possessive, abbreviated titles spelt out."""
    role = _DETERMINER.sub("", words.strip().lower())
    role = _POSSESSIVE.sub("", role)
    return " ".join(_TITLE_ROLE.get(w.rstrip("."), w.rstrip(".")) for w in role.split())


@functools.lru_cache(maxsize=4096)
def role_key(phrase: str) -> str | None:
    """The known role noun a phrase ends with (`the former prime minister` -> `prime minister`), or None."""
    words = normalise_role(phrase).split()
    for size in (3, 2, 1):
        if len(words) >= size:
            tail = " ".join(words[-size:])
            if tail in ROLE_NOUNS:
                return tail
    return None


def holds(entity: Entity, key: str, strict: bool) -> bool:
    """Whether `entity` may hold the office `key`: it has no known role, or one that names the same office
    (`tory leader` and `leader`); with `strict`, roles that are no known office do not count against it."""
    roles = entity.roles if not strict else {r for r in entity.roles if r in ROLE_NOUNS}
    if not roles:
        return True
    return any(r == key or r == "co-" + key or _party_office(r, key) or _party_office(key, r) for r in roles)


def _party_office(longer: str, shorter: str) -> bool:
    """`tory leader` for `leader`: the same office with only a party named before it."""
    return longer.endswith(" " + shorter) and set(longer[:-len(shorter)].split()) <= _PARTY_WORDS


class Roles:
    """Role ties and role-noun resolution; needs the registry's text, layout, mentions and antecedent search."""

    def _tie_roles(self, start: int, end: int, titles: list[str], entity: Entity) -> None:
        roles = set()
        if titles:
            words = list(titles)
            while len(words) > 1 and words[-1].lower().rstrip(".") in HONORIFICS:
                words.pop()  # `Lord Chief Justice Lord Woolf`: the role is `Lord Chief Justice`
            title = " ".join(words)
            key = role_key(title)
            if key:
                roles.add(key)
        window = self.text[max(0, start - 40):start]
        before = window.split()[-3:]
        # Only a lowercase role noun written right before the name (`chancellor Rachel Reeves`), with no
        # punctuation or line break between.
        if before and before[-1][:1].islower() and before[-1][-1:].isalpha() and "\n" not in window[-2:]:
            key = role_key(" ".join(before))
            if key:
                roles.add(key)
        placed = _ROLE_TO_PLACE.search(window)
        if placed:
            key = role_key(placed.group(1))  # `ambassador to Chile Ana Ruiz`
            if key:
                roles.add(key)
        # `the charity's director, Ruth Olsen,`: a role phrase set off before the name.
        preceding = _ROLE_BEFORE_COMMA.search(window) if window.rstrip().endswith(",") else None
        if preceding:
            key = role_key(preceding.group(1))
            if key:
                roles.add(key)
        after = self.text[end:end + 60]
        match = _APPOSITIVE_ROLE.match(after)
        if match:
            key = role_key(match.group(1))
            if key and _OTHERS_ROLE.search(normalise_role(match.group(1))[:-len(key)]):
                key = None  # `Ms Lee, a friend of the Tory leader,`: the role is someone else's
            if key:
                roles.add(key)
                entity.roles.add(normalise_role(match.group(1)))
        for role in roles:
            entity.roles.add(role)
            self.role_ties.setdefault(role, []).append((start, entity))

    def _role_subject(self, sentence_index: int) -> tuple[int, Entity] | None:
        """`The prime minister toured the country.`: a sentence whose subject is a role noun names its holder,
        an antecedent for a pronoun in a later sentence."""
        if sentence_index in self._role_subjects:
            return self._role_subjects[sentence_index]
        if self._finding_role_subject:
            return None  # resolving one role subject does not look for others (no chains through the article)
        self._role_subjects[sentence_index] = None
        self._finding_role_subject = True
        try:
            return self._find_role_subject(sentence_index)
        finally:
            self._finding_role_subject = False

    def _find_role_subject(self, sentence_index: int) -> tuple[int, Entity] | None:
        block = self.layout.sentences[sentence_index]
        found = _ROLE_SUBJECT.match(self.text, block.start, block.end)
        if found is None or self.inside_quote(found.start()):
            return None
        words = [(m.group(), m.end()) for m in _LOWER_RUN.finditer(found.group(1))]
        for size in range(len(words), 0, -1):
            phrase = " ".join(w for w, _ in words[:size])
            key = role_key(phrase)
            if key is None or not phrase.endswith(key.split()[-1]):
                continue
            following = self.text[found.start(1) + words[size - 1][1]:block.end]
            if _ROLE_SUBJECT_END.match(following):
                entity = self.resolve_role("the " + phrase, found.start())
                if entity is not None and entity.kind == "person":
                    self._role_subjects[sentence_index] = (found.start(), entity)
            break
        return self._role_subjects[sentence_index]

    def resolve_role(self, phrase: str, offset: int) -> Entity | None:
        key = role_key(phrase)
        if key is None:
            return None
        if not self._roles_tied:
            self._roles_tied = True
            for inputs in self._tie_inputs:
                self._tie_roles(*inputs)
        # `the Wikileaks founder` after `Wikileaks co-founder Julian Assange`: one office either way
        ties = sorted(self.role_ties.get(key, []) + self.role_ties.get("co-" + key, []), key=lambda t: t[0])
        if ties:
            before = [t for t in ties if t[0] < offset]
            return (before[-1] if before else ties[0])[1]
        words = normalise_role(phrase).split()
        if len(words) > len(key.split()) + 1:
            return None  # `the Brazilian president`-like phrases with extra qualifiers are too unsure
        if key.split()[-1] not in _OFFICE_HEADS:
            if self.layout.paragraph_index(offset) == 0:
                # `…, its co-chairman has said.` opening the article, the holder named in the next sentences
                entity = self._named_next(offset)
                return entity if entity is not None and holds(entity, key, strict=False) else None
            return None  # only offices the article's main figure holds are left untied (`the Prime Minister`)
        entity = self.antecedent(offset, None)
        if entity is not None and self.layout.paragraph_index(offset) == 0 and (
                self.text[:offset].rstrip().endswith(",")
                and self._last_position(entity, offset) >= self.layout.sentence_at(offset).start):
            # `… Lord X to rejoin, its co-chairman has said.` opening the article: a person named in what was said
            # is not the one saying it; the holder is named in the next sentences
            following = self._named_next(offset)
            if following is not None and holds(following, key, strict=False):
                return following
        lead = self._lead()
        if (entity is not None and lead is not None and entity is not lead and key not in SEAT_HOLDERS
                and self._named_once(entity, offset)
                and not self._inside_paragraph(entity, offset) and holds(lead, key, strict=False)):
            # `Tony Blair lied … repaid a loan to Lord Ashcroft.` / `The prime minister toured …`: an office left
            # untied belongs to the article's main figure rather than to someone named once in passing
            entity = lead
        if entity is None:
            # `The information commissioner says …` opening a report, the name following in the next sentence
            entity = self._named_next(offset)
            if entity is not None and not holds(entity, key, strict=False):
                return None
            return entity
        if key in ("mp", "msp", "mep"):
            return entity  # ministers and party figures are members of parliament too
        if not holds(entity, key, strict=True):
            return None
        return entity

    def _lead(self) -> Entity | None:
        """The article's main figure: the first person it names outside quotations, if named at least twice."""
        for mention in self.mentions:
            if mention.entity.kind == "person" and not self.inside_quote(mention.start):
                lead = mention.entity
                return lead if len(self._starts_of.get(id(lead), ())) >= 2 else None
        return None

    def _named_once(self, entity: Entity, offset: int) -> bool:
        return len(self._starts_of.get(id(entity), ())) <= 1 or sum(
            1 for start in self._starts_of[id(entity)] if start < offset) <= 1

    def _inside_paragraph(self, entity: Entity, offset: int) -> bool:
        """Whether `entity` is named earlier in the paragraph holding `offset`."""
        paragraph = self.layout.paragraph_at(offset)
        return any(paragraph.start <= start < offset for start in self._starts_of.get(id(entity), ()))

    def _named_next(self, offset: int) -> Entity | None:
        """The first person named, outside quotes, in the two sentences after the one holding `offset`."""
        if not self.layout.sentences:
            return None
        current = self.layout.sentence_index(offset)
        if current + 1 >= len(self.layout.sentences):
            return None
        limit = self.layout.sentences[min(len(self.layout.sentences) - 1, current + 2)].end
        i = bisect.bisect_left(self._mention_starts, self.layout.sentences[current + 1].start)
        while i < len(self.mentions) and self.mentions[i].start < limit:
            mention = self.mentions[i]
            if mention.entity.kind == "person" and not self.inside_quote(mention.start) and (
                    len(mention.entity.words) > 1 or mention.honorific):
                return mention.entity
            i += 1
        return None
