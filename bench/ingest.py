"""The ingest benchmark: `onrecord ingest` over the AllSides corpus, with 1 and 2 worker processes.

    .venv/bin/python bench/ingest.py [--articles N|all] [--workers 1,2] [--write-docs] [--shared DIR]

Each run is the real command (`onrecord ingest FILE --workers W --json --no-progress`) in a fresh
process on a fresh SQLite database in a temporary folder, timed from start to exit (so start-up,
migrations, reading, extraction, storage and the full-text index all count). CPU time is split between
the command's own process (reading, storing) and its worker processes (extraction): this process is made
a child subreaper, so the workers' fork server is reaped here and its CPU time counted. `--articles N` takes the
first N articles of `../shared/corpus/allsides.jsonl.gz` (default: all 37,530). It prints one table and
checks issue 5's targets (the whole corpus in 60 s or less; 2 workers at least 1.7 times as fast as 1);
`--write-docs` rewrites the ingest section of `docs/benchmarks.md`. Without the corpus it says so, exits 0.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import gzip
import itertools
import json
import os
import platform
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs" / "benchmarks.md"
START, END = "<!-- ingest:start -->", "<!-- ingest:end -->"
TARGET_SECONDS, TARGET_SPEEDUP = 60.0, 1.7
HEADER = ("workers", "articles", "new", "failed", "statements", "speakers", "wall s", "articles/s", "CPU s",
          "main CPU ms/article", "worker CPU ms/article", "peak RSS MB", "database MB")
PR_SET_CHILD_SUBREAPER = 36


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", default="all", help="the first N AllSides articles, or `all` (default)")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts to run (default 1,2)")
    parser.add_argument("--write-docs", action="store_true", help="rewrite the ingest section of docs/benchmarks.md")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder")
    parser.add_argument("--commit", help="the commit the measured code is at, for the docs (default: HEAD)")
    return parser.parse_args(argv)


def corpus_slice(corpus: Path, articles: str, folder: Path) -> tuple[Path, int]:
    """The corpus itself for `all`; else a gzip file of its first N lines."""
    if articles == "all":
        with gzip.open(corpus, "rb") as stream:
            return corpus, sum(1 for _ in stream)
    count = int(articles)
    target = folder / f"allsides-{count}.jsonl.gz"
    with gzip.open(corpus, "rb") as source, gzip.open(target, "wb", compresslevel=1) as sink:
        sink.writelines(itertools.islice(source, count))
    return target, count


def become_subreaper() -> None:
    """Orphaned descendants (the workers' fork server outlives the command by a moment) become our children,
    so that reaping them adds their CPU time to ours. Linux only; elsewhere worker CPU may go uncounted."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def reap_orphans() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def run(source: Path, workers: int, folder: Path) -> dict:
    database = folder / f"bench-{workers}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    command = [str(Path(sys.executable).with_name("onrecord")), "ingest", str(source), "--workers", str(workers),
               "--json", "--no-progress"]
    env = {**os.environ, "ONRECORD_DATABASE_URL": f"sqlite:///{database}"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors, text=True, cwd=folder)
        stdout = process.stdout.read()
        process.stdout.close()
        # wait4, not wait: the command's own CPU time (and that of the children it reaped itself).
        _, _, own = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = 0  # reaped above; keeps Popen from waiting again
        reap_orphans()
        errors.seek(0)
        stderr = errors.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not stdout.strip():
        raise SystemExit(f"onrecord ingest failed:\n{stderr}")
    report = json.loads(stdout)
    size = sum(Path(f"{database}{suffix}").stat().st_size for suffix in ("", "-wal")
               if Path(f"{database}{suffix}").exists())
    total_cpu = cpu(after) - cpu(before)
    return {"workers": workers, "report": report, "wall": wall, "command": shlex.join(command),
            "cpu": total_cpu, "main_cpu": cpu(own), "worker_cpu": max(0.0, total_cpu - cpu(own)),
            "rss_mb": after.ru_maxrss / 1024, "db_mb": size / 1024 / 1024}


