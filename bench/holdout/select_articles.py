"""Print the held-out sample: the fixed selection rules of README.md, applied to the shared corpus.

    python bench/holdout/select_articles.py [--corpus DIR] [--extra N]

Prints one line per article (part, rank in the sample, corpus, id, title). `--extra N` also prints
the next N of each sample, the replacements taken in order when an article is unusable.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

from bbc_sets import DEFAULT_CORPUS, candidates  # noqa: E402  (BBC politics candidates, as the dev sets')

DEV_ANNOTATIONS = REPO / "bench" / "uk_dev" / "annotations.jsonl"

UK_SIZE, US_SIZE = 20, 10
UK_SEED, US_SEED = 2026, 2026
# US outlets whose AllSides source label is their news desk (not opinion, not a blog, not a UK outlet).
US_NEWS_SOURCES = (
    "ABC News", "Associated Press", "CBS News", "CNN (Web News)", "Christian Science Monitor",
    "Fox Online News", "NBC News (Online)", "NPR Online News", "New York Times - News", "Politico",
    "Reuters", "The Hill", "USA TODAY", "Wall Street Journal - News", "Washington Post",
    "Washington Times",
)
US_MIN_CHARS, US_MAX_CHARS = 1500, 6000
QUOTE_MARKS = ('"', "\u201c", "\u201d")


def us_candidates(corpus: Path) -> list[dict]:
    seen, out = set(), []
    with gzip.open(corpus / "allsides.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row["text"]
            if (row["source"] in US_NEWS_SOURCES and US_MIN_CHARS <= len(text) <= US_MAX_CHARS
                    and sum(text.count(m) for m in QUOTE_MARKS) >= 3 and text not in seen):
                seen.add(text)
                out.append(row)
    return sorted(out, key=lambda row: row["id"])


def sample(corpus: Path, extra: int = 0) -> dict[str, list[dict]]:
    uk, us = candidates(corpus, (DEV_ANNOTATIONS,)), us_candidates(corpus)
    return {"uk": random.Random(UK_SEED).sample(uk, UK_SIZE + extra),
            "us": random.Random(US_SEED).sample(us, US_SIZE + extra)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--extra", type=int, default=0)
    args = parser.parse_args()
    for part, rows in sample(args.corpus, args.extra).items():
        for rank, row in enumerate(rows, 1):
            corpus = "bbc2005" if part == "uk" else "allsides"
            print(f"{part}\t{rank}\t{corpus}\t{row['id']}\t{row.get('source', 'BBC News')}\t{row['title']}")


if __name__ == "__main__":
    main()
