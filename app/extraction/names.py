"""Names and speakers: who a mention (`Sir Keir`, `the Prime Minister`, `he`, `Downing Street`) refers to.

An article-wide registry collects every capitalised name with its position. A mention resolves to the
fullest name the article gives for it, with honorifics and titles stripped (`Sir Keir` -> `Keir Starmer`);
pronouns go to the nearest compatible person, preferring the subject of each sentence; role nouns go to the
person the article ties to that role (`Prime Minister Keir Starmer`, `Barnier, the EU's chief negotiator`),
else to the most recent subject.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

HONORIFICS_MALE = {"mr", "sir", "lord", "mister", "messrs"}
HONORIFICS_FEMALE = {"mrs", "ms", "miss", "dame", "lady", "baroness", "madam"}
HONORIFICS = HONORIFICS_MALE | HONORIFICS_FEMALE | {"dr", "prof", "professor", "rev", "reverend", "hon", "mx"}
# Title words that precede a name (`President Obama`, `Sen. Ted Cruz`) and are not part of it.
TITLES = {
    "president", "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen", "sens", "rep", "reps",
    "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "general",
    "gen", "admiral", "adm", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "major",
    "maj", "commissioner", "chief", "chairman", "chairwoman", "chair", "leader", "speaker", "king", "queen",
    "prince", "princess", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "ambassador", "attorney",
    "officer", "director", "deputy", "foreign", "home", "health", "defence", "defense", "state", "former",
    "shadow", "premier", "chancellor", "agent", "detective", "inspector", "superintendent", "constable",
    "professor", "dr", "candidate", "nominee", "democrat", "republican", "labour", "tory", "conservative",
    "presidential", "elect", "president-elect", "first", "lady", "sheriff", "councillor", "councilman",
    "councilwoman", "economist", "analyst", "coach", "manager", "executive", "ceo", "founder", "owner",
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer", "mp", "msp", "mep",
    "treasurer", "chairman", "co-chairman", "whip", "baron", "baroness", "earl", "duke", "duchess", "countess",
    "us", "u.s.", "uk", "eu", "french", "german", "british", "american", "russian", "chinese", "irish", "scottish",
    "welsh", "italian", "spanish", "israeli", "iranian", "japanese", "indian", "canadian", "australian",
    "ukrainian", "turkish", "european", "labor", "gop", "democratic", "republican", "liberal", "green",
    "brexit", "trade", "business", "culture", "education", "environment", "transport", "treasury", "justice",
    "work", "pensions", "interior", "finance", "economy", "energy", "ex", "acting", "interim", "senior",
    # trades written before a name (`BBC Political Correspondent Jo Hale`, `Solicitor Ann Bury`, `Fellow Tory X`)
    "correspondent", "editor", "reporter", "journalist", "solicitor", "barrister", "historian", "novelist",
    "commentator", "presenter", "broadcaster", "columnist", "campaigner", "fellow",
}
ROLE_NOUNS = {
    "president", "prime minister", "chancellor", "foreign secretary", "home secretary", "secretary",
    "senator", "governor", "mayor", "minister", "premier", "leader", "chairman", "chairwoman", "speaker",
    "candidate", "nominee", "congressman", "congresswoman", "first minister", "secretary of state",
    "attorney general", "justice", "judge", "commissioner", "ambassador", "chief executive", "president-elect",
    "vice president", "king", "queen", "pope", "coach", "manager", "health secretary", "defence secretary",
    "business secretary", "culture secretary", "education secretary", "chief secretary", "taoiseach",
    "tánaiste", "deputy prime minister", "shadow chancellor", "opposition leader", "labour leader",
    "tory leader", "party leader", "former president", "co-chairman", "co-chair", "co-founder", "mp", "msp", "mep", "archbishop", "bishop", "duke",
    "duchess", "prince", "princess", "republican", "democrat", "billionaire", "businessman",
    "businesswoman", "star", "actor", "actress", "singer", "author", "director", "founder", "owner",
    "chief", "general", "sheriff", "mogul", "rapper", "pontiff", "monarch", "frontrunner", "front-runner",
    "correspondent", "editor", "reporter", "journalist", "solicitor", "lawyer", "barrister",
}
ORGANISATION_WORDS = {
    "party", "commission", "street", "house", "department", "ministry", "office", "council", "union",
    "committee", "court", "bank", "government", "agency", "association", "institute", "university", "news",
    "executive", "universities", "assembly", "alliance", "action",
    "times", "post", "journal", "group", "inc", "corp", "company", "campaign", "senate", "congress",
    "parliament", "administration", "service", "services", "police", "foundation", "trust", "board",
    "federation", "authority", "network", "organisation", "organization", "club", "league", "fund", "centre",
    "center", "corporation", "industry", "industries", "review", "press", "guardian", "telegraph", "mail",
    "tribune", "herald", "gazette", "reuters", "bbc", "cnn", "nbc", "abc", "cbs", "msnbc", "npr", "ap",
    "nato", "un", "eu", "fbi", "cia", "nhs", "pentagon", "kremlin", "whitehall", "downing", "treasury",
    "labour", "conservatives", "tories", "democrats", "republicans", "gop", "dnc", "rnc", "unicef", "who",
    "imf", "opec", "ofsted", "ofcom", "ons", "cbi", "tuc", "times", "economist", "alliance", "coalition",
    "institution", "forum", "society", "network", "magazine", "channel", "daily", "weekly", "broadcasting",
    "airlines", "airways", "motors", "group", "holdings", "plc", "llc", "ltd", "co", "no", "10", "hall",
    "cathedral", "church", "mosque", "synagogue", "temple", "school", "hospital", "airport", "museum",
    "stadium", "arena", "square", "bridge", "avenue", "prison",
    "united", "states", "kingdom", "republic", "britain", "china", "america", "france", "germany", "russia",
    "india", "japan", "iran", "israel", "ukraine", "scotland", "wales", "england", "ireland", "europe", "canada",
    "australia", "mexico", "spain", "italy", "turkey", "syria", "iraq", "egypt", "korea", "pakistan",
    "dem", "dems", "snp", "ukip", "plaid", "cymru", "sinn", "fein", "féin", "dup", "tuc", "unison", "unite",
    "image", "images", "caption", "copyright", "getty", "afp", "epa", "pa", "shutterstock", "twitter", "facebook",
    "palace", "cabinet", "navy", "army", "force", "forces", "guard", "unit", "brigade", "assembly",
}
PRONOUNS_MALE = {"he", "him", "his"}
PRONOUNS_FEMALE = {"she", "her"}
PRONOUNS_PLURAL = {"they", "we"}
PRONOUNS = PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_PLURAL | {"i", "it", "you"}
# Capitalised words that begin sentences or clauses but never begin a name.
STOPWORDS = set(
    """a an the and but or nor so yet for if when while as at by in on of to from with without after before
    since until because although though however meanwhile also then this that these those there here it its
    he she they we i you his her their our my your it’s it's what which who whom whose where why how
    despite during among amid under over about above below between into onto upon through throughout
    not no yes all some many most more much several such both each every either neither other another
    according asked speaking asked said says told earlier later last next this today yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december mr mrs ms dr sir lord dame lady baroness even only still now
    just perhaps maybe indeed instead thus hence moreover nevertheless nonetheless otherwise therefore
    ultimately eventually finally first recently currently already again almost especially particularly
    notably did does do should would could can will is are was were has have had skip watch read listen see
    look""".split()
)
MONTHS_DAYS = set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december""".split()
)
FIRST_NAMES_MALE = set(
    """donald joe barack bill george john james robert michael david richard thomas charles christopher
    daniel matthew mark paul steven andrew kenneth joshua kevin brian edward ronald timothy jason jeffrey
    ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory
    raymond alexander patrick jack dennis jerry tyler aaron henry adam peter nathan zachary douglas harold
    kyle carl arthur gerald roger keith jeremy terry lawrence sean christian albert joe ethan austin jesse
    willie billy bruce bryan ralph roy jordan eugene wayne louis dylan alan juan gabriel randy philip harry
    vincent bobby johnny logan ted mitt marco rand chris mike newt jeb rick lindsey ben bernie tim keir
    boris rishi nigel jeremy gordon tony david ed ed nick vince ian iain liam theresa michael sadiq
    emmanuel vladimir xi angela olaf justin narendra recep benjamin volodymyr jean pierre francois françois
    nicolas jacques hans klaus pedro carlos jose josé luis antonio mario matteo giuseppe silvio ali mohammed
    muhammad ahmed hassan kim shinzo fumio mitch chuck kevin paul jim tom dick harry hugh jon rudy reince
    sean steve jared eric hunter kamala pete beto cory julian kirsten amy elizabeth""".split()
) - {"kamala", "amy", "elizabeth", "kirsten", "angela", "theresa"}
FIRST_NAMES_FEMALE = set(
    """hillary mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
    rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
    katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
    victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline
    frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
    alexis kayla kamala sarah nikki carly elizabeth kirsten tulsi ivanka melania michelle condoleezza
    theresa angela nicola liz priti suella rachel yvette harriet emily diane kemi penny angela ursula
    christine marine giorgia jacinda sanna kaja hillary chelsea huma kellyanne sarah""".split()
)

