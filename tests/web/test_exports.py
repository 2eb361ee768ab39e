"""The same filters as HTML, .json, .csv and Atom, and the versioned JSON API with its OpenAPI document."""

from __future__ import annotations

import csv
import io

import feedparser
import pytest

from tests.web.conftest import SITE_URL
from tests.web.helpers import listed_ids, parse

FILTERS = "topic=tariffs&from=2024-11-01"
EXPECTED = ["eu-trump-000010", "eu-commission-11", "trade-trump-0002", "trade-tariffs-01"]


def test_json_csv_and_atom_answer_the_same_filters_as_the_page(client):
    assert listed_ids(parse(client.get(f"/?{FILTERS}").text)) == EXPECTED

    data = client.get(f"/statements.json?{FILTERS}").json()
    assert [s["id"] for s in data["statements"]] == EXPECTED
    assert data["total"] == 4 and data["next"] is None
    first = data["statements"][3]
    assert first["speaker"] == {"slug": "keir-starmer", "name": "Keir Starmer", "url": f"{SITE_URL}/speakers/keir-starmer"}
    assert first["topics"] == [{"key": "tariffs", "label": "Tariffs"}]
    assert first["url"].startswith(f"{SITE_URL}/s/trade-tariffs-01/")
    assert first["article"]["source_url"] == "https://www.bbc.co.uk/news/uk-politics-1"

    response = client.get(f"/statements.csv?{FILTERS}")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == EXPECTED
    assert rows[3]["speaker"] == "Keir Starmer" and rows[3]["date"] == "2024-11-11"

    response = client.get(f"/statements.atom?{FILTERS}")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.text)
    assert not feed.bozo
    assert [e.id for e in feed.entries] == [f"{SITE_URL}/s/{i}" for i in EXPECTED]
    assert feed.entries[3].title == "Keir Starmer on tariffs"
    assert feed.entries[3].author == "Keir Starmer"


def test_the_page_links_to_its_exports_with_its_filters(client):
    tree = parse(client.get(f"/?{FILTERS}").text)
    assert tree.xpath('//a[@id="export-json"]/@href') == [f"/statements.json?{FILTERS}"]
    assert tree.xpath('//a[@id="export-csv"]/@href') == [f"/statements.csv?{FILTERS}"]
    assert tree.xpath('//link[@type="application/atom+xml"]/@href') == [f"/statements.atom?{FILTERS}"]


def test_exports_page_with_keyset_links(client):
    data = client.get("/statements.json?topic=economy&limit=15").json()
    assert data["count"] == 15 and data["total"] == 20
    assert data["next"].startswith(f"{SITE_URL}/statements.json?topic=economy&cursor=")
    rest = client.get(data["next"].removeprefix(SITE_URL)).json()
    assert rest["count"] == 5 and rest["next"] is None
    ids = [s["id"] for s in data["statements"] + rest["statements"]]
    assert len(set(ids)) == 20
    response = client.get("/statements.csv?topic=economy")
    assert 'rel="next"' in response.headers["link"]


def test_speaker_topic_and_outlet_pages_have_their_own_feeds(client):
    feed = feedparser.parse(client.get("/speakers/donald-trump.atom").text)
    assert [e.author for e in feed.entries] == ["Donald Trump", "Donald Trump"]
    assert feed.feed.links[0].href == f"{SITE_URL}/speakers/donald-trump.atom"
    topic = client.get("/topics/defence.json").json()
    assert {s["id"] for s in topic["statements"]} == {"defence-pact-004", "defence-budget-5"}
    outlet = client.get("/outlets/sky-news.csv").text
    assert outlet.count("\n") == 4  # header and three statements
    assert parse(client.get("/speakers/keir-starmer").text).xpath('//a[@id="speaker-feed"]/@href') == [
        "/speakers/keir-starmer.atom"]


def test_csv_cells_cannot_become_spreadsheet_formulas(client, tmp_path):
    from app.web.exports import _cell

    assert _cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert _cell("-2+3") == "'-2+3"
    assert _cell("plain words") == "plain words"


def test_api_v1_matches_the_json_export_and_is_in_openapi(client):
    api = client.get(f"/api/v1/statements?{FILTERS}").json()
    export = client.get(f"/statements.json?{FILTERS}").json()
    assert api["statements"] == export["statements"]
    schema = client.get("/api/v1/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/v1/statements", "/api/v1/statements/{public_id}", "/api/v1/speakers", "/api/v1/speakers/{slug}",
            "/api/v1/topics", "/api/v1/outlets"} <= paths
    assert all(path.startswith("/api/v1/") for path in paths), "HTML pages stay out of the API description"
    params = {p["name"] for p in schema["paths"]["/api/v1/statements"]["get"]["parameters"]}
    assert {"speaker", "topic", "outlet", "kind", "from", "to", "q", "sort", "cursor", "limit"} <= params


def test_api_detail_endpoints(client):
    withdrawn = client.get("/api/v1/statements/eu-old-reset-013").json()
    assert withdrawn["replaced_by"] == "eu-reset-000009" and withdrawn["withdrawn_at"].startswith("2025-02-01")
    speaker = client.get("/api/v1/speakers/keir-starmer").json()
    assert speaker["statements"] == 4
    assert [a["alias"] for a in speaker["aliases"]] == ["Sir Keir", "the Prime Minister"]
    assert {t["key"]: t["count"] for t in speaker["topics"]} == {"tariffs": 1, "defence": 1, "eu-reset": 1}
    topics = {t["key"]: t["count"] for t in client.get("/api/v1/topics").json()}
    assert topics["economy"] == 20
    assert [s["slug"] for s in client.get("/api/v1/speakers?name=trump").json()] == ["donald-trump"]


@pytest.mark.parametrize("query", ["from=2024-13-45", "kind=shouted", "limit=0", "cursor=xyz"])
def test_api_errors_are_json_400s(client, query):
    response = client.get(f"/api/v1/statements?{query}")
    assert response.status_code == 400
    assert response.json()["error"]["status"] == 400
    assert client.get("/api/v1/statements/nope").json()["error"]["status"] == 404


def test_unknown_export_suffix_is_a_404(client):
    assert client.get("/statements.xml").status_code == 404


def test_api_page_describes_every_v1_operation_without_outside_scripts(client):
    tree = parse(client.get("/api").text)
    operations = [" ".join(h.text_content().split()) for h in tree.xpath('//section[@class="api-operation"]/h2')]
    assert "GET /api/v1/statements" in operations and "GET /api/v1/speakers/{slug}" in operations
    params = tree.xpath('//section[@id="op-list_statements_api_v1_statements_get"]//tbody/tr/th/code/text()')
    assert {"speaker", "topic", "from", "to", "q", "cursor"} <= set(params)
    assert all(src.startswith("/static/") for src in tree.xpath("//script/@src"))


@pytest.mark.parametrize("limit", ["²", "0", "501", "-1", "1e3", "9" * 30])
def test_export_limit_must_be_a_plain_number_in_range(client, limit):
    response = client.get("/statements.csv", params={"limit": limit})
    assert response.status_code == 400 and "`limit`" in response.text
