"""Conditional responses for permalinks: an ETag from the body (and Last-Modified when known)."""

from __future__ import annotations

import datetime as dt
import hashlib
from email.utils import format_datetime

from fastapi import Request
from starlette.responses import Response


def conditional(request: Request, response: Response, modified: dt.datetime | None = None) -> Response:
    """Add ETag/Last-Modified to `response`; answer 304 when the client already holds this body."""
    etag = '"' + hashlib.sha256(bytes(response.body)).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=300"}
    if modified is not None:
        moment = modified if modified.tzinfo else modified.replace(tzinfo=dt.timezone.utc)
        headers["Last-Modified"] = format_datetime(moment.astimezone(dt.timezone.utc), usegmt=True)
    vary = response.headers.get("Vary")
    if vary:
        headers["Vary"] = vary
    if_none_match = request.headers.get("if-none-match", "")
    if etag in {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}:
        return Response(status_code=304, headers=headers)
    response.headers.update(headers)
    return response
