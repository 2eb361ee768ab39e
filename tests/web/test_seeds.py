"""The real seeds through the real ingest: the first start shows content, and permalinks are stable."""

from __future__ import annotations

import importlib.util

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.web.main import create_app
from tests.web.helpers import all_listed, parse

pytestmark = pytest.mark.skipif(importlib.util.find_spec("app.ingest") is None,
                                reason="app.ingest (the ingest package) is not in this tree yet")


def _statement_urls(database_url: str) -> list[str]:
    settings = Settings(database_url=database_url, seed_on_start=True, page_size=100)
    with TestClient(create_app(settings), follow_redirects=False) as client:
        tree = parse(client.get("/").text)
        return sorted(tree.xpath('//a[@class="permalink"]/@href'))


def test_first_start_on_an_empty_database_ingests_the_seeds_and_shows_them(empty_database_url):
    settings = Settings(database_url=empty_database_url, seed_on_start=True, page_size=3)
    with TestClient(create_app(settings), follow_redirects=False) as client:
        ids = all_listed(client, "/")
        assert len(ids) >= 3
        tree = parse(client.get("/?speaker=keir-starmer").text)
        assert tree.xpath('//li[@class="statement-item"]'), "the seed article quotes Keir Starmer"
        for href in tree.xpath('//a[@class="permalink"]/@href'):
            page = client.get(href)
            assert page.status_code == 200
            assert parse(page.text).xpath('//section[@class="context"]//mark')
        assert client.get("/speakers/keir-starmer").status_code == 200
        tariffs = client.get("/statements.json?topic=tariffs").json()
        assert tariffs["total"] >= 1


def test_permalinks_survive_deleting_the_database_and_ingesting_again(new_database_url):
    first = _statement_urls(new_database_url())
    second = _statement_urls(new_database_url())
    assert first and first == second


ARTICLE = """---
title: "Minister on trains"
published: 2024-05-02
url: https://news.example/minister-trains
outlet: Example News
---
The transport minister spoke on Thursday.
Jane Example said: “{first}”
She added: “The timetable will change in June.”
"""


def _ids_by_text(client) -> dict[str, str]:
    data = client.get("/statements.json?limit=100").json()
    return {s["text"]: s["id"] for s in data["statements"]}


def test_a_statement_that_a_re_ingest_changes_keeps_its_url(tmp_path, empty_database_url):
    from app.db import get_engine
    from app.ingest import ingest_paths

    url = empty_database_url
    article = tmp_path / "article.md"
    article.write_text(ARTICLE.format(first="We will build more railways across the north of England."), "utf-8")
    settings = Settings(database_url=url, seed_on_start=False)
    ingest_paths([article], engine=get_engine(url), fetch=False)
    with TestClient(create_app(settings), follow_redirects=False) as client:
        before = _ids_by_text(client)
        old_id = before["We will build more railways across the north of England."]
        kept_id = before["The timetable will change in June."]

    # The article is corrected: the first quote's wording changes, the second stays.
    article.write_text(ARTICLE.format(first="We will build more railways across the north of England, and soon."),
                       "utf-8")
    ingest_paths([article], engine=get_engine(url), fetch=False)
    with TestClient(create_app(settings), follow_redirects=False) as client:
        after = _ids_by_text(client)
        assert after["The timetable will change in June."] == kept_id
        new_id = after["We will build more railways across the north of England, and soon."]
        assert old_id not in after.values(), "the old wording is no longer listed"
        # The old URL, with or without its slug, sends readers to the statement that replaced it.
        for path in (f"/s/{old_id}", f"/s/{old_id}/old-slug"):
            response = client.get(path)
            assert response.status_code == 301
            assert response.headers["location"].startswith(f"/s/{new_id}/")
