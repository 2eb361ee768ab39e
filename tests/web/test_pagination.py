"""Keyset pagination: every statement exactly once, in order, through plain next-page links."""

from __future__ import annotations

import base64
import json

import pytest

from tests.web import fixture_db
from tests.web.helpers import all_listed, parse


@pytest.mark.parametrize("query", ["", "?sort=oldest", "?q=economy", "?q=economy&sort=newest", "?topic=economy"])
def test_following_next_links_lists_every_match_once(client, query):
    ids = all_listed(client, f"/{query}")
    assert len(ids) == len(set(ids))
    if not query:
        assert len(ids) == fixture_db.CURRENT_COUNT


def test_oldest_is_newest_reversed_for_dated_statements(client):
    newest = all_listed(client, "/?sort=newest")
    oldest = all_listed(client, "/?sort=oldest")
    # The undated statement sorts as the oldest in both directions' terms.
    assert newest[-1] == "undated-0000012" and oldest[0] == "undated-0000012"
    assert newest == list(reversed(oldest))


def test_next_link_keeps_the_filters_and_the_first_page_link_drops_the_cursor(client):
    first = parse(client.get("/?topic=economy&sort=oldest").text)
    next_url = first.xpath('//a[@id="load-more"]/@href')[0]
    assert next_url.startswith("/?topic=economy&sort=oldest&cursor=")
    second = parse(client.get(next_url).text)
    assert second.xpath('//a[@id="first-page"]/@href') == ["/?topic=economy&sort=oldest"]


def _cursor(client) -> str:
    href = parse(client.get("/").text).xpath('//a[@id="load-more"]/@href')[0]
    return href.split("cursor=")[1]


def test_a_cursor_cannot_be_edited_or_reused_for_another_sort(client):
    token = _cursor(client)
    payload, check = token.split(".")
    raw = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    raw[1] = "1999-01-01"
    forged = base64.urlsafe_b64encode(json.dumps(raw).encode()).decode().rstrip("=") + "." + check
    assert client.get(f"/?cursor={forged}").status_code == 400
    assert client.get(f"/?cursor={token[:-1]}").status_code == 400
    response = client.get(f"/?cursor={token}&sort=oldest")
    assert response.status_code == 400
    assert "another sort order" in response.text


def test_cursors_never_expose_row_ids(client):
    payload = _cursor(client).split(".")[0]
    decoded = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert isinstance(decoded[2], str), "the tie-breaker is the public id"
