"""`/healthz`: a cheap liveness and readiness check for container health checks and load balancers."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app.web.deps import SessionDep

router = APIRouter(include_in_schema=False)


@router.get("/healthz")
def healthz(session: SessionDep) -> JSONResponse:
    """200 when the database answers; 503 (with the reason) when it does not."""
    try:
        session.execute(text("SELECT 1")).scalar_one()
    except Exception as error:  # any database failure means "not ready", never a 500 page
        return JSONResponse({"status": "unavailable", "reason": type(error).__name__}, status_code=503)
    return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})