def row(result: dict, total: int) -> tuple[str, ...]:
    report = result["report"]
    handled = report["new"] + report["unchanged"] + report["updated"]
    per_article = 1000 / max(handled, 1)
    return (str(result["workers"]), str(total), str(report["new"]), str(len(report["failed"])),
            str(report["statements"]), str(report["speakers"]), f"{result['wall']:.1f}",
            f"{handled / result['wall']:.0f}", f"{result['cpu']:.0f}", f"{result['main_cpu'] * per_article:.2f}",
            f"{result['worker_cpu'] * per_article:.2f}", f"{result['rss_mb']:.0f}", f"{result['db_mb']:.0f}")


def table(rows: list[tuple[str, ...]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
        return "\n".join(lines + ["| " + " | ".join(cells) + " |" for cells in rows])
    widths = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(len(HEADER))]
    return "\n".join("  ".join(cell.rjust(width) for cell, width in zip(r, widths)) for r in [HEADER, *rows])


def verdicts(results: list[dict], whole: bool) -> list[str]:
    lines = []
    by_workers = {result["workers"]: result for result in results}
    if whole and 2 in by_workers:
        wall = by_workers[2]["wall"]
        lines.append(f"whole corpus with 2 workers: {wall:.1f} s (target ≤ {TARGET_SECONDS:.0f} s): "
                     + ("met" if wall <= TARGET_SECONDS else "NOT met"))
    if 1 in by_workers and 2 in by_workers:
        speedup = by_workers[1]["wall"] / by_workers[2]["wall"]
        lines.append(f"2 workers vs 1: {speedup:.2f}× as fast (target ≥ {TARGET_SPEEDUP}×): "
                     + ("met" if speedup >= TARGET_SPEEDUP else "NOT met"))
    return lines


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_docs(results: list[dict], total: int, whole: bool, args: argparse.Namespace,
               load: tuple[float, float, float]) -> None:
    command = shlex.join([".venv/bin/python", "bench/ingest.py", "--articles", args.articles,
                          "--workers", args.workers, "--write-docs"])
    body = "\n".join([
        "## Ingest",
        "",
        f"Written by `{command}` on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {args.commit or commit()}, "
        f"{platform.machine()} with {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average before the runs {load[0]:.1f}.",
        "",
        f"Each row is `onrecord ingest` on {'the whole of' if whole else 'the first ' + str(total) + ' articles of'} "
        "`../shared/corpus/allsides.jsonl.gz` into a fresh SQLite database, timed from process start to exit:",
        "",
        *[f"- `{result['command'].replace(str(REPO) + '/', '')}`" for result in results[:1]],
        "",
        table([row(result, total) for result in results], markdown=True),
        "",
        *[f"- {line}" for line in verdicts(results, whole)],
        "",
        "CPU s is user + system time of the command and its worker processes; main CPU is the command's own "
        "process (reading, identity, storing; with 1 worker also extraction), worker CPU its worker processes "
        "(extraction), both per article; peak RSS is the largest process.",
    ])
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    section = f"{START}\n{body}\n{END}"
    if START in text and END in text:
        text = text[:text.index(START)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOCS.write_text(text, encoding="utf-8")
    print(f"wrote {DOCS}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    corpus = args.shared / "corpus" / "allsides.jsonl.gz"
    if not corpus.exists():
        print(f"no corpus at {corpus}: nothing to measure")
        return 0
    worker_counts = [int(part) for part in args.workers.split(",") if part.strip()]
    become_subreaper()
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="onrecord-bench-") as scratch:
        folder = Path(scratch)
        source, total = corpus_slice(corpus, args.articles, folder)
        results = []
        for workers in worker_counts:
            result = run(source, workers, folder)
            results.append(result)
            print(table([row(result, total)], markdown=False), flush=True)
    whole = args.articles == "all"
    print()
    print(table([row(result, total) for result in results], markdown=False))
    for line in verdicts(results, whole):
        print(line)
    if args.write_docs:
        write_docs(results, total, whole, args, load)
    return 0


if __name__ == "__main__":
    sys.exit(main())
