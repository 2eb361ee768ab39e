"""Outlets: every news outlet with its count, and each outlet's page (a list fixed to it)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from starlette.responses import Response

from app import urls
from app.web.deps import SessionDep, SettingsDep
from app.web.exports import split_format
from app.web.listing import outlet_names
from app.web.lists import Scope, statement_list
from app.web.records import outlet_counts
from app.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/outlets")
def outlets_directory(request: Request, session: SessionDep) -> Response:
    entries = [
        {"label": name, "href": urls.outlet(urls.slugify(name) or "outlet"), "count": n, "note": ""}
        for name, n in outlet_counts(session)
    ]
    return render(request, "directory.html", {"title": "Outlets", "entries": entries, "directory": "outlets"})


@router.get("/outlets/{name}")
def outlet_page(name: str, request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    slug, fmt = split_format(name)
    outlet = outlet_names(session).get(slug)
    if outlet is None:
        raise HTTPException(404, f"There is no outlet {slug[:60]!r}.")
    scope = Scope(path=urls.outlet(slug), title=outlet, fixed={"outlet": slug},
                  context={"page_kind": "outlet", "outlet": outlet})
    return statement_list(request, session, settings, scope, fmt)
