"""The pages of issue 2: the list with its filter form, statement, speaker and article pages, errors."""

from __future__ import annotations

import pytest

from tests.web import fixture_db
from tests.web.helpers import listed_ids, parse, texts

ECONOMY_NEWEST = ["defence-taxes-06", "defence-budget-5", "econ-8-3-0000", "econ-8-2-0000", "econ-8-1-0000"]


def test_home_lists_newest_first_with_everything_a_reader_needs(client):
    response = client.get("/")
    assert response.status_code == 200
    tree = parse(response.text)
    ids = listed_ids(tree)
    # The newest article (Sky News, January 2025) comes first; withdrawn statements never appear.
    assert ids[:3] == ["eu-trump-000010", "eu-reset-000009", "eu-commission-11"]
    assert "eu-old-reset-013" not in ids and "eu-gone-0000014" not in ids
    item = tree.xpath('//li[@id="item-eu-reset-000009"]')[0]
    assert "The EU reset is about trade and security" in item.xpath(".//blockquote")[0].text_content()
    assert item.xpath(".//cite/a/@href") == ["/speakers/keir-starmer"]
    assert item.xpath(".//time/@datetime") == ["2025-01-15"]
    assert item.xpath('.//a[@class="topic"]/text()') == ["EU reset"]
    assert "Sky News" in item.xpath('.//p[@class="meta"]')[0].text_content()
    assert item.xpath('.//a[@class="permalink"]/@href')[0].startswith("/s/eu-reset-000009/keir-starmer-")
    assert item.xpath('.//a[@class="in-context"]/@href') == ["/articles/a-eu#s-eu-reset-000009"]
    heading = texts(tree, '//h2[@id="results-heading"]')[0]
    assert heading == f"{fixture_db.CURRENT_COUNT} statements"


def test_filter_form_is_a_plain_get_form_with_labelled_controls(client):
    tree = parse(client.get("/").text)
    form = tree.xpath('//form[@id="filters"]')[0]
    assert form.get("method") == "get" and form.get("action") == "/"
    assert form.get("hx-push-url") == "true"
    names = {field.get("name") for field in form.xpath(".//input|.//select") if field.get("name")}
    assert {"speaker", "topic", "from", "to", "q"} <= names
    for field in form.xpath(".//input|.//select"):
        assert tree.xpath(f'//label[@for="{field.get("id")}"]'), f"{field.get('name')} has no label"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("speaker=donald-trump", ["eu-trump-000010", "trade-trump-0002"]),
        ("topic=tariffs&speaker=keir-starmer", ["trade-tariffs-01"]),
        ("topic=economy", ECONOMY_NEWEST),
        ("from=2024-09-01&to=2024-09-30", ["defence-taxes-06", "defence-pact-004", "defence-budget-5"]),
        ("q=pact", ["defence-pact-004"]),
        ("outlet=sky-news&kind=mixed", ["eu-commission-11"]),
        ("speaker=Keir+Starmer&topic=defence", ["defence-pact-004"]),
    ],
)
def test_filters_narrow_the_list(client, query, expected):
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    assert listed_ids(parse(response.text)) == expected


def test_filtered_form_shows_its_values_again(client):
    tree = parse(client.get("/?topic=tariffs&from=2024-11-01&q=tariffs").text)
    assert tree.xpath('//select[@id="filter-topic"]/option[@selected]/@value') == ["tariffs"]
    assert tree.xpath('//input[@id="filter-from"]/@value') == ["2024-11-01"]
    assert tree.xpath('//input[@id="filter-q"]/@value') == ["tariffs"]


def test_statement_page_shows_quote_context_and_share_tags(client):
    response = client.get("/s/trade-tariffs-01", follow_redirects=True)
    assert response.status_code == 200
    tree = parse(response.text)
    assert "I’m not going to get into a hypothetical discussion" in texts(tree, "//blockquote")[0]
    assert tree.xpath('//a[@id="speaker-link"]/@href') == ["/speakers/keir-starmer"]
    assert tree.xpath('//dl[@class="facts"]//time/@datetime') == ["2024-11-11"]
    assert texts(tree, '//ul[@id="statement-topics"]/li') == ["Tariffs"]
    context = tree.xpath('//section[@class="context"]/p')[0]
    assert context.text_content().startswith("The Prime Minister said:")
    assert context.xpath(".//mark")[0].text_content().startswith("I’m not going")
    assert tree.xpath('//a[@id="in-context-link"]/@href') == ["/articles/a-trade#s-trade-tariffs-01"]
    meta = {m.get("property") or m.get("name"): m.get("content") for m in tree.xpath("//meta[@content]")}
    assert meta["og:title"] == "Keir Starmer on tariffs"
    assert meta["twitter:title"] == "Keir Starmer on tariffs"
    assert meta["og:description"].startswith("I’m not going to get into")
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["og:image"] == "https://onrecord.example/s/trade-tariffs-01/card.png"


