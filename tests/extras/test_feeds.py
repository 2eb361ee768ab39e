"""Atom feeds parse as Atom, carry every entry, and keep hostile text as text."""

import datetime as dt
import xml.etree.ElementTree as ET

import feedparser
from hypothesis import given, settings
from hypothesis import strategies as st

from app.web.feeds import _XML_INVALID, ATOM_NS, FeedEntry, atom_feed

SITE = "https://onrecord.example"


def entry(n: int, **changes) -> FeedEntry:
    values = dict(
        id=f"{SITE}/s/abc{n}",
        title=f"Speaker {n}: statement {n}",
        url=f"{SITE}/s/abc{n}/statement-{n}",
        updated=dt.datetime(2024, 11, n, 9, 30, tzinfo=dt.timezone.utc),
        summary=f"What speaker {n} said.",
        author=f"Speaker {n}",
    )
    values.update(changes)
    return FeedEntry(**values)


def test_feed_parses_with_titles_links_and_ids():
    xml = atom_feed("Statements", f"{SITE}/.atom", f"{SITE}/", [entry(1), entry(2)])
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "Statements"
    assert parsed.feed.id == f"{SITE}/.atom"
    links = {link.rel: link.href for link in parsed.feed.links}
    assert links == {"self": f"{SITE}/.atom", "alternate": f"{SITE}/"}
    assert [e.title for e in parsed.entries] == ["Speaker 1: statement 1", "Speaker 2: statement 2"]
    assert [e.id for e in parsed.entries] == [f"{SITE}/s/abc1", f"{SITE}/s/abc2"]
    assert [e.link for e in parsed.entries] == [f"{SITE}/s/abc1/statement-1", f"{SITE}/s/abc2/statement-2"]
    assert parsed.entries[1].author == "Speaker 2"
    assert parsed.entries[0].summary == "What speaker 1 said."
    # The feed is as new as its newest entry.
    assert parsed.feed.updated_parsed[:5] == (2024, 11, 2, 9, 30)


def test_hostile_text_comes_back_as_text():
    payload = '<script>window.__pwned=1</script><img src=x onerror="alert(1)"> & "quotes" ]]>'
    xml = atom_feed(
        "Feed <b>bold</b>",
        f"{SITE}/.atom?q=a&b",
        f"{SITE}/?q=a&b",
        [entry(1, title=payload, summary=payload, author="<i>Evil</i> & co")],
    )
    # No markup element made it into the document: only Atom's own.
    root = ET.fromstring(xml.encode("utf-8"))
    assert {el.tag.split("}")[0].lstrip("{") for el in root.iter()} == {ATOM_NS}
    assert "<script>" not in xml and "<img" not in xml
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    item = parsed.entries[0]
    assert item.title == payload
    assert item.title_detail.type == "text/plain"
    assert item.summary == payload
    assert item.author == "<i>Evil</i> & co"
    assert parsed.feed.title == "Feed <b>bold</b>"
    assert {link.rel: link.href for link in parsed.feed.links}["self"] == f"{SITE}/.atom?q=a&b"


def test_control_characters_and_naive_times_still_give_valid_xml():
    naive = dt.datetime(2024, 11, 11, 12, 0)
    xml = atom_feed("Bad\x00bytes\x1b", f"{SITE}/.atom", f"{SITE}/", [entry(1, title="a\x0bb\ud800c", updated=naive)])
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "Badbytes"
    assert parsed.entries[0].title == "abc"
    assert parsed.entries[0].updated == "2024-11-11T12:00:00Z"


def test_empty_feed_is_valid_and_stable():
    first = atom_feed("Nothing yet", f"{SITE}/.atom", f"{SITE}/", [])
    assert first == atom_feed("Nothing yet", f"{SITE}/.atom", f"{SITE}/", [])
    parsed = feedparser.parse(first)
    assert not parsed.bozo and parsed.version == "atom10"
    assert parsed.entries == []


def xml_text(value: str) -> str:
    """What an XML parser gives back for `value`: invalid characters gone, line ends normalised."""
    return _XML_INVALID.sub("", value).replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=150, deadline=None)
@given(title=st.text(), summary=st.text(), author=st.one_of(st.none(), st.text(min_size=1)))
def test_any_text_round_trips_as_text(title, summary, author):
    xml = atom_feed("Feed", f"{SITE}/.atom", f"{SITE}/", [entry(1, title=title, summary=summary, author=author)])
    root = ET.fromstring(xml.encode("utf-8"))  # well-formed whatever the input
    ns = {"a": ATOM_NS}
    assert (root.findtext("a:entry/a:title", namespaces=ns) or "") == xml_text(title)
    assert (root.findtext("a:entry/a:summary", namespaces=ns) or "") == xml_text(summary)
    assert len(root.findall("a:entry/a:title", namespaces=ns)) == 1
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == 1
