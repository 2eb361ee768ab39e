"""Small helpers for reading pages in the web tests."""

from __future__ import annotations

import lxml.html


def parse(text: str):
    return lxml.html.fromstring(text)


def texts(tree, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


def listed_ids(tree) -> list[str]:
    """Public ids of the statements listed on a page, in order."""
    return [node.get("id").removeprefix("item-") for node in tree.xpath('//li[@class="statement-item"]')]


def all_listed(client, url: str) -> list[str]:
    """Follow the plain next-page links from `url` to the end; every listed id in order."""
    ids: list[str] = []
    seen_urls = set()
    while url:
        assert url not in seen_urls, "pagination loops"
        seen_urls.add(url)
        response = client.get(url)
        assert response.status_code == 200, (url, response.text[:500])
        tree = parse(response.text)
        ids += listed_ids(tree)
        nxt = tree.xpath('//a[@id="load-more"]/@href')
        url = nxt[0] if nxt else None
    return ids
