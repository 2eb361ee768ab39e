"""`/`: every statement, newest first, with filters and facets; `/statements.{json,csv,atom}` for the same list."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from starlette.responses import Response

from app.web.deps import SessionDep, SettingsDep
from app.web.exports import FORMATS
from app.web.lists import Scope, statement_list

router = APIRouter(include_in_schema=False)

HOME = Scope(path="/", title="Statements", context={"page_kind": "home"})


@router.get("/")
def home(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    return statement_list(request, session, settings, HOME)


@router.get("/statements.{fmt}")
def home_export(fmt: str, request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    if fmt not in FORMATS:
        raise HTTPException(404, f"There is no .{fmt[:10]} form of this list; try .json, .csv or .atom.")
    return statement_list(request, session, settings, HOME, fmt)
