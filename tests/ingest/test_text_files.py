"""`.txt` and `.md` articles: front matter, the body stored exactly, and every kind of bad file."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.sources.common import MAX_ARTICLE_BYTES, BadInput
from app.ingest.sources.text import read_text_article, split_front_matter
from app.paths import bundled
from tests.ingest.conftest import SHARED


def test_front_matter_fields_and_exact_body():
    data = ("---\ntitle: Minister sets out plans\npublished: 2024-11-11\nurl: https://example.org/news/1\n"
            "outlet: Example News\n---\n  The body, with “curly quotes”\n\nand two paragraphs.\n").encode()
    article = read_text_article(data, "a.md")
    assert article.title == "Minister sets out plans"
    assert article.published == dt.date(2024, 11, 11)
    assert article.url == "https://example.org/news/1"
    assert article.outlet == "Example News"
    assert article.text == "  The body, with “curly quotes”\n\nand two paragraphs.\n"


def test_without_front_matter_the_whole_file_is_the_body():
    article = read_text_article(b"Plain text.\n---\nnot front matter\n", "a.txt")
    assert article.text == "Plain text.\n---\nnot front matter\n"
    assert article.title is None and article.published is None


def test_seed_body_is_the_original_article_exactly():
    original = SHARED / "seeds" / "starmer-trump-2024-11-11.txt"
    if not original.exists():
        pytest.skip(f"{original} is not on this machine")
    seed = bundled("seeds") / "starmer-trump-2024-11-11.md"
    article = read_text_article(seed.read_bytes(), str(seed))
    assert article.text == original.read_text(encoding="utf-8")
    assert article.published == dt.date(2024, 11, 11)


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"   \n\n", "no article text"),
    (b"---\ntitle: x\n---\n \n", "no article text after the front matter"),
    (b"caf\xe9 au lait", "not valid UTF-8: byte 0xe9 at offset 3"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"---\ntitle: x\npublished: 2024-11-11\nBody with no closing line\n", "no closing `---` line"),
    (b"---\ntitle: [unclosed\n---\nBody\n", "malformed front matter"),
    (b"---\n- just\n- a list\n---\nBody\n", "expected `key: value` lines"),
    (b"---\npublished: 2024-02-30\n---\nBody\n", "impossible date '2024-02-30'"),
    (b"---\npublished: 2024-13-01\n---\nBody\n", "impossible date '2024-13-01'"),
    (b"---\npublished: not a date at all\n---\nBody\n", "unreadable date"),
    (b"---\ntitle: {a: 1}\n---\nBody\n", "`title` must be text"),
])
def test_bad_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(BadInput, match=None) as caught:
        read_text_article(data, "bad.md")
    assert reason in str(caught.value)


def test_dates_in_other_spellings_are_read():
    meta, _ = split_front_matter("---\npublished: 11 November 2024\n---\nBody")
    assert read_text_article(b"---\npublished: 11 November 2024\n---\nBody", "a.md").published == dt.date(2024, 11, 11)
    assert meta["published"] == "11 November 2024"
    assert read_text_article(b"---\npublished: 2024-11-11T09:30:00Z\n---\nBody", "a.md").published == dt.date(2024, 11, 11)


def test_size_limit_is_above_any_real_article():
    assert MAX_ARTICLE_BYTES >= 1024 * 1024
