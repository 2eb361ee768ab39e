"""Jinja2 templates (autoescaped) with jinja2-fragments, and the rule for full pages versus fragments.

A full page includes its results block; an HTMX request (`HX-Request`, but not a history restore or a
boosted link, which need whole pages) gets only that block.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fastapi import Request
from jinja2 import Environment, FileSystemLoader
from jinja2_fragments.fastapi import Jinja2Blocks
from markupsafe import Markup
from starlette.responses import Response

from app import urls
from app.paths import bundled


def long_date(value: dt.date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "undated"


def json_ld(value: Any) -> Markup:
    """JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped so no text can close it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


environment = Environment(
    loader=FileSystemLoader(str(bundled("templates"))),
    autoescape=True,
)
environment.globals["urls"] = urls
environment.filters["long_date"] = long_date
environment.filters["json_ld"] = json_ld


def _site(request: Request) -> dict[str, Any]:
    settings = request.app.state.settings
    return {"site_name": settings.site_name, "site_url": settings.site_url.rstrip("/")}


templates = Jinja2Blocks(env=environment, context_processors=[_site])


def wants_fragment(request: Request) -> bool:
    headers = request.headers
    return (
        headers.get("hx-request") == "true"
        and headers.get("hx-history-restore-request") != "true"
        and headers.get("hx-boosted") != "true"
    )


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    block: str | None = None,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    """The page `name`, or only its `block` when HTMX asked for a fragment."""
    all_headers = {"Vary": "HX-Request, HX-Target", **(headers or {})}
    if block and wants_fragment(request):
        return templates.TemplateResponse(request, name, context, status_code=status_code, headers=all_headers,
                                          block_name=block)
    return templates.TemplateResponse(request, name, context, status_code=status_code, headers=all_headers)
