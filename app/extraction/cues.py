"""Speech cues: the verbs and markers that report speech, and the reach of the clause they report.

`said`, `told`, `insisted`, `according to`, a colon before a quotation, ... Each verb is listed once by its
base form; the inflected forms are generated. The reported clause runs from after the cue (and a leading
`that`) to the end of what was said: the end of the sentence, or an earlier boundary such as `, amid`.
"""

from __future__ import annotations

import re

# Verbs that report speech, by base form. Irregular forms are given after a colon.
_VERBS = """
say:says,said,saying tell:tells,told,telling write:writes,wrote,written,writing
add insist warn argue claim tweet announce state:stated,stating declare explain note reply respond acknowledge admit
suggest promise urge predict vow pledge reiterate stress recall concede conclude joke quip boast complain
assert contend confirm deny:denies,denied,denying mention remark comment testify:testifies,testified,testifying
emphasise emphasize maintain reveal counter retort allege charge lament caution proclaim
assure remind inform continue ask:asks,asked,asking accuse describe recount call
clarify:clarifies,clarified,clarifying hint confess dismiss brand liken label:labels,labelled,labeled,labelling,labeling
""".split()

_IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote"}


def _inflect(base: str) -> list[str]:
    if base.endswith("e"):
        stem = base[:-1]
        return [base, base + "s", stem + "ed", stem + "ing"]
    if base.endswith("y") and base[-2] not in "aeiou":
        stem = base[:-1]
        return [base, stem + "ies", stem + "ied", base + "ing"]
    doubled = base + base[-1] if base in ("admit", "quip", "regret", "commit", "omit") else base
    third = base + "es" if base.endswith(("s", "sh", "ch", "x")) else base + "s"  # `stresses`, `confesses`
    return [base, third, doubled + "ed", doubled + "ing"]


def _forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for entry in _VERBS:
        base, _, irregular = entry.partition(":")
        words = [base] + irregular.split(",") if irregular else _inflect(base)
        for word in words:
            forms[word] = base
    return forms


# Phrasal cues, each form given in full.
_PHRASAL = {
    "point out": "points out,pointed out,pointing out",
    "make clear": "makes clear,made clear,making clear,makes it clear,made it clear,making it clear",
}

VERB_FORMS = _forms() | {form: base for base, forms in _PHRASAL.items() for form in [base] + forms.split(",")}
"""Every inflected speech verb -> its base form."""

# Verbs that take the listener as an object before the clause (`told reporters that`).
LISTENER_VERBS = frozenset({"tell", "warn", "assure", "remind", "inform", "promise", "urge", "ask"})
# Verbs whose content is their object, recognised only with a telltale word: `accused X of …`,
# `called X “…”`, `described X as …`.
OBJECT_VERBS = {"accuse": re.compile(r"\sof\s"), "call": re.compile(r"[“\"‘]|''")}
# `called him a liar`, `calling Trump a fascist`: a name for someone, said of them.
CALL_OBJECT = re.compile(r"(?:(?:him|her|them|it|himself|herself|themselves)\s+|(?:[A-Z][\w’'.-]*\s+){1,3})(?:a|an|the)\s"
                         r"|the\s+[\w’'-]+\s+(?:a|an)\s")
# Verbs of judgement: only the quoted words they pin on something are said (`dismissed the plan as “desperate”`).
JUDGEMENT_VERBS = frozenset({"dismiss", "brand", "liken", "label"})
# What a judgement verb or `described`/`calls` puts on its object: `as` or `to`, then a quotation.
JUDGEMENT_QUOTE = re.compile(r"(?:\s+[^.,;:!?“”\"]{1,60}?)?\s+(?:as|to)\s+(?=[“\"])")
BARE_JUDGEMENT_QUOTE = re.compile(r"\s+(?:as\s+)?(?=[“\"])")
# Verbs that report an account (`explained how …`, `recalled why …`), unlike questions (`asked how …`).
ACCOUNT_VERBS = frozenset({"explain", "note", "recall", "recount", "describe", "reveal", "write", "tell"})
# Verbs that never come after what was said (`…, she called.` is a telephone call).
NOT_REVERSIBLE = frozenset({"call", "describe", "dismiss", "brand", "liken", "label", "accuse", "urge", "ask", "promise", "vow", "pledge", "threaten",
                            "mention", "reveal", "remind", "inform", "assure", "charge", "comment", "deny"})
