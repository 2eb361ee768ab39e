"""The `onrecord ingest` command's output: a rich progress bar (rate and ETA) on a terminal, then a plain
summary or JSON; failures go to stderr and, with `--report`, to a JSON Lines file."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from app.ingest.pipeline import Progress, ingest_paths
from app.ingest.types import IngestReport


class RichProgress(Progress):
    """Bytes read drive the bar and the ETA; the rate is in articles per second."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress as Bar, TaskProgressColumn, TextColumn, TimeElapsedColumn, \
            TimeRemainingColumn

        self.bar = Bar(TextColumn("ingesting"), BarColumn(), TaskProgressColumn(),
                       TextColumn("{task.fields[articles]} articles, {task.fields[rate]}/s"),
                       TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True)
        self.task = None
        self.started = time.monotonic()

    def start(self, total_bytes: int) -> None:
        self.bar.start()
        self.task = self.bar.add_task("ingest", total=total_bytes or None, articles=0, rate="0")
        self.started = time.monotonic()

    def advance(self, read_bytes: int) -> None:
        self.bar.advance(self.task, read_bytes)

    def articles(self, done: int) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        self.bar.update(self.task, articles=done, rate=f"{done / elapsed:.0f}")

    def finish(self) -> None:
        self.bar.stop()


def write_failures(report: IngestReport, path: Path) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for failure in report.failed:
            stream.write(json.dumps(failure.as_dict(), ensure_ascii=False) + "\n")


def run(paths: list[str], workers: int, as_json: bool, report_path: Path | None, progress: bool | None) -> int:
    """Run an ingest from the command line; return the exit status (0 complete, 1 partial, 130 interrupted)."""
    if progress is None:
        progress = sys.stderr.isatty() and not as_json
    started = time.monotonic()
    try:
        report = ingest_paths(paths, workers=workers or os.cpu_count() or 1,
                              progress=RichProgress() if progress else None)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted: the articles stored so far are kept; run the same command again to finish\n")
        return 130
    elapsed = time.monotonic() - started
    if report_path is not None:
        write_failures(report, report_path)
    if as_json:
        sys.stdout.write(json.dumps({**report.as_dict(), "seconds": round(elapsed, 2)}, ensure_ascii=False) + "\n")
    else:
        for failure in report.failed:
            sys.stderr.write(f"failed: {failure.describe()}\n")
        sys.stdout.write(f"{report.summary()} ({elapsed:.1f} s)\n")
    return 0 if report.complete else 1
