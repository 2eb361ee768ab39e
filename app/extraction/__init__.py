"""Quote and speech extraction from news text: a pure library (text in, statements out).

Public API:
    extract(text, taxonomy=None) -> Extraction
    load_taxonomy(path) -> Taxonomy
and the types in `app.extraction.types`. No database or web imports anywhere in this package.
"""

from app.extraction.types import Extraction, Kind, Span, Speaker, SpeakerKind, Statement

__all__ = ["Extraction", "Kind", "Span", "Speaker", "SpeakerKind", "Statement", "extract", "load_taxonomy", "Taxonomy"]


def extract(text: str, taxonomy=None) -> Extraction:  # replaced by the real pipeline below
    raise NotImplementedError
