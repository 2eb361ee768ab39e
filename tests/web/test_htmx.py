"""HTMX: a full page includes its results; an HTMX request gets only the fragment, with a clean URL."""

from __future__ import annotations

from tests.web.helpers import listed_ids, parse

HX = {"HX-Request": "true", "HX-Target": "results"}


def test_full_page_includes_the_results_fragment(client):
    tree = parse(client.get("/?topic=tariffs").text)
    assert tree.xpath('//form[@id="filters"]') and tree.xpath('//div[@id="results"]')


def test_htmx_request_gets_only_the_results_fragment(client):
    response = client.get("/?topic=tariffs", headers=HX)
    assert response.status_code == 200
    assert "<html" not in response.text and 'id="filters"' not in response.text
    fragment = parse(response.text)
    assert fragment.get("id") == "results"
    assert listed_ids(fragment) == ["eu-trump-000010", "eu-commission-11", "trade-trump-0002", "trade-tariffs-01"]
    assert "HX-Request" in response.headers["vary"]


def test_htmx_form_submission_pushes_a_clean_shareable_url(client):
    response = client.get("/?speaker=&topic=tariffs&outlet=&kind=&from=&to=&q=&sort=", headers=HX)
    assert response.headers["hx-push-url"] == "/?topic=tariffs"


def test_history_restore_and_boosted_requests_get_whole_pages(client):
    restore = client.get("/?topic=tariffs", headers={**HX, "HX-History-Restore-Request": "true"})
    assert "<html" in restore.text
    boosted = client.get("/?topic=tariffs", headers={**HX, "HX-Boosted": "true"})
    assert "<html" in boosted.text


def test_load_more_appends_only_rows_and_the_next_link(client):
    first = parse(client.get("/?topic=economy").text)
    next_url = first.xpath('//a[@id="load-more"]/@href')[0]
    assert first.xpath('//a[@id="load-more"]/@hx-target') == ["#load-more-item"]
    response = client.get(next_url, headers={"HX-Request": "true", "HX-Target": "load-more-item"})
    assert response.status_code == 200
    assert 'id="results"' not in response.text and "<h2" not in response.text
    rows = parse(f"<ol>{response.text}</ol>")
    assert listed_ids(rows) == ["econ-7-3-0000", "econ-7-2-0000", "econ-7-1-0000", "econ-6-3-0000", "econ-6-2-0000"]
    assert rows.xpath('//li[@id="load-more-item"]/a/@href'), "the next page's link replaces the old one"


def test_facet_links_update_the_results_in_place(client):
    tree = parse(client.get("/").text)
    results = tree.xpath('//div[@id="results"]')[0]
    assert results.get("hx-target") == "this" and results.get("hx-push-url") == "true"
    for link in tree.xpath('//a[contains(@class, "facet-link")]'):
        assert link.get("hx-get") == link.get("href")


def test_an_error_during_an_htmx_update_replaces_the_results_with_the_message(client):
    response = client.get("/?from=2024-13-45", headers=HX)
    assert response.status_code == 400
    fragment = parse(response.text)
    assert fragment.get("id") == "results"
    assert "`from`" in fragment.xpath('//p[@id="error-message"]')[0].text_content()


def test_speaker_picker_searches_all_speakers_and_keeps_other_filters(client):
    response = client.get("/speakers/picker?name=reev&topic=economy", headers={"HX-Request": "true"})
    assert "<html" not in response.text
    links = parse(f"<ul>{response.text}</ul>").xpath("//a/@href")
    assert links == ["/?speaker=rachel-reeves&topic=economy"]
    page = parse(client.get("/speakers/picker?name=zzz").text)
    assert page.xpath('//form[@class="picker"]'), "without JavaScript the picker is a page of its own"
    assert "No speaker matches" in page.xpath('//ul[@id="speaker-picker-results"]')[0].text_content()


def test_updates_are_announced_through_a_live_region(client):
    tree = parse(client.get("/?topic=tariffs").text)
    live = tree.xpath('//div[@id="live-status"]')[0]
    assert live.get("aria-live") == "polite" and live.get("role") == "status"
    assert tree.xpath('//div[@id="results"]/@data-announce') == ["4 statements"]
    assert tree.xpath('//a[@class="skip-link"]/@href') == ["#main"]
