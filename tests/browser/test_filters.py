"""Issue 2 in a real browser: the filter form updates the list in place with HTMX and pushes the URL;
without JavaScript the same form is a plain GET that works just as well."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def speakers_listed(page: Page) -> set[str]:
    return {" ".join(t.split()) for t in page.locator("#statement-list .statement-item .attribution cite").all_inner_texts()}


def listed_ids(page: Page) -> list[str]:
    return [i.removeprefix("item-") for i in page.locator("#statement-list > li.statement-item").evaluate_all(
        "items => items.map(item => item.id)")]


def test_speaker_filter_updates_the_list_in_place_and_pushes_the_url(page: Page, watch):
    page.goto("/")
    expect(page.locator("#statement-list .statement-item").first).to_be_visible()
    before = listed_ids(page)
    heading = page.locator("#results-heading").inner_text()
    assert len(speakers_listed(page)) > 1
    # A full page load would wipe this marker; an HTMX swap keeps it.
    page.evaluate("() => { window.__sameDocument = true; }")

    page.fill("#filter-speaker", "rachel-reeves")
    page.press("#filter-speaker", "Enter")

    expect(page).to_have_url(re.compile(r"[?&]speaker=rachel-reeves(&|$)"))
    expect(page.locator("#results-heading")).not_to_have_text(heading)
    expect(page.locator(".active-filters [data-remove=speaker]")).to_be_visible()
    assert speakers_listed(page) == {"Rachel Reeves"}
    assert listed_ids(page) != before
    assert page.evaluate("() => window.__sameDocument") is True, "the filter reloaded the whole page"
    assert not watch.errors

    # Back restores the unfiltered list.
    page.go_back()
    expect(page).not_to_have_url(re.compile(r"speaker="))
    expect(page.locator("#statement-list .statement-item").first).to_be_visible()
    assert len(speakers_listed(page)) > 1


def test_speaker_filter_works_without_javascript(nojs_page: Page):
    page = nojs_page
    page.goto("/")
    assert len(speakers_listed(page)) > 1
    page.fill("#filter-speaker", "keir-starmer")
    with page.expect_navigation():
        page.click("#filter-submit")
    # The plain form submit lands on the same clean, shareable URL a facet link would use.
    assert page.url.endswith("/?speaker=keir-starmer"), page.url
    assert speakers_listed(page) == {"Keir Starmer"}
    expect(page.locator("#filter-speaker")).to_have_value("keir-starmer")
    expect(page.locator(".active-filters [data-remove=speaker]")).to_be_visible()
