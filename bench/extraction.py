"""The extraction benchmark: quality on every gold file and speed on the AllSides corpus, with the peer.

    .venv/bin/python bench/extraction.py [--gold FILE ...] [--skip-gold] [--speed [N|all]] [--peer]
                                         [--peer-speed N] [--write-docs] [--commit REV] [--keep DIR]
                                         [--shared DIR]

For each gold file (default: every `*.gold.jsonl` in `../shared/eval/data/`, and the hand-annotated
sets that `bench/uk_dev*/` and `bench/holdout/` build from the shared corpus) it runs
On Record's extractor, and textacy + spaCy with `--peer`, times it, scores the predictions with
`../shared/eval/score.py` and prints one table. `--speed` runs the extractor over the first N articles
of `../shared/corpus/allsides.jsonl.gz` (5000 by default, `all` for the whole file) and the peer over
its first `--peer-speed` (500), and checks issue 3's targets. `--write-docs` rewrites the extraction
section of `docs/benchmarks.md`. Without `../shared` there is nothing to measure: it says so and exits 0.
How each figure is measured: `bench/README.md`.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from textwrap import shorten
from dataclasses import replace
from pathlib import Path

from _report import (GOLD_DESCRIPTIONS, QUALITY_HEADER, SPEED_HEADER, git_commit, gold_name, load_average,
                     machine, markdown_table, now_utc, quality_row, speed_row, speed_verdicts, text_table,
                     write_docs_section)
from _runs import REPO, Run, articles_digest, peer_available, run_system, score, snapshot

DEFAULT_SPEED, DEFAULT_PEER_SPEED = 5000, 500
BUILT_SETS = (  # (gold name, builder under bench/, builder arguments)
    ("uk-dev", "uk_dev/build_gold.py", ()),
    ("uk-dev2", "uk_dev2/build_gold.py", ()),
    ("uk-dev3", "uk_dev3/build_gold.py", ()),
    ("holdout-uk", "holdout/build_gold.py", ("--part", "uk")),
    ("holdout-us", "holdout/build_gold.py", ("--part", "us")),
)


def speed_limit(value: str) -> int | None:
    """`--speed` argument: a positive count, or `all` (None: the whole corpus)."""
    if value == "all":
        return None
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of articles or `all`, got {value!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 article, got {count}")
    return count


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Figures and method: bench/README.md, docs/benchmarks.md.")
    parser.add_argument("--gold", type=Path, action="append", metavar="FILE",
                        help="a gold file to score against (repeatable; default: every "
                             "../shared/eval/data/*.gold.jsonl)")
    parser.add_argument("--skip-gold", action="store_true", help="run no gold file (e.g. only --speed)")
    parser.add_argument("--speed", type=speed_limit, nargs="?", const=DEFAULT_SPEED, default=False,
                        metavar="N|all", help="speed run over the first N AllSides articles "
                                              f"(default {DEFAULT_SPEED}; `all` = every one)")
    parser.add_argument("--peer", action="store_true", help="also run textacy + spaCy from .bench-venv/")
    parser.add_argument("--peer-speed", type=speed_limit, default=DEFAULT_PEER_SPEED, metavar="N",
                        help=f"articles for the peer's speed run (default {DEFAULT_PEER_SPEED})")
    parser.add_argument("--write-docs", action="store_true",
                        help="rewrite the extraction section of docs/benchmarks.md")
    parser.add_argument("--commit", metavar="REV",
                        help="measure app/ as committed at REV (exported with git archive), "
                             "not the working tree")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep predictions and run statistics in DIR")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", metavar="DIR",
                        help="the shared folder with eval/ and corpus/ (default: ../shared next to the repo)")
    return parser.parse_args(argv)


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_or_reuse(system: str, source: Path, limit: int | None, workdir: Path, done: dict,
                 code: Path | None) -> Run:
    """Run a system over a file, or reuse its run over an earlier file holding the very same articles."""
    key = (system, articles_digest(source) or str(source), limit)
    if key in done:
        earlier = done[key]
        say(f"{system} on {gold_name(source)}: same articles as {gold_name(earlier.source)}, "
            "predictions reused")
        return replace(earlier, source=source, shared_with=gold_name(earlier.source))
    say(f"{system} on {source.name}{f' (first {limit})' if limit else ''} ...")
    run = run_system(system, source, limit, workdir, code if system == "onrecord" else None)
    if run.error:
        say(f"  {run.error}")
    else:
        say(f"  {run.stats['articles']} articles, {run.stats['statements']} statements, "
            f"{run.stats['loop_s']:.1f} s, {run.articles_per_s:.1f} articles/s, "
            f"peak RSS {run.peak_rss_mb:.0f} MB")
    done[key] = run
    return run


def failure_notes(runs: list[Run]) -> list[str]:
    notes = []
    for run in runs:
        if run.error:
            notes.append(f"{run.system} on {run.source.name}: {run.error}")
        elif run.stats.get("failed") and not run.shared_with:
            examples = "; ".join(shorten(example, 100) for example in run.stats["failure_examples"][:2])
            notes.append(f"{run.system} on {run.source.name}: no statements for {run.stats['failed']} of "
                         f"{run.stats['articles']} articles where it failed ({examples})")
    return notes


def docs_body(command: str, quality: list[tuple], speed: list[tuple], verdicts: list[str], notes: list[str],
              runs: list[Run], peer_note: str | None, started: tuple[str, str, float | None]) -> str:
    when, measured, load = started
    versions = {}
    for run in runs:
        versions.setdefault(run.system, run.stats.get("versions"))
    peer = versions.get("textacy")
    lines = ["## Extraction", "",
             f"Taken {when}: {measured}, in the project's environment, with", "", f"    {command}", "",
             f"Machine: {machine(load, load_average())}.", ""]
    if peer:
        lines += [f"Peer: textacy {peer['textacy']} (`direct_quotations`) over spaCy {peer['spacy']} with "
                  f"`{peer['model']}` (en_core_web_sm), Python {peer['python']}, in `.bench-venv/` under "
                  "`nice -n 10`.", ""]
    elif peer_note:
        lines += [f"Peer not run: {peer_note}.", ""]
    if quality:
        lines += ["### Quality per gold file", "",
                  "Scores from `../shared/eval/score.py` (overlap = token F1 ≥ 0.5; `direct` and "
                  "`indirect` are overlap F1 on those subsets; speaker accuracy is the lenient mention "
                  "rule; canonical accuracy needs gold canonical names, which the PolNeAR files do not "
                  "have).", "",
                  markdown_table(QUALITY_HEADER, quality), ""]
        names = dict.fromkeys(row[0] for row in quality)
        lines += [f"- `{name}`: {GOLD_DESCRIPTIONS.get(name, 'given with --gold')}" for name in names] + [""]
    if speed:
        lines += ["### Speed on `../shared/corpus/allsides.jsonl.gz`", "",
                  markdown_table(SPEED_HEADER, speed), ""]
        lines += [f"- {verdict}" for verdict in verdicts] + ([""] if verdicts else [])
    lines += ["How measured: each system runs in its own child process over the file; articles/s counts the "
              "loop that reads, parses, extracts and writes each article (start-up, i.e. imports, model or "
              "taxonomy load, is shown apart); articles/CPU-s divides by the CPU time of that loop instead, "
              "which other work on the machine disturbs less; peak RSS is the child's maximum resident set "
              "size from `os.wait4`. Details in `bench/README.md`.", ""]
    if notes:
        lines += ["Notes from this run:", ""] + [f"- {note}" for note in notes]
    return "\n".join(lines)


def built_golds(shared: Path, workdir: Path) -> list[Path]:
    """The hand-annotated sets kept in `bench/` as offsets, each built from the shared corpus by its own script."""
    golds = []
    for name, builder, extra in BUILT_SETS:
        script = REPO / "bench" / builder
        if not script.exists():
            continue
        gold = workdir / f"{name}.gold.jsonl"
        build = [sys.executable, str(script), str(gold), "--corpus", str(shared / "corpus"), *extra]
        done = subprocess.run(build, capture_output=True, text=True)
        if done.returncode != 0 or not gold.exists():
            say(f"{name} gold not built (bench/{builder} exited {done.returncode}): "
                + " | ".join((done.stderr or done.stdout).strip().splitlines()[-2:]))
            continue
        golds.append(gold)
    return golds


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.shared.is_dir():
        print(f"{args.shared} not found: no gold files or corpus to benchmark against; nothing done.")
        return 0
    scorer = args.shared / "eval" / "score.py"
    if not scorer.exists():
        say(f"{scorer} not found: predictions are timed but not scored")
        scorer = None
    golds = args.gold or sorted((args.shared / "eval" / "data").glob("*.gold.jsonl"), key=gold_name)
    golds = [] if args.skip_gold else golds
    missing = [str(gold) for gold in golds if not gold.is_file()]
    if missing:
        print(f"gold file not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    corpus = args.shared / "corpus" / "allsides.jsonl.gz"
    if args.speed is not False and not corpus.is_file():
        say(f"{corpus} not found: no speed run")
        args.speed = False
    peer_note = peer_available() if args.peer else None
    if peer_note:
        say(f"peer skipped: {peer_note}")
    systems = ["onrecord"] + (["textacy"] if args.peer and not peer_note else [])

    workdir = Path(tempfile.mkdtemp(prefix="onrecord-bench-"))
    code = None
    if args.commit:
        try:
            code, commit = snapshot(args.commit, workdir)
        except ValueError as error:
            shutil.rmtree(workdir, ignore_errors=True)
            print(error, file=sys.stderr)
            return 2
        measured = f"On Record's `app/` as committed at {commit} (exported with `git archive`)"
    else:
        measured = f"On Record's working tree at commit {git_commit()}"  # as it was when the run began
    started = (now_utc(), measured, load_average())
    if not args.gold and not args.skip_gold:
        golds += built_golds(args.shared, workdir)
    runs: list[Run] = []
    done: dict = {}
    quality, speed, verdicts = [], [], []
    try:
        for gold in golds:
            for system in systems:
                run = run_or_reuse(system, gold, None, workdir, done, code)
                runs.append(run)
                scores, problem = score(scorer, gold, run.predictions) if run.predictions else (None, None)
                if problem:
                    say(f"  {problem}")
                quality.append(quality_row(gold, run, scores, problem))
        if args.speed is not False:
            speed_runs = {}
            for system in systems:
                limit = args.speed
                if system == "textacy" and args.peer_speed is not None:
                    limit = args.peer_speed if limit is None else min(limit, args.peer_speed)
                speed_runs[system] = run_or_reuse(system, corpus, limit, workdir, done, code)
                runs.append(speed_runs[system])
            speed = [speed_row(run) for run in speed_runs.values()]
            verdicts = speed_verdicts(speed_runs.get("onrecord"), speed_runs.get("textacy"))
        notes = failure_notes(runs)

        if quality:
            print("\nQuality per gold file (scores: ../shared/eval/score.py)\n")
            print(text_table(QUALITY_HEADER, quality))
        if speed:
            print(f"\nSpeed on {corpus.name}\n")
            print(text_table(SPEED_HEADER, speed))
            for verdict in verdicts:
                print(f"  {verdict}")
        for note in notes:
            print(f"note: {note}")
        if args.write_docs:
            python = Path(os.path.normpath(sys.executable))
            shown = python.relative_to(REPO) if python.is_relative_to(REPO) else python.name
            given = shlex.join(argv if argv is not None else sys.argv[1:])
            command = f"{shown} bench/extraction.py {given}".strip()
            body = docs_body(command, quality, speed, verdicts, notes, runs, peer_note, started)
            path = write_docs_section(body)
            print(f"\nwrote the extraction section of {path}")
    finally:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for item in workdir.iterdir():
                if item.is_file():  # not the exported source of --commit
                    shutil.copy2(item, args.keep / item.name)
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if any(run.error for run in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
