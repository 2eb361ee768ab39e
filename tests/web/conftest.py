"""Fixtures: the deterministic database (built once per session) and an HTTP client on the app."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.web.main import create_app
from tests.web import fixture_db

PAGE_SIZE = 5
SITE_URL = "https://onrecord.example"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'fixture.db'}"
    fixture_db.build(url)
    return url


@pytest.fixture(scope="session")
def settings(database_url) -> Settings:
    return Settings(database_url=database_url, seed_on_start=False, page_size=PAGE_SIZE, site_url=SITE_URL)


@pytest.fixture(scope="session")
def client(settings):
    with TestClient(create_app(settings), follow_redirects=False) as test_client:
        yield test_client
