"""Security headers for every response: a strict Content-Security-Policy and friends.

A pure ASGI middleware (not Starlette's `BaseHTTPMiddleware`), so streaming responses pass through
untouched and nothing is buffered. A header a route already set is left alone, so a page that needs a
looser policy (an embeddable snippet, say) can send its own.

The policy allows no inline script or style at all. htmx 2 injects an indicator `<style>` element unless
the page carries `<meta name="htmx-config" content='{"includeIndicatorStyles":false}'>`, so the layout
must include that tag.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]
)

DEFAULT_HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
)


class SecurityHeadersMiddleware:
    """Add `headers` (default: CSP, nosniff, referrer policy) to every HTTP response that lacks them."""

    def __init__(self, app: ASGIApp, headers: Iterable[tuple[str, str]] = DEFAULT_HEADERS) -> None:
        self.app = app
        self.headers = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                present = {bytes(name).lower() for name, _ in raw}
                raw.extend((name, value) for name, value in self.headers if name not in present)
                message["headers"] = raw
            await send(message)

        await self.app(scope, receive, send_with_headers)
