"""Article URLs, fetched with httpx: timeouts, a size limit, redirects followed, the content type
checked, and a User-Agent that names the app. A page becomes an article, a feed becomes its entries."""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from app.ingest.sources.common import MAX_ARTICLE_BYTES, BadInput, megabytes
from app.ingest.types import Failure, RawArticle

HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+xml"}
TEXT_TYPES = {"text/plain", "text/markdown"}


def user_agent() -> str:
    from app.settings import get_settings

    settings = get_settings()
    return f"OnRecord/0.1 (+{settings.site_url}; news statement archive)"


class Fetcher:
    def __init__(self, timeout: float = 15.0, max_bytes: int = MAX_ARTICLE_BYTES, max_redirects: int = 5):
        self.max_bytes = max_bytes
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=True,
            max_redirects=max_redirects,
            headers={"User-Agent": user_agent(),
                     "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                               "application/xml;q=0.9,text/plain;q=0.8"},
        )

    def close(self) -> None:
        self.client.close()

    def get(self, url: str) -> tuple[bytes, str, str]:
        """(body, content type, final URL) or BadInput with the reason."""
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise BadInput(f"the server answered {response.status_code} {response.reason_phrase}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise BadInput(f"too large: {megabytes(int(declared))} (the limit is {megabytes(self.max_bytes)})")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        raise BadInput(f"too large: over {megabytes(self.max_bytes)}")
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                return bytes(body), content_type, str(response.url)
        except httpx.TooManyRedirects:
            raise BadInput("too many redirects") from None
        except httpx.TimeoutException:
            raise BadInput("timed out") from None
        except httpx.InvalidURL as error:
            raise BadInput(f"invalid URL: {error}") from None
        except httpx.HTTPError as error:
            raise BadInput(f"unreachable: {error}") from None

    def read_url(self, url: str, feed_entry: bool = False) -> Iterator[RawArticle | Failure]:
        from app.ingest.sources.feeds import looks_like_feed, read_feed
        from app.ingest.sources.html import read_html
        from app.ingest.sources.text import read_text_article

        try:
            body, content_type, final_url = self.get(url)
            if content_type in FEED_TYPES or (content_type in HTML_TYPES | {""} and looks_like_feed(body)):
                if feed_entry:
                    raise BadInput(f"the link is a feed, not an article ({content_type})")
                yield from read_feed(body, url, self)
            elif content_type in HTML_TYPES:
                article = read_html(body, url, url=final_url)
                article.url = article.url or final_url
                yield article
            elif content_type in TEXT_TYPES:
                article = read_text_article(body, url)
                article.url = article.url or final_url
                yield article
            else:
                raise BadInput(f"unsupported content type {content_type or '(none)'} "
                               "(expected an HTML page, a feed or plain text)")
        except BadInput as error:
            yield Failure(url, None, str(error))
