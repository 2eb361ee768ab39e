"""Facets: counts that follow the other filters, links that toggle, a timeline that filters by month."""

from __future__ import annotations

from tests.web.helpers import listed_ids, parse


def _facet(tree, name: str) -> dict[str, int]:
    values = {}
    for link in tree.xpath(f'//section[@id="facet-{name}"]//a'):
        values[link.get("data-value")] = int(link.xpath('.//span[@class="count"]')[0].text)
    return values


def test_counts_follow_the_other_active_filters(client):
    everything = parse(client.get("/").text)
    assert _facet(everything, "outlet") == {"the-guardian": 21, "bbc-news": 5, "sky-news": 3}
    tariffs = parse(client.get("/?topic=tariffs").text)
    assert _facet(tariffs, "outlet") == {"bbc-news": 2, "sky-news": 2}
    assert _facet(tariffs, "speaker") == {"donald-trump": 2, "keir-starmer": 1, "european-commission": 1}
    # A facet ignores its own filter, so the alternatives stay visible with their counts.
    assert _facet(tariffs, "topic")["economy"] == 20
    assert _facet(tariffs, "kind") == {"direct": 2, "indirect": 1, "mixed": 1}


def test_facet_links_toggle_their_value(client):
    tree = parse(client.get("/?topic=tariffs").text)
    active = tree.xpath('//section[@id="facet-topic"]//a[@aria-current="true"]')[0]
    assert active.get("data-value") == "tariffs" and active.get("href") == "/"
    speaker = tree.xpath('//section[@id="facet-speaker"]//a[@data-value="donald-trump"]')[0]
    assert speaker.get("href") == "/?speaker=donald-trump&topic=tariffs"
    chip = tree.xpath('//a[@data-remove="topic"]/@href')
    assert chip == ["/"]


def test_month_bars_filter_by_month_and_toggle_off(client):
    tree = parse(client.get("/?speaker=rachel-reeves").text)
    bars = tree.xpath('//section[@id="facet-months"]//a')
    assert [b.get("data-month") for b in bars] == ["2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08",
                                                    "2024-09"]
    march = bars[0].get("href")
    assert march == "/?speaker=rachel-reeves&from=2024-03-01&to=2024-03-31"
    filtered = parse(client.get(march).text)
    assert listed_ids(filtered) == ["econ-3-3-0000", "econ-3-2-0000", "econ-3-1-0000"]
    active = filtered.xpath('//section[@id="facet-months"]//a[@aria-current="true"]')[0]
    assert active.get("href") == "/?speaker=rachel-reeves"
    assert {b.xpath('./span[contains(@class, "bar")]')[0].get("class") for b in bars} <= {
        f"bar level-{n}" for n in range(11)}


def test_speaker_page_shows_topics_breakdown_and_timeline(client):
    tree = parse(client.get("/speakers/keir-starmer").text)
    assert _facet(tree, "topic") == {"defence": 1, "eu-reset": 1, "tariffs": 1}
    assert not tree.xpath('//section[@id="facet-speaker"]'), "the page's own subject is not a facet"
    assert len(tree.xpath('//section[@id="facet-months"]//a')) == 3
    searched = parse(client.get("/speakers/keir-starmer?q=relations").text)
    assert set(listed_ids(searched)) == {"eu-reset-000009", "trade-allies-003"}
    topic_link = tree.xpath('//section[@id="facet-topic"]//a[@data-value="defence"]/@href')
    assert topic_link == ["/speakers/keir-starmer?topic=defence"]


def test_timeline_keeps_empty_months_as_empty_bars(client):
    tree = parse(client.get("/").text)
    months = tree.xpath('//section[@id="facet-months"]//li/@data-month | //section[@id="facet-months"]//a/@data-month')
    assert sorted(months)[0] == "2024-03" and sorted(months)[-1] == "2025-01" and len(months) == 11
    empty = tree.xpath('//section[@id="facet-months"]//li[@class="bar-empty"]/@data-month')
    assert empty == ["2024-10", "2024-12"]


def test_topic_and_outlet_pages_follow_the_speaker_pattern(client):
    topic = parse(client.get("/topics/tariffs?speaker=donald-trump").text)
    assert "4 statements on tariffs" in topic.xpath('//p[@id="scope-count"]')[0].text_content()
    assert topic.xpath('//a[@id="scope-feed"]/@href') == ["/topics/tariffs.atom"]
    assert listed_ids(topic) == ["eu-trump-000010", "trade-trump-0002"]
    assert _facet(topic, "speaker")["keir-starmer"] == 1
    outlet = parse(client.get("/outlets/sky-news").text)
    assert "3 statements reported by Sky News" in outlet.xpath('//p[@id="scope-count"]')[0].text_content()
    assert outlet.xpath('//a[@id="scope-feed"]/@href') == ["/outlets/sky-news.atom"]
    assert not outlet.xpath('//section[@id="facet-outlet"]')
    assert outlet.xpath('//form[@class="picker"]/input[@name="path"]/@value') == ["/outlets/sky-news"]
    picked = client.get("/speakers/picker?name=trump&path=/outlets/sky-news", headers={"HX-Request": "true"})
    assert parse(f"<ul>{picked.text}</ul>").xpath("//a/@href") == ["/outlets/sky-news?speaker=donald-trump"]
    assert client.get("/speakers/picker?name=x&path=https://evil.example/").status_code == 400
