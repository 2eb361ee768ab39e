"""One statement list, many forms: the HTML page (or its HTMX fragment) and its JSON, CSV and Atom.

The home page, speaker, topic and outlet pages are all this list with one filter fixed by the path.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from fastapi import Request
from sqlalchemy import select
from sqlmodel import Session
from starlette.responses import RedirectResponse, Response

from app import urls
from app.settings import Settings
from app.web import exports, facets, listing
from app.web.filters import FIELDS, BadFilter, Filters, parse_filters
from app.web.templating import render, wants_fragment

LOAD_MORE_TARGET = "load-more-item"
MAX_EXPORT_LIMIT = 500


@dataclass
class Scope:
    """Which list a page shows: its path, the filter its path fixes, its heading and extra context."""

    path: str
    title: str
    fixed: dict[str, str] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)

    def export_path(self, fmt: str) -> str:
        return urls.statements_export(fmt) if self.path == "/" else f"{self.path}.{fmt}"


def visible_filters(request: Request, scope: Scope) -> Filters:
    """The filters in the query string; names the path already fixes are ignored there."""
    params = {name: value for name, value in request.query_params.items() if name not in scope.fixed}
    return parse_filters(params)


def _has_empty_filters(request: Request) -> bool:
    return any(name in FIELDS and not value.strip() for name, value in request.query_params.multi_items())


def export_limit(request: Request, default: int) -> int:
    raw = request.query_params.get("limit")
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6) or not 1 <= int(raw) <= MAX_EXPORT_LIMIT:
        raise BadFilter(f"`limit` must be a whole number from 1 to {MAX_EXPORT_LIMIT}, not {raw[:20]!r}")
    return int(raw)


def statement_list(request: Request, session: Session, settings: Settings, scope: Scope,
                   fmt: str | None = None) -> Response:
    visible = visible_filters(request, scope)
    if not fmt and not wants_fragment(request) and _has_empty_filters(request):
        # A form sent without JavaScript carries its empty fields: answer with the clean, shareable URL.
        return RedirectResponse(urls.with_query(scope.path, visible.params(include_cursor=True)), status_code=302)
    resolved = listing.resolve(session, replace(visible, **scope.fixed))
    size = export_limit(request, settings.page_size) if fmt else settings.page_size
    page = listing.list_statements(session, resolved, size)
    params = visible.params()

    if fmt:
        own = scope.export_path(fmt)
        next_params = dict(params, cursor=page.next_cursor) if page.next_cursor else None
        if next_params and request.query_params.get("limit"):
            next_params["limit"] = str(size)
        return exports.respond(
            fmt, page, settings.site_url,
            title=f"{scope.title} · {settings.site_name}",
            feed_path=urls.with_query(own, params),
            page_path=urls.with_query(scope.path, params),
            next_path=urls.with_query(own, next_params) if next_params else None,
        )

    block = "rows" if request.headers.get("hx-target") == LOAD_MORE_TARGET else "results"
    fixed_name = next(iter(scope.fixed), None)
    scope_count = page.total
    if scope.fixed and visible.narrowing:
        scope_count = listing.count(session, listing.resolve(session, Filters(**scope.fixed)))
    context = {
        **scope.context,
        "scope": scope,
        "title": scope.title,
        "filters": visible,
        "resolved": resolved,
        "page": page,
        # More rows for a list already on screen need no facets.
        "facets": facets.compute(session, resolved, scope.path, fixed=fixed_name, visible=visible)
        if block == "results" else facets.Facets(),
        "fixed": fixed_name,
        "scope_count": scope_count,
        "first_page_url": urls.with_query(scope.path, params) if visible.cursor else None,
        "next_url": urls.with_query(scope.path, dict(params, cursor=page.next_cursor)) if page.next_cursor else None,
        "exports": {fmt: urls.with_query(scope.export_path(fmt), params) for fmt in exports.FORMATS},
        "clear_url": scope.path,
        "kinds": facets.KIND_LABELS,
        "topic_options": topic_options(session),
        "outlet_options": listing.outlet_names(session),
    }
    headers = {}
    if block == "results":
        # The form sends empty fields too; the address bar gets the clean, shareable URL instead.
        headers["HX-Push-Url"] = urls.with_query(scope.path, visible.params(include_cursor=True))
    return render(request, "list.html", context, block=block, headers=headers if wants_fragment(request) else None)


def topic_options(session: Session) -> list[tuple[str, str]]:
    return [(key, label) for key, label in session.execute(select(listing.T.c.key, listing.T.c.label)
                                                           .order_by(listing.T.c.label))]
