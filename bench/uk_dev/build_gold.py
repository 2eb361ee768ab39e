"""Build the UK development gold file from the offsets in annotations.jsonl and the shared corpus.

The annotations hold offsets and speaker names only; the article text is read from the corpus
(BBC 2005 politics articles and UK pages of the Article Extraction Benchmark) and checked against
the SHA-1 recorded when it was annotated. Output follows the gold format of ../shared/eval/FORMAT.md.

    python bench/uk_dev/build_gold.py [OUT] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
ANNOTATIONS = HERE / "annotations.jsonl"

PUBLISHERS = {
    "bbc.com": "BBC News",
    "bbc.co.uk": "BBC News",
    "theguardian.com": "The Guardian",
    "express.co.uk": "Daily Express",
    "thesun.co.uk": "The Sun",
    "news.sky.com": "Sky News",
    "cityam.com": "City A.M.",
    "hosted.ap.org": "Associated Press",
}


def publisher(url: str) -> str | None:
    host = urlparse(url).netloc.lower().removeprefix("www.")
    return PUBLISHERS.get(host)


def load_bbc(corpus: Path) -> dict[str, dict]:
    articles: dict[str, dict] = {}
    with gzip.open(corpus / "bbc2005.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            articles.setdefault(row["id"], row)
    return articles


def load_pages(corpus: Path) -> dict[str, dict]:
    with gzip.open(corpus / "html-pages" / "ground-truth.json.gz", "rt", encoding="utf-8") as fh:
        return json.load(fh)


def check_spans(where: str, text: str, quote: dict) -> None:
    for key in ("content", "cue", "source"):
        segs = quote.get(key)
        if segs is None:
            if key == "content":
                raise SystemExit(f"{where}: quote without content")
            continue
        last = 0
        for start, end in segs:
            if not (last <= start < end <= len(text)):
                raise SystemExit(f"{where}: bad {key} segment [{start}, {end}] (text length {len(text)})")
            last = end


def build(corpus: Path) -> list[dict]:
    bbc = load_bbc(corpus)
    pages = load_pages(corpus)
    gold = []
    with open(ANNOTATIONS, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            ann = json.loads(line)
            where = f"{ANNOTATIONS.name}:{lineno} ({ann['id']})"
            if ann["corpus"] == "bbc2005":
                row = bbc.get(ann["id"])
                if row is None:
                    raise SystemExit(f"{where}: article not in bbc2005.jsonl.gz")
                text, title, url, source = row["text"], row["title"], row["url"], "BBC News"
            elif ann["corpus"] == "html-pages":
                page = pages.get(ann["id"])
                if page is None:
                    raise SystemExit(f"{where}: page not in html-pages/ground-truth.json.gz")
                text, title, url = page["articleBody"], None, page["url"]
                source = publisher(url)
            else:
                raise SystemExit(f"{where}: unknown corpus {ann['corpus']!r}")
            sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if sha1 != ann["text_sha1"]:
                raise SystemExit(f"{where}: text differs from the annotated version (sha1 {sha1})")
            for quote in ann["quotes"]:
                check_spans(where, text, quote)
            gold.append({"id": ann["id"], "title": title, "published": None, "source": source,
                         "url": url, "text": text, "quotes": ann["quotes"]})
    return gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/uk-dev.gold.jsonl", help="gold file to write")
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
