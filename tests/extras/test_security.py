"""The security headers reach every response, and a route's own header wins."""

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, PlainTextResponse, StreamingResponse
from fastapi.testclient import TestClient

from app.web.security import CONTENT_SECURITY_POLICY, SecurityHeadersMiddleware


def make_client() -> TestClient:
    app = FastAPI()

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        return "<p>hello</p>"

    @app.get("/embed")
    def embed() -> PlainTextResponse:
        return PlainTextResponse("x", headers={"Content-Security-Policy": "frame-ancestors *"})

    @app.get("/stream")
    def stream() -> StreamingResponse:
        return StreamingResponse(iter([b"a", b"b", b"c"]), media_type="text/plain")

    app.add_middleware(SecurityHeadersMiddleware)
    return TestClient(app)


def test_every_response_gets_a_strict_policy():
    client = make_client()
    for path in ("/", "/stream", "/missing"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert csp == CONTENT_SECURITY_POLICY
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert client.get("/missing").status_code == 404


def test_streamed_body_is_untouched():
    assert make_client().get("/stream").text == "abc"


def test_a_route_header_is_not_clobbered():
    response = make_client().get("/embed")
    assert response.headers.get_list("content-security-policy") == ["frame-ancestors *"]
    assert response.headers["x-content-type-options"] == "nosniff"
