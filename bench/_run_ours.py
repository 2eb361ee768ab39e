"""Child process of the extraction benchmark: On Record's extractor over a file of articles.

Runs in the project's environment and uses only the public API (`from app.extraction import extract,
load_taxonomy`). Same command line and statistics as the peer's `bench/peer/textacy_extract.py`, so
`bench/extraction.py` times and measures both the same way:

    python bench/_run_ours.py ARTICLES.jsonl[.gz] [--limit N] [--out PRED.jsonl] [--stats STATS.json]

Predictions are written in the eval scorer's format (`../shared/eval/FORMAT.md`), as `onrecord extract`
prints them. Start-up (imports, taxonomy) and the loop (read, parse, extract, write) are timed apart;
the extract calls alone are timed too. An article on which the extractor raises, or logs an error (its
`extract` logs and swallows a failure), is counted in `failed`, with its id and the error in
`failure_examples`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
# The code to measure: a snapshot of a commit made by `bench/extraction.py --commit`, else this tree.
sys.path.insert(0, os.environ.get("ONRECORD_BENCH_SOURCE") or str(Path(__file__).resolve().parents[1]))

from app.extraction import extract, load_taxonomy  # noqa: E402  (part of the start-up time)
from app.settings import get_settings  # noqa: E402


class ErrorCounter(logging.Handler):
    """Counts errors the extractor logs: `extract` logs and swallows a failure rather than raise it."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.count, self.last = 0, ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.last = record.getMessage() + (f" ({record.exc_info[1]!r})" if record.exc_info else "")


def read_articles(path: str, limit: int | None, problems: list[str]):
    """Yield (id, text) per article line; lines that are not articles are recorded in `problems`."""
    if path == "-":
        stream = sys.stdin
    elif path.endswith(".gz"):
        stream = gzip.open(path, "rt", encoding="utf-8")
    else:
        stream = open(path, encoding="utf-8")
    count = 0
    with stream:
        for number, line in enumerate(stream, 1):
            if limit is not None and count >= limit:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                article_id, text = record["id"], record["text"]
                if not isinstance(text, str):
                    raise TypeError("`text` is not a string")
            except (ValueError, KeyError, TypeError) as error:
                problems.append(f"{path}:{number}: skipped: {error!r}")
                continue
            count += 1
            yield article_id, text


def prediction(statement) -> dict:
    """One extracted statement as a FORMAT.md prediction statement."""
    mention, cue = statement.mention, statement.cue
    return {
        "start": statement.start, "end": statement.end, "text": statement.text, "kind": statement.kind,
        "speaker": {"name": statement.speaker,
                    "mention": {"start": mention.start, "end": mention.end} if mention else None},
        "cue": {"start": cue.start, "end": cue.end} if cue else None,
        "topics": list(statement.topics),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", help="JSON Lines of articles (`.gz` allowed, `-` for stdin)")
    parser.add_argument("--limit", type=int, default=None, help="stop after this many articles")
    parser.add_argument("--out", default="-", help="predictions file (default stdout)")
    parser.add_argument("--stats", default=None, help="write run statistics as JSON here")
    args = parser.parse_args(argv)

    errors = ErrorCounter()
    logging.getLogger("app.extraction").addHandler(errors)
    taxonomy = load_taxonomy(get_settings().taxonomy_path)
    startup = time.perf_counter() - STARTED

    problems: list[str] = []
    failures: list[str] = []
    articles = statements = 0
    extract_s = 0.0
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    loop_start, loop_cpu_start = time.perf_counter(), time.process_time()
    with out:
        for article_id, text in read_articles(args.articles, args.limit, problems):
            articles += 1
            logged = errors.count
            began = time.perf_counter()
            try:
                found = [prediction(s) for s in extract(text, taxonomy).statements]
            except Exception as error:  # noqa: BLE001  a benchmark reports a crash and goes on
                failures.append(f"{article_id}: {type(error).__name__}: {error}")
                found = []
            extract_s += time.perf_counter() - began
            if errors.count > logged and not (failures and failures[-1].startswith(f"{article_id}: ")):
                failures.append(f"{article_id}: logged: {errors.last}")
            statements += len(found)
            out.write(json.dumps({"id": article_id, "statements": found}, ensure_ascii=False) + "\n")
    loop, loop_cpu = time.perf_counter() - loop_start, time.process_time() - loop_cpu_start

    for problem in problems:
        print(problem, file=sys.stderr)
    for failure in failures[:5]:
        print(f"extractor failed on {failure}", file=sys.stderr)
    if args.stats:
        import app

        ours = str(Path(app.__file__).resolve().parent)
        with open(args.stats, "w", encoding="utf-8") as f:
            json.dump({
                "system": "onrecord", "articles": articles, "statements": statements,
                "skipped_lines": len(problems), "failed": len(failures), "failure_examples": failures[:5],
                "startup_s": startup, "loop_s": loop, "loop_cpu_s": loop_cpu, "extract_s": extract_s,
                "versions": {"python": sys.version.split()[0], "onrecord": ours},  # where `app` came from
            }, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