# A dot may end only an initial or an abbreviated title, so that a name never runs over a full stop; an
# ampersand joins capitals inside one word (`B&B`, `AT&T`).
_NAME_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Jr|Sr|Lt|Col|Capt|Sgt|Prof|Rev|Hon|Adm|Maj|Sens|Reps)\.|[A-Z]\.|[A-Z](?:[\w’'\-]|&(?=[A-Z]))*)"
# The first word starts with a capital that follows no word character; written capital-first so that the regex
# engine can skip ahead to capitals (the same alternatives as `_NAME_WORD`).
_FIRST_NAME_WORD = (
    r"[A-Z](?<![\w’'].)(?:(?<=M)(?:r|rs|s|aj)\.|(?<=D)r\.|(?<=S)(?:t|en|r|gt|ens)\.|(?<=G)(?:ov|en)\.|"
    r"(?<=R)(?:ep|ev|eps)\.|(?<=J)r\.|(?<=L)t\.|(?<=C)(?:ol|apt)\.|(?<=P)rof\.|(?<=H)on\.|(?<=A)dm\.|\.|(?:[\w’'\-]|&(?=[A-Z]))*)"
)
NAME_RUN = re.compile(
    _FIRST_NAME_WORD + r"(?:\s(?:(?:de|del|della|van|von|der|den|da|di|du|la|le|bin|al|ibn|al-\w+|&)\s)?"
    + _NAME_WORD + r")*"
)


def gender_of(words: list[str]) -> str | None:
    """'m', 'f' or None from an honorific or a first name."""
    for word in words[:3]:
        key = word.lower().rstrip(".")
        if key in HONORIFICS_MALE:
            return "m"
        if key in HONORIFICS_FEMALE:
            return "f"
    for word in words:
        key = word.lower().rstrip(".")
        if key in HONORIFICS or key in TITLES:
            continue
        if key in FIRST_NAMES_FEMALE:
            return "f"
        if key in FIRST_NAMES_MALE:
            return "m"
        return None
    return None


# Organisation words that can also be surnames or ordinary words count only as the last word of a name
# (`Fox News`, `The Guardian`, `Downing Street`), the others anywhere (`Bank of England`, `Labour Party`).
_WEAK_ORGANISATION_WORDS = {
    "times", "post", "mail", "news", "guardian", "telegraph", "herald", "tribune", "gazette", "journal",
    "press", "review", "star", "group", "house", "street", "hall", "palace", "network", "channel", "magazine",
    "daily", "weekly", "service", "services", "trust", "board", "club", "fund", "centre", "center", "forum",
    "society", "alliance", "coalition", "campaign", "guard", "unit", "force", "forces", "co", "no", "10", "who",
    "economist", "labour", "green", "executive", "church", "united", "states", "kingdom", "republic", "britain",
    "china", "america", "france", "germany", "russia", "india", "japan", "iran", "israel", "ukraine", "scotland",
    "wales", "england", "ireland", "europe", "canada", "australia", "mexico", "spain", "italy", "turkey", "syria",
    "iraq", "egypt", "korea", "pakistan", "school", "square", "bridge", "avenue", "temple",
}


def is_organisation(words: list[str], titles: list[str] | None = None) -> bool:
    """Whether a capitalised name names an organisation; `titles` are the words written before it."""
    return _is_organisation(tuple(words), tuple(titles) if titles else ())


@functools.lru_cache(maxsize=16384)
def _is_organisation(words: tuple[str, ...], titles: tuple[str, ...]) -> bool:
    lowered = [w.lower().rstrip(".").replace("’s", "").replace("'s", "") for w in words]
    if not lowered:
        return False
    if titles and any(t.lower().rstrip(".") in HONORIFICS for t in titles):
        return False  # `Dr Fox`, `Mr Hall`: people
    first_name = len(lowered) > 1 and (lowered[0] in FIRST_NAMES_MALE or lowered[0] in FIRST_NAMES_FEMALE)
    if lowered[-1] in ORGANISATION_WORDS and not (first_name and lowered[-1] in _WEAK_ORGANISATION_WORDS):
        return True
    if any(w in ORGANISATION_WORDS and w not in _WEAK_ORGANISATION_WORDS for w in lowered):
        return True
    return len(words) == 1 and words[0].isupper() and len(words[0]) >= 2


@dataclass(slots=True)
class Entity:
    """One person or organisation of the article."""

    name: str
    kind: str  # "person" or "organisation"
    gender: str | None = None
    surface: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)

    @property
    def words(self) -> list[str]:
        return self.name.split()


@dataclass(slots=True)
class NameMention:
    start: int
    end: int
    entity: Entity
    honorific: str | None = None


def split_name(words: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(leading stopwords, titles and honorifics, bare name words) of a capitalised run.

    Everything up to the last title before the final word is a title (`French President Emmanuel Macron`,
    `Tory Treasurer Lord Ashcroft`); so is a possessive owner (`Labour's Yvette Cooper`).
    """
    lead: list[str] = []
    i = 0
    while i < len(words) and (words[i].lower() in STOPWORDS and words[i].lower().rstrip(".") not in HONORIFICS):
        if words[i].lower() in _FIRST_NAME_WORDS and i + 1 < len(words) and words[i + 1].lower() not in STOPWORDS:
            break  # `Will Moy`, `May Bell`: a first name that is also a common word
        if words[i].lower() in TITLES and i + 1 < len(words) and words[i + 1].lower().rstrip(".") in TITLES:
            break  # `First Minister`: a title of two words
        lead.append(words[i])
        i += 1
    last_title = None
    for j in range(i, len(words) - 1):
        key = words[j].lower().rstrip(".")
        if key in TITLES or key in HONORIFICS or words[j].endswith(("’s", "'s")):
            last_title = j
    honorifics: list[str] = []
    if last_title is not None:
        honorifics = words[i : last_title + 1]
        i = last_title + 1
    bare = words[i:]
    for k in range(1, len(bare) - 1):
        if _DEMONYM.fullmatch(bare[k - 1]) and _is_first_name(bare[k]) and not _is_first_name(bare[k - 1]):
            honorifics, bare = honorifics + bare[:k], bare[k:]  # `New Yorker Dan Kerr`: where he is from
            break
    while len(bare) > 1 and bare[-1].lower().rstrip(".") in _TRAILING_TITLES:
        bare = bare[:-1]
    return lead, honorifics, bare


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:er|ian|ean|ese)")


def _is_first_name(word: str) -> bool:
    return word.lower() in FIRST_NAMES_MALE or word.lower() in FIRST_NAMES_FEMALE


_FIRST_NAME_WORDS = {"will", "may", "mark", "grant", "bill", "don", "sue", "joy", "hope", "faith", "grace", "pat"}
_TRAILING_TITLES = {"mp", "msp", "mep", "qc", "kc", "am", "jr", "sr", "ii", "iii", "md", "phd"}


def clean_name(words: list[str], titled: bool = False) -> list[str]:
    """Drop possessive endings and trailing stop words of a name (`Mrs May` keeps its one word)."""
    cleaned = list(words)
    if cleaned and cleaned[-1].endswith(("’s", "'s")):
        cleaned[-1] = cleaned[-1][:-2]
    if titled and len(cleaned) == 1 and cleaned[0][:1].isupper():
        return cleaned
    # A trailing month stays when it follows a name (`Theresa May`).
    while cleaned and (cleaned[-1].lower() in STOPWORDS or cleaned[-1].lower() in MONTHS_DAYS) and not (
            len(cleaned) > 1 and cleaned[-1][:1].isupper() and cleaned[-2].lower() not in STOPWORDS):
        cleaned.pop()
    return cleaned
