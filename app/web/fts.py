"""Turn what a visitor types into a safe SQLite FTS5 query.

User input never reaches FTS5 raw (a stray `"`, `(`, `NEAR` or `-` would be a syntax error or an
operator). Every term becomes a quoted string: `"quoted phrases"` stay phrases, bare words are quoted,
a trailing `*` on a word makes it a prefix search, and the terms are ANDed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUERY_CHARS = 500
MAX_TERMS = 32

_TOKEN = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False
    phrase: bool = False

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words) + '"'
        return quoted + "*" if self.prefix else quoted


def parse(text: str) -> list[Term]:
    """The search terms in `text`, in order; punctuation-only input gives no terms."""
    terms: list[Term] = []
    for match in _TOKEN.finditer(text[:MAX_QUERY_CHARS]):
        phrase, bare = match.group(1), match.group(2)
        if phrase is not None:
            words = tuple(_WORD.findall(phrase))
            if words:
                terms.append(Term(words, phrase=True))
        else:
            words = tuple(_WORD.findall(bare))
            if words:
                # "face-to-face" is one phrase of three words, as FTS5's tokenizer would see it.
                terms.append(Term(words, prefix=bare.endswith("*"), phrase=len(words) > 1))
        if len(terms) >= MAX_TERMS:
            break
    return terms


def to_fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for `text`, or None when it holds nothing searchable."""
    terms = parse(text)
    return " AND ".join(term.fts() for term in terms) if terms else None


def like_patterns(text: str) -> list[str]:
    """Substrings every match must contain, for databases without FTS5 (PostgreSQL)."""
    return [" ".join(term.words) for term in parse(text)]
