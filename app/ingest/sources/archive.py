"""JSON Lines archives, one article per line (`id`, `url`, `title`, `published` or `date`, `outlet` or
`source`, `text`), gzip-compressed or not. Each bad line is reported with its number; the rest still land.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from app.ingest.sources.common import BadInput, article_from_fields, check_size, decode_text
from app.ingest.types import Failure, RawArticle


def _record_article(record: object, origin: str, line: int) -> RawArticle:
    if not isinstance(record, dict):
        raise BadInput(f"expected a JSON object, got {type(record).__name__}")
    if "text" not in record:
        raise BadInput("missing field `text`")
    text = record["text"]
    if not isinstance(text, str):
        raise BadInput(f"`text` must be text, not {type(text).__name__}")
    if not text.strip():
        raise BadInput("`text` is empty")
    return article_from_fields(text, record, origin, line)


def read_archive(path: Path, origin: str, advance) -> Iterator[RawArticle | Failure]:
    """Yield each line's article, or a Failure naming the line. `advance(n)` reports bytes read from disk."""
    with path.open("rb") as raw:
        head = raw.read(2)
        raw.seek(0)
        stream = gzip.GzipFile(fileobj=raw) if head == b"\x1f\x8b" else raw
        seen_ids: dict[str, int] = {}
        position = 0
        try:
            for number, line in enumerate(stream, 1):
                now = raw.tell()
                advance(now - position)
                position = now
                if not line.strip():
                    continue
                try:
                    check_size(len(line))
                    record = json.loads(decode_text(line))
                    if isinstance(record, dict) and "id" in record:
                        record_id = record["id"]
                        if not isinstance(record_id, (str, int)) or isinstance(record_id, bool):
                            raise BadInput(f"`id` must be text or a number, not {type(record_id).__name__}")
                        if str(record_id) in seen_ids:
                            raise BadInput(f"duplicate id {str(record_id)!r} (first on line {seen_ids[str(record_id)]})")
                        seen_ids[str(record_id)] = number
                    yield _record_article(record, origin, number)
                except json.JSONDecodeError as error:
                    yield Failure(origin, number, f"invalid JSON: {error.msg} (column {error.colno})")
                except BadInput as error:
                    yield Failure(origin, number, str(error))
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            yield Failure(origin, None, f"archive is damaged: {error}")
