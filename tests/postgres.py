"""A private PostgreSQL cluster for the tests: `initdb` and `pg_ctl` in a temporary folder, run as the
`postgres` user (via `runuser` when the tests run as root), on a free port, stopped afterwards.

The binaries are looked up on PATH, then in Debian's `/usr/lib/postgresql/<version>/bin` (newest first).
`require()` is what a fixture calls before starting a cluster: it skips the test when no cluster can
start here, except under CI (`CI` set in the environment), where the PostgreSQL run must not go missing
silently, so it fails instead.
"""

from __future__ import annotations

import getpass
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest


def _version(folder: str) -> tuple[int, ...]:
    name = Path(folder).parent.name
    return tuple(int(part) for part in name.split(".") if part.isdigit())


DEBIAN_BINARIES = "/usr/lib/postgresql/*/bin"
"""Where Debian's `postgresql` package puts the server programs (not on PATH)."""


def binary(name: str) -> str | None:
    """The full path of a PostgreSQL server program (`initdb`, `pg_ctl`), or None when it is not installed."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(glob.glob(DEBIAN_BINARIES), key=_version, reverse=True):
        candidate = Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def available() -> str | None:
    """None if a cluster can be started here, else the reason it cannot."""
    if not binary("initdb") or not binary("pg_ctl"):
        return "PostgreSQL's initdb and pg_ctl are not installed (Debian package `postgresql`)"
    if getpass.getuser() == "root" and not shutil.which("runuser"):
        return "running as root without runuser"
    return None


def require() -> None:
    """Skip the calling test when no cluster can start here; under CI, fail it instead."""
    reason = available()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests, but {reason}", pytrace=False)
        pytest.skip(reason)


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if getpass.getuser() == "root" else command


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def cluster():
    """Yield the admin URL (`postgresql+psycopg://postgres@127.0.0.1:PORT/postgres`) of a fresh cluster."""
    initdb, pg_ctl = binary("initdb"), binary("pg_ctl")
    folder = Path(tempfile.mkdtemp(prefix="onrecord-pg-"))
    data = folder / "data"
    if getpass.getuser() == "root":
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    try:
        subprocess.run(_as_postgres([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                     "--locale=C.UTF-8"]), check=True, capture_output=True)
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
                   " -c synchronous_commit=off")
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w",
                                     "start"]), check=True, capture_output=True)
    except subprocess.CalledProcessError as error:
        shutil.rmtree(folder, ignore_errors=True)
        detail = (error.stderr or b"").decode("utf-8", "replace").strip()
        raise RuntimeError(f"could not start a PostgreSQL cluster: {detail}") from error
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def new_database(admin_url: str) -> str:
    """Create an empty database in the cluster and return its URL."""
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin_url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + "/" + name


if __name__ == "__main__":  # start a cluster by hand: python -m tests.postgres
    with cluster() as url:
        print(url, os.getpid())
        input("press Enter to stop ")
