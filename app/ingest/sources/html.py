"""Web pages: trafilatura finds the article text, title, author, outlet and date; htmldate is the
fallback for the date. A page with no article in it is refused."""

from __future__ import annotations

import datetime as dt
import logging

from app.ingest.sources.common import BadInput, decode_text, parse_date
from app.ingest.types import RawArticle

MIN_ARTICLE_CHARS = 200
"""Less text than this is navigation, a cookie banner or an error page, not an article."""

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def _html_text(data: bytes) -> str | bytes:
    """The page as text when it is UTF-8; else its bytes, for trafilatura to find the charset."""
    try:
        return decode_text(data)
    except BadInput as error:
        if "binary" in str(error):
            raise
        return data


def read_html(data: bytes, origin: str, url: str | None = None) -> RawArticle:
    import trafilatura

    if not data.strip():
        raise BadInput("empty page")
    page = _html_text(data)
    document = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, deduplicate=False)
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(body) < MIN_ARTICLE_CHARS:
        raise BadInput("no article found in this page" + (f" (only {len(body)} characters of text)" if body else ""))
    published = None
    raw_date = getattr(document, "date", None)
    try:
        published = parse_date(raw_date)
    except BadInput:
        published = None
    if published is None:
        from htmldate import find_date

        found = find_date(page, url=url, extensive_search=True, original_date=True)
        published = dt.date.fromisoformat(found) if found else None
    return RawArticle(
        text=body,
        origin=origin,
        title=getattr(document, "title", None) or None,
        published=published,
        url=getattr(document, "url", None) or url,
        outlet=getattr(document, "sitename", None) or None,
        author=getattr(document, "author", None) or None,
    )
