"""Error answers in the site's layout (or JSON under /api/): 400 for bad input, 404, and never a traceback."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.responses import Response

from app.web.filters import BadFilter
from app.web.templating import render

log = logging.getLogger(__name__)

TITLES = {
    400: "That request cannot be answered",
    404: "Not found",
    405: "Method not allowed",
    500: "Something went wrong",
}
DEFAULT_MESSAGES = {
    404: "There is nothing at this address. The statement, speaker or article may never have existed here.",
    405: "This address cannot be used that way.",
    500: "The page could not be built. The problem has been logged.",
}


def error_response(request: Request, status: int, message: str | None = None) -> Response:
    message = message or DEFAULT_MESSAGES.get(status) or "The request could not be answered."
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    context = {"status": status, "title": TITLES.get(status, "Error"), "message": message}
    return render(request, "error.html", context, block="results", status_code=status)


def install(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        # Starlette's own details ("Not Found") give way to the site's wording; the routes' messages stay.
        generic = {"Not Found", "Method Not Allowed"}
        detail = error.detail if isinstance(error.detail, str) and error.detail not in generic else None
        response = error_response(request, error.status_code, detail)
        for name, value in (error.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        problems = "; ".join(
            f"`{'.'.join(str(part) for part in item.get('loc', ())[1:]) or 'request'}`: {item.get('msg', 'invalid')}"
            for item in error.errors()
        )
        return error_response(request, 400, f"Invalid request: {problems}")

    @app.exception_handler(BadFilter)
    async def bad_filter(request: Request, error: BadFilter) -> Response:
        return error_response(request, 400, f"Invalid filter: {error}.")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500)
