"""Every kind of source, mixed in one run: web pages (files and URLs), JSON Lines archives (plain and
gzip), RSS and Atom feeds (files and URLs), each with its bad-input cases. Pages and feeds come from a
local HTTP server, never the internet."""

from __future__ import annotations

import datetime as dt
import gzip
import json

from app.ingest import ingest_paths
from app.ingest.sources.common import MAX_ARTICLE_BYTES
from app.ingest.sources.web import Fetcher
from tests.ingest.conftest import write_article
from tests.ingest.pages import NO_ARTICLE_PAGE, article_page, atom_feed, rss_feed

WORDS = "This line will change how people get to work, and we will start building it next spring."


def _failures(report):
    return {(failure.origin, failure.line): failure.reason for failure in report.failed}


def test_html_file_gives_text_title_outlet_author_date_and_canonical_url(engine, tmp_path, rows):
    page = tmp_path / "tram.html"
    page.write_text(article_page("Council backs new tram line", "Jane Porter", WORDS,
                                 canonical="https://news.example.org/2024/05/tram-line"), encoding="utf-8")
    (tmp_path / "empty.html").write_text(NO_ARTICLE_PAGE, encoding="utf-8")
    report = ingest_paths([page, tmp_path / "empty.html"], engine=engine)
    assert report.new == 1
    assert "no article found in this page" in _failures(report)[(str(tmp_path / "empty.html"), None)]
    (title, outlet, author, published, url, body), = rows(
        "SELECT title, outlet, author, published, url, text FROM article")
    assert (title, outlet, author, published) == ("Council backs new tram line", "Example Gazette", "Ruth Dale",
                                                  "2024-05-03")
    assert url == "https://news.example.org/2024/05/tram-line"
    assert WORDS in body and "Cookie" not in body and "Terms" not in body
    assert rows("SELECT s.text FROM statement s JOIN speaker sp ON sp.id = s.speaker_id "
                "WHERE sp.slug = 'jane-porter'") == [(WORDS,)]


def test_gzipped_html_file(engine, tmp_path):
    page = tmp_path / "tram.html.gz"
    page.write_bytes(gzip.compress(article_page("Tram", "Jane Porter", WORDS).encode("utf-8")))
    assert ingest_paths([page], engine=engine).new == 1


def _archive_lines():
    good = {"id": "a1", "url": "https://wire.example/1", "title": "One", "published": "2024-02-01",
            "outlet": "Wire", "text": f"Jane Porter said: “{WORDS}”"}
    return [
        json.dumps(good),
        json.dumps({"id": "a2", "url": None, "title": "Two", "date": "2024-02-02", "source": "Other Wire",
                    "authors": ["Ann Lee", "Bo Chan"], "text": "Tom Reed said the plan was unaffordable."}),
        "",
        "{not json",
        json.dumps({"id": "a3", "title": "No text"}),
        json.dumps({"id": "a4", "text": 42}),
        json.dumps({**good, "id": "a1", "url": "https://wire.example/dup"}),
        json.dumps({"id": "a5", "text": "Body.", "published": "2024-02-31"}),
        json.dumps({"id": "a6", "text": "Body.", "title": ["not", "text"]}),
        json.dumps(["a", "list"]),
        "\u00e9t\u00e9".encode("latin-1").decode("latin-1"),
    ]


def test_json_lines_archive_plain_and_gzip(engine, tmp_path, rows):
    lines = _archive_lines()
    plain = tmp_path / "archive.jsonl"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (tmp_path / "archive.jsonl").open("ab") as stream:
        stream.write(b'{"id": "a7", "text": "caf\xe9"}\n')
    report = ingest_paths([plain], engine=engine)
    assert report.new == 2
    failures = _failures(report)
    origin = str(plain)
    assert failures[(origin, 4)].startswith("invalid JSON")
    assert failures[(origin, 5)] == "missing field `text`"
    assert failures[(origin, 6)] == "`text` must be text, not int"
    assert failures[(origin, 7)] == "duplicate id 'a1' (first on line 1)"
    assert "impossible date '2024-02-31'" in failures[(origin, 8)]
    assert failures[(origin, 9)] == "`title` must be text, not list"
    assert failures[(origin, 10)] == "expected a JSON object, got list"
    assert failures[(origin, 11)].startswith("invalid JSON")
    assert failures[(origin, 12)].startswith("not valid UTF-8")
    assert len(failures) == 9
    stored = rows("SELECT title, outlet, author, published, origin FROM article ORDER BY title")
    assert stored == [("One", "Wire", None, "2024-02-01", f"{origin}:1"),
                      ("Two", "Other Wire", "Ann Lee, Bo Chan", "2024-02-02", f"{origin}:2")]

    packed = tmp_path / "archive.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    again = ingest_paths([packed], engine=engine)
    assert (again.new, again.unchanged, len(again.failed)) == (0, 2, 9)


