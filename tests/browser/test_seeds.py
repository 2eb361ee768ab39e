"""The app as a newcomer first sees it: started on an empty database, it ingests the bundled seed
articles, and every statement it lists opens on its permalink with its words highlighted in context."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_seeded_statements_open_with_their_words_in_context(page: Page, seeded_server, watch):
    page.goto(seeded_server.url + "/")
    rows = page.locator("#statement-list > li.statement-item")
    expect(rows.first).to_be_visible()
    permalinks = rows.locator(".permalink").evaluate_all("links => links.map(a => a.href)")
    quotes = [" ".join(q.split()) for q in rows.locator("blockquote").all_inner_texts()]
    assert permalinks and len(permalinks) == len(quotes)
    for permalink, quote in zip(permalinks, quotes):
        response = page.goto(permalink)
        assert response.status == 200, permalink
        assert page.url == permalink, "a listed permalink redirected"
        expect(page.locator("#quote-text")).to_be_visible()
        listed, shown = words(quote), words(page.locator("#quote-text").inner_text())
        assert listed and shown[: len(listed)] == listed, (quote, permalink)
        expect(page.locator(".context mark")).not_to_have_count(0)
    assert watch.errors == [] and watch.dialogs == []
