"""Print the second UK development sample: the fixed selection rule of README.md, applied to the corpus.

    python bench/uk_dev2/select_articles.py [--corpus DIR] [--extra N]

Prints one line per article (rank in the sample, id, title). `--extra N` also prints the next N of
the sample, the replacements taken in order when an article is unusable.
"""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH))

from bbc_sets import select_main  # noqa: E402

EXCLUDED_SETS = (BENCH / "uk_dev" / "annotations.jsonl", BENCH / "holdout" / "annotations.jsonl")
SIZE, SEED = 30, 2027

if __name__ == "__main__":
    select_main(EXCLUDED_SETS, SIZE, SEED, __doc__.splitlines()[0])
