"""Fixtures for the ingest tests: a private SQLite database per test, the CLI wired to it, and a
hand-driven extractor for storage tests that must not depend on the real one."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from app.cli import cli
from app.db import get_engine, make_engine
from app.extraction.types import Extraction, Span, Speaker, Statement
from app.paths import bundled
from app.settings import get_settings

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path, monkeypatch):
    """A fresh database, SQLite file or PostgreSQL (in the session's private cluster, `tests/conftest.py`),
    configured as the app's database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'onrecord.db'}"
    else:
        from tests.postgres import new_database

        url = new_database(request.getfixturevalue("postgres_cluster"))
    monkeypatch.setenv("ONRECORD_DATABASE_URL", url)
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield url
    get_engine(url).dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()


@pytest.fixture
def engine(database):
    return make_engine(database)


@pytest.fixture
def rows(database):
    """Run SQL against the test database and return the rows."""
    engine = make_engine(database)

    def query(sql: str, **params):
        """Rows as tuples; dates as ISO text on both databases (SQLite stores them as text)."""
        with engine.connect() as connection:
            return [tuple(value.isoformat() if type(value) is dt.date else value for value in row)
                    for row in connection.execute(text(sql), params)]

    yield query
    engine.dispose()


@pytest.fixture
def search(database):
    """Statement ids matching a word in the full-text index: FTS5 on SQLite, tsvector on PostgreSQL."""
    engine = make_engine(database)

    def query(word: str) -> list[int]:
        if engine.dialect.name == "sqlite":
            sql = "SELECT rowid FROM statement_fts WHERE statement_fts MATCH :q ORDER BY rank"
        else:
            sql = ("SELECT rowid FROM statement_fts WHERE document @@ websearch_to_tsquery('simple', :q) "
                   "ORDER BY ts_rank_cd(document, websearch_to_tsquery('simple', :q)) DESC")
        with engine.connect() as connection:
            return [row[0] for row in connection.execute(text(sql), {"q": word})]

    yield query
    engine.dispose()


@pytest.fixture
def run_cli(database):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, ["ingest", "--no-progress", *args], catch_exceptions=False)

    return invoke


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A copy of the bundled seeds folder that a test may change."""
    target = tmp_path / "seeds"
    shutil.copytree(bundled("seeds"), target)
    return target


def write_article(folder: Path, name: str, body: str, **front: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    head = "".join(f"{key}: {value}\n" for key, value in front.items())
    path.write_text(f"---\n{head}---\n{body}" if front else body, encoding="utf-8")
    return path


_QUOTE = re.compile(r"(?P<who>[A-Z][a-z]+ [A-Z][a-z]+) said: “(?P<words>[^”]+)”")


def quote_extractor(text: str) -> Extraction:
    """A tiny stand-in extractor: every `First Last said: “...”` is a direct statement by First Last,
    on the topic `tariffs` when it mentions tariffs. Picklable (module level), so pools can use it."""
    statements, speakers = [], {}
    for match in _QUOTE.finditer(text):
        name = match["who"]
        speakers.setdefault(name, Speaker(name, "person", [f"Mr {name.split()[1]}"]))
        statements.append(Statement(
            start=match.start("words"), end=match.end("words"), text=match["words"], kind="direct",
            segments=[Span(match.start("words"), match.end("words"))], speaker=name, speaker_kind="person",
            mention=Span(match.start("who"), match.end("who")), cue=Span(match.end("who") + 1, match.end("who") + 5),
            topics=["tariffs"] if "tariff" in match["words"].lower() else []))
    return Extraction(statements, list(speakers.values()))


@pytest.fixture
def server():
    from tests.ingest.pages import LocalServer

    with LocalServer() as local:
        yield local
