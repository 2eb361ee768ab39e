"""The shapes of attribution sentences, as regular expressions and small word lists.

Each pattern names a news-style convention the pipeline relies on: what may open a reported clause, what
may sit between a verb and its quotation, what marks narration moving on, and so on.
"""

import re

FIRST_WORD_BAD = {"to", "of", "in", "on", "for", "with", "about", "at", "by", "from", "as", "so", "and", "or",
                   "but", "is", "was", "be", "goodbye", "hello", "nothing", "something", "anything",
                   "little", "much", "more", "less", "sorry", "thanks", "thank", "farewell", "what",
                   "whether", "why", "how", "where", "so", "too", "otherwise"}
# `said much of the money was lost`, `said more than 40 people died`, `said nothing had changed`, `said more
# pupils stayed on`: quantity words that open a clause (a finite verb follows within a word or two).
QUANTITY_OPENER = re.compile(
    r"(?:much|more|less|little)\s+(?:of|than)\s|(?:nothing|something|anything|more|fewer|less|little|much)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:had|has|have|was|were|is|are|would|will|could|should|can|must|went|[a-z]{2,}ed)\b",
    re.IGNORECASE)
# How a reported clause without `that` starts, for verbs that also take plain objects (`noted the delay`).
CLAUSE_START = re.compile(r"(?:he|she|they|it|we|i|you|there)\b|[“\"‘]|''", re.IGNORECASE)
LEADING_NAME = re.compile(r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)(?=\s+[a-z])")
# A name that opens a sentence as the subject of its verb (`Romney went after …`).
NAME_THEN_VERB = re.compile(r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)(?=\s+(?:also\s+|then\s+)?(?:[a-z]+ed|went|"
                            r"made|took|gave|came|spoke|met|sent|won|lost|held|led|left|kept|told|said|wrote|is|was|"
                            r"has|had)\b)")
APPOSITIVE_NAME = re.compile(r"[\s,]*((?:[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|bin))*)\s*,")
# `The billionaire businessman began …`: a determiner, up to four modifiers and a noun before a past-tense verb.
LEADING_NOUN_PHRASE = re.compile(
    r"((?:The|A|An|This|That|Its|His|Her|Their)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+"
    r"(?:(?:also|then|later|has|had|have|was|were|is|are)\s+)?(?:[a-z]+ed|began|said|told|wrote|made|took|"
    r"spent|went|gave|came|sent|spoke|says|tells|writes|argues|insists|warns)\b"
)
DOCUMENT = re.compile(r"\b(?:statement|letter|tweet|post|release|e-?mail|memo|report|ad|video|message|note|"
                       r"filing|complaint|lawsuit|op-ed|column|editorial)s?$")
# Narration that moves on from the attribution (`she said, then turned to …`).
NARRATION = re.compile(r",\s*(?:then|and|but)\s|\s(?:then|before|while|because)\s")
# What follows a verb when the words said come next: a quotation, or a clause opening with a pronoun, a
# determiner or a name.
OPENS_CONTENT = re.compile(r"[,:]?\s*(?:[“\"‘]|''|(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|"
                            r"this|these|those|that|our|my|your|some|many|most|all|every|each|both|several|if|unless|[A-Z][a-z]+)\b|\d)")
TRAILING_PHRASE = re.compile(r"(?:after|before|during|while|when|as|of|about|in|at|on|from|with|following|"
                              r"outside|inside|to)\b")
# `told a town hall in Salem that …`: a short listener phrase of any shape before `that`.
# `told a crowd in Salem, Oregon on Monday that …`: a comma before a capital may part a place from its state
LISTENER_THEN_THAT = re.compile(r"\s+(?:[^,.;:“”\"]|,(?=\s+[A-Z])){1,80}?(?=\s+that\b)")
# `told doctors he ate …`: a short listener before a clause that opens with a pronoun subject.
LISTENER_THEN_CLAUSE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\w’'.-]+\s+){0,2}?[\w’'.-]+(?=\s+(?:he|she|they|we|I|it)\s+[a-z])")
SUBORDINATE_START = re.compile(
    r"\s*(?:In|At|On|After|Before|When|While|As|During|Despite|Since|Because|Although|Though|If|With|Without|"
    r"Addressing|Speaking|Asked|Recalling|To|For|From|Just|Earlier|Later|Then|So|But|And|Or)\b")
