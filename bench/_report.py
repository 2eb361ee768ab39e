"""Tables, machine facts and the extraction section of `docs/benchmarks.md` for the extraction benchmark."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import subprocess
from pathlib import Path

from _runs import REPO, Run

DOCS = REPO / "docs" / "benchmarks.md"
START, END = "<!-- extraction:start -->", "<!-- extraction:end -->"
DOCS_SKELETON = f"""# Benchmarks

Measured figures for On Record, each section written by the command it names, on the machine it names.
Re-run the command to refresh a section; do not edit figures by hand.

{START}
{END}

<!-- ingest:start -->
<!-- ingest:end -->
"""

GOLD_DESCRIPTIONS = {
    "polnear-train": "PolNeAR train, US news 2015-16, every attribution (beliefs and plans too), "
                     "no canonical names",
    "polnear-train-speech": "the same articles, speech cues only: closest to what On Record calls a "
                            "statement",
    "seed": "the seed article (UK), hand-annotated",
    "uk-dev": "UK development set of `bench/uk_dev/` (BBC politics 2005 and UK news pages), hand-annotated",
    "uk-dev2": "second UK development set of `bench/uk_dev2/` (BBC politics 2005), hand-annotated",
    "uk-dev3": "third UK development set of `bench/uk_dev3/` (BBC politics 2005), hand-annotated",
    "holdout-uk": "held-out UK set of `bench/holdout/` (BBC politics 2005): annotated before any run, never "
                  "tuned on",
    "holdout-us": "held-out US set of `bench/holdout/` (AllSides news desks): annotated before any run, never "
                  "tuned on",
}

# Issue 3's targets for the speed run.
TARGET_RATE, TARGET_RATIO, TARGET_RSS_MB = 200, 25, 200

QUALITY_HEADER = ("gold file", "system", "articles", "overlap F1", "direct", "indirect", "exact F1",
                  "speaker acc", "canonical acc", "end-to-end F1", "articles/s", "peak RSS MB")
SPEED_HEADER = ("system", "articles", "start-up s", "loop s", "articles/s", "extract-only articles/s",
                "articles/CPU-s", "peak RSS MB", "failed")


def fmt(value, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def gold_name(path: Path) -> str:
    return path.name.removesuffix(".gold.jsonl")


def quality_row(gold: Path, run: Run, scores: dict | None, problem: str | None) -> tuple[str, ...]:
    """One row of the per-gold-file table; columns follow QUALITY_HEADER."""
    name, system = gold_name(gold), run.system
    rate = fmt(run.articles_per_s, 1) + (f" (as {run.shared_with})" if run.shared_with else "")
    if run.error:
        return (name, system, "–", *["–"] * 7, "–", fmt(run.peak_rss_mb, 0))
    if scores is None:
        cells = ["–"] * 7
    else:
        every = scores["subsets"]["all"]
        cells = [fmt(every["overlap"]["f1"]), fmt(scores["subsets"]["direct"]["overlap"]["f1"]),
                 fmt(scores["subsets"]["indirect"]["overlap"]["f1"]), fmt(every["exact"]["f1"]),
                 fmt(every["speaker_accuracy"]), fmt(every["canonical_accuracy"]),
                 fmt(every["end_to_end"]["f1"])]
    return (name, system, str(run.stats["articles"]), *cells, rate, fmt(run.peak_rss_mb, 0))


def speed_row(run: Run) -> tuple[str, ...]:
    if run.error:
        return (run.system, "–", "–", "–", "–", "–", "–", fmt(run.peak_rss_mb, 0), "–")
    stats = run.stats
    extract_s = stats.get("extract_s")
    only = fmt(stats["articles"] / extract_s, 1) if extract_s else "–"
    return (run.system, str(stats["articles"]), fmt(stats["startup_s"], 2), fmt(stats["loop_s"], 1),
            fmt(run.articles_per_s, 1), only, fmt(run.articles_per_cpu_s, 1), fmt(run.peak_rss_mb, 0),
            str(stats["failed"]))


def text_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) if i < 2 else cell.rjust(width)
                       for i, (cell, width) in enumerate(zip(row, widths))) for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    align = ["---" if i < 2 else "---:" for i in range(len(header))]
    return "\n".join("| " + " | ".join(row) + " |" for row in [header, align, *rows])


def speed_verdicts(ours: Run | None, peer: Run | None) -> list[str]:
    """Issue 3's speed and memory targets, each stated with the measured figure."""
    lines = []
    if ours is None or ours.error or not ours.articles_per_s:
        return lines
    rate, rss = ours.articles_per_s, ours.peak_rss_mb
    lines.append(f"throughput {rate:.1f} articles/s against the target of {TARGET_RATE}: "
                 + ("met" if rate >= TARGET_RATE else "NOT met"))
    if rss is not None:
        lines.append(f"peak RSS {rss:.0f} MB against the limit of {TARGET_RSS_MB} MB: "
                     + ("met" if rss < TARGET_RSS_MB else "NOT met"))
    if peer is not None and not peer.error and peer.articles_per_s:
        ratio = rate / peer.articles_per_s
        cpu = ""
        if ours.articles_per_cpu_s and peer.articles_per_cpu_s:
            cpu = f"; {ours.articles_per_cpu_s / peer.articles_per_cpu_s:.1f} times per CPU-second"
        lines.append(f"{ratio:.1f} times textacy + spaCy ({peer.articles_per_s:.1f} articles/s on its first "
                     f"{peer.stats['articles']} articles) against the target of {TARGET_RATIO} times: "
                     + ("met" if ratio >= TARGET_RATIO else "NOT met") + cpu)
    return lines


def load_average() -> float | None:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else None


def machine(load_start: float | None, load_end: float | None) -> str:
    """CPU model, cores, memory, OS and Python of this machine, and its load when the run began and ended."""
    cpu = "unknown CPU"
    try:
        found = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.MULTILINE)
        cpu = found.group(1).strip() if found else cpu
        kib = int(re.search(r"^MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text(), re.MULTILINE).group(1))
        memory = f"{kib / 1024 / 1024:.1f} GiB RAM"
    except (OSError, AttributeError):
        memory = "unknown RAM"
    shared = ""
    if load_start is not None and load_end is not None:
        shared = (f", 1-minute load average {load_start:.2f} when the run began and {load_end:.2f} when it "
                  "ended (other work shares the machine)")
    return (f"{cpu}, {os.cpu_count()} cores, {memory}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}{shared}")


def git_commit() -> str:
    """Short commit of HEAD, noting uncommitted changes in the code that was measured."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    dirty = [path for path in ("app/extraction", "bench") if git("status", "--porcelain", "--", path)]
    return commit + (f" (with uncommitted changes in {' and '.join(dirty)})" if dirty else "")


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def write_docs_section(body: str) -> Path:
    """Replace the extraction section of docs/benchmarks.md, leaving every other part of the file as it is."""
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else DOCS_SKELETON
    section = f"{START}\n{body.strip()}\n{END}"
    if START in text and END in text and text.index(START) < text.index(END):
        text = text[:text.index(START)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    DOCS.parent.mkdir(parents=True, exist_ok=True)
    DOCS.write_text(text, encoding="utf-8")
    return DOCS
