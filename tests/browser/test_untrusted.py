"""Article text that tries to run script stays inert in a real browser: no dialog opens and
`window.__pwned` stays undefined on every page, feed, export and card built from it."""

from __future__ import annotations

import csv

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import HOSTILE_QUOTES, ScriptWatch
from tests.browser.pages import HOSTILE_PAGES

pytestmark = pytest.mark.browser


def assert_inert(watch: ScriptWatch, where: str) -> None:
    assert watch.dialogs == [], f"{where}: a dialog opened: {watch.dialogs}"
    assert not watch.pwned(), f"{where}: injected script ran"


def test_no_payload_runs_on_any_page(page: Page, watch):
    for path in HOSTILE_PAGES:
        response = page.goto(path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
        assert_inert(watch, path)
    # The payloads are shown as the words they are.
    page.goto("/articles/a-hostile")
    expect(page.locator(".article-text")).to_contain_text("<script>window.__pwned=1</script> We will cut taxes.")
    expect(page.locator("h1")).to_have_text("Hostile <script>window.__pwned=1</script> headline")
    assert page.locator("main img, main svg, main script").count() == 0
    assert watch.errors == [], watch.errors


def test_no_payload_runs_through_htmx_swaps(page: Page, watch):
    page.goto("/")
    page.locator('#facet-speaker a.facet-link[data-value="mallory-pwn"]').click()
    expect(page.locator("#statement-list .statement-item")).to_have_count(3)
    page.fill("#filter-q", "onerror")
    expect(page.locator("#results-heading")).to_contain_text("matching")
    page.fill("#filter-q", "")
    # The picker sits inside the results: let the cleared search's swap land before using it.
    expect(page.locator("#results-heading")).not_to_contain_text("matching")
    page.fill("#speaker-picker-input", "Mallory")
    expect(page.locator("#speaker-picker-results")).to_contain_text("Mallory")
    page.goto("/")
    while page.locator("#load-more").count():
        shown = page.locator("#statement-list > li.statement-item").count()
        page.click("#load-more")
        expect(page.locator("#statement-list > li.statement-item")).not_to_have_count(shown)
    assert_inert(watch, "HTMX swaps")
    expect(page.locator("#item-hostile-img-00002 blockquote")).to_contain_text('<img src=x onerror="window.__pwned=1">')


def test_hostile_links_do_not_run_script_when_followed(page: Page, watch):
    page.goto("/articles/a-hostile")
    hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:", "vbscript:"))]
    # The article's own URL is `javascript:...`: it is not offered as a link at all.
    expect(page.locator("#source-link")).to_have_count(0)
    page.goto("/s/hostile-link-0003")
    expect(page.locator("#quote-text")).to_contain_text('<a href="javascript:window.__pwned=1">here</a>')
    expect(page.locator("#quote-text a")).to_have_count(0)
    assert_inert(watch, "links")


@pytest.mark.parametrize("path", ["/statements.atom?speaker=mallory-pwn", "/speakers/mallory-pwn.atom",
                                  "/statements.json?speaker=mallory-pwn",
                                  "/s/hostile-img-00002/card.png", "/s/payload-script-7/card.png"])
def test_feeds_exports_and_cards_are_inert_when_opened(page: Page, watch, path):
    response = page.goto(path)
    assert response.status == 200
    assert response.headers["x-content-type-options"] == "nosniff"
    assert not response.headers["content-type"].startswith("text/html")
    page.wait_for_load_state("load")
    assert_inert(watch, path)


def test_csv_export_is_a_download_that_keeps_the_words(page: Page, watch):
    page.goto("/?speaker=mallory-pwn")
    with page.expect_download() as download:
        page.click("#export-csv")
    with open(download.value.path(), encoding="utf-8-sig", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert set(rows) == {public_id for public_id, _ in HOSTILE_QUOTES}
    assert rows["hostile-script-01"]["text"] == dict(HOSTILE_QUOTES)["hostile-script-01"]
    assert rows["hostile-script-01"]["source_url"] == "", "a javascript: URL is never passed on"
    assert_inert(watch, "CSV")


def test_the_policy_blocks_inline_script_even_if_some_got_through(page: Page, watch):
    """Defence in depth: the CSP the pages carry refuses inline script outright."""
    page.goto("/")
    blocked = page.evaluate("""() => new Promise(resolve => {
        document.addEventListener('securitypolicyviolation', e => resolve(e.violatedDirective), {once: true});
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = 1';
        document.body.appendChild(s);
        setTimeout(() => resolve(null), 2000);
    })""")
    assert blocked and blocked.startswith("script-src")
    assert not watch.pwned()
