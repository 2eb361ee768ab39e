"""Stable identities derived from content: article ids, text hashes, statement fingerprints and public ids,
speaker slugs. Nothing here depends on a row number or on the order articles are ingested in.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_SPACE = re.compile(r"\s+")
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
           "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'}
_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc\u2032`]")
_WORD = re.compile(r"\w+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"

# Query parameters that only track the reader; dropping them makes one article one URL.
_TRACKING = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "smid", "smtyp",
             "ref", "ref_src", "__twitter_impression", "ito", "at_medium", "at_campaign"}

# Forms that never become a speaker alias: they name nobody on their own.
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "we", "us", "i", "me", "you", "his", "hers",
            "their", "theirs", "its", "our", "who", "whom", "which", "that", "this", "one"}

TRIM_MIN_WORDS = 8
"""Statements at least this long still match when a word is trimmed or added at either end."""


def normalise_text(text: str) -> str:
    """Article text for identity: Unicode NFKC, one quote-mark style, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    for curly, straight in _QUOTES.items():  # str.replace per mark is far faster than str.translate
        if curly in text:
            text = text.replace(curly, straight)
    return " ".join(text.split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url.strip()
    host = parts.hostname.lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
             if not key.lower().startswith(("utm_", "wt.")) and key.lower() not in _TRACKING]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(sorted(query)), ""))


def article_id(canonical: str | None, hashed_text: str) -> str:
    """16 hex characters: a hash of the canonical URL when there is one, else of the normalised text."""
    if canonical:
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
    return hashed_text[:16]


def words(text: str) -> list[str]:
    """The words of a statement: casefolded, apostrophes and all other punctuation dropped."""
    return _WORD.findall(_APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold()))


def fingerprint(joined_words: str) -> str:
    """16 hex characters from the normalised words (joined by single spaces)."""
    return hashlib.blake2b(joined_words.encode("utf-8"), digest_size=8).hexdigest()


def public_id(scope: str, joined_words: str) -> str:
    """12 base32 characters from (speaker slug, normalised words), or (article id, words) when unnamed."""
    digest = hashlib.sha256(f"{scope}\x1f{joined_words}".encode("utf-8")).digest()
    number = int.from_bytes(digest[:8], "big") >> 4  # the first 60 bits, as base32 (RFC 4648 alphabet)
    return "".join(_BASE32[(number >> shift) & 31] for shift in range(55, -1, -5))


def match_keys(statement_words: list[str]) -> list[bytes]:
    """Keys under which the same words are found again: the whole run and, for long statements, the run
    with a word trimmed at either end. Two statements match when their key sets meet."""
    variants = [statement_words]
    if len(statement_words) >= TRIM_MIN_WORDS:
        variants += [statement_words[1:], statement_words[:-1], statement_words[1:-1]]
    return [hashlib.blake2b(" ".join(v).encode("utf-8"), digest_size=10).digest() for v in variants]


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Accents dropped, casefolded, whitespace collapsed: `José  Smith` -> `jose smith`."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped.casefold()).strip()


def slugify(name: str) -> str:
    ascii_name = fold(name).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_name).strip("-")
    if slug:
        return slug[:180]
    return "speaker-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]


@lru_cache(maxsize=65536)
def is_alias(form: str) -> bool:
    cleaned = _SPACE.sub(" ", form).strip()
    return bool(cleaned) and cleaned.casefold() not in PRONOUNS and any(ch.isalpha() for ch in cleaned)
