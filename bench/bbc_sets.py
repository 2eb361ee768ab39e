"""Shared code of the hand-annotated BBC 2005 sets (`uk_dev2/`, `uk_dev3/`): select articles, build gold files.

Each set keeps offsets and speaker names only (`annotations.jsonl`); the article text is read from
`../shared/corpus/bbc2005.jsonl.gz` and checked against the SHA-1 recorded when it was annotated. Span checks
and the BBC loader are the first UK development set's (`bench/uk_dev/build_gold.py`).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
DEFAULT_CORPUS = BENCH.parent.parent / "shared" / "corpus"


def _uk_dev_builder():
    # Loaded by path under its own name: every set's script is called build_gold.py.
    spec = importlib.util.spec_from_file_location("uk_dev_build_gold", BENCH / "uk_dev" / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


uk_dev = _uk_dev_builder()


def check_annotated(where: str, text: str, ann: dict) -> None:
    """Exit naming the problem unless `text` is the annotated version and every span of `ann` lies in it."""
    sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
    if sha1 != ann["text_sha1"]:
        raise SystemExit(f"{where}: text differs from the annotated version (sha1 {sha1})")
    for quote in ann["quotes"]:
        uk_dev.check_spans(where, text, quote)


def build(annotations: Path, corpus: Path) -> list[dict]:
    """Gold articles (FORMAT.md) from a set's annotations and the corpus; exits naming any mismatch."""
    bbc = uk_dev.load_bbc(corpus)
    gold = []
    with open(annotations, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            ann = json.loads(line)
            where = f"{annotations.name}:{lineno} ({ann['id']})"
            if ann["corpus"] != "bbc2005":
                raise SystemExit(f"{where}: unknown corpus {ann['corpus']!r}")
            row = bbc.get(ann["id"])
            if row is None:
                raise SystemExit(f"{where}: article not in bbc2005.jsonl.gz")
            text = row["text"]
            check_annotated(where, text, ann)
            gold.append({"id": ann["id"], "title": row["title"], "published": None, "source": "BBC News",
                         "url": row["url"], "text": text, "quotes": ann["quotes"]})
    return gold


def build_main(annotations: Path, default_out: str, description: str, argv: list[str] | None = None) -> int:
    """The command line of a set's build_gold.py: `[OUT] [--corpus DIR]`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", nargs="?", default=default_out, help="gold file to write")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="shared corpus folder")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        raise SystemExit(f"corpus folder not found: {args.corpus} (pass --corpus)")
    gold = build(annotations, args.corpus)
    with open(args.out, "w", encoding="utf-8") as fh:
        for article in gold:
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    n = sum(len(a["quotes"]) for a in gold)
    print(f"wrote {len(gold)} articles, {n} quotes to {args.out}", file=sys.stderr)
    return 0


def candidates(corpus: Path, excluded_sets: tuple[Path, ...]) -> list[dict]:
    """BBC politics articles with at least 3 `"`, exact duplicate texts dropped, minus the excluded sets' ids."""
    excluded: set[str] = set()
    for path in excluded_sets:
        with open(path, encoding="utf-8") as fh:
            excluded.update(json.loads(line)["id"] for line in fh)
    seen, out = set(), []
    with gzip.open(corpus / "bbc2005.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["category"] != "politics" or row["text"].count('"') < 3 or row["text"] in seen:
                continue
            seen.add(row["text"])
            if row["id"] not in excluded:
                out.append(row)
    return out


def select_main(excluded_sets: tuple[Path, ...], size: int, seed: int, description: str) -> None:
    """The command line of a set's select_articles.py: print the seeded sample (`--extra N` for replacements)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--extra", type=int, default=0)
    args = parser.parse_args()
    pool = candidates(args.corpus, excluded_sets)
    print(f"{len(pool)} candidates")
    for rank, row in enumerate(random.Random(seed).sample(pool, size + args.extra), 1):
        print(f"{rank}\t{row['id']}\t{row['title']}")
