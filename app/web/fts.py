"""Turn what a visitor types into a safe full-text query: SQLite FTS5 or PostgreSQL tsquery.

User input never reaches the database's query parser raw (a stray `"`, `(`, `NEAR`, `-`, `!` or `&`
would be a syntax error or an operator). The text is split into terms here: `"quoted phrases"` stay
phrases, bare words are single terms (or phrases, `face-to-face`), a trailing `*` on a word makes it a
prefix search, and the terms are ANDed. Each database gets them written in its own syntax, every word
quoted: `"words"` for FTS5, `'words'` joined by `<->` (and `:*` for a prefix) for `to_tsquery`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUERY_CHARS = 500
MAX_TERMS = 32

_TOKEN = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"\w+", re.UNICODE)
_JOINED = re.compile(r"\w[.@/+-]\w")
_NOT_JOINER = re.compile(r"[^\w.@/+-]+")


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False
    phrase: bool = False
    compound: str | None = None
    """The term as typed when it joins words with `.`, `-`, `@`, `/` or `+` (`3.5`, `bbc.co.uk`): PostgreSQL's
    parser keeps such tokens whole, so the tsquery also looks for them whole. Only word characters and
    those joiners are kept in it."""

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words) + '"'
        return quoted + "*" if self.prefix else quoted

    def tsquery(self) -> str:
        suffix = ":*" if self.prefix else ""
        words = [_ts_quote(word) for word in self.words]
        words[-1] += suffix
        query = " <-> ".join(words)
        if self.compound:
            query = f"{query} | {_ts_quote(self.compound)}{suffix}"
        return f"( {query} )" if len(words) > 1 or self.compound else query


def _ts_quote(word: str) -> str:
    """A quoted tsquery operand (PostgreSQL still splits it into lexemes the way it splits documents)."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _compound(chunk: str) -> str | None:
    if not _JOINED.search(chunk):
        return None
    return " ".join(_NOT_JOINER.sub(" ", chunk).split()) or None


def parse(text: str) -> list[Term]:
    """The search terms in `text`, in order; punctuation-only input gives no terms."""
    terms: list[Term] = []
    for match in _TOKEN.finditer(text[:MAX_QUERY_CHARS]):
        phrase, bare = match.group(1), match.group(2)
        if phrase is not None:
            words = tuple(_WORD.findall(phrase))
            if words:
                terms.append(Term(words, phrase=True, compound=_compound(phrase)))
        else:
            words = tuple(_WORD.findall(bare))
            if words:
                # "face-to-face" is one phrase of three words, as FTS5's tokenizer would see it.
                terms.append(Term(words, prefix=bare.endswith("*"), phrase=len(words) > 1,
                                  compound=_compound(bare.rstrip("*"))))
        if len(terms) >= MAX_TERMS:
            break
    return terms


def to_fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for `text`, or None when it holds nothing searchable."""
    terms = parse(text)
    return " AND ".join(term.fts() for term in terms) if terms else None


def to_tsquery(text: str) -> str | None:
    """A PostgreSQL `to_tsquery` expression for `text`, or None when it holds nothing searchable."""
    terms = parse(text)
    return " & ".join(term.tsquery() for term in terms) if terms else None
