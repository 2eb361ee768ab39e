"""Atom 1.0 feeds of statements.

Every text field is written as `type="text"` and XML-escaped by the standard library's serializer, so
whatever an article held (`<script>`, entities, control characters) reaches a feed reader as plain text,
never as markup.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ATOM_NS = "http://www.w3.org/2005/Atom"

# Characters XML 1.0 forbids even when escaped (C0 controls other than tab/newline/return, lone
# surrogates, U+FFFE/U+FFFF) and the C1 controls it discourages, which feed readers mangle. Article
# text scraped from the web does contain them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class FeedEntry:
    id: str
    """A permanent, unique IRI for the entry: the statement's absolute permalink."""
    title: str
    url: str
    updated: dt.datetime
    summary: str
    author: str | None = None


def _clean(text: str) -> str:
    return _XML_INVALID.sub("", text)


def _timestamp(moment: dt.datetime) -> str:
    """RFC 3339, as Atom requires; a naive datetime is taken to be UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", {"type": "text"} if tag in ("title", "summary") else {})
    element.text = _clean(value)
    return element


def _link(parent: ET.Element, href: str, rel: str, media_type: str | None = None) -> None:
    attributes = {"rel": rel, "href": _clean(href)}
    if media_type:
        attributes["type"] = media_type
    ET.SubElement(parent, f"{{{ATOM_NS}}}link", attributes)


def atom_feed(title: str, feed_url: str, page_url: str, entries: Iterable[FeedEntry]) -> str:
    """Return an Atom 1.0 document (a str, XML declaration included) for `entries`.

    `feed_url` is the feed's own absolute URL (its id and `rel="self"` link); `page_url` the HTML page
    the feed mirrors (`rel="alternate"`). The feed's `updated` is the newest entry's, or the epoch when
    there are none, so the same data always gives the same bytes.
    """
    items: Sequence[FeedEntry] = list(entries)
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _text(feed, "id", feed_url)
    _text(feed, "title", title)
    newest = max((entry.updated for entry in items), key=_timestamp, default=dt.datetime(1970, 1, 1))
    _text(feed, "updated", _timestamp(newest))
    _link(feed, feed_url, "self", "application/atom+xml")
    _link(feed, page_url, "alternate", "text/html")
    # Atom requires an author on the feed when any entry lacks one.
    if any(entry.author is None for entry in items) or not items:
        author = ET.SubElement(feed, f"{{{ATOM_NS}}}author")
        _text(author, "name", title)
    for entry in items:
        element = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
        _text(element, "id", entry.id)
        _text(element, "title", entry.title)
        _text(element, "updated", _timestamp(entry.updated))
        _link(element, entry.url, "alternate", "text/html")
        if entry.author:
            author = ET.SubElement(element, f"{{{ATOM_NS}}}author")
            _text(author, "name", entry.author)
        _text(element, "summary", entry.summary)
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True).replace(
        "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>'
    )
