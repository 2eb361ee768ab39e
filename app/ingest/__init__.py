"""Ingest: read articles from files, folders, archives, feeds and URLs, extract their statements, and
store them with stable ids. `ingest_paths` is the one entry point (the CLI and the web app call it)."""

from app.ingest.pipeline import Progress, ingest_paths
from app.ingest.types import Failure, IngestReport

__all__ = ["Failure", "IngestReport", "Progress", "ingest_paths"]
