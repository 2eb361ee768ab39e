"""Build the held-out gold file from the offsets in annotations.jsonl and the shared corpus.

The annotations hold offsets and speaker names only; the article text is read from the corpus
(BBC 2005 politics articles for the UK part, AllSides news articles for the US part) and checked
against the SHA-1 recorded when it was annotated. Output follows ../shared/eval/FORMAT.md.
Span checks and the BBC loader are the UK development set's (bench/uk_dev/build_gold.py).

    python bench/holdout/build_gold.py [OUT] [--part uk|us|all] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
ANNOTATIONS = HERE / "annotations.jsonl"
sys.path.insert(0, str(HERE.parent))

from bbc_sets import check_annotated, uk_dev  # noqa: E402  (the BBC loader and span checks, shared)


def load_annotations(part: str) -> list[dict]:
    with open(ANNOTATIONS, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [row for row in rows if part == "all" or row["part"] == part]


def load_allsides(corpus: Path, ids: set[str]) -> dict[str, dict]:
    articles: dict[str, dict] = {}
    if not ids:
        return articles
    with gzip.open(corpus / "allsides.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in ids:
                articles.setdefault(row["id"], row)
    return articles


def build(corpus: Path, part: str = "all") -> list[dict]:
    annotations = load_annotations(part)
    bbc = uk_dev.load_bbc(corpus) if any(a["corpus"] == "bbc2005" for a in annotations) else {}
    allsides = load_allsides(corpus, {a["id"] for a in annotations if a["corpus"] == "allsides"})
    gold = []
    for ann in annotations:
        where = f"{ANNOTATIONS.name} ({ann['id']})"
        if ann["corpus"] == "bbc2005":
            row = bbc.get(ann["id"])
            source, published = "BBC News", None
        elif ann["corpus"] == "allsides":
            row = allsides.get(ann["id"])
            source, published = (row["source"], row["date"]) if row else (None, None)
        else:
            raise SystemExit(f"{where}: unknown corpus {ann['corpus']!r}")
        if row is None:
            raise SystemExit(f"{where}: article not in the {ann['corpus']} corpus file")
        text = row["text"]
        check_annotated(where, text, ann)
        gold.append({"id": ann["id"], "title": row["title"], "published": published, "source": source,
                     "url": row["url"], "text": text, "quotes": ann["quotes"]})
    return gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/holdout.gold.jsonl", help="gold file to write")
    parser.add_argument("--part", choices=("uk", "us", "all"), default="all", help="which part to write")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="shared corpus folder")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        raise SystemExit(f"corpus folder not found: {args.corpus} (pass --corpus)")
    gold = build(args.corpus, args.part)
    with open(args.out, "w", encoding="utf-8") as fh:
        for article in gold:
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    n = sum(len(a["quotes"]) for a in gold)
    print(f"wrote {len(gold)} articles, {n} quotes to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
