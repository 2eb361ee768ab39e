"""Build the second UK development gold file from the offsets in annotations.jsonl and the shared corpus.

The annotations hold offsets and speaker names only; the article text (BBC 2005 politics articles)
is read from the corpus and checked against the SHA-1 recorded when it was annotated. Output follows
../shared/eval/FORMAT.md. The code is shared with the other BBC sets (bench/bbc_sets.py).

    python bench/uk_dev2/build_gold.py [OUT] [--corpus DIR]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bbc_sets import build_main  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_main(HERE / "annotations.jsonl", "/tmp/uk-dev2.gold.jsonl", __doc__.splitlines()[0]))
