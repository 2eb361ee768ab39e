"""Print the third UK development sample: the fixed selection rule of README.md, applied to the corpus.

    python bench/uk_dev3/select_articles.py [--corpus DIR] [--extra N]

Prints one line per article (rank in the sample, id, title). `--extra N` also prints the next N of
the sample, the replacements taken in order when an article is unusable.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
EXCLUDED_SETS = (REPO / "bench" / "uk_dev" / "annotations.jsonl",
                 REPO / "bench" / "uk_dev2" / "annotations.jsonl",
                 REPO / "bench" / "holdout" / "annotations.jsonl")
SIZE, SEED = 30, 2028


def excluded_ids() -> set[str]:
    ids: set[str] = set()
    for path in EXCLUDED_SETS:
        with open(path, encoding="utf-8") as fh:
            ids.update(json.loads(line)["id"] for line in fh)
    return ids


def candidates(corpus: Path) -> list[dict]:
    excluded, seen, out = excluded_ids(), set(), []
    with gzip.open(corpus / "bbc2005.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["category"] != "politics" or row["text"].count('"') < 3 or row["text"] in seen:
                continue
            seen.add(row["text"])
            if row["id"] not in excluded:
                out.append(row)
    return out


def sample(corpus: Path, extra: int = 0) -> list[dict]:
    return random.Random(SEED).sample(candidates(corpus), SIZE + extra)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--extra", type=int, default=0)
    args = parser.parse_args()
    print(f"{len(candidates(args.corpus))} candidates")
    for rank, row in enumerate(sample(args.corpus, args.extra), 1):
        print(f"{rank}\t{row['id']}\t{row['title']}")


if __name__ == "__main__":
    main()
