"""Shared checks for every source: bytes to text, size limits, dates, metadata fields."""

from __future__ import annotations

import datetime as dt
import re

from app.ingest.types import RawArticle

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""The largest single article (a file, a fetched page, one JSON line); anything bigger is not an article."""

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class BadInput(Exception):
    """A source that cannot be ingested; the message says why, in words a user can act on."""


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_size(size: int) -> None:
    if size > MAX_ARTICLE_BYTES:
        raise BadInput(f"too large for one article: {megabytes(size)} (the limit is {megabytes(MAX_ARTICLE_BYTES)})")


def decode_text(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped); binary data and invalid UTF-8 are refused."""
    if b"\x00" in data[:65536]:
        raise BadInput("binary file, not text (it holds NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput(f"not valid UTF-8: byte 0x{data[error.start]:02x} at offset {error.start}") from None


def parse_date(value: object) -> dt.date | None:
    """A publication date from front matter, JSON or a feed. Empty means unknown; nonsense is an error."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise BadInput(f"date {value!r} is not a date (expected text such as 2024-11-11)")
    day = _ISO_DAY.match(value)
    if day:
        try:
            return dt.date(*(int(part) for part in day.groups()))
        except ValueError as error:
            raise BadInput(f"impossible date {value.strip()!r}: {error}") from None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser  # slow to import; most dates are ISO

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        raise BadInput(f"unreadable date {value.strip()!r} (expected a date such as 2024-11-11)")
    return parsed.date()


def optional_text(record: dict, *keys: str) -> str | None:
    """The first of `keys` present in `record`, which must be text; blank counts as absent."""
    for key in keys:
        if key in record and record[key] is not None:
            value = record[key]
            if isinstance(value, (int, float)) and not isinstance(value, bool) and key == "title":
                value = str(value)
            if not isinstance(value, str):
                raise BadInput(f"`{key}` must be text, not {type(value).__name__}")
            value = value.strip()
            if value:
                return value
    return None


def optional_author(record: dict) -> str | None:
    """A byline from `author` or `authors`: text, or a list of names joined by commas."""
    for key in ("author", "authors"):
        value = record.get(key)
        if isinstance(value, list):
            value = ", ".join(str(name).strip() for name in value if isinstance(name, str) and name.strip())
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def article_from_fields(text: str, fields: dict, origin: str, line: int | None = None) -> RawArticle:
    """An article from a metadata mapping (front matter, a JSON line): `title`, `published` or `date`,
    `url`, `outlet` or `source`, `author` or `authors`."""
    return RawArticle(
        text=text,
        origin=origin,
        line=line,
        title=optional_text(fields, "title"),
        published=parse_date(fields.get("published", fields.get("date"))),
        url=optional_text(fields, "url"),
        outlet=optional_text(fields, "outlet", "source"),
        author=optional_author(fields),
    )