def test_damaged_gzip_archive_keeps_what_was_read(engine, tmp_path):
    data = gzip.compress("\n".join(json.dumps({"id": str(n), "text": f"Article number {n} body text."})
                                   for n in range(50)).encode())
    damaged = tmp_path / "cut.jsonl.gz"
    damaged.write_bytes(data[: len(data) // 2])
    report = ingest_paths([damaged], engine=engine)
    assert report.new > 0
    assert any("archive is damaged" in failure.reason for failure in report.failed)


def test_rss_file_with_full_text_summary_only_and_broken_entries(engine, tmp_path, server, rows):
    linked = server.add("/news/linked", article_page("Linked story", "Tom Reed", WORDS))
    full = ("<p>" + "The committee met for most of the day to go through the figures line by line. " * 8 + "</p>"
            f"<p>Ann Lee said: “{WORDS}”</p>")
    feed = tmp_path / "gazette.rss"
    feed.write_text(rss_feed([
        {"title": "Full story", "link": "https://news.example.org/full", "date": "Fri, 03 May 2024 08:00:00 GMT",
         "content": full},
        {"title": "Summary only", "link": linked, "date": "Sat, 04 May 2024 08:00:00 GMT", "summary": "Short."},
        {"title": "Broken entry"},
        {"title": "Dead link", "link": server.base + "/gone", "summary": "Short."},
    ]), encoding="utf-8")
    report = ingest_paths([feed], engine=engine)
    assert report.new == 2
    failures = _failures(report)
    assert failures[(f"{feed}#3", None)] == "feed entry has no text and no link"
    assert "404" in failures[(f"{feed}#4", None)]
    stored = rows("SELECT title, outlet, published, url FROM article ORDER BY published")
    assert stored[0] == ("Full story", "Example Gazette", "2024-05-03", "https://news.example.org/full")
    assert stored[1][0] == "Linked story" and stored[1][2] == "2024-05-03"


def test_feed_and_article_urls(engine, server, rows):
    first = server.add("/2024/first", article_page("First story", "Jane Porter", WORDS, published=None))
    second = server.add("/2024/second", article_page("Second story", "Tom Reed", WORDS + " Again.",
                                                     published="2024-04-01"))
    feed_url = server.add("/feed.atom", atom_feed([
        {"title": "First story", "link": first, "date": "2024-05-05T10:00:00Z"},
        {"title": "Second story", "link": second, "date": "2024-05-06T10:00:00Z"},
    ]), content_type="application/atom+xml")
    server.add("/moved", b"", status=301, headers={"Location": "/2024/third"})
    server.add("/2024/third", article_page("Third story", "Ann Lee", "We are moving the depot to the east side."))
    image = server.add("/photo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    huge = server.add("/huge", b"x" * (MAX_ARTICLE_BYTES + 10))
    report = ingest_paths([feed_url, server.base + "/moved", image, huge, server.base + "/missing",
                           "http://127.0.0.1:9/closed"], engine=engine)
    assert report.new == 3
    failures = _failures(report)
    assert "unsupported content type image/png" in failures[(image, None)]
    assert "too large" in failures[(huge, None)]
    assert "404" in failures[(server.base + "/missing", None)]
    assert "unreachable" in failures[("http://127.0.0.1:9/closed", None)]
    stored = dict(rows("SELECT title, published FROM article"))
    assert stored["First story"] == "2024-05-05"  # the page has no date: the feed's
    assert stored["Second story"] == "2024-04-01"  # the page's own date wins
    assert rows("SELECT url FROM article WHERE title = 'Third story'") == [(server.base + "/2024/third",)]
    assert server.user_agents and all(agent.startswith("OnRecord/") for agent in server.user_agents)


def test_fetch_timeout_is_reported(server):
    slow = server.add("/slow", article_page("Slow", "Jane Porter", WORDS))
    fetcher = Fetcher(timeout=0.5)
    try:
        (failure,) = list(fetcher.read_url(slow))
    finally:
        fetcher.close()
    assert failure.reason == "timed out"


def test_mixed_sources_in_one_run(engine, tmp_path, server, seeds):
    page = server.add("/p", article_page("Page", "Jane Porter", WORDS))
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": "x", "text": "Tom Reed said the plan was unaffordable."}) + "\n")
    html = tmp_path / "page.html"
    html.write_text(article_page("File page", "Ann Lee", "The depot will move east next year."), encoding="utf-8")
    text = write_article(tmp_path / "texts", "note.md", "Bo Chan said: “The budget is balanced.”\n",
                         published=dt.date(2024, 1, 2).isoformat())
    report = ingest_paths([seeds, page, archive, html, text], engine=engine)
    assert (report.new, report.failed) == (5, [])


def test_htmldate_gives_the_date_when_trafilatura_has_none(monkeypatch):
    import trafilatura

    from app.ingest.sources.html import read_html

    real = trafilatura.bare_extraction

    def without_date(*args, **kwargs):
        document = real(*args, **kwargs)
        document.date = None
        return document

    monkeypatch.setattr(trafilatura, "bare_extraction", without_date)
    page = article_page("Dated in the byline only", "Jane Porter", WORDS, published=None).replace(
        "<article>", '<article><p class="byline">Published 3 May 2024</p>')
    assert read_html(page.encode(), "page.html").published == dt.date(2024, 5, 3)
    undated = article_page("No date anywhere", "Jane Porter", WORDS, published=None)
    assert read_html(undated.encode(), "page.html").published is None


def test_a_page_in_another_charset_is_decoded_by_its_declaration():
    from app.ingest.sources.html import read_html

    page = article_page("Le café du port", "Jane Porter", "Le café restera ouvert tout l’été, et nous y veillerons.")
    latin = page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    latin = latin.replace("’", "'").replace("“", '"').replace("”", '"')
    article = read_html(latin.encode("iso-8859-1"), "page.html")
    assert "Le café restera ouvert tout l'été" in article.text