# A speech verb in the passive: its subject is who was spoken to or about.
PASSIVE = re.compile(r"(?:.*\s)?(?:was|were|is|are|been|being)\s+(?:\w+\s+)?(?:[a-z]+ed|told|said|written|"
                     r"made\s+(?:it\s+)?clear|pointed\s+out)$")
# Verbs of commitment whose content may be an infinitive (`vowed to fight on`).
INFINITIVE_VERBS = frozenset({"promise", "vow", "pledge", "threaten", "urge", "warn", "tell", "ask", "claim"})
# Verbs whose bare noun-phrase object is not reported speech (`announced a plan` is speech; `noted` alone is
# not): they need `that` or a clause-looking start.
CLAUSE_ONLY_VERBS = frozenset({"add", "hint", "confess", "state", "maintain", "continue", "charge", "ask",
                               "comment", "remark", "clarify", "testify", "counter", "joke", "point out",
                               "make clear"})

_FORM_PATTERN = "|".join(sorted((re.escape(f) for f in VERB_FORMS), key=len, reverse=True))
# Auxiliaries and adverbs that may sit between a speaker and the verb, kept inside the cue span.
_AUX_WORDS = """has have had was were is are would will also later then again previously repeatedly once reportedly
recently publicly privately earlier further simply just even often already flatly quickly bluntly angrily firmly
frankly openly subsequently separately similarly consistently twice always strongly vehemently categorically
emphatically explicitly personally formally officially initially originally now still since""".split()
_AUX = r"(?:(?:" + "|".join(_AUX_WORDS + [r"had\s+previously", r"has\s+long", r"has\s+repeatedly", "first"]) + r")\s+)*"
# The words that can end the auxiliaries: a verb after any other word has none.
_AUX_LAST = frozenset(_AUX_WORDS) | {"long", "first"}
# Case-sensitive on purpose: `States` in `United States` is not a verb.
CUE_VERB = re.compile(r"(?<![\w’'-])" + _AUX + r"(?P<verb>" + _FORM_PATTERN + r")(?![\w’'-])")


