"""Running one system over one file of articles in a child process, and scoring what it predicted.

Both systems run as a child (`bench/_run_ours.py` in the project's Python, `bench/peer/textacy_extract.py`
in `.bench-venv/`) with the same command line, so both are timed by the same rule (the child's own
clock around its read-extract-write loop, start-up apart) and their peak memory is the same thing:
the child's maximum resident set size, read from `os.wait4` when it exits.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
PEER_PYTHON = REPO / ".bench-venv" / "bin" / "python"
RUNNERS = {"onrecord": BENCH / "_run_ours.py", "textacy": BENCH / "peer" / "textacy_extract.py"}


@dataclass
class Run:
    """What one system did on one input: its statistics, predictions file and peak memory."""

    system: str
    source: Path
    limit: int | None
    stats: dict = field(default_factory=dict)
    predictions: Path | None = None
    peak_rss_mb: float | None = None
    error: str | None = None
    shared_with: str | None = None
    """Set when the predictions and timing were reused from a run over the same articles."""

    @property
    def articles_per_s(self) -> float | None:
        loop = self.stats.get("loop_s")
        return self.stats["articles"] / loop if loop else None

    @property
    def articles_per_cpu_s(self) -> float | None:
        """Articles per second of CPU time the loop used: less sensitive to other work on the machine."""
        cpu = self.stats.get("loop_cpu_s")
        return self.stats["articles"] / cpu if cpu else None


def peer_available() -> str | None:
    """None if the peer environment is ready, else what to do about it."""
    if not PEER_PYTHON.exists():
        return f"the peer environment {PEER_PYTHON.parent.parent} is missing: run `bash bench/peer/setup.sh`"
    return None


def snapshot(revision: str, workdir: Path) -> tuple[Path, str]:
    """Export `app/` as of a commit into workdir, so a run measures that commit whatever the tree holds.

    Returns the folder to put first on the child's path and the commit's short hash; raises
    ValueError for a revision git does not know."""
    done = subprocess.run(["git", "rev-parse", "--short", "--verify", f"{revision}^{{commit}}"], cwd=REPO,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise ValueError(f"git does not know the revision {revision!r}")
    commit, target = done.stdout.strip(), workdir / "source"
    target.mkdir()
    archive = subprocess.run(["git", "archive", "--format=tar", commit, "app"], cwd=REPO, capture_output=True,
                             check=True)
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target, commit


def articles_digest(path: Path) -> str | None:
    """A digest of the (id, text) pairs of a JSON Lines file, to spot gold files holding the same articles."""
    digest = hashlib.sha256()
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    digest.update(json.dumps([record.get("id"), record.get("text")]).encode())
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def command(system: str, source: Path, limit: int | None, out: Path, stats: Path) -> list[str]:
    """The child's command line; the peer runs under `nice -n 10` as it shares the machine."""
    args = [str(RUNNERS[system]), str(source), "--out", str(out), "--stats", str(stats)]
    if limit is not None:
        args += ["--limit", str(limit)]
    if system == "textacy":
        return ["nice", "-n", "10", str(PEER_PYTHON), *args]
    return [sys.executable, *args]


def run_system(system: str, source: Path, limit: int | None, workdir: Path, code: Path | None = None) -> Run:
    """Run one system over `source` (first `limit` articles) in a child process and measure it.

    `code`: a folder holding the `app` package to measure instead of the working tree's."""
    run = Run(system=system, source=source, limit=limit)
    fd, name = tempfile.mkstemp(prefix=f"{system}-{source.name.split('.')[0]}-", suffix=".jsonl", dir=workdir)
    os.close(fd)
    out, stats, log = Path(name), Path(name[:-6] + ".stats.json"), Path(name[:-6] + ".stderr")
    with open(log, "w", encoding="utf-8") as err:
        env = dict(os.environ, ONRECORD_BENCH_SOURCE=str(code)) if code else None
        child = subprocess.Popen(command(system, source, limit, out, stats), stdout=subprocess.DEVNULL,
                                 stderr=err, cwd=REPO, env=env)
        _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    run.peak_rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    if child.returncode != 0 or not stats.exists():
        lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        last = lines[-1].strip() if lines else "no output"  # a traceback ends with the exception
        run.error = f"{system} exited with status {child.returncode}: {last}"
        return run
    run.stats = json.loads(stats.read_text(encoding="utf-8"))
    run.predictions = out
    return run


def score(scorer: Path | None, gold: Path, predictions: Path) -> tuple[dict | None, str | None]:
    """The scorer's `--json` result for a predictions file, or (None, why not)."""
    if scorer is None:  # already said once
        return None, None
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(predictions), "--json"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        return None, f"scorer rejected the predictions (exit {done.returncode}): " + " | ".join(lines[:4])
    return json.loads(done.stdout), None
