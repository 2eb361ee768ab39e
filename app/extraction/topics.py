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
    pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    """One pattern for every keyword of every topic; the name of the group that matched is the topic."""
    groups: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_keywords(cls, topics: dict[str, tuple[str, list[str]]]) -> "Taxonomy":
        """Build from `{key: (label, [keyword, ...])}`."""
        labels = {key: label for key, (label, _) in topics.items()}
        keywords = {key: tuple(words) for key, (_, words) in topics.items()}
        groups = {f"t{number}": key for number, key in enumerate(keywords) if keywords[key]}
        alternatives = [f"(?P<{group}>{_alternation(keywords[key])})" for group, key in groups.items()]
        # Every keyword starts on a word boundary with one of a few letters: checking both first rules out most
        # positions at once.
        initials = "".join(sorted({re.escape(k.strip().lower()[0]) for ks in keywords.values() for k in ks}))
        pattern = re.compile(rf"\b(?=[{initials}])(?:" + "|".join(alternatives) + ")") if alternatives else None
        return cls(labels=labels, keywords=keywords, pattern=pattern, groups=groups)

    def tag(self, text: str) -> list[str]:
        """The keys of the topics whose keywords occur in `text`, in taxonomy order."""
        if self.pattern is None:
            return []
        found = {self.groups[m.lastgroup] for m in self.pattern.finditer(text.lower())}
        return [key for key in self.labels if key in found]


def _keyword_regex(keyword: str) -> str:
    word = keyword.strip().lower()
    wildcard = word.endswith("*")
    word = word.rstrip("*").strip()
    # Spaces inside a phrase match any run of whitespace (articles wrap lines and use no-break spaces).
    body = r"\s+".join(re.escape(part) for part in word.split())
    return r"\b" + body + (r"\w*" if wildcard else r"\b")


def _alternation(keywords) -> str:
    # Matched against lowercased text, so that the scan needs no case folding.
    return "|".join(_keyword_regex(k) for k in keywords)


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