MAX_RUN_ON_GAP = 40
# `wrote to his followers,` / `said at a rally in Ohio:` before a quotation
LEAD_PHRASE = re.compile(
    r"\s*,?\s*(?:to|at|in|on|during|with|before|after|from|via|through)\s[^.;:“”\"]{1,60}?[,:]\s*(?=[“\"‘«]|''|$)")
# The source after `according to`: everything up to the next punctuation (`a publishing executive familiar
# with the talks`, `the F.A.A.`, `an online University of Texas/Texas Tribune poll`).
ACCORDING_SOURCE = re.compile(
    r"\s+([^\s,;:()—–\"“”]+(?:\s+[^\s,;:()—–\"“”]+){0,24}?)(?=\s*(?:[,;:()—–\"“”]|-{1,2}\s|$))")
SUBORDINATOR = re.compile(
    r"\s*(?:When|If|As|After|Before|Since|While|Although|Though|Because|Once|Until|Unless|Whether)\b")
SPACE_COMMA = re.compile(r"^[\s,]*$")
MAX_REVERSE_WORDS = 80
# A full stop that ends a sentence, not an abbreviation or an initial (`Mr.`, `M.`, `N.H.`).
SENTENCE_STOP = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])(?<!\.[A-Z])[.!?]\s")
# A reported clause may open with a short phrase before its subject (`in politics it takes time`).
PREPOSITION_OPENERS = {"in", "on", "at", "for", "with", "by", "from", "after", "before", "during", "if", "when", "since"}
CLAUSE_AFTER_PHRASE = re.compile(r"\w+(?:\s+[\w’'-]+){1,6}?,?\s+(?:he|she|it|they|we|I|there|you)\s+[a-z]"
                                 r"|\w+(?:,?\s+[\w’'-]+){1,18}?,\s+(?:he|she|it|they|we|I|there|you)\s+"
                                 r"(?!(?:said|says|added|adds|told|tells|argued|insisted|warned)\b)[a-z]")
# The predicate that resumes a clause interrupted by its attribution (`The rulings at risk, according to Ms Cole,
# are sixteen`), unlike an appositive about the source (`according to Jo Bloggs, an analyst at the bank`).
PREDICATE_START = re.compile(r"\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|"
                             r"did|remains?|[a-z]+ed)\b")
# A role before the speaker's name at the end of a reversed clause (`…, his top aide, Tad Devine, said`).
SPEAKER_APPOSITIVE = re.compile(r",\s+((?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)$")
# A head that is only an adverbial phrase (`At the heart of the trouble`, `In 2014`, `Over the long term`).
ADVERBIAL_HEAD = re.compile(r"(?:In|On|At|Over|For|After|Before|During|Since|Despite|Under|By|With|Without|Among|From|"
                            r"Within|Between|Beyond|Across|Through)\s[^,]*,$")
# Words that join a reported clause to the narration before it and are not part of what was said.
CLAUSE_OPENER = re.compile(r"(?:and|but|so|yet)\s+(?!,)|(?:however|meanwhile|moreover|indeed|instead|nevertheless|"
                           r"nonetheless|still|but|and|so|yet)\s*,\s*", re.IGNORECASE)
_ARTICLES = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your"}


def noun_before(before: str) -> bool:
    """Whether the words before a bare or plural speech verb make it a noun: an article or possessive (`his vow`,
    `a much-repeated claim`, `the widely reported claims`), or `amid`/`despite` (`amid Tory claims`)."""
    words = before.split()
    if not words or not before[-1:].isspace():
        return False
    last = words[-1]
    if last in _ARTICLES or last in ("amid", "despite"):
        return True
    if len(words) < 2:
        return False
    if words[-2] in _ARTICLES:
        return "-" in last.strip("-") or last.endswith("ed") and last.islower()
    return words[-2] in ("amid", "despite") and last[:1].isupper()
