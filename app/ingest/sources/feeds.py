"""RSS and Atom feeds (feedparser), from a file or a URL. An entry that carries its article's full text
is stored as it is; an entry with only a summary is fetched from its link. Broken entries are reported
one by one (`feed.xml#3` is the third entry) and the others still land."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from app.ingest.sources.common import BadInput
from app.ingest.types import Failure, RawArticle

MIN_FULL_TEXT_CHARS = 500
"""An entry's own content shorter than this is a summary; the article is fetched from its link."""


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) \
        or head.startswith((b"<rss", b"<feed", b"<rdf"))


def _entry_date(entry) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                return None
    return None


def _html_to_text(fragment: str) -> str:
    import trafilatura

    text = trafilatura.extract(f"<html><body><article>{fragment}</article></body></html>",
                               include_comments=False, include_tables=False, deduplicate=False) or ""
    return text.strip()


def read_feed(data: bytes, origin: str, fetcher=None) -> Iterator[RawArticle | Failure]:
    import feedparser

    if not data.strip():
        raise BadInput("empty feed")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise BadInput(f"not a feed, or a feed with no entries{f' ({problem})' if problem else ''}")
    outlet = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#{number}"
        link = (entry.get("link") or "").strip() or None
        content = "".join(part.get("value", "") for part in entry.get("content", []))
        text = _html_to_text(content) if content.strip() else ""
        if len(text) < MIN_FULL_TEXT_CHARS and link and fetcher is not None:
            for fetched in fetcher.read_url(link, feed_entry=True):
                if isinstance(fetched, RawArticle):
                    fetched.title = fetched.title or (entry.get("title") or "").strip() or None
                    fetched.published = fetched.published or _entry_date(entry)
                    fetched.outlet = fetched.outlet or outlet
                    fetched.origin = where
                    yield fetched
                else:
                    yield Failure(where, None, f"{fetched.reason} ({link})")
            continue
        if not text:
            summary = entry.get("summary") or ""
            text = _html_to_text(summary) if summary.strip() else ""
        if not text:
            yield Failure(where, None, "feed entry has no text" + ("" if link else " and no link"))
            continue
        yield RawArticle(text=text, origin=where, title=(entry.get("title") or "").strip() or None,
                         published=_entry_date(entry), url=link, outlet=outlet)
