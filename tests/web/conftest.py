"""Fixtures: the deterministic database (built once per session and backend) and an HTTP client on the app.

Every test that reads the fixture database runs twice: on SQLite and on PostgreSQL (a fresh database in the
session's private cluster, see `tests/conftest.py`).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.db import get_engine
from app.settings import Settings
from app.web.main import create_app
from tests.postgres import new_database
from tests.web import fixture_db

PAGE_SIZE = 5
SITE_URL = "https://onrecord.example"


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_database_url(backend, request, tmp_path):
    """Make a new, empty database (no tables yet) on this run's backend and return its URL; one per call."""
    made: list[str] = []

    def make() -> str:
        if backend == "sqlite":
            url = f"sqlite:///{tmp_path / f'onrecord-{len(made)}.db'}"
        else:
            url = new_database(request.getfixturevalue("postgres_cluster"))
        made.append(url)
        return url

    yield make
    for url in made:
        get_engine(url).dispose()


@pytest.fixture
def empty_database_url(new_database_url) -> str:
    """The URL of a new, empty database on this run's backend."""
    return new_database_url()


@pytest.fixture(scope="session")
def database_url(backend, request, tmp_path_factory) -> str:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'fixture.db'}"
    else:
        url = new_database(request.getfixturevalue("postgres_cluster"))
    fixture_db.build(url)
    yield url
    get_engine(url).dispose()


@pytest.fixture(scope="session")
def settings(database_url) -> Settings:
    return Settings(database_url=database_url, seed_on_start=False, page_size=PAGE_SIZE, site_url=SITE_URL)


@pytest.fixture(scope="session")
def client(settings):
    with TestClient(create_app(settings), follow_redirects=False) as test_client:
        yield test_client
