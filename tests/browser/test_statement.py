"""Issue 4's statement pages in Chromium: permalinks and their 301s, copy link, the embed snippet, the
share card, withdrawn and replaced statements."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

CANONICAL = "/s/eu-reset-000009/keir-starmer-the-eu-reset-is-about-trade-and-security"
QUOTE = "The EU reset is about trade and security, and good relations matter."


@pytest.mark.parametrize("path", ["/s/eu-reset-000009", "/s/eu-reset-000009/wrong-slug",
                                  "/s/eu-reset-000009/keir-starmer-the-eu"])
def test_short_and_wrong_slug_urls_land_on_the_canonical_page(page: Page, base_url, path):
    response = page.goto(path)
    assert response.status == 200
    assert page.url == base_url + CANONICAL
    assert response.request.redirected_from is not None, "no redirect"
    first = response.request.redirected_from
    while first.redirected_from:
        first = first.redirected_from
    assert first.response().status == 301
    expect(page.locator("#quote-text")).to_have_text(QUOTE)
    expect(page.locator('link[rel="canonical"]')).to_have_attribute("href", base_url + CANONICAL)


def test_copy_link_puts_the_permalink_on_the_clipboard(page: Page, context, base_url):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page.goto(CANONICAL)
    button = page.locator("#copy-link")
    expect(button).to_be_visible()
    button.click()
    expect(button).to_have_text("Copied")
    assert page.evaluate("() => navigator.clipboard.readText()") == base_url + CANONICAL
    expect(page.locator("#live-status")).to_have_text("Copied to the clipboard")


def test_embed_snippet_is_copied_and_renders_the_quote_elsewhere(page: Page, context, base_url):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page.goto(CANONICAL)
    page.click("#copy-embed")
    expect(page.locator("#copy-embed")).to_have_text("Copied")
    snippet = page.evaluate("() => navigator.clipboard.readText()")
    assert snippet == page.locator("#embed-field").input_value()
    assert snippet.lstrip().startswith("<blockquote") and "<script" not in snippet
    # Pasted into another page, the snippet shows the words and links back to the permalink.
    page.set_content(f"<!doctype html><title>Elsewhere</title><body>{snippet}</body>")
    expect(page.locator("blockquote p")).to_have_text(QUOTE)
    expect(page.locator("blockquote cite a")).to_have_attribute("href", base_url + CANONICAL)
    expect(page.locator("blockquote cite a")).to_have_text("Keir Starmer")


def test_copy_buttons_stay_hidden_without_javascript(nojs_page: Page, base_url):
    nojs_page.goto(CANONICAL)
    expect(nojs_page.locator("#copy-link")).to_be_hidden()
    # The permalink is still there to select by hand.
    expect(nojs_page.locator("#permalink-field")).to_have_value(base_url + CANONICAL)


def test_share_card_is_a_1200_by_630_image(page: Page, base_url):
    page.goto(CANONICAL)
    card = page.locator('meta[property="og:image"]').get_attribute("content")
    assert card == f"{base_url}/s/eu-reset-000009/card.png"
    page.click("#card-link")
    page.wait_for_load_state()
    assert page.url == card
    size = page.evaluate("() => { const img = document.querySelector('img'); return [img.naturalWidth, img.naturalHeight]; }")
    assert size == [1200, 630]


def test_withdrawn_statement_keeps_its_words_with_a_notice(page: Page):
    response = page.goto("/s/eu-gone-0000014")
    assert response.status == 200
    expect(page.locator("#withdrawn-notice")).to_contain_text("This statement was withdrawn")
    expect(page.locator("#quote-text")).to_have_text("Brussels will listen to us in the end.")
    expect(page.locator(".kicker")).to_have_text("Withdrawn statement")
    expect(page.locator('meta[name="robots"]')).to_have_attribute("content", "noindex")
    # Nothing invites sharing a withdrawn statement.
    expect(page.locator("#copy-link")).to_have_count(0)
    # And it is not in the list of current statements.
    page.goto("/?speaker=keir-starmer")
    expect(page.locator("#item-eu-gone-0000014")).to_have_count(0)


def test_replaced_statement_redirects_to_its_replacement(page: Page, base_url):
    response = page.goto("/s/eu-old-reset-013/keir-starmer-the-eu-reset-is-about-trade")
    assert response.status == 200
    assert page.url == base_url + CANONICAL
    expect(page.locator("#quote-text")).to_have_text(QUOTE)


def test_in_context_link_highlights_the_statement_in_its_article(page: Page):
    page.goto(CANONICAL)
    page.click("#in-context-link")
    assert re.search(r"/articles/a-eu#s-eu-reset-000009$", page.url), page.url
    mark = page.locator("#s-eu-reset-000009")
    expect(mark).to_be_in_viewport()
    expect(mark.locator("mark")).to_have_text(QUOTE)


def test_unknown_statement_is_a_404_page_in_the_site_layout(page: Page):
    response = page.goto("/s/no-such-statement")
    assert response.status == 404
    expect(page.locator("header.masthead .brand")).to_be_visible()
    expect(page.locator("main h1")).to_be_visible()
    assert "Traceback" not in page.content()


def test_structured_data_describes_the_quotation(page: Page, base_url):
    page.goto(CANONICAL)
    data = page.evaluate("() => JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)")
    assert data["@type"] == "Quotation"
    assert data["text"] == QUOTE
    assert data["url"] == base_url + CANONICAL
    assert data["creator"]["name"] == "Keir Starmer"