def _trie(words) -> str:
    """A regex alternation of `words` as a prefix tree, which the regex engine scans much faster."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(tree)


VERB_SCAN = re.compile(r"(?<![\w’'-])(?:" + _trie(VERB_FORMS) + r")(?![\w’'-])")
"""Every speech verb form, without the auxiliaries before it."""
_AUX_TAIL = re.compile(_AUX + r"$")


def cue_at(text: str, verb: re.Match, start: int) -> re.Match | None:
    """The `CUE_VERB` match for a `VERB_SCAN` match, with any auxiliaries before it back to `start`."""
    cue_start = verb.start()
    j = cue_start
    while j > start and text[j - 1].isspace():
        j -= 1
    k = j
    while k > start and text[k - 1].isalpha():
        k -= 1
    if j < cue_start and text[k:j] in _AUX_LAST:
        aux = _AUX_TAIL.search(text, max(start, cue_start - 60), cue_start)
        if aux and aux.start() < cue_start:
            # The auxiliaries must begin a word.
            begin = aux.start()
            while begin < cue_start and begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "’'-"):
                begin = text.find(" ", begin, cue_start) + 1 or cue_start
            cue_start = begin
    return CUE_VERB.match(text, cue_start, verb.end())


# `issued a statement`, `posted a message`: phrases that introduce what a statement said.
# The patterns scanned over whole articles start with a letter and check the character before it after it
# (`[iprs](?<![\w’'-].)`), so that the regex engine can skip ahead to the letters they start with.
STATEMENT_CUE = re.compile(
    r"(?P<verb>[iprs](?<![\w’'-].)(?:(?<=i)ssued|(?<=r)eleased|(?<=p)ut\s+out|(?<=p)osted|(?<=s)ent|(?<=p)ublished))"
    r"\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|tweet|message|memo|letter|note)(?![\w’'-])"
)
# `Said Jane Doe:` / `Added Smith,` at the start of a sentence, before a quotation.
INITIAL_INVERTED = re.compile(
    r"(?P<verb>Said|Says|Added|Adds|Stated|Continued|Wrote|Writes|Explained|Declared|Tweeted|Noted)\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*"
    r"(?:,[^,:“”\"]{0,80})?[:,]\s*"
)
# Court reporting: `…, the court was told.`, `The jury heard that …`: evidence given to a hearing, by no one named.
HEARING = re.compile(
    r"[TtAa](?<![\w’'-].)(?:(?<=[Tt])he|(?<=[Aa])n?)\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:[Cc]ourt|hearing|[Jj]ury|[Ii]nquiry|[Ii]nquest|[Tt]ribunal|trial)"
    r"\s+(?P<verb>(?:was|were|has\s+been|had\s+been)\s+told|(?:has\s+|had\s+)?heard)(?![\w’'-])"
)
MAY_HEAR = re.compile(r"[hwb](?<!\w.)(?:(?<=h)eard|(?<=w)(?:as|ere)\s+told|(?<=b)een\s+told)\b")
ACCORDING_TO = re.compile(r"[Aa](?<!\w.)(?i:ccording\s+to)(?!\w)")

# Adverbials that may follow a cue before the reported clause or the end of the sentence.
ADVERBIAL = re.compile(
    r"\s*,?\s*(?:(?:(?:on|last|this|next|early|late|earlier|later)\s+)?(?:[MTWFS]\w+day|week|month|year|night|"
    r"morning|afternoon|evening|weekend)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:yesterday|today|tonight|recently|earlier|later|previously|again|also|publicly|privately|repeatedly|"
    r"then|once|bluntly|flatly|simply|too|as\s+well|in\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|interview|speech|letter|post|tweet|email|e-mail|message|video|report|op-ed|column|"
    r"release|briefing|conference|call|address|appearance|memo|filing|remarks|hearing|debate|broadcast|forum|"
    r"podcast|programme|program|show|rally)"
    r"(?:\s+(?:message|statement|interview|address|post|conference|call|release))?"
    # `in a statement provided to the paper`, `in an interview published on Sunday`
    r"(?:,?\s+(?:provided|released|issued|posted|sent|published|given|obtained|shared|broadcast|aired)"
    r"\s+(?:to|by|on|in|at|late|early|last|this)\s+(?:the\s+)?[\w’'.&-]+(?:\s+[A-Z][\w’'.&-]*){0,3})?"
    r"(?:\s+(?:on|with|to|at|for)\s+(?:(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}"
    r"|(?:the|a|an|his|her|its|their)\s+[a-z][\w’'-]*))?"
    r"|on\s+(?:Twitter|Facebook|Instagram|X|television|TV|radio|CNN|Fox(?:\s+News)?|MSNBC|NBC|CBS|ABC|BBC"
    r"(?:\s+[A-Z][\w]*){0,3})(?:[’']s\s+[“\"‘]?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}[.,]?[”\"’]?)?|at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:rally|event|conference|meeting|"
    r"summit|hearing|briefing|news\s+conference|press\s+conference|town\s+hall|forum|debate|campaign\s+stop)"
    r"(?:\s+in\s+[A-Z][\w]*(?:\s+[A-Z][\w]*)?)?|"
    r"in\s+[A-Z][\w]+(?:\s+[A-Z][\w]+)?(?:,\s+[A-Z][\w.]+)?|"
    # `at The Federalist`, `to Sanders’ Senate office`, `on ABC's This Week`: a place or outlet by name
    r"(?:at|to|on|in)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}(?:[’']s?\s+(?:[A-Z][\w’'.&-]*\s*){1,3}"
    r"|[’']s?\s+[a-z]+(?:\s+[a-z]+)?|(?:\s+[a-z]+){1,2})?(?=\s+that\b)"
    # `argued for the second time on Friday that …`, `said at a lunch in Leeds that …`: a short adjunct with a noun
    # phrase of its own (not `in law`, `in effect`) before a `that` clause which opens with its subject
    # (`warned of a crisis that could come` is a relative clause)
    r"|(?:for|during|in|on|at|over|with|from|of|through|via)\s+"
    r"(?=(?:the|a|an|his|her|its|their|our|this|last|[A-Z‘’'\d])\b|[A-Z‘’'\d])[\w‘’'.&%-]+"
    r"(?:,?\s+(?!that\b)[\w‘’'.&%-]+){0,8}"
    r"(?=\s+that\s+(?!(?:is|are|was|were|will|would|can|could|may|might|must|should|has|have|had|does|did|do"
    r"|still|also|now|just|never|already|only|then)\b|[a-z]+(?:ed|s)\b|[a-z]+n[’']t\b)[\w“\"‘'])"
    r"))(?=[\s,.:;]|$)",
)

# Listener objects of tell-type verbs: a short noun phrase (`reporters`, `the BBC`, `ABC News`).
LISTENER = re.compile(
    r"\s+(?:me|us|him|her|them|you)(?![\w’'-])|"
    r"\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[A-Z0-9][\w’'.&-]*\s+){0,4}"
    r"(?:[A-Z][\w’'.&-]*|reporters|journalists|supporters|voters|the\s+\w+|"
    r"(?:[a-z]+\s+){0,2}(?:reporters|journalists|supporters|voters|crowd|audience|lawmakers|members|"
    r"delegates|colleagues|listeners|viewers|readers|students|workers|people|committee|newspaper|"
    r"magazine|radio|television|station|programme|program|show|agency|paper|Post|Times|News)|"
    r"(?:(?!that\b)[a-z]+\s+){1,2}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?(?![\w’'-])"
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?"  # `the Parliamentary Labour Party (PLP)`: an abbreviation after the name
)

THAT = re.compile(r"\s*,?\s*that\b\s*", re.IGNORECASE)

# Where reported speech ends before the end of its sentence.
_SPEECH_PARTICIPLES = _trie({f for f in VERB_FORMS if f.endswith("ing")} | {
    "citing", "referring", "pointing", "prompting", "sparking", "drawing", "leading", "echoing", "describing"})
_SPEECH_PAST = ("said|told|added|wrote|insisted|warned|argued|claimed|noted|stressed|explained|tweeted|announced|"
                "says|tells|adds|writes|calls|insists|warns|argues|claims|notes|urges|accuses|admits|denies")
_ALL_PAST = _trie({f for f in VERB_FORMS if f.endswith(("ed", "id", "ld"))} | {"wrote"} | set(_SPEECH_PAST.split("|")))
# `…, adding that …`, `, noting`: a participle that reports more words of the same speaker.
PARTICIPLE_CUE = re.compile(r"(?:" + _SPEECH_PARTICIPLES + r")\b")
CLAUSE_BOUNDARY = re.compile(
    r"\s+amid\b|\s+and\s+(?:then\s+|also\s+|later\s+)?(?:(?:he|she|they|we|I)\s+(?:also\s+)?)?(?:"
    + _ALL_PAST + r"|went\s+on|" + _SPEECH_PARTICIPLES + r")\b"
    r"|,[\"”’']*\s+(?:as(?!\s+(?:well\s+as|a|an|being)\b)|while|whereas|although|though|amid|according\s+to|despite|"
    r"after|before|however|even\s+as|in\s+a\s+(?:statement|speech|interview)|and\s+(?:he|she|they|it|we|I)|"
    + _SPEECH_PARTICIPLES + r")\b"
    # `, which …`, `, who …`, `, a plan that …`: the writer's comment on the words said (once they have a verb)
    r"|,[\"”’']*\s+(?P<comment>which|who(?!\s+(?:he|she|they|we|I)\b)|an?(?=\s))\b"
    # `, but he pressed …`, `, but Democrats have …`: the writer moves on; `, but a catastrophe` is still said
    r"|,[\"”’']*\s+but\s+(?:(?:he|she|they|it|we|this|these|those|his|her|their|its|also|then)\b|(?-i:[A-Z](?!\s))|\d"
    r"|(?:did|does|has|had|would|was)\s+not\b|(?:" + _ALL_PAST + r")\b)"
    r"|;\s|(?P<dash>\s+[—–]\s|\s+--?\s)|\s+(?:according\s+to)\b"
    r"|\s+but\s+(?:(?:on|last|this|earlier)\s+[A-Z]\w*day\s+)?(?:has|have|had|is|was|did|does|would|will|also|then|"
    r"declined|refused|" + _ALL_PAST + r")\b"
    r"|,\s+(?:and|but|while)\s+[^,.;“”\"]{1,60}?\b(?:said|says|say|told|added|argued|insisted)\b"
    # `… too high and Labour says the sums do not add up`: a second speaker and verb
    r"|\s+(?:and|but|while)\s+(?:the\s+)?(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3}\s+(?:also\s+)?"
    r"(?:said|says|say|told|tells|added|adds|argued|argues|insisted|insists|claimed|claims|warned|warns)\b"
    r"|,\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|reported|reports|added|told)\b"
    r"|,\s+(?:compared|noting|adding|" + _ALL_PAST + r")\b|\s+while\s+\d"
    r"|\s+on\s+(?:the\s+)?condition\s+(?:of|that)\b"
    # `said he is focused on the poll and is due to join …`: the speaker's schedule, told by the writer
    r"|\s+and\s+(?:is|was|are|were)\s+(?:due|expected|set|scheduled)\s+to\b"
    # `said he opposed the plans branding them a “regressive” step`: a participle of naming starts the writer's gloss
    r"|\s+(?:branding|labelling|labeling|dubbing|calling|describing)\s+(?:them|him|her|it)\b"
    # `…, and railed against …`, `…, and has championed …`: the speaker's next deed, not more of the words
    r"|,\s+and\s+(?:also\s+)?(?:(?-i:[a-z]{3,}ed)|(?:has|had|have)\s+[a-z]+ed|would|will)\b",
    re.IGNORECASE,
)

# Sentences that put a question to someone or report a refusal: they introduce what follows.
PROMPT = re.compile(
    r"\b(?:asked|pressed|questioned|quizzed|challenged|queried|grilled|invited\s+to|drawn|declined\s+to|"
    r"refused\s+to|would\s+not\s+(?:say|comment|be\s+drawn)|did\s+not\s+(?:say|respond))\b",
    re.IGNORECASE,
)
# Speech cues that are not statements: questions put to someone, refusals to comment.
NON_STATEMENT = re.compile(
    r"\b(?:fair|safe|true|needless|suffice|hard|easy|enough)\s+to\s+say\b|"
    r"\b(?:was|were|been|being|is|are)\s+(?:also\s+)?(?:asked|told)\b|\bwould\s+not\s+(?:be\s+)?(?:say|drawn|comment|pressed)"
    r"|\b(?:declined|refused|failed)\s+to\s+(?:comment|say|discuss|answer|elaborate|confirm|deny)\b|\bno\s+comment\b"
    r"|\b(?:did|does|do)\s+not\s+(?:immediately\s+)?(?:comment|respond)\b",
    re.IGNORECASE,
)

# A reported clause that only refuses to comment: `said it could not comment on individual cases`.
REFUSAL = re.compile(r"(?:it|he|she|they|we)\s+(?:could|can|would)(?:\s+not|n[’']t|not)\s+comment\b", re.IGNORECASE)

# A finite verb (roughly): the clause has its predicate, so a comment that follows is about the whole of it.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|"
                     r"[a-z]{2,}ed|[a-z]+n[’']t)\b|^(?:he|she|they|it|we|I|there)\s+\w+", re.IGNORECASE)
def has_finite_verb(text: str, start: int, end: int) -> bool:
    return _FINITE.search(text, start, end) is not None


_PARENTHESIS_CLOSES = re.compile(
    r"[^,;.“”\"]{1,60},\s+(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)\b")


def reported_clause_end(text: str, start: int, limit: int) -> int:
    """Where the reported clause that begins at `start` ends, at most `limit` (the sentence end)."""
    segment = text[start:limit]
    # Skip boundaries inside quotation marks of the clause.
    match_end = None
    closer = None  # the dash that closes a pair opened inside the clause
    for match in CLAUSE_BOUNDARY.finditer(segment):
        at = match.start()
        while at < match.end() and segment[at] in ",\"”’'":
            at += 1  # `…maniacal,” adding`: the comma inside the closing mark is not inside the quotation
        quoted = segment.count("“", 0, at) - segment.count("”", 0, at)
        straight = segment.count('"', 0, at) % 2
        if quoted > 0 or straight:
            continue
        if match.start() < 3:
            continue
        if match.group("comment") and not _FINITE.search(segment, 0, match.start()):
            continue  # `the group, which was founded in 1990, is …`: it describes the subject of the clause
        dash = match.group("dash")
        if dash and dash.strip() == closer:
            closer = None
            continue
        if dash and dash.strip() in segment[match.end():]:
            closer = dash.strip()
            continue  # `those old - and unreported - posts`: a pair of dashes sets off words inside the clause
        if match.group().startswith(",") and _PARENTHESIS_CLOSES.match(segment, match.end()):
            continue  # `Trump, despite his wealth, is better placed`: a pair of commas sets off words too
        match_end = start + match.start()
        break
    end = match_end if match_end is not None else limit
    while end > start and (text[end - 1] in " \t\n\u00a0,.;:!?" or (text[end - 1] == ")" and "(" not in text[start:end])):
        end -= 1
    return end