def test_speaker_page_lists_statements_and_aliases(client):
    response = client.get("/speakers/keir-starmer")
    assert response.status_code == 200
    tree = parse(response.text)
    assert texts(tree, "//h1") == ["Keir Starmer"]
    aliases = texts(tree, '//ul[@id="speaker-aliases"]/li')
    assert [a.split(" used")[0] for a in aliases] == ["Sir Keir", "the Prime Minister"]
    assert set(listed_ids(tree)) == {"eu-reset-000009", "trade-tariffs-01", "trade-allies-003", "defence-pact-004"}
    assert "4 statements on record" in texts(tree, '//p[@id="speaker-count"]')[0]


def test_article_page_highlights_and_anchors_every_statement(client):
    response = client.get("/articles/a-trade")
    assert response.status_code == 200
    tree = parse(response.text)
    anchors = tree.xpath('//a[contains(@class, "statement-mark")]/@id')
    assert anchors == ["s-trade-tariffs-01", "s-trade-trump-0002", "s-trade-allies-003"]
    marked = tree.xpath('//a[@id="s-trade-trump-0002"]/mark')[0].text_content()
    assert marked == "he will impose tariffs on imports from any country"
    assert "Sir Keir Starmer has said he wants to work" in tree.xpath('//div[@class="article-text"]')[0].text_content()


@pytest.mark.parametrize("path", ["/s/no-such-id", "/s/no-such-id/some-slug", "/speakers/nobody", "/articles/none",
                                  "/topics/none", "/outlets/none", "/no/such/page"])
def test_unknown_ids_get_a_404_page_in_the_layout(client, path):
    response = client.get(path)
    assert response.status_code == 404
    tree = parse(response.text)
    assert tree.xpath('//header[@class="masthead"]'), "the 404 page is in the site layout"
    assert texts(tree, '//h1[@id="error-heading"]') == ["Not found"]


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("from=2024-13-45", "`from`"),
        ("to=yesterday", "`to`"),
        ("from=2024-12-01&to=2024-01-01", "`from`"),
        ("kind=shouted", "`kind`"),
        ("sort=random", "`sort`"),
        ("speaker=nobody-at-all", "speaker"),
        ("topic=astrology", "topic"),
        ("cursor=not-a-cursor", "cursor"),
    ],
)
def test_invalid_filter_values_get_a_400_page_naming_the_problem(client, query, named):
    response = client.get(f"/?{query}")
    assert response.status_code == 400
    tree = parse(response.text)
    assert tree.xpath('//header[@class="masthead"]')
    assert named in texts(tree, '//p[@id="error-message"]')[0]


def test_directories_link_to_every_speaker_topic_and_outlet(client):
    speakers = parse(client.get("/speakers").text)
    assert "/speakers/rachel-reeves" in speakers.xpath('//ul[@id="directory-entries"]//a/@href')
    topics = parse(client.get("/topics").text)
    assert set(topics.xpath('//ul[@id="directory-entries"]//a/@href')) == {f"/topics/{k}" for k in fixture_db.TOPICS}
    outlets = parse(client.get("/outlets").text)
    assert set(outlets.xpath('//ul[@id="directory-entries"]//a/@href')) == {
        "/outlets/bbc-news", "/outlets/the-guardian", "/outlets/sky-news", "/outlets/reuters"}
    found = parse(client.get("/speakers?name=reev").text)
    assert found.xpath('//ul[@id="directory-entries"]//a/@href') == ["/speakers/rachel-reeves"]


def test_statement_reported_by_several_articles_lists_and_marks_them_all(client):
    tree = parse(client.get("/s/trade-allies-003", follow_redirects=True).text)
    assert tree.xpath('//ul[@id="also-reported"]//a/@href') == ["/articles/a-wire#s-trade-allies-003"]
    wire = parse(client.get("/articles/a-wire").text)
    assert wire.xpath('//a[@id="s-trade-allies-003"]/mark/text()') == [
        "Good relations with all of our allies are really important."]


def test_head_requests_answer_like_get_without_a_body(client):
    response = client.head("/s/trade-tariffs-01")
    assert response.status_code == 301 and response.content == b""
    page = client.head("/articles/a-trade")
    assert page.status_code == 200 and page.content == b""
    assert page.headers["content-type"].startswith("text/html") and page.headers["etag"]
    assert client.head("/s/no-such-id").status_code == 404


def test_a_search_with_no_words_is_left_out_with_a_note(client):
    tree = parse(client.get('/?q=%22%20*%20(').text)
    assert len(listed_ids(tree)) == 5
    assert "has no words to look for" in texts(tree, '//p[@id="search-ignored"]')[0]
    assert tree.xpath('//input[@id="filter-q"]/@value') == ['" * (']


def test_a_form_sent_without_javascript_lands_on_the_clean_url(client):
    response = client.get("/?q=economy&speaker=&topic=&outlet=&kind=&from=&to=&sort=oldest")
    assert response.status_code == 302
    assert response.headers["location"] == "/?q=economy&sort=oldest"
    assert client.get("/speakers/keir-starmer?q=&topic=defence").headers["location"] == "/speakers/keir-starmer?topic=defence"
