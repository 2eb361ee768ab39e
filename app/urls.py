"""Every URL the site links to is built here, so a page, a feed and an export never disagree.

Paths only (`/s/abc123/keir-starmer-...`); `absolute()` adds the configured site URL where a link
leaves the site (share cards, feeds, embeds, JSON).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from urllib.parse import quote, urlencode

STATEMENT_SLUG_WORDS = 8
SLUG_MAX = 80

# The order filter parameters appear in a query string, so equal filters give equal URLs.
PARAM_ORDER = ("speaker", "topic", "outlet", "kind", "from", "to", "q", "sort", "cursor")


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """ASCII, lowercase, hyphen-separated: `Sir Keir Starmer’s plan` -> `sir-keir-starmers-plan`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def statement_slug(speaker_name: str | None, text: str) -> str:
    """The readable part of a statement's permalink: who, then the first words of what they said."""
    words = re.findall(r"\w+", text)[:STATEMENT_SLUG_WORDS]
    return slugify(" ".join([speaker_name or "unattributed", *words])) or "statement"


def statement(public_id: str, slug: str | None = None) -> str:
    base = f"/s/{quote(public_id, safe='')}"
    return f"{base}/{slug}" if slug else base


def statement_card(public_id: str) -> str:
    return f"/s/{quote(public_id, safe='')}/card.png"


def statement_anchor(public_id: str) -> str:
    """The id of a statement's highlight on its article page."""
    return f"s-{public_id}"


def article(article_id: str, anchor_public_id: str | None = None) -> str:
    path = f"/articles/{quote(article_id, safe='')}"
    return f"{path}#{statement_anchor(anchor_public_id)}" if anchor_public_id else path


def speaker(slug: str, fmt: str | None = None) -> str:
    return f"/speakers/{quote(slug, safe='')}" + (f".{fmt}" if fmt else "")


def topic(key: str, fmt: str | None = None) -> str:
    return f"/topics/{quote(key, safe='')}" + (f".{fmt}" if fmt else "")


def outlet(slug: str, fmt: str | None = None) -> str:
    return f"/outlets/{quote(slug, safe='')}" + (f".{fmt}" if fmt else "")


def statements_export(fmt: str) -> str:
    return f"/statements.{fmt}"


def with_query(path: str, params: Mapping[str, str | None]) -> str:
    """`path?query` with empty values left out and known filter names in a fixed order."""
    known = [(name, params[name]) for name in PARAM_ORDER if params.get(name)]
    other = sorted((name, value) for name, value in params.items() if name not in PARAM_ORDER and value)
    pairs = [(name, str(value)) for name, value in known + other]
    return f"{path}?{urlencode(pairs)}" if pairs else path


def absolute(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + path


def safe_external(url: str | None) -> str | None:
    """An article's own URL, only when it is plain http(s): never `javascript:` or `data:` from untrusted input."""
    if not url:
        return None
    url = url.strip()
    if re.match(r"^https?://[^\s/]", url, re.IGNORECASE) and not re.search(r"[\x00-\x20\x7f]", url):
        return url
    return None
