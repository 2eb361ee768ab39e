"""Storage through the Python API: stable permalinks, speakers and aliases, topics, full-text rows,
one statement reported by many outlets, updated articles, and failures that lose one article only."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db import make_engine
from app.extraction import extract, load_taxonomy
from app.settings import get_settings
from app.ingest import IngestReport, ingest_paths
from tests.ingest.conftest import quote_extractor, write_article


def _public_ids(rows):
    return rows("SELECT public_id, text FROM statement ORDER BY public_id")


def test_report_shape(engine, seeds):
    report = ingest_paths([seeds], engine=engine)
    assert isinstance(report, IngestReport)
    assert (report.new, report.unchanged, report.updated, report.failed) == (1, 0, 0, [])
    assert report.statements > 0 and report.speakers > 0


def test_permalinks_survive_deleting_the_database(tmp_path, seeds, rows, database):
    ingest_paths([seeds], engine=make_engine(database))
    first = _public_ids(rows)
    assert first
    other = make_engine(f"sqlite:///{tmp_path / 'second.db'}")
    ingest_paths([seeds], engine=other, workers=2)
    with other.connect() as connection:
        second = connection.exec_driver_sql("SELECT public_id, text FROM statement ORDER BY public_id").all()
    assert [tuple(row) for row in second] == [tuple(row) for row in first]


def test_seed_speakers_aliases_dates_and_offsets(engine, seeds, rows):
    ingest_paths([seeds], engine=engine)
    aliases = {row[0] for row in rows(
        "SELECT alias FROM speaker_alias JOIN speaker ON speaker.id = speaker_id WHERE slug = 'keir-starmer'")}
    assert {"Sir Keir", "the Prime Minister"} <= aliases
    assert not aliases & {"he", "He", "she", "they"}
    assert rows("SELECT name FROM speaker WHERE slug = 'keir-starmer'") == [("Keir Starmer",)]
    for text, start, end, body, date in rows(
            "SELECT s.text, s.start, s.\"end\", a.text, s.date FROM statement s JOIN article a ON a.id = s.article_id"):
        assert body[start:end] == text
        assert date == "2024-11-11"


def test_full_text_index_and_topics(engine, seeds, rows, search):
    ingest_paths([seeds], engine=engine)
    hits = search("tariffs")
    assert hits
    assert sorted(hits) == sorted(row[0] for row in rows("SELECT id FROM statement WHERE text LIKE '%tariffs%'"))
    texts = [rows("SELECT text FROM statement WHERE id = :id", id=hit)[0][0] for hit in hits]
    assert all("tariffs" in text for text in texts)
    assert rows("SELECT key, label FROM topic ORDER BY key") == [
        ("defence", "Defence"), ("eu-reset", "EU reset"), ("tariffs", "Tariffs")]
    stored = {}
    for text, key in rows("SELECT s.text, t.topic_key FROM statement s JOIN statement_topic t ON t.statement_id = s.id"):
        stored.setdefault(text, set()).add(key)
    article = next(seeds.iterdir()).read_text(encoding="utf-8").split("---\n", 2)[2]
    extraction = extract(article, load_taxonomy(get_settings().taxonomy_path))
    expected = {statement.text: set(statement.topics) for statement in extraction.statements if statement.topics}
    assert stored == expected
    assert any("tariffs" in text for text in stored if "tariffs" in stored[text])


def test_one_statement_many_outlets(engine, tmp_path, rows):
    folder = tmp_path / "wire"
    quote = "Tariffs on steel won’t help, they will hurt every family in the north of England this winter"
    # The later article is read first: the earliest one must still become the statement's main source.
    write_article(folder, "a-later.md", f"Wire copy.\nJane Porter said: “{quote}.”\n", published="2024-03-05",
                  outlet="Later Times", url="https://later.example/story")
    straight = quote.replace("’", "'").replace("help,", "help;").replace("winter", "winter,")
    write_article(folder, "b-earlier.md", f"Jane Porter said: “{straight}”\nMore.\n",
                  published="2024-03-01", outlet="Early Post", url="https://early.example/story")
    write_article(folder, "c-trimmed.md", f"Jane Porter said: “{quote.split(' ', 1)[1]}”\n",
                  published="2024-03-09", outlet="Trim Daily", url="https://trim.example/story")
    write_article(folder, "d-other-speaker.md", f"Tom Reed said: “{quote}”\n",
                  published="2024-03-02", outlet="Elsewhere", url="https://else.example/story")
    report = ingest_paths([folder], engine=engine, extractor=quote_extractor)
    assert (report.new, report.statements, report.sources) == (4, 2, 2)

    statements = rows("SELECT s.id, sp.slug, s.date, a.outlet FROM statement s JOIN speaker sp ON sp.id = s.speaker_id "
                      "JOIN article a ON a.id = s.article_id ORDER BY sp.slug")
    assert [(slug, date, outlet) for _, slug, date, outlet in statements] == [
        ("jane-porter", "2024-03-01", "Early Post"), ("tom-reed", "2024-03-02", "Elsewhere")]
    jane = statements[0][0]
    sources = rows("SELECT a.outlet, ss.start, ss.\"end\", a.text FROM statement_source ss "
                   "JOIN article a ON a.id = ss.article_id WHERE ss.statement_id = :id ORDER BY a.published", id=jane)
    assert [outlet for outlet, *_ in sources] == ["Early Post", "Later Times", "Trim Daily"]
    for _, start, end, body in sources:
        assert "will hurt every family" in body[start:end]
    (text,) = rows("SELECT text FROM statement WHERE id = :id", id=jane)[0]
    assert text == straight  # the words as the earliest article printed them


def test_same_words_again_in_a_rerun_do_not_add_sources(engine, tmp_path, rows):
    folder = tmp_path / "wire"
    write_article(folder, "a.md", "Jane Porter said: “We will not raise taxes on working people.”\n",
                  url="https://a.example/1")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)
    again = ingest_paths([folder], engine=engine, extractor=quote_extractor)
    assert (again.new, again.unchanged, again.sources) == (0, 1, 0)
    assert rows("SELECT count(*) FROM statement_source") == [(1,)]


def test_updated_article_keeps_ids_and_withdraws_what_is_gone(engine, tmp_path, rows):
    folder = tmp_path / "news"
    kept = "We will build the new line by 2030 whatever it takes"
    dropped = "The budget for the railway is fully funded and ready to go today"
    write_article(folder, "story.md", f"Jane Porter said: “{kept}”\nTom Reed said: “{dropped}”\n",
                  url="https://news.example/story?utm_source=feed", published="2024-01-01", title="First")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)
    before = dict(rows("SELECT text, public_id FROM statement"))

    replacement = "The budget for the railway is not yet funded"
    write_article(folder, "story.md", f"Update.\nJane Porter said: “{kept}”\nTom Reed said: “{replacement}”\n",
                  url="https://news.example/story", published="2024-01-02", title="Second")
    report = ingest_paths([folder], engine=engine, extractor=quote_extractor)
    assert (report.new, report.updated, report.unchanged, report.statements, report.withdrawn) == (0, 1, 0, 1, 1)

    after = {text: (pid, withdrawn, replaced_by) for text, pid, withdrawn, replaced_by in
             rows("SELECT text, public_id, withdrawn_at, replaced_by FROM statement")}
    assert after[kept][0] == before[kept] and after[kept][1] is None
    assert after[dropped][0] == before[dropped]
    assert after[dropped][1] is not None
    assert after[dropped][2] == after[replacement][0]
    (body, title) = rows("SELECT text, title FROM article")[0]
    (start, end) = rows("SELECT start, \"end\" FROM statement WHERE public_id = :p", p=before[kept])[0]
    assert body[start:end] == kept and title == "Second"
    assert rows("SELECT count(*) FROM article") == [(1,)]

    # Back to the first text: the withdrawn statement returns under its old id.
    write_article(folder, "story.md", f"Jane Porter said: “{kept}”\nTom Reed said: “{dropped}”\n",
                  url="https://news.example/story", published="2024-01-01", title="First")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)
    restored = rows("SELECT public_id, withdrawn_at, replaced_by FROM statement WHERE text = :t", t=dropped)
    assert restored == [(before[dropped], None, None)]


def test_an_extractor_failure_loses_that_article_only(engine, tmp_path, rows):
    folder = tmp_path / "news"
    write_article(folder, "good.md", "Jane Porter said: “All is well in the valley today.”\n")
    write_article(folder, "bad.md", "Tom Reed said: “BOOM goes the extractor.”\n")
    report = ingest_paths([folder], engine=engine, extractor=_exploding_extractor)
    assert report.new == 1
    assert [(failure.origin, failure.line) for failure in report.failed] == [(str(folder / "bad.md"), None)]
    assert "extraction failed: RuntimeError: cannot parse" in report.failed[0].reason
    assert rows("SELECT origin FROM article") == [(str(folder / "good.md"),)]
    again = ingest_paths([folder], engine=engine, extractor=quote_extractor)
    assert (again.new, again.unchanged) == (1, 1)


def _exploding_extractor(text):
    if "BOOM" in text:
        raise RuntimeError("cannot parse")
    return quote_extractor(text)


def test_same_text_under_two_names_is_one_article(engine, tmp_path):
    folder = tmp_path / "news"
    write_article(folder, "one.txt", "Jane Porter said: “Same words.”\n")
    write_article(folder, "two.txt", "Jane  Porter said:   “Same words.”\n")
    report = ingest_paths([folder], engine=engine, extractor=quote_extractor)
    assert (report.new, report.unchanged) == (1, 1)


def test_speaker_slugs_fold_accents_and_collisions_get_a_suffix(engine, tmp_path, rows):
    folder = tmp_path / "news"
    write_article(folder, "a.txt", "Zoe Lopez said: “First words from the minister.”\n")
    write_article(folder, "b.txt", "Zoé López said: “Second words from the minister.”\n".replace("Zoé López", "Zoé López"))
    report = ingest_paths([folder], engine=engine, extractor=_accented_extractor)
    assert report.new == 2
    assert rows("SELECT slug, name FROM speaker ORDER BY id") == [("zoe-lopez", "Zoe Lopez")]
    assert rows("SELECT count(*) FROM statement WHERE speaker_id = 1") == [(2,)]


def _accented_extractor(text):
    extraction = quote_extractor(text.replace("Zoé López", "Zoe Lopez"))
    if "Zoé" in text:
        for statement in extraction.statements:
            statement.speaker = "Zoé López"
        for speaker in extraction.speakers:
            speaker.name = "Zoé López"
    return extraction


def test_statement_date_is_the_article_date(engine, tmp_path, rows):
    folder = tmp_path / "news"
    write_article(folder, "a.md", "Jane Porter said: “Dated words.”\n", published="2023-07-14")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)
    assert rows("SELECT date FROM statement") == [(str(dt.date(2023, 7, 14)),)]


def test_an_article_that_stalls_the_extractor_is_given_up_on(engine, tmp_path, monkeypatch):
    import app.ingest.prepare as prepare

    monkeypatch.setattr(prepare, "EXTRACTION_SECONDS", 0.5)
    monkeypatch.setattr(prepare.prepare, "__defaults__", (0.5,))
    folder = tmp_path / "news"
    write_article(folder, "good.md", "Jane Porter said: “All is well in the valley today.”\n")
    write_article(folder, "stall.md", "Tom Reed said: “STALL the extractor now.”\n")
    report = ingest_paths([folder], engine=engine, extractor=_stalling_extractor)
    assert report.new == 1
    assert [(failure.origin, failure.reason) for failure in report.failed] == [
        (str(folder / "stall.md"), "extraction took longer than 0.5 s; gave up on this article")]


def _stalling_extractor(text):
    if "STALL" in text:
        while True:
            pass
    return quote_extractor(text)


def test_an_article_another_run_stored_meanwhile_counts_as_unchanged(engine, database, tmp_path, rows):
    from app.db import migrate
    from app.ingest.identity import article_id, text_hash
    from app.ingest.pipeline import load_topics
    from app.ingest.prepare import prepare
    from app.ingest.sources.text import read_text_article
    from app.ingest.store import Item, Store

    folder = tmp_path / "news"
    paths = [write_article(folder, f"{n}.md", f"Jane Porter said: “Point number {n} stands.”\n") for n in range(3)]
    migrate(database)
    report = IngestReport()
    slow = Store(engine, load_topics(get_settings().taxonomy_path), report)  # reads the (empty) database now
    ingest_paths([folder], engine=engine, extractor=quote_extractor)  # a second run gets there first
    items = []
    for path in paths:
        raw = read_text_article(path.read_bytes(), str(path))
        hashed = text_hash(raw.text)
        identity = article_id(None, hashed)
        items.append(Item(raw, identity, hashed, prepare(raw.text, quote_extractor, identity)))
    slow.write(items)
    assert (report.new, report.unchanged, report.failed) == (0, 3, [])
    assert rows("SELECT count(*) FROM article") == [(3,)]
    assert rows("SELECT count(*) FROM statement") == [(3,)]


def test_full_text_index_still_follows_other_writers_after_a_bulk_ingest(engine, tmp_path, rows, search):
    """Ingest indexes its statements in bulk; a statement another writer inserts is still indexed."""
    from sqlalchemy import text

    folder = tmp_path / "news"
    write_article(folder, "a.md", "Jane Porter said: “The ferry timetable will change in spring.”\n")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)
    assert len(search("ferry")) == 1
    ((article_id, speaker_id),) = rows("SELECT article_id, speaker_id FROM statement")
    with engine.begin() as connection:
        connection.execute(text(
            'INSERT INTO statement (public_id, article_id, speaker_id, kind, text, start, "end", fingerprint) '
            "VALUES ('handwritten1', :article, :speaker, 'direct', 'Lighthouses need keepers', 0, 5, 'x')"),
            {"article": article_id, "speaker": speaker_id})
    assert len(search("lighthouses")) == 1
    assert len(search("porter")) == 2  # the speaker's name is indexed with both


def test_words_between_angle_brackets_can_be_searched(engine, tmp_path, search):
    folder = tmp_path / "news"
    write_article(folder, "a.md", "Jane Porter said: “Vote for the <coalition> and nothing else.”\n")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)
    assert len(search("coalition")) == 1


def test_migration_0005_goes_down_and_up_again(engine, database, tmp_path, search):
    from alembic import command
    from alembic.config import Config

    from app.db import migrate
    from app.paths import bundled

    folder = tmp_path / "news"
    write_article(folder, "a.md", "Jane Porter said: “The ferry timetable will change in spring.”\n")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)
    config = Config()
    config.set_main_option("script_location", str(bundled("migrations")))
    config.set_main_option("sqlalchemy.url", database.replace("%", "%%"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    assert search("ferry")
    migrate(database)
    assert search("ferry")
    write_article(folder, "b.md", "Tom Reed said: “The ferry is late again.”\n")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)
    assert len(search("ferry")) == 2


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_postgres_statistics_are_fresh_after_a_bulk_ingest(engine, tmp_path, rows):
    folder = tmp_path / "news"
    for number in range(20):
        write_article(folder, f"{number}.md", f"Jane Porter said: “Point number {number} stands firm.”\n")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)
    analyzed = dict(rows("SELECT relname, last_analyze FROM pg_stat_user_tables"))
    assert all(analyzed[table] is not None for table in ("article", "statement", "statement_source", "statement_fts"))
    assert rows("SELECT reltuples FROM pg_class WHERE relname = 'statement'") == [(20,)]

    write_article(folder, "late.md", "Tom Reed said: “One more point for the record.”\n")
    ingest_paths([folder], engine=engine, extractor=quote_extractor)  # one article more: not worth an ANALYZE
    assert dict(rows("SELECT relname, last_analyze FROM pg_stat_user_tables"))["statement"] == analyzed["statement"]
