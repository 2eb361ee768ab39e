"""The web app's pure helpers: passages, URLs, cursors."""

from __future__ import annotations

import datetime as dt

import pytest

from app import urls
from app.web import cursor, passages


def test_a_statement_over_two_paragraphs_is_marked_in_both_and_anchored_once():
    text = "Intro line.\n\nHe said: “First part.\n\nSecond part.” Then more."
    start = text.index("First")
    end = text.index("Then") - 2
    paragraphs = passages.mark(text, [passages.Span(start, end, "s1")])
    marked = [(piece.text, piece.first) for paragraph in paragraphs for piece in paragraph if piece.mark]
    assert marked == [("First part.", True), ("Second part.", False)]
    assert "".join(piece.text for piece in paragraphs[0]) == "Intro line."


def test_overlapping_statements_are_not_nested():
    text = "Alpha beta gamma delta."
    spans = [passages.Span(0, 10, "a"), passages.Span(6, 16, "b"), passages.Span(17, 22, "c")]
    pieces = passages.mark(text, spans)[0]
    assert [(p.text, p.mark) for p in pieces] == [("Alpha beta", "a"), (" gamma ", None), ("delta", "c"), (".", None)]


def test_context_window_keeps_only_the_paragraphs_around_the_statement():
    text = "One.\nTwo said “x”.\nThree."
    start = text.index("x")
    paragraphs = passages.mark(text, [passages.Span(start, start + 1, "s")], window=(start, start + 1))
    assert len(paragraphs) == 1 and paragraphs[0][0].text == "Two said “"


def test_locate_falls_back_to_the_words_when_offsets_are_stale():
    assert passages.locate("abc quote def", 0, 5, "quote") == (4, 9)
    assert passages.locate("abc", 0, 3, "missing") is None


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example",
                                 "http://", "https://ex ample.com", None, ""])
def test_only_plain_http_links_leave_the_site(url):
    assert urls.safe_external(url) is None


def test_safe_external_keeps_real_links():
    assert urls.safe_external("https://www.bbc.co.uk/news/1") == "https://www.bbc.co.uk/news/1"


def test_slugs_and_query_strings():
    assert urls.slugify("Sir Keir Starmer’s plan") == "sir-keir-starmers-plan"
    assert urls.statement_slug("José Álvarez", "¡No! We won't.") == "jose-alvarez-no-we-won-t"
    assert urls.with_query("/", {"q": "a b", "speaker": "x", "sort": "", "zz": "1"}) == "/?speaker=x&q=a+b&zz=1"


def test_cursor_round_trip_and_refusals():
    token = cursor.encode(cursor.Cursor("newest", dt.date(2024, 5, 1), "abc"))
    assert cursor.decode(token, "newest") == cursor.Cursor("newest", dt.date(2024, 5, 1), "abc")
    ranked = cursor.encode(cursor.Cursor("relevance", -1.25, "x"))
    assert cursor.decode(ranked, "relevance").key == -1.25
    for bad in ("", ".", "abc", token + "x", token.replace(".", ".0"), "é." + token.split(".")[1], token + "é"):
        with pytest.raises(cursor.BadCursor):
            cursor.decode(bad, "newest")
    with pytest.raises(cursor.BadCursor):
        cursor.decode(token, "oldest")


def test_a_long_or_stray_date_range_is_drawn_per_year(empty_database_url):
    from sqlmodel import Session

    from app.db import get_engine
    from app.models import Statement
    from app.web import facets, listing
    from app.web.filters import Filters
    from tests.web import fixture_db

    url = empty_database_url
    fixture_db.build(url)
    with Session(get_engine(url)) as session:
        stray = session.query(Statement).filter(Statement.public_id == "undated-0000012").one()
        stray.date = dt.date(1, 11, 5)  # a date an archive got wrong
        session.commit()
        resolved = listing.resolve(session, Filters())
        bars = facets.months(session, resolved, "/")
    assert [b.value for b in bars][:1] == ["1"] and bars[-1].value == "2025"
    assert len(bars) == 3, "years with no statement are left out when the range spans centuries"
    assert bars[-2].href == "/?from=2024-01-01&to=2024-12-31"


def test_remembered_counts_follow_a_write_to_the_database(empty_database_url):
    from fastapi.testclient import TestClient
    from sqlalchemy import text

    from app.db import get_engine
    from app.settings import Settings
    from app.web.main import create_app
    from tests.web import fixture_db
    from tests.web.helpers import parse

    url = empty_database_url
    fixture_db.build(url)

    def heading(client) -> str:
        return parse(client.get("/?topic=tariffs").text).xpath('//h2[@id="results-heading"]')[0].text_content()

    with TestClient(create_app(Settings(database_url=url, seed_on_start=False))) as client:
        assert heading(client) == "4 statements"
        assert heading(client) == "4 statements"
        with get_engine(url).begin() as connection:
            connection.execute(text("UPDATE statement SET withdrawn_at = '2025-03-01 00:00:00' "
                                    "WHERE public_id = 'trade-trump-0002'"))
        assert heading(client) == "3 statements"
        tree = parse(client.get("/?topic=tariffs").text)
        assert "trade-trump-0002" not in tree.xpath('//section[@id="facet-speaker"]//a/@href')
