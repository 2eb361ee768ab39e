"""Opaque keyset-pagination cursors.

A cursor holds the sort order, the sort key and the public id of the last row shown, as
base64url JSON followed by a short checksum. A cursor that was edited, truncated or belongs to another
sort order is refused (the page answers 400) rather than guessed at.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import math
from dataclasses import dataclass

_KEY = b"onrecord-cursor-v1"
_CHECK_CHARS = 12


class BadCursor(ValueError):
    pass


@dataclass(frozen=True)
class Cursor:
    sort: str
    key: dt.date | float | None
    """The last row's date (newest, oldest; None when undated) or bm25 rank (relevance)."""
    public_id: str
    """The last row's public id: the tie-breaker (row ids never leave the database)."""


def _check(payload: str) -> str:
    return hmac.new(_KEY, payload.encode("ascii"), hashlib.sha256).hexdigest()[:_CHECK_CHARS]


def encode(cursor: Cursor) -> str:
    if isinstance(cursor.key, dt.date):
        key = cursor.key.isoformat()
    else:
        key = None if cursor.key is None else float(cursor.key)
    raw = json.dumps([cursor.sort, key, cursor.public_id], separators=(",", ":")).encode("utf-8")
    payload = base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    return f"{payload}.{_check(payload)}"


def decode(token: str, sort: str) -> Cursor:
    """The cursor in `token`, which must have been made for `sort`; BadCursor otherwise."""
    payload, _, check = token.partition(".")
    if not payload or len(token) > 300 or not token.isascii() or not hmac.compare_digest(check, _check(payload)):
        raise BadCursor("the page cursor is not one this site made")
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        value = json.loads(raw)
    except (binascii.Error, ValueError) as error:
        raise BadCursor("the page cursor is damaged") from error
    if not (isinstance(value, list) and len(value) == 3 and isinstance(value[2], str) and value[2]):
        raise BadCursor("the page cursor is damaged")
    made_for, key, public_id = value
    if made_for != sort:
        raise BadCursor("the page cursor belongs to another sort order; start again from the first page")
    if sort == "relevance":
        if not isinstance(key, (int, float)) or isinstance(key, bool) or not math.isfinite(key):
            raise BadCursor("the page cursor is damaged")
        return Cursor(sort, float(key), public_id)
    if key is None:
        return Cursor(sort, None, public_id)
    try:
        return Cursor(sort, dt.date.fromisoformat(key), public_id)
    except (TypeError, ValueError) as error:
        raise BadCursor("the page cursor is damaged") from error
