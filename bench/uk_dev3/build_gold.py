"""Build the third UK development gold file from the offsets in annotations.jsonl and the shared corpus.

The annotations hold offsets and speaker names only; the article text (BBC 2005 politics articles)
is read from the corpus and checked against the SHA-1 recorded when it was annotated. Output follows
../shared/eval/FORMAT.md. Span checks and the BBC loader are the first UK development set's
(bench/uk_dev/build_gold.py).

    python bench/uk_dev3/build_gold.py [OUT] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
ANNOTATIONS = HERE / "annotations.jsonl"


def _uk_dev_builder():
    # Loaded by path under its own name: both scripts are called build_gold.py.
    spec = importlib.util.spec_from_file_location("uk_dev_build_gold", HERE.parent / "uk_dev" / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


uk_dev = _uk_dev_builder()


def build(corpus: Path) -> list[dict]:
    bbc = uk_dev.load_bbc(corpus)
    gold = []
    with open(ANNOTATIONS, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            ann = json.loads(line)
            where = f"{ANNOTATIONS.name}:{lineno} ({ann['id']})"
            if ann["corpus"] != "bbc2005":
                raise SystemExit(f"{where}: unknown corpus {ann['corpus']!r}")
            row = bbc.get(ann["id"])
            if row is None:
                raise SystemExit(f"{where}: article not in bbc2005.jsonl.gz")
            text = row["text"]
            sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if sha1 != ann["text_sha1"]:
                raise SystemExit(f"{where}: text differs from the annotated version (sha1 {sha1})")
            for quote in ann["quotes"]:
                uk_dev.check_spans(where, text, quote)
            gold.append({"id": ann["id"], "title": row["title"], "published": None, "source": "BBC News",
                         "url": row["url"], "text": text, "quotes": ann["quotes"]})
    return gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/uk-dev3.gold.jsonl", help="gold file to write")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="shared corpus folder")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        raise SystemExit(f"corpus folder not found: {args.corpus} (pass --corpus)")
    gold = build(args.corpus)
    with open(args.out, "w", encoding="utf-8") as fh:
        for article in gold:
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    n = sum(len(a["quotes"]) for a in gold)
    print(f"wrote {len(gold)} articles, {n} quotes to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
