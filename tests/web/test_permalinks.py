"""Permalinks that never break: canonical slugs, replaced and withdrawn statements, caching, sharing."""

from __future__ import annotations

import io
import json

from PIL import Image

from tests.web.conftest import SITE_URL
from tests.web.helpers import parse, texts

CANONICAL = "/s/trade-tariffs-01/keir-starmer-i-m-not-going-to-get-into-a"


def test_missing_or_wrong_slug_redirects_permanently_to_the_canonical_url(client):
    for path in ("/s/trade-tariffs-01", "/s/trade-tariffs-01/wrong-words", "/s/trade-tariffs-01/keir-starmer"):
        response = client.get(path)
        assert response.status_code == 301
        assert response.headers["location"] == CANONICAL
    assert client.get(CANONICAL).status_code == 200


def test_replaced_statement_redirects_to_its_replacement(client):
    response = client.get("/s/eu-old-reset-013/any-slug")
    assert response.status_code == 301
    assert response.headers["location"].startswith("/s/eu-reset-000009/keir-starmer-the-eu-reset")
    assert client.get("/s/eu-old-reset-013").headers["location"] == response.headers["location"]
    assert client.get("/s/eu-old-reset-013/card.png").headers["location"] == "/s/eu-reset-000009/card.png"


def test_withdrawn_statement_keeps_a_page_with_its_original_words(client):
    response = client.get("/s/eu-gone-0000014", follow_redirects=True)
    assert response.status_code == 200
    tree = parse(response.text)
    assert "withdrawn" in texts(tree, '//div[@id="withdrawn-notice"]')[0]
    assert texts(tree, '//blockquote[@id="quote-text"]') == ["Brussels will listen to us in the end."]
    assert tree.xpath('//meta[@name="robots"]/@content') == ["noindex"]
    assert "eu-gone-0000014" not in client.get("/speakers/keir-starmer").text


def test_permalinks_carry_etag_and_last_modified_and_answer_304(client):
    response = client.get(CANONICAL)
    etag = response.headers["etag"]
    assert response.headers["last-modified"] == "Sat, 01 Feb 2025 09:00:00 GMT"
    again = client.get(CANONICAL, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.get(CANONICAL, headers={"If-None-Match": '"other"'}).status_code == 200


def test_quote_card_is_a_1200_by_630_png(client):
    response = client.get("/s/trade-tariffs-01/card.png")
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)
    assert "etag" in response.headers


def test_share_block_has_copy_link_embed_snippet_and_json_ld(client):
    tree = parse(client.get(CANONICAL).text)
    assert tree.xpath('//input[@id="permalink-field"]/@value') == [SITE_URL + CANONICAL]
    copy = tree.xpath('//button[@id="copy-link"]')[0]
    assert copy.get("data-copy-target") == "permalink-field" and copy.get("hidden") is not None
    embed = parse(tree.xpath('//textarea[@id="embed-field"]')[0].text_content())
    assert embed.tag == "blockquote" and embed.get("cite") == SITE_URL + CANONICAL
    assert embed.xpath("//cite/a/text()") == ["Keir Starmer"]
    assert "hypothetical discussion" in embed.xpath("//p")[0].text_content()
    data = json.loads(tree.xpath('//script[@type="application/ld+json"]')[0].text)
    assert data["@type"] == "Quotation" and data["creator"]["name"] == "Keir Starmer"
    assert data["text"].startswith("I’m not going") and data["dateCreated"] == "2024-11-11"


def test_in_context_link_opens_the_article_at_the_statement(client):
    tree = parse(client.get(CANONICAL).text)
    href = tree.xpath('//a[@id="in-context-link"]/@href')[0]
    path, anchor = href.split("#")
    article = parse(client.get(path).text)
    assert article.xpath(f'//*[@id="{anchor}"]//mark')


def test_statement_page_offers_more_from_the_speaker(client):
    tree = parse(client.get(CANONICAL).text)
    more = tree.xpath('//ul[@id="more-from-speaker"]//a/@href')
    assert [href.split("/")[2] for href in more] == ["eu-reset-000009", "trade-allies-003", "defence-pact-004"]
    unattributed = parse(client.get("/s/undated-0000012", follow_redirects=True).text)
    assert not unattributed.xpath('//ul[@id="more-from-speaker"]')
