"""Quote and speech extraction from news text: a pure library (text in, statements out).

Public API:
    extract(text, taxonomy=None) -> Extraction
    load_taxonomy(path) -> Taxonomy
and the types in `app.extraction.types`. No database or web imports anywhere in this package.
"""

from __future__ import annotations

import logging

from app.extraction.topics import Taxonomy, load_taxonomy
from app.extraction.types import Extraction, Kind, Span, Speaker, SpeakerKind, Statement

__all__ = ["Extraction", "Kind", "Span", "Speaker", "SpeakerKind", "Statement", "extract", "load_taxonomy", "Taxonomy"]


def extract(text: str, taxonomy: Taxonomy | None = None) -> Extraction:
    """Every statement the article reports, with canonical speakers and topics. Never raises on a str."""
    from app.extraction.pipeline import extract_statements

    if not isinstance(text, str) or not text.strip():
        return Extraction(statements=[], speakers=[])
    try:
        return extract_statements(text, taxonomy)
    except Exception:  # an ingest run must never die on one odd article; the tests call the pipeline unguarded
        logging.getLogger(__name__).exception("extraction failed on a text of %d characters", len(text))
        return Extraction(statements=[], speakers=[])
