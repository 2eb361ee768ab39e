"""HEAD for every GET route: answered as the GET would be, headers only (link checkers, `curl -I`).

FastAPI routes declare GET only; this pure ASGI middleware runs HEAD requests as GET and drops the body.
"""

from __future__ import annotations

from typing import Any


class HeadAsGetMiddleware:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: dict) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body"):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
