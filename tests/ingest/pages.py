"""Test material written for these tests (no real article text) and a local HTTP server to serve it."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def article_page(title: str, speaker: str, words: str, *, canonical: str | None = None, outlet: str = "Example Gazette",
                 author: str = "Ruth Dale", published: str | None = "2024-05-03T08:00:00Z") -> str:
    head = [f"<title>{title} | {outlet}</title>", f'<meta property="og:site_name" content="{outlet}">',
            f'<meta name="author" content="{author}">']
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    return f"""<!doctype html><html><head><meta charset="utf-8">{''.join(head)}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
<p>The city council voted on Thursday to back the plan after months of debate in the chamber and in public.</p>
<p>{speaker}, the council leader, said: “{words}”</p>
<p>Opposition councillors said the cost had not been properly explained to residents, and asked for an inquiry.</p>
</article><footer>Contact us. Terms. Privacy.</footer></body></html>"""


NO_ARTICLE_PAGE = """<!doctype html><html><head><title>Example Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="cookie">We use cookies.</div>
<footer>Contact us</footer></body></html>"""


def rss_feed(items: list[dict], title: str = "Example Gazette") -> str:
    parts = []
    for item in items:
        fields = [f"<title>{item['title']}</title>"] if "title" in item else []
        if "link" in item:
            fields.append(f"<link>{item['link']}</link>")
        if "date" in item:
            fields.append(f"<pubDate>{item['date']}</pubDate>")
        if "summary" in item:
            fields.append(f"<description>{item['summary']}</description>")
        if "content" in item:
            fields.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append(f"<item>{''.join(fields)}</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{title}</title>'
            f"<link>https://news.example.org/</link><description>News</description>{''.join(parts)}</channel></rss>")


def atom_feed(entries: list[dict], title: str = "Example Wire") -> str:
    parts = []
    for entry in entries:
        parts.append(f"<entry><title>{entry['title']}</title><link href=\"{entry['link']}\"/>"
                     f"<id>{entry['link']}</id><updated>{entry['date']}</updated>"
                     f"<summary>{entry.get('summary', '')}</summary></entry>")
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{title}</title><id>urn:example</id><updated>2024-05-03T08:00:00Z</updated>{''.join(parts)}</feed>")


class LocalServer:
    """Serves `routes`: path -> (status, content type, body bytes, extra headers). Records User-Agents."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes, dict]] = {}
        self.user_agents: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                server.user_agents.append(self.headers.get("User-Agent", ""))
                if self.path == "/slow":
                    time.sleep(3)
                status, content_type, body, headers = server.routes.get(
                    self.path, (404, "text/plain", b"not found", {}))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def add(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
            headers: dict | None = None) -> str:
        self.routes[path] = (status, content_type, body.encode("utf-8") if isinstance(body, str) else body,
                             headers or {})
        return self.base + path

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
