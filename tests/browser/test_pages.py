"""Every page type in Chromium: it works with JavaScript off, passes axe-core's serious and critical
checks, and fits a phone's width without scrolling sideways."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations
from tests.browser.pages import PAGE_TYPES, listed_ids

pytestmark = pytest.mark.browser

STATUS = {"not-found": 404, "bad-request": 400}
LISTS = {"home", "search", "filtered", "speaker", "topic", "outlet"}
PHONE = {"width": 360, "height": 740}


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_works_without_javascript(nojs_page: Page, name):
    page = nojs_page
    response = page.goto(PAGE_TYPES[name])
    assert response.status == STATUS.get(name, 200)
    expect(page.locator("main h1")).to_be_visible()
    expect(page.locator("nav a#nav-statements")).to_be_visible()
    assert "Traceback" not in page.content()
    if name in LISTS:
        assert listed_ids(page), f"{name}: no statement listed"
        expect(page.locator("#filters")).to_be_visible()
    if name == "statement":
        expect(page.locator("#quote-text")).to_be_visible()
        expect(page.locator("#permalink-field")).to_be_visible()


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_breaks_no_rule_of_its_content_security_policy(page: Page, name):
    """No inline style or script, nothing from elsewhere: the console reports no refusal and no error."""
    messages: list[str] = []
    page.on("console", lambda message: message.type == "error" and messages.append(message.text))
    page.on("pageerror", lambda error: messages.append(str(error)))
    page.goto(PAGE_TYPES[name])
    page.wait_for_load_state("load")
    violations = page.evaluate("""() => new Promise(resolve => {
        const seen = performance.getEntriesByType('resource').filter(r => !r.name.startsWith(location.origin));
        resolve(seen.map(r => r.name));
    })""")
    assert violations == [], f"{name}: loads from elsewhere: {violations}"
    if name in STATUS:  # the document itself answered 4xx, which the console reports
        messages = [m for m in messages if "status of " + str(STATUS[name]) not in m]
    assert messages == [], f"{name}: {messages}"


def test_facets_and_load_more_are_plain_links_without_javascript(nojs_page: Page):
    page = nojs_page
    page.goto("/")
    first = listed_ids(page)
    with page.expect_navigation():
        page.click("#load-more")
    assert "cursor=" in page.url
    second = listed_ids(page)
    assert second and not set(second) & set(first), "the next page repeats rows"
    expect(page.locator("#first-page")).to_be_visible()
    with page.expect_navigation():
        page.locator('#facet-topic a.facet-link[data-value="tariffs"]').click()
    assert "topic=tariffs" in page.url and "cursor=" not in page.url
    expect(page.locator("#results-heading")).to_contain_text("4 statements")
    with page.expect_navigation():
        page.click(".active-filters a[data-remove=topic]")
    assert "topic=" not in page.url


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_has_no_serious_accessibility_violations(axe_page: Page, name):
    axe_page.goto(PAGE_TYPES[name])
    assert axe_violations(axe_page) == []


def test_results_after_an_htmx_swap_have_no_serious_accessibility_violations(axe_page: Page):
    axe_page.goto("/")
    axe_page.locator('#facet-speaker a.facet-link[data-value="rachel-reeves"]').click()
    expect(axe_page.locator(".active-filters [data-remove=speaker]")).to_be_visible()
    axe_page.click("#load-more")
    expect(axe_page.locator("#statement-list > li.statement-item")).not_to_have_count(5)
    assert axe_violations(axe_page) == []


def test_axe_helper_reports_what_it_finds(axe_page: Page):
    """The checker itself: a page with an unlabelled image and an unnamed button fails it."""
    axe_page.set_content('<!doctype html><html lang="en"><title>t</title><main><img src="/static/none.png">'
                         "<button></button></main></html>")
    found = "\n".join(axe_violations(axe_page))
    assert "image-alt" in found and "button-name" in found


def sideways_overflow(page: Page) -> str | None:
    """None when the page fits its viewport's width; else the widths and the widest elements."""
    overflow = page.evaluate("""() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('main *')]
            .filter(el => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1 && !el.matches('input, textarea, pre'))
            .map(el => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} (${el.scrollWidth}px)`);
        return {scroll: document.documentElement.scrollWidth, width, wide: wide.slice(-3)};
    }""")
    if overflow["scroll"] <= overflow["width"]:
        return None
    return f"page {overflow['scroll']}px wide in a {overflow['width']}px viewport; too wide: {overflow['wide']}"


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_fits_a_phone_without_horizontal_scroll(page: Page, name):
    page.set_viewport_size(PHONE)
    page.goto(PAGE_TYPES[name])
    assert sideways_overflow(page) is None


@pytest.mark.parametrize("path", ["/articles/a-hostile", "/s/hostile-img-00002", "/?speaker=mallory-pwn"])
def test_long_unbroken_words_do_not_widen_a_phone_page(page: Page, path):
    """Headlines, names and quotes with long tokens (markup, URLs) still wrap on a phone."""
    page.set_viewport_size(PHONE)
    page.goto(path)
    assert sideways_overflow(page) is None
