"""Real news from `../shared/corpus/` (small slices; the full corpus belongs to `bench/ingest.py`).
Skipped, with the reason, on a machine without the corpus."""

from __future__ import annotations

import gzip
import itertools
import json
import shutil

import pytest

from app.ingest import ingest_paths
from tests.ingest.conftest import CORPUS

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the shared corpus is not at {CORPUS}")


def _slice(name: str, count: int, target):
    with gzip.open(CORPUS / name, "rt", encoding="utf-8") as stream:
        target.write_text("".join(itertools.islice(stream, count)), encoding="utf-8")
    return target


@needs_corpus
def test_allsides_slice_offsets_dates_and_rerun(engine, tmp_path, rows):
    archive = _slice("allsides.jsonl.gz", 200, tmp_path / "allsides.jsonl")
    report = ingest_paths([archive], engine=engine, workers=2)
    assert report.failed == []
    assert report.new + report.unchanged == 200 and report.new >= 195
    assert report.statements > 1000
    for text, start, end, body, date, published in rows(
            'SELECT s.text, s.start, s."end", a.text, s.date, a.published FROM statement s '
            "JOIN article a ON a.id = s.article_id"):
        assert body[start:end] == text
        assert date == published
    for start, end, quoted, body in rows('SELECT ss.start, ss."end", s.text, a.text FROM statement_source ss '
                                         "JOIN statement s ON s.id = ss.statement_id "
                                         "JOIN article a ON a.id = ss.article_id"):
        assert 0 <= start <= end <= len(body)
    records = [json.loads(line) for line in archive.read_text(encoding="utf-8").splitlines()]
    dated = {record["title"]: record["date"] for record in records if record["date"]}
    for title, published in rows("SELECT title, published FROM article"):
        assert published == dated.get(title, published)
    again = ingest_paths([archive], engine=engine)
    assert (again.new, again.unchanged, again.statements) == (0, 200, 0)


@needs_corpus
def test_bbc_exact_duplicates_are_left_unchanged(engine, tmp_path, rows):
    archive = _slice("bbc2005.jsonl.gz", 800, tmp_path / "bbc.jsonl")
    texts = [json.loads(line)["text"] for line in archive.read_text(encoding="utf-8").splitlines()]
    report = ingest_paths([archive], engine=engine, workers=2)
    assert report.failed == []
    assert report.unchanged == len(texts) - len(set(" ".join(text.split()) for text in texts)) > 10
    assert rows("SELECT count(*) FROM article") == [(report.new,)]


@needs_corpus
def test_real_web_pages(engine, tmp_path, rows):
    pages = sorted((CORPUS / "html-pages" / "html").glob("*.html.gz"))[:12]
    truth = json.loads(gzip.decompress((CORPUS / "html-pages" / "ground-truth.json.gz").read_bytes()))
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in pages:
        shutil.copy(page, folder / page.name)
    report = ingest_paths([folder], engine=engine)
    assert (report.new, report.failed) == (len(pages), [])
    for origin, body in rows("SELECT origin, text FROM article"):
        expected = set(truth[origin.rsplit("/", 1)[1].split(".")[0]]["articleBody"].split())
        assert len(expected & set(body.split())) / len(expected | set(body.split())) > 0.5
