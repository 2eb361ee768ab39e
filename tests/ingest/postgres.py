"""A private PostgreSQL 15 cluster for the tests: `initdb` and `pg_ctl` in a temporary folder, run as the
`postgres` user (via `runuser` when the tests run as root), on a free port, stopped afterwards."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg


def _tool(name: str) -> str | None:
    """`initdb` or `pg_ctl` from PATH, else from Debian's /usr/lib/postgresql/*/bin (newest first)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                        key=lambda path: [int(part) for part in path.parts[-3].split(".") if part.isdigit()])
    return str(candidates[-1]) if candidates else None


def available() -> str | None:
    """None if a cluster can be started here, else the reason it cannot."""
    if not _tool("initdb") or not _tool("pg_ctl"):
        return "PostgreSQL's initdb and pg_ctl are not installed"
    if getpass.getuser() == "root" and not shutil.which("runuser"):
        return "running as root without runuser"
    return None


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if getpass.getuser() == "root" else command


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def cluster():
    """Yield the admin URL (`postgresql+psycopg://postgres@127.0.0.1:PORT/postgres`) of a fresh cluster."""
    folder = Path(tempfile.mkdtemp(prefix="onrecord-pg-"))
    data = folder / "data"
    if getpass.getuser() == "root":
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    subprocess.run(_as_postgres([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                 "--locale=C.UTF-8"]), check=True, capture_output=True)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w",
                                 "start"]), check=True, capture_output=True)
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


if __name__ == "__main__":  # start a cluster by hand: python -m tests.ingest.postgres
    with cluster() as url:
        print(url, os.getpid())
        input("press Enter to stop ")
