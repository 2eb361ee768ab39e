"""Speaker mentions around a speech cue: the subject before it (`Sir Keir said`) or after it (`said Sir Keir`).

A mention is a short noun phrase: a name with its honorific or title, a pronoun, a role noun (`the Prime
Minister`), an organisation or an unnamed source (`a senior source`). Parentheticals between subject and
verb are skipped (`The Prime Minister, speaking after ..., said`; `Michel Barnier, the EU's chief
negotiator, said`), as are relative pronouns (`Smith, who said`).
"""

from __future__ import annotations

import re

from app.extraction.descriptions import widen_to_institution
from app.extraction.names import STOPWORDS, TITLES, is_organisation

# Words that cannot be part of a subject noun phrase: they end the backwards walk from the cue.
_BREAK_WORDS = set(
    """and or but nor so yet if when while as because although though since until unless that which who whom
    whose where why how what whether than then also to of in on at by for with from into onto about after
    before over under between through during without within against among amid despite is was were are be
    been being has have had do does did will would can could should may might must not never just
    even still only ever again already there here it this these those such said says told say tell
    asked added caption copyright device""".split()
)
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "another",
                "one", "some", "several", "many", "two", "three", "four", "both", "other"}
_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
_WHOLE_NAME = re.compile(
    r"\s*((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Sir|Dame|(?P<peer>Lord|Lady|Baroness))\.?\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|bin|al))*(?(peer)(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?))\s*"
)
# `the Most Reverend Ann Lee`, `the Right Honourable Jo Bell`: a styled name set in apposition to an office
_STYLED_NAME = re.compile(r"\s*the\s+(?:Most|Right|Very)\s+(?:Rev(?:erend|\.)?|Hon(?:ourable|\.)?)\s+"
                          r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2})\s*")
_COMPLEMENT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:spokes(?:man|woman|person)|ambassador|envoy|adviser|advisor|aide)\s+(?:for|to)\s+$",
    re.IGNORECASE)
_ORGANISATION_HEAD = re.compile(
    r"(?<![\w’'-])(?:Bank|Church|Department|Ministry|University|Office|Court|Council|Institute|College|Academy|"
    r"Museum|Board|Chamber|Federation|Confederation|Association|Society|Union|League|Bureau|Commission|Agency|"
    r"House)$")
