"""Untrusted article text stays inert on every page, feed and export; security headers are sent."""

from __future__ import annotations

import json
import re

import pytest

from tests.web.helpers import parse

PAGES = [
    "/", "/?q=script", "/?q=onerror", "/articles/a-payload", "/speakers/jo-script-bloggs", "/outlets/bbc-news",
    "/s/payload-script-7", "/s/payload-img-0008", "/speakers", "/speakers/picker?name=jo", "/topics", "/api",
    "/s/eu-gone-0000014",
]
ERROR_PAGES = ["/?q=x&from=<script>alert(1)</script>", "/speakers/<img src=x onerror=alert(1)>", "/s/%3Cscript%3E"]


def _pages(client):
    for path in PAGES:
        response = client.get(path, follow_redirects=True)
        assert response.status_code == 200, path
        yield path, response
    for path in ERROR_PAGES:
        response = client.get(path)
        assert response.status_code in (400, 404), path
        yield path, response


def test_no_payload_becomes_markup_on_any_page(client):
    for path, response in _pages(client):
        tree = parse(response.text)
        scripts = tree.xpath("//script")
        assert all(s.get("src") or s.get("type") == "application/ld+json" for s in scripts), path
        assert not tree.xpath("//img"), path
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            assert not [a for a in element.attrib if a.lower().startswith("on")], (path, element.tag)
            for attribute in ("href", "src", "action", "cite"):
                value = (element.get(attribute) or "").strip().lower()
                assert not value.startswith("javascript:"), (path, element.tag, attribute)


def test_payload_text_is_shown_as_text(client):
    tree = parse(client.get("/articles/a-payload").text)
    text = tree.xpath('//div[@class="article-text"]')[0].text_content()
    assert "<script>alert('xss')</script> is not a policy" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "javascript:" not in "".join(tree.xpath("//a/@href"))


def test_json_ld_cannot_be_closed_by_a_quote(client):
    response = client.get("/s/payload-script-7", follow_redirects=True)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S).group(1)
    assert "<" not in block
    assert json.loads(block)["text"].startswith("<script>alert('xss')</script>")


def test_feeds_and_exports_carry_payloads_as_text(client):
    atom = client.get("/statements.atom?outlet=bbc-news").text
    assert "<script>" not in atom and "&lt;script&gt;" in atom
    data = client.get("/statements.json?outlet=bbc-news").json()
    payload = next(s for s in data["statements"] if s["id"] == "payload-img-0008")
    assert payload["article"]["source_url"] is None, "a javascript: article URL is never passed on as a link"


@pytest.mark.parametrize("path", ["/", "/s/payload-script-7/x", "/api/v1/statements", "/nope"])
def test_security_headers_on_every_response(client, path):
    headers = client.get(path).headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"]


def test_layout_disables_htmx_features_that_need_inline_code(client):
    tree = parse(client.get("/").text)
    config = json.loads(tree.xpath('//meta[@name="htmx-config"]/@content')[0])
    assert config["includeIndicatorStyles"] is False and config["allowEval"] is False
    assert not tree.xpath("//*[@style]") and not tree.xpath("//style")
