"""`.txt` and `.md` articles with optional YAML front matter (`title`, `published`, `url`, `outlet`).

The text stored is the body exactly as in the file after the front matter, so statement offsets point into
what the user wrote.
"""

from __future__ import annotations

import re

import yaml

from app.ingest.sources.common import BadInput, article_from_fields, decode_text
from app.ingest.types import RawArticle

_OPENING = re.compile(r"\A---[ \t]*\r?\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so that an impossible date is reported as such."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_front_matter(text: str) -> tuple[dict, str]:
    """Return (front matter, body). Without an opening `---` line the whole text is the body."""
    opening = _OPENING.match(text)
    if not opening:
        return {}, text
    closing = _CLOSING.search(text, opening.end())
    if not closing:
        raise BadInput("malformed front matter: no closing `---` line")
    try:
        meta = yaml.load(text[opening.end():closing.start()], Loader=_FrontMatterLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (front matter line {mark.line + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise BadInput(f"malformed front matter: {problem}{where}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise BadInput("malformed front matter: expected `key: value` lines")
    return meta, text[closing.end():]


def read_text_article(data: bytes, origin: str) -> RawArticle:
    if not data:
        raise BadInput("empty file")
    meta, body = split_front_matter(decode_text(data))
    if not body.strip():
        raise BadInput("no article text" + (" after the front matter" if meta else " (only whitespace)"))
    return article_from_fields(body, meta, origin)
