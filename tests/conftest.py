"""Fixtures shared by every test folder: one private PostgreSQL cluster per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def postgres_cluster():
    """The admin URL of a private PostgreSQL cluster, started once for the session and stopped after it.

    Skips the tests that need it when PostgreSQL is not installed, and fails them under CI.
    """
    from tests import postgres

    postgres.require()
    with postgres.cluster() as admin_url:
        yield admin_url
