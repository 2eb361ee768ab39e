"""The private-cluster helper: it finds Debian's PostgreSQL off PATH, and CI never silently skips PostgreSQL."""

from __future__ import annotations

import pytest

from tests import postgres


def _no_path(monkeypatch):
    monkeypatch.setattr(postgres.shutil, "which", lambda name: None)


def test_server_programs_are_found_in_debians_folder_newest_first(tmp_path, monkeypatch):
    _no_path(monkeypatch)
    for version in ("9.6", "13", "15"):
        folder = tmp_path / version / "bin"
        folder.mkdir(parents=True)
        program = folder / "initdb"
        program.write_text("#!/bin/sh\n")
        program.chmod(0o755)
    monkeypatch.setattr(postgres, "DEBIAN_BINARIES", str(tmp_path / "*" / "bin"))
    assert postgres.binary("initdb") == str(tmp_path / "15" / "bin" / "initdb")
    assert postgres.binary("pg_ctl") is None
    assert "not installed" in postgres.available()


def test_without_postgresql_tests_skip_but_fail_under_ci(tmp_path, monkeypatch):
    _no_path(monkeypatch)
    monkeypatch.setattr(postgres, "DEBIAN_BINARIES", str(tmp_path / "*" / "bin"))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        postgres.require()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the PostgreSQL tests"):
        postgres.require()
