"""Speakers named by description rather than by a plain capitalised run, and who a pronoun can refer to.

Text-only helpers for `speakers.Registry` and `attribution`: institution names with `of`/`for`/`on`/`and`
inside (`Department for Work and Pensions`) are one name; broadcast programmes are no speakers; a report, a
committee, `MPs`, `the paper` or `X's statement` speak for the body or person behind them; a party or `Former`
before a name describes it; a lede's `a senior Labour MP` is the person named next; a subject pronoun does not
refer to names inside its own participial opener or inverted report.
"""

from __future__ import annotations

import re

from app.extraction.names import FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, HONORIFICS

# Head words of an institution whose full name goes on with `of`, `for` or `on` (`Ministry of Defence`).
_INSTITUTION_HEADS = (
    r"(?:Department|Ministry|Office|Council|Committee|Commission|Society|Institute|Institution|Association|"
    r"Federation|Confederation|Union|Foundation|Fund|Trust|Board|Agency|Authority|Bank|Court|League|College|"
    r"Academy|Centre|Center|Bureau|Organisation|Organization|Coalition|Alliance|Campaign|Movement|Chamber|"
    r"Service|Inspectorate|Tribunal|Secretariat|School|University)"
)
_CAPITAL = r"[A-Z][\w’'&-]*"
_INSTITUTION = re.compile(
    _INSTITUTION_HEADS + r"(?:\s+(?:of|for|on)\s+(?:the\s+)?" + _CAPITAL + r"(?:\s+" + _CAPITAL + r")*"
    + r"(?:\s+and\s+" + _CAPITAL + r"(?:\s+" + _CAPITAL + r")*)?)+"
)
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w’'&-]*\s+$")
_HEAD_TITLES = frozenset({"governor", "chairman", "chairwoman", "chair", "chief", "president", "director",
                          "head", "secretary", "minister", "spokesman", "spokeswoman", "king", "queen"})
_PERSON_START = frozenset(FIRST_NAMES_MALE | FIRST_NAMES_FEMALE | HONORIFICS | _HEAD_TITLES)
_NOT_INSIDE = frozenset({"The", "A", "An", "In", "At", "On", "But", "And", "As", "By", "For", "From", "To", "With",
                         "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Dame"})


