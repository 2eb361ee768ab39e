"""Never twice, never lost: `kill -9` in the middle of a run leaves a sound database, and the next run
completes with no duplicates and the same statements as an uninterrupted run; parallel runs store
exactly what a single process stores; SQLite is in WAL mode so readers carry on during an ingest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from app.db import make_engine
from app.ingest import ingest_paths
from tests.ingest.conftest import REPO
from tests.ingest.synthetic import write_archive

ARTICLES = 3000
RUN = ("import sys; from app.ingest import ingest_paths; "
       "ingest_paths([sys.argv[1]], workers=2, batch_size=40)")


def _snapshot(path):
    with sqlite3.connect(path) as connection:
        return {
            "articles": connection.execute("SELECT count(*) FROM article").fetchone()[0],
            "public_ids": sorted(row[0] for row in connection.execute("SELECT public_id FROM statement")),
            "sources": sorted(connection.execute(
                "SELECT s.public_id, ss.article_id, ss.start FROM statement_source ss "
                "JOIN statement s ON s.id = ss.statement_id").fetchall()),
            "aliases": sorted(connection.execute(
                "SELECT sp.slug, alias, count FROM speaker_alias JOIN speaker sp ON sp.id = speaker_id").fetchall()),
        }


def _count_articles(path) -> int:
    try:
        with sqlite3.connect(path, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM article").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def test_kill_minus_nine_then_rerun(tmp_path):
    archive = write_archive(tmp_path / "wire.jsonl", ARTICLES)
    database = tmp_path / "killed.db"
    env = {**os.environ, "ONRECORD_DATABASE_URL": f"sqlite:///{database}"}
    process = subprocess.Popen([sys.executable, "-c", RUN, str(archive)], cwd=REPO, env=env,
                               start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while _count_articles(database) < 200 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert process.poll() is None, "the run ended before it could be interrupted"
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the whole group: the pool's workers too
        process.wait()
    stored = _count_articles(database)
    assert 0 < stored < ARTICLES

    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.execute("INSERT INTO statement_fts(statement_fts) VALUES ('integrity-check')")
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)

    report = ingest_paths([archive], engine=make_engine(f"sqlite:///{database}"), workers=2)
    assert (report.new, report.unchanged, report.failed) == (ARTICLES - stored, stored, [])

    clean = tmp_path / "clean.db"
    ingest_paths([archive], engine=make_engine(f"sqlite:///{clean}"), workers=1)
    after_kill, uninterrupted = _snapshot(database), _snapshot(clean)
    assert after_kill["articles"] == ARTICLES
    assert after_kill == uninterrupted


def test_two_workers_store_exactly_what_one_stores(tmp_path):
    archive = write_archive(tmp_path / "wire.jsonl", 400, seed=11)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    first = ingest_paths([archive], engine=make_engine(f"sqlite:///{one}"), workers=1)
    second = ingest_paths([archive], engine=make_engine(f"sqlite:///{two}"), workers=2, batch_size=64)
    assert first.as_dict() == second.as_dict()
    assert first.sources > 0  # the archive repeats quotes, so merging is exercised too
    assert _snapshot(one) == _snapshot(two)


def test_readers_keep_reading_during_an_ingest(tmp_path):
    archive = write_archive(tmp_path / "wire.jsonl", 300, seed=3)
    database = tmp_path / "shared.db"
    ingest_paths([write_archive(tmp_path / "first.jsonl", 20, seed=5)], engine=make_engine(f"sqlite:///{database}"))
    reader = sqlite3.connect(database, timeout=0.1)
    reader.execute("BEGIN")
    before = reader.execute("SELECT count(*) FROM article").fetchone()[0]  # holds a read snapshot
    report = ingest_paths([archive], engine=make_engine(f"sqlite:///{database}"), batch_size=50)
    assert report.new == 300 and report.failed == []
    assert reader.execute("SELECT count(*) FROM article").fetchone()[0] == before  # its snapshot, unblocked
    reader.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM article").fetchone()[0] == before + 300
    reader.close()