_PEER = re.compile(r"(?<![\w’'-])(?:Lord|Lady|Baroness)\s+[A-Z][\w’'-]*$")
_ROLE_HEAD = re.compile(
    r"\b(?:spokes(?:man|woman|person)|director|head|chief|members?|president|secretary|chair(?:man|woman)?|leader|"
    r"professor|minister|officials?|founder|editor|executive|adviser|advisor|aide|lawyer|attorney|spokespeople|"
    r"representatives?|analysts?|economists?|fellow|manager|governor|mayor|senator|ambassador|envoy)$",
    re.IGNORECASE,
)
# Single words that end up before a verb but never speak (`In somber comments, Trump …`).
_NOT_A_SPEAKER = re.compile(
    r"[a-z]+(?:ing|ly)|both|more|any|all|each|most|much|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[a-z]+ed|"
    r"[a-z]*time|earlier|later|then|now|here|there"
)
_STOP_STARTS = {"in", "on", "at", "after", "before", "when", "while", "as", "but", "and", "so", "then", "yet",
                "meanwhile", "however", "speaking", "asked", "from", "during", "for", "with", "since", "last", "this",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later"}
# Sentence openers and dates that `_WHOLE_NAME` would take for a one-word name.
_OPENERS = set(
    """still instead however moreover meanwhile now then yet thus also furthermore nevertheless nonetheless indeed
    besides beyond alongside despite although though because if unless whether once even only just again first
    finally eventually ultimately later earlier last next this that these those there here today yesterday amid
    tomorrow tonight similarly additionally separately likewise notably importantly interestingly initially
    previously recently currently specifically originally apparently clearly obviously certainly personally
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_AUXILIARIES = {"have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does",
                "did", "not", "never", "also", "still", "just", "already", "long"}
_GERUND_STEMS = {"hav", "be", "walk", "speak", "respond", "answer", "writ", "talk", "ask", "tak", "mak", "go", "com",
                 "look", "turn", "reply", "comment", "address", "appear", "explain", "mov", "lead", "call"}
_LY_NOUNS = {"ally", "family", "assembly", "rally", "daily", "weekly", "monthly", "supply", "italy", "july"}
_TRAILING_TIME = re.compile(
    r"\s(?:(?:last|this|next|on|earlier|later|(?:this\s+)?past)\s+)?(?:year|week|month|night|yesterday|today|tonight|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening)$"
)
# The last words `_TRAILING_TIME` can match: a quick test before the scan.
_TIME_ENDINGS = ("year", "week", "month", "night", "day", "morning", "afternoon", "evening")
_ALNUM = re.compile(r"[^\W_]")  # a character for which str.isalnum() holds
_CONNECTOR_BEFORE = re.compile(r"(?<![\w’'-])(?:of|for|on|and|the)\s+$")
_TRAILING_SETTING = re.compile(
    r"\s(?:at|in|on|during)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:time|past|statement|"
    r"interview|post|tweet|letter|speech|email|e-mail|op-ed|column|video|message|appearance|debate|rally|briefing|"
    r"release|conference)$")
_WORD = re.compile(r"[\w’'.&-]+")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\"“”—–]")
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|yet|meanwhile|however|instead|still|now|then|later|earlier|separately|also|"
    r"in\s+(?:a|an|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?|on\s+\w+day|last\s+\w+|this\s+\w+|"
    r"yesterday|today)\s*,?\s+)+",
    re.IGNORECASE,
)
# A token after an inverted cue: an abbreviated title or initial with its dot, or a word (`F.A.A`, `O’Neill`).
_TITLE_DOT = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|St|Jr)\."
_TOKEN = r"(?:" + _TITLE_DOT + r"|[A-Z]\.(?![\w’'&-])|(?!" + _TITLE_DOT + r"|[A-Z]\.\s)[\w’'&-]+(?:\.[\w’'&-]+)*)"
_NAME_AFTER = re.compile(
    r"\s*,?\s*((?:(?:the|a|an)\s+)?(?:" + _TOKEN + r"\s+){0,5}?" + _TOKEN + r")(?=\s*(?:[,.;:!?—–()]|$|\s+(?:on|"
    r"in|at|during|after|before|last|this|yesterday|today|earlier|later|when|while|as|who|according|from|to|of)\b))",
)


def _not_a_name(word: str) -> bool:
    """A capitalised word that opens a sentence but names nobody: `Still`, `Moreover`, `March`, `Having`."""
    lower = word.lower()
    return (lower in _STOP_STARTS or lower in _OPENERS
            or (lower.endswith("ing") and word[:1].isupper() and lower[:-3] in _GERUND_STEMS))


def _np_words(chunk: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(chunk)]


def trailing_noun_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at `end` (just before a verb), searching no further back than `start`."""
    chunk = text[start:end]
    stripped = chunk.rstrip()
    time = _TRAILING_TIME.search(stripped) if stripped.endswith(_TIME_ENDINGS) else None
    if time:
        stripped = stripped[:time.start()].rstrip()  # `the EOC last year said`
    setting = _TRAILING_SETTING.search(stripped, max(0, len(stripped) - 80))
    if setting:
        stripped = stripped[:setting.start()].rstrip()  # `Ann Lee in a blog post said`, `Ann Lee at the time said`
    if stripped.endswith(")"):
        opening = stripped.rfind("(")
        if 0 < opening and len(stripped) - opening <= 30:
            stripped = stripped[:opening].rstrip()  # `Rep. Jane Doe (D-Ore.) said`
    if not stripped or stripped[-1] in ",;:(\"“”'‘’—–-":
        return None
    chosen: list[tuple[int, int]] = []
    # The words from the last backwards, found lazily in the reversed text (a word is a run of one character class).
    length = len(stripped)
    for match in _WORD.finditer(stripped[::-1]):
        a, b = length - match.end(), length - match.start()
        if chosen and _CLAUSE_PUNCTUATION.search(stripped, b, chosen[0][0]):
            break
        word = stripped[a:b]
        lower = word.lower()
        if not _ALNUM.search(word):
            break  # a dash or other punctuation standing alone
        if lower == "who" and not chosen and not stripped[:a].rstrip().endswith(","):
            chosen.insert(0, (a, b))  # `Republicans who say …`: the relative pronoun stands for its noun
            break
        if lower in _PRONOUNS:
            if not chosen:
                chosen.insert(0, (a, b))
            break
        if lower in ("for", "of", "at", "to") and chosen and _ROLE_HEAD.search(stripped[:a].rstrip()):
            chosen.insert(0, (a, b))  # `a spokesman for the council`, `the head of the agency`, `envoy to Chile`
            continue
        if lower in ("of", "for") and chosen and stripped[chosen[0][0]:chosen[0][1]][:1].isupper() and (
                _ORGANISATION_HEAD.search(stripped[:a].rstrip())):
            chosen.insert(0, (a, b))  # `the Bank of England`, `the Department for Education`
            continue
        if lower == "of" and chosen and _PEER.search(stripped[:a].rstrip()):
            chosen.insert(0, (a, b))  # `Lord Brook of Ashby`: a peer's title names a place
            continue
        if not chosen and word.islower() and (lower in _AUXILIARIES or lower.endswith(("n’t", "n't"))):
            continue  # `Both groups have long complained`, `he didn’t mention`: between the subject and the verb
        if lower in _BREAK_WORDS and not _inside_name(stripped, a, word):
            break
        if not chosen and (lower.endswith("ly") or lower in ("always", "often", "later", "since", "twice", "once")) \
                and word.islower() \
                and lower not in _LY_NOUNS:
            continue  # `Sanders gently urged`: an adverb before the verb
        chosen.insert(0, (a, b))
        if lower in _DETERMINERS and not _COMPLEMENT_BEFORE.search(stripped, max(0, a - 40), a):
            break  # but `an aide to the minister`: the determiner opens the complement of a role noun
        if len(chosen) >= 8:
            return None
    if not chosen:
        return None
    # A phrase of only lowercase words with no determiner (`critics`, `officials`) is allowed; a lone
    # lowercase adverb or adjective is not worth much but is harmless as a mention.
    a, b = chosen[0][0], chosen[-1][1]
    phrase = stripped[a:b]
    if phrase.lower() in _DETERMINERS - {"several", "many", "some", "both", "two", "three", "four", "one", "another"}:
        return None
    return start + a, start + b


def _inside_name(text: str, start: int, word: str) -> bool:
    """`Theresa May`, `Will Young`: a capitalised function word right after another capitalised word."""
    if not word[:1].isupper():
        return False
    before = text[:start].rstrip().rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def trim_mention(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """`saw Mr Blair`, `women Sandra Gidley`: lowercase words with no determiner before a name are dropped."""
    if span is None:
        return None
    if text[span[0]:span[0] + 1].isupper() and _CONNECTOR_BEFORE.search(text, max(0, span[0] - 5), span[0]):
        widened = widen_to_institution(text, span[0], span[1])
        if widened != span[0]:
            return widened, span[1]  # `Pensions` ends `the Department for Work and Pensions`
    words = _np_words(text[span[0]:span[1]])
    if len(words) < 2:
        return span
    first = text[span[0] + words[0][0]:span[0] + words[0][1]]
    if not first.islower() or first in _DETERMINERS:
        return span
    for k, (a, b) in enumerate(words):
        word = text[span[0] + a:span[0] + b]
        if word[:1].isupper():
            return span[0] + a, span[1]
        if _ROLE_HEAD.search(word):
            return span
    return span


def subject_before(text: str, clause_start: int, cue_start: int) -> tuple[int, int] | None:
    """The speaker mention for a cue at `cue_start`, looking back to `clause_start`."""
    before = text[clause_start:cue_start]
    stripped = before.rstrip()
    if not stripped:
        return None
    if stripped.endswith(","):
        # `X, <parenthetical>, said`: find the parenthetical's opening comma.
        inner = stripped[:-1]
        opening = inner.rfind(",")
        if opening < 0:
            return None
        position = len(inner)
        segments = []
        while True:
            comma = inner.rfind(",", 0, position)
            segments.append((comma + 1, position))
            if comma < 0 or len(segments) > 4:
                break
            position = comma
        if _PARTICIPLE.match(text, cue_start):
            # `At a rally in Salem, Ohio, Trump attacked Bush, calling him …`: the participle shares the subject of
            # the sentence's clause, not a name in the phrases that open the sentence or follow the verb
            last = segments[0][0]
            tried = [last]
            if _DETERMINED.match(inner, last) and len(segments) > 1:
                tried.append(segments[-1][0])  # `Ann Lee praised Tom Hale, the mayor, saying`: the clause is first
            for seg_start in tried:
                clause = _SUBJECT_AND_VERB.match(inner, seg_start)
                first = clause.group(1).split()[0].lower() if clause else ""
                if clause and first not in ("the", "a", "an") and not first.endswith(("ed", "ing", "ly")) and (
                        not _not_a_name(first)):
                    return clause_start + clause.start(1), clause_start + clause.end(1)
        # `Jo Bloggs, 58, who lives in Hull, said`: the speaker is the name that begins the appositives.
        first_start, first_end = segments[-1]
        document = _DOCUMENT_SUBJECT.search(inner, first_start, first_end)
        if document:
            return clause_start + document.start(), clause_start + document.end()  # `The book, <its title>, says`
        # The leftmost name of the chain: `David Redvers, 34, from Hartpury, Gloucestershire, said` is David.
        for seg_start, seg_end in reversed(segments):
            segment = inner[seg_start:seg_end]
            name = _WHOLE_NAME.fullmatch(segment) or _STYLED_NAME.fullmatch(segment)
            if name and not _not_a_name(name.group(1).split()[0]):
                return clause_start + seg_start + name.start(1), clause_start + seg_start + name.end(1)
        parenthetical = inner[opening + 1:].strip().lower()
        span = trailing_noun_phrase(text, clause_start, clause_start + opening)
        if span is None and re.match(r"(?:the|a|an)\s", parenthetical) is None:
            return None
        return span
    dash = re.search(r"\s(?:—|–|--|-)\s*$", stripped) if stripped.endswith(("—", "–", "--", " -")) else None
    if dash:
        # `X — <parenthetical> — said`, also with spaced hyphens for dashes (`X - who runs it - said`)
        opening = max(stripped.rfind("—", 0, dash.start()), stripped.rfind("–", 0, dash.start()),
                      stripped.rfind("--", 0, dash.start()), stripped.rfind(" - ", 0, dash.start()))
        if opening <= 0:
            return None
        return trailing_noun_phrase(text, clause_start, clause_start + opening)
    who = re.search(r",\s*(who)\s*$", stripped, re.IGNORECASE) if stripped[-3:].lower() == "who" else None
    if who:
        # `Chris Cole, who said …`: the mention is the relative pronoun, which stands for the name before it
        if trailing_noun_phrase(text, clause_start, clause_start + who.start()) is None:
            return None
        return clause_start + who.start(1), clause_start + who.end(1)
    junk = _LEADING_JUNK.match(before)
    offset = clause_start + (junk.end() if junk else 0)
    span = trailing_noun_phrase(text, offset, cue_start)
    if span is not None and (_NOT_A_SPEAKER.fullmatch(text[span[0]:span[1]])
                             or " " not in text[span[0]:span[1]] and _not_a_name(text[span[0]:span[1]])):
        return None
    if span is not None:
        low = max(offset, span[0] - 60)
        relative = _OPEN_RELATIVE.search(text, low, span[0]) if text.find("who", low, span[0]) >= 0 else None
        head = trailing_noun_phrase(text, offset, relative.start()) if relative else None
        if head is not None and text[head[0]].isupper() and not _not_a_name(text[head[0]:head[1]].split()[0]):
            return head  # `Ms Hale, who chairs the Arts Council tells …`: the relative clause's comma is missing
    if span is not None and _PARTICIPLE.match(text, cue_start):
        subject = _participle_subject(text, offset, span)
        if subject is not None:
            return subject
    if span is not None:
        member = _MEMBER_OF.search(text, max(offset, span[0] - 60), span[0])
        words = member.group(1).split() if member else []
        if member and not is_organisation(words) and words[0].lower() not in STOPWORDS and (
                words[-1].lower() not in TITLES):
            return member.span(1)  # `Jo Bell of the Refugee Council said`: the person, not the organisation
        # `the Tory MP for Sleaford and North Hykeham said`: the member, not the constituency, speaks
        seat = _SEAT_BEFORE.search(text, max(offset, span[0] - 80), span[0])
        if seat:
            return seat.start(), span[1]
    return span


_PARTICIPLE = re.compile(r"[a-z]+ing\b")
_NOT_IN_VERB_PHRASE = frozenset({"with", "without", "of", "and", "or", "but", "as", "after", "before", "when", "while",
                                 "because", "if", "by", "than", "that", "who", "which", "where"})
_OPEN_RELATIVE = re.compile(r",\s*who\s+(?:[a-z]+\s+){1,3}$")
_POSSESSIVE_END = re.compile(r"[’']s?$")


def _participle_subject(text: str, offset: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Ann Lee left the party saying …`, `Jo Hale contacted the show saying …`: the noun phrase before a
    participle is the object of the clause's verb, and the clause's subject speaks (not after `with`)."""
    clause = _SUBJECT_AND_VERB.match(text, offset, span[0])
    if clause is None or clause.end(1) >= span[0]:
        return None
    between = text[clause.end(1):span[0]].split()
    if not 1 <= len(between) <= 4 or not all(w.islower() and w.replace("-", "").isalpha() for w in between) or (
            _NOT_IN_VERB_PHRASE.intersection(between)):
        return None  # `with voters saying`, `a clip of X saying`, `tweeted after a man claiming`
    subject = clause.group(1)
    first = subject.split()[0].lower()
    if first in _DETERMINERS or first in ("it", "there") or first.endswith(("ed", "ing", "ly")) or (
            _not_a_name(first) or _POSSESSIVE_END.search(subject)):
        return None
    return clause.span(1)
_DETERMINED = re.compile(r"\s*(?:the|a|an)\s", re.IGNORECASE)
_SUBJECT_AND_VERB = re.compile(
    r"\s*((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Sir|Dame|Lord|Lady|Baroness)\.?\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*)*(?:\s+of\s+[A-Z][\w’'.-]*)?|he|she|they|we)"
    r"(?:\s+(?:on|last|this|earlier|later)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"\s+(?!(?:of|for|at|in|from|to|on|and|or|with|who|which|that|the|a|an)\b)[a-z]")
_DOCUMENT_SUBJECT = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:new\s+|latest\s+)?"
    r"(?:book|memoir|memoirs|biography|autobiography)\s*$")
_SEAT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}?(?:MP|MSP|MEP|AM|member|councillor|senator|representative)"
    r"\s+for\s+(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?)*$"
)


_MEMBER_OF = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:of|from)\s+$")
_APPOSITIVE_NAME = re.compile(
    r",\s+((?:(?:Sir|Dame|Lord|Lady|Baroness|Dr|Professor|Prof|Mr|Mrs|Ms)\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    r"(?=\s*[,.;]|\s*$)")


def subject_after(text: str, cue_end: int, limit: int) -> tuple[int, int] | None:
    """The speaker named right after an inverted cue (`said Sir Keir`, `according to the report`)."""
    match = _NAME_AFTER.match(text, cue_end, limit)
    if not match:
        return None
    a, b = match.span(1)
    phrase = text[a:b]
    first = phrase.split()[0].lower()
    if first in _BREAK_WORDS - {"the"} or first in ("that", "it"):
        return None
    if len(phrase.split()) > 6 or any(w.lower() in _VERBISH for w in phrase.split()):
        return None
    named = _APPOSITIVE_NAME.match(text, b, limit)
    if named and first in ("its", "the", "his", "her", "their") and phrase.split()[-1].islower():
        return named.span(1)  # `said its chief executive, Sir Jo Bell`: the name in apposition is the mention
    return a, b


_VERBISH = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
            "might", "must", "do", "does", "did", "be", "been", "not"}