def institutions(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of every institution name with `of`/`for`/`on` inside, as written in `text`."""
    found = []
    for match in _INSTITUTION.finditer(text):
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "’'-"):
            continue
        start = match.start()
        for _ in range(4):  # `Higher Education Funding Council`: capitalised words before the head
            before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
            if before is None:
                break
            start = before.start()
        words = text[start:match.end()].split()
        while words and words[0] in _NOT_INSIDE:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end()
            words.pop(0)
        if not words or words[0].lower() in ("of", "for", "on", "and", "the"):
            continue
        end = match.end()
        last = max(i for i, w in enumerate(words) if w in ("of", "for", "on"))
        for i in range(last + 2, len(words)):
            if words[i].lower().rstrip(".") in _PERSON_START:  # `Bank of England Governor Ann Lee`: a person follows
                if i - 1 > last + 1 and words[i].lower() in _HEAD_TITLES:
                    i -= 1  # `… of England Ann King`: a surname that is also a title ends the person's name
                words = words[:i]
                end = text.rindex(words[-1], start, end) + len(words[-1])
                break
        if words[-1] in _NOT_INSIDE:
            continue
        found.append((start, end, words))
    return found


def widen_to_institution(text: str, start: int, end: int) -> int:
    """The start of the institution name that a mention `text[start:end]` ends (`Pensions` in `Department for Work
    and Pensions`), else `start`."""
    window = max(0, start - 120)
    for found_start, found_end, _ in institutions(text[window:end]):
        if found_end == end - window and found_start + window < start:
            return found_start + window
    return start


# `the report`, `a new study`, `The Hefce report`: a document that speaks for the body that wrote it.
_REPORT = re.compile(r"(?:the|a|an|this|its|their|[\w-]+[’']s)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:report|study|research|findings|inquiry|review|survey|analysis)")
# `the committee`, `the cross-party committee`, `MPs` for the members of a select committee.
_COMMITTEE = re.compile(r"(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?committee|(?:the\s+)?mps")
_STATEMENT = re.compile(r"(.+?)[’']s?\s+(?:[a-z-]+\s+)?(?:statement|letter|e-mail|email|memo|blog)")
_PAPER = re.compile(r"(?:the|this)\s+(?:news)?paper")
# A committee the article names in lowercase: `the Commons work and pensions committee`.
_COMMITTEE_NAME = re.compile(
    r"(?<![\w’'-])(?:Commons|Lords|Senate|Assembly|Holyrood|Parliament|Parliamentary)[’']?\s+"
    r"(?:[a-z-]+\s+){1,4}?committee(?![\w-])")
BODY_HEADS = frozenset({"committee", "commission", "council", "group", "inquiry", "panel", "institute", "office",
                         "authority", "agency", "audit", "foundation", "trust", "society", "association", "centre",
                         "unit", "board", "federation", "union", "confederation", "organisation", "organization"})
_NEWSPAPER_HEADS = frozenset({"times", "post", "guardian", "telegraph", "mail", "herald", "journal", "independent",
                              "mirror", "express", "observer", "sun", "standard", "scotsman", "record", "gazette",
                              "tribune", "economist"})


def description_kind(lowered: str) -> str | None:
    """Which kind of description a lowercased speaker mention is: a report, a committee, a possessed statement,
    a newspaper, or None."""
    if _REPORT.fullmatch(lowered):
        return "report"
    if _COMMITTEE.fullmatch(lowered):
        return "committee"
    if _PAPER.fullmatch(lowered):
        return "paper"
    if _STATEMENT.fullmatch(lowered):
        return "statement"
    return None


def statement_owner(phrase: str) -> str | None:
    """`Mr Lee's statement` -> `Mr Lee`: the owner of a statement speaks through it."""
    found = _STATEMENT.fullmatch(phrase)
    return found.group(1) if found and found.group(1)[:1].isupper() else None


def committee_names(text: str) -> list[tuple[int, int]]:
    """Spans of committees named in lowercase after their house (`Commons health committee`)."""
    return [(m.start(), m.end()) for m in _COMMITTEE_NAME.finditer(text)]


def is_body(name: str, kind: str) -> bool:
    """Whether an organisation's name makes it a body that can speak through its report or as `the committee`."""
    heads = {w.lower() for w in name.split()}
    if kind == "committee":
        return "committee" in heads
    if kind == "paper":
        return name.split()[-1].lower() in _NEWSPAPER_HEADS
    return bool(heads & BODY_HEADS)


# `BBC One's Breakfast with Frost`, `ITV1's This Morning`, `the Today programme`: a programme, never a speaker.
_PROGRAMME = re.compile(
    r"(?:BBC|ITV|Channel|Radio|Sky|GMTV|CNN|Fox|NBC|CBS|ABC|MSNBC|PBS|NPR)(?:\s?(?:One|Two|Three|Four|News|\d))?"
    r"(?:\s+Radio\s+\w+)?([’']s?\s+" + _CAPITAL + r"(?:\s+(?:with\s+)?" + _CAPITAL + r")*)")
_CAPITALS_BEFORE_PROGRAMME = re.compile(r"(?:[A-Z][\w’'&-]*\s+){1,4}$")
# A sentence opened by a participle (`Asked about …,`, `Commenting on …,`, `During …,`): the names inside the
# opener are its objects, so the subject pronoun after the comma is someone else.
_PARTICIPIAL_OPENER = re.compile(r"[\"“‘']?(?:And\s+|But\s+)?(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned|Challenged|"
                                 r"Quizzed|Interviewed)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_COMMA_BEFORE = re.compile(r"[,\"”]\s*$")
# `Mr Lee had been "hurt", he added.`: the pronoun's own report ends the clause, the names before it are reported.
_INVERTED_CUE = re.compile(r"\w+\s+(?:has\s+|had\s+|also\s+)?(?:said|added|says|adds|argued|argues|warned|warns|"
                           r"claimed|claims|insisted|insists|told\s+\w+|suggested|suggests|believes|thinks)\s*[.,;]")


def programmes(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of every broadcast programme named in `text`."""
    found = [(m.start(1), m.end(1), m.group(1).split()) for m in _PROGRAMME.finditer(text)]
    for word in (" programme", " show"):
        i = text.find(word)
        while i >= 0:
            before = _CAPITALS_BEFORE_PROGRAMME.search(text, max(0, i - 60), i + 1)
            if before is not None:
                found.append((before.start(), i, text[before.start():i].split()))
            i = text.find(word, i + 1)
    return sorted(found)


def bound_elsewhere(text: str, sentence_start: int, offset: int) -> int:
    """Where the names that a subject pronoun at `offset` may refer to end in its own sentence: the sentence's start
    when it opens with a participial clause, the end of the sentence quoted before the pronoun's own inverted report
    (`Lee had been "hurt", he added.`), else `offset`."""
    if not _COMMA_BEFORE.search(text, sentence_start, offset):
        return offset
    if _PARTICIPIAL_OPENER.match(text, sentence_start):
        return sentence_start
    if _INVERTED_CUE.match(text, offset):
        ends = [m.end() for m in _SENTENCE_END.finditer(text, sentence_start, offset)]
        return ends[-1] if ends else sentence_start
    return offset


# Party names written before a person's name (`Lib Dem Jo Bell`, `Tory Sam Hart`) describe the person.
_PARTY_PREFIX = frozenset({"lib", "dem", "dems", "liberal", "democrat", "labour", "tory", "conservative", "green",
                           "snp", "ukip", "plaid", "cymru", "dup", "sdlp", "republican", "democratic", "gop",
                           "independent", "unionist", "nationalist"})
# `Former Cabinet minister Jo Bell`: a capitalised description of the person named after the role noun.
DESCRIBING_START = frozenset({"Former", "Ex", "Retired", "Veteran", "Then", "Outgoing", "Serving", "Senior"})
_ROLE_THEN_NAME = re.compile(r"\s+(?:[a-z-]+\s+){1,3}[A-Z]")


def party_prefix(bare: tuple[str, ...] | list[str]) -> int:
    """How many leading words of a capitalised name are a party before a person's name of two or more words."""
    cut = 0
    while cut < len(bare) and bare[cut].lower() in _PARTY_PREFIX:
        cut += 1
    return cut if cut and len(bare) - cut >= 2 else 0


def describes_next_name(text: str, words: list[str], end: int) -> bool:
    """Whether a capitalised run ending at `end` only describes the person named after a role noun."""
    return words[0] in DESCRIBING_START and _ROLE_THEN_NAME.match(text, end) is not None


# `a senior Labour MP`, `a leading EU politician`: a lede's description of a person the article names next.
_PERSON_DESCRIPTION = re.compile(
    r"an?\s+(?:[\w-]+\s+){0,3}?(?:politician|backbencher|mp|mep|msp|peer|minister|campaigner|expert|academic|"
    r"economist|professor|commissioner|diplomat|judge|businessman|businesswoman|novelist|author|scientist|"
    r"tory|labour|conservative|democrat|republican)")


def delayed_identification(lowered: str) -> bool:
    """Whether a lowercased mention describes one person by a role or trade, not an unnamed source."""
    return _PERSON_DESCRIPTION.fullmatch(lowered) is not None
