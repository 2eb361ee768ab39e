"""Issue 4's list features in Chromium: facet toggles, phrase search, "load more", the live region."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import listed_ids, mark_document, same_document

pytestmark = pytest.mark.browser


def query(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def total(page: Page) -> int:
    match = re.match(r"\s*([\d,]+) statements?", page.locator("#results-heading").inner_text())
    assert match, page.locator("#results-heading").inner_text()
    return int(match.group(1).replace(",", ""))


def heading_count(count: int) -> re.Pattern:
    return re.compile(rf"^\s*{count:,} statements?\b")


@pytest.mark.parametrize("facet, param", [("speaker", "speaker"), ("topic", "topic"), ("outlet", "outlet"),
                                          ("kind", "kind")])
def test_each_facet_toggles_on_and_off_in_place(page: Page, watch, facet, param):
    page.goto("/")
    everything = total(page)
    link = page.locator(f"#facet-{facet} a.facet-link").nth(1)
    value = link.get_attribute("data-value")
    count = int(link.locator(".count").inner_text())
    assert 0 < count < everything
    mark_document(page)

    link.click()
    expect(page.locator("#results-heading")).to_have_text(heading_count(count))
    assert query(page).get(param) == [value]
    active = page.locator(f'#facet-{facet} a.facet-link[data-value="{value}"]')
    expect(active).to_have_attribute("aria-current", "true")
    assert len(listed_ids(page)) == min(count, 5)
    # The filter form follows the address bar.
    expect(page.locator(f"#filter-{facet}")).to_have_value(value)

    active.click()
    expect(page.locator("#results-heading")).to_have_text(heading_count(everything))
    assert param not in query(page)
    assert same_document(page), "a facet link reloaded the whole page"
    assert not watch.errors


def test_month_bar_filters_to_that_month_and_back(page: Page):
    page.goto("/")
    everything = total(page)
    bar = page.locator('#facet-months a.bar-link[data-month="2024-05"]')
    label = bar.get_attribute("title")  # "May 2024: 3"
    count = int(label.rsplit(":", 1)[1])
    mark_document(page)
    bar.click()
    expect(page.locator("#results-heading")).to_have_text(heading_count(count))
    assert query(page).get("from") == ["2024-05-01"] and query(page).get("to") == ["2024-05-31"]
    dates = page.locator("#statement-list time").evaluate_all("ts => ts.map(t => t.getAttribute('datetime'))")
    assert dates and all(d.startswith("2024-05") for d in dates)
    page.locator('#facet-months a.bar-link[data-month="2024-05"]').click()
    expect(page.locator("#results-heading")).to_have_text(heading_count(everything))
    assert same_document(page)


def test_active_filter_chip_removes_its_filter(page: Page):
    page.goto("/?speaker=keir-starmer&topic=defence")
    expect(page.locator("#results-heading")).to_have_text(heading_count(1))
    page.click(".active-filters a[data-remove=topic]")
    expect(page.locator("#results-heading")).not_to_have_text(heading_count(1))
    assert query(page) == {"speaker": ["keir-starmer"]}
    expect(page.locator("#filter-topic")).to_have_value("")


def test_search_for_an_exact_phrase(page: Page):
    page.goto("/")
    mark_document(page)
    page.fill("#filter-q", '"defence pact"')
    expect(page.locator("#results-heading")).to_have_text(heading_count(1))
    assert query(page).get("q") == ['"defence pact"']
    expect(page.locator("#statement-list blockquote")).to_contain_text("defence pact with Europe")
    # The same words in another order are not the phrase.
    page.fill("#filter-q", '"pact defence"')
    expect(page.locator("#no-results")).to_be_visible()
    assert same_document(page)


def test_search_results_can_be_narrowed_by_a_facet(page: Page):
    page.goto("/?q=tariffs")
    before = total(page)
    page.locator("#facet-speaker a.facet-link", has_text="Donald Trump").click()
    expect(page.locator("#results-heading")).not_to_have_text(heading_count(before))
    assert query(page) == {"q": ["tariffs"], "speaker": ["donald-trump"]}
    texts = page.locator("#statement-list blockquote").all_inner_texts()
    assert texts and all("tariff" in t.lower() for t in texts)


def test_load_more_appends_rows_until_the_end(page: Page):
    page.goto("/")
    everything = total(page)
    first = listed_ids(page)
    assert len(first) == 5
    url = page.url
    mark_document(page)
    page.click("#load-more")
    expect(page.locator("#statement-list > li.statement-item")).to_have_count(10)
    assert listed_ids(page)[:5] == first, "load more replaced the rows instead of appending"
    assert page.url == url, "load more changed the address"
    while page.locator("#load-more").count():
        shown = len(listed_ids(page))
        page.click("#load-more")
        expect(page.locator("#statement-list > li.statement-item")).not_to_have_count(shown)
    ids = listed_ids(page)
    assert len(ids) == everything and len(set(ids)) == everything
    assert same_document(page)


def test_live_region_announces_the_new_results_after_a_swap(page: Page):
    page.goto("/")
    live = page.locator("#live-status[aria-live]")
    expect(live).to_have_text("")
    page.locator('#facet-speaker a.facet-link[data-value="donald-trump"]').click()
    expect(live).to_have_text(re.compile(r"^2 statements"))
    page.fill("#filter-q", "beautiful")
    expect(live).to_have_text(re.compile(r"^1 statement matching beautiful"))


def test_focus_moves_to_the_new_results_after_a_facet_link_is_replaced(page: Page):
    page.goto("/")
    page.locator('#facet-topic a.facet-link[data-value="defence"]').click()
    expect(page.locator("#results-heading")).to_be_focused()


def test_load_more_announces_the_new_rows_and_focuses_the_first(page: Page):
    page.goto("/")
    page.click("#load-more")
    expect(page.locator("#live-status")).to_have_text("5 more statements loaded, 10 shown")
    sixth = page.locator("#statement-list > li.statement-item").nth(5)
    expect(sixth).to_be_focused()


def test_a_filtered_list_offers_its_own_feed(page: Page, base_url):
    page.goto("/?speaker=keir-starmer")
    page.locator('#facet-topic a.facet-link[data-value="defence"]').click()
    expect(page.locator("#results-heading")).to_have_text(heading_count(1))
    # The feed link in the swapped-in results follows the filters.
    href = page.locator("#export-atom").get_attribute("href")
    feed = feedparser.parse(page.request.get(base_url + href).text())
    assert not feed.bozo
    listed = page.locator("#statement-list .permalink").evaluate_all("links => links.map(a => a.href)")
    assert [entry.link for entry in feed.entries] == listed
