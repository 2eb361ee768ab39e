"""Topic taxonomy: loading the TOML file and tagging text with topic keys.

A taxonomy file holds `[topics.KEY]` tables, each with a `label` and a list of `keywords`. Keywords match
case-insensitively on word boundaries; a trailing `*` matches any word ending (`tariff*`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Taxonomy:
    """Topic keys with their labels (in file order) and one compiled keyword pattern per topic."""

    labels: dict[str, str]
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_keywords(cls, topics: dict[str, tuple[str, list[str]]]) -> "Taxonomy":
        """Build from `{key: (label, [keyword, ...])}`."""
        labels = {key: label for key, (label, _) in topics.items()}
        keywords = {key: tuple(words) for key, (_, words) in topics.items()}
        patterns = {key: _compile(words) for key, words in keywords.items() if words}
        return cls(labels=labels, keywords=keywords, patterns=patterns)

    def tag(self, text: str) -> list[str]:
        """The keys of the topics whose keywords occur in `text`, in taxonomy order."""
        return [key for key, pattern in self.patterns.items() if pattern.search(text)]


def _keyword_regex(keyword: str) -> str:
    word = keyword.strip()
    wildcard = word.endswith("*")
    word = word.rstrip("*").strip()
    # Spaces inside a phrase match any run of whitespace (articles wrap lines and use no-break spaces).
    body = r"\s+".join(re.escape(part) for part in word.split())
    return r"(?<!\w)" + body + (r"\w*" if wildcard else r"(?!\w)")


def _compile(keywords) -> re.Pattern[str]:
    return re.compile("|".join(_keyword_regex(k) for k in keywords), re.IGNORECASE)


def parse_taxonomy(data: dict, origin: str) -> Taxonomy:
    """Validate the parsed TOML of a taxonomy; `origin` names the file in error messages."""
    topics = data.get("topics")
    if not isinstance(topics, dict) or not topics:
        raise ValueError(f"{origin}: no [topics.KEY] tables found")
    parsed: dict[str, tuple[str, list[str]]] = {}
    for key, table in topics.items():
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", key):
            raise ValueError(f"{origin}: topic key {key!r} must be lowercase letters, digits, '-' or '_'")
        if not isinstance(table, dict):
            raise ValueError(f"{origin}: [topics.{key}] must be a table with `label` and `keywords`")
        label = table.get("label", key)
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"{origin}: [topics.{key}] `label` must be a non-empty string")
        keywords = table.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            raise ValueError(f"{origin}: [topics.{key}] `keywords` must be a list of strings")
        bad = [k for k in keywords if not k.strip().rstrip("*").strip()]
        if bad:
            raise ValueError(f"{origin}: [topics.{key}] has an empty keyword")
        parsed[key] = (label.strip(), [k.strip() for k in keywords])
    return Taxonomy.from_keywords(parsed)


def load_taxonomy(path) -> Taxonomy:
    """Read a taxonomy TOML file. Raises ValueError naming the file when it is missing or malformed."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValueError(f"{path}: cannot read taxonomy file: {error.strerror or error}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError(f"{path}: taxonomy file is not UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: invalid TOML: {error}") from None
    return parse_taxonomy(data, str(path))
