"""Every page type of the site on the browser fixture database, and helpers to read the statement list."""

from __future__ import annotations

from playwright.sync_api import Page

# name -> path; statement paths without a slug redirect (301) to the canonical URL.
PAGE_TYPES = {
    "home": "/",
    "search": "/?q=%22defence+pact%22",
    "filtered": "/?topic=economy&kind=direct&from=2024-04-01&to=2024-06-30",
    "speakers": "/speakers",
    "topics": "/topics",
    "outlets": "/outlets",
    "speaker": "/speakers/keir-starmer",
    "topic": "/topics/tariffs",
    "outlet": "/outlets/the-guardian",
    "article": "/articles/a-eu",
    "statement": "/s/eu-reset-000009",
    "withdrawn": "/s/eu-gone-0000014",
    "api": "/api",
    "not-found": "/s/no-such-statement",
    "bad-request": "/?from=not-a-date",
}

# Pages built from the attacking article (see conftest) and the fixture's payload article.
HOSTILE_PAGES = [
    "/",
    "/?speaker=mallory-pwn",
    "/?q=pwned",
    "/?q=script",
    "/speakers/mallory-pwn",
    "/speakers/jo-script-bloggs",
    "/articles/a-hostile",
    "/articles/a-payload",
    "/outlets",
    "/speakers",
    "/s/hostile-script-01",
    "/s/hostile-img-00002",
    "/s/hostile-link-0003",
    "/s/payload-script-7",
    "/s/payload-img-0008",
]


def listed_ids(page: Page) -> list[str]:
    return page.locator("#statement-list > li.statement-item").evaluate_all(
        "items => items.map(item => item.id.replace(/^item-/, ''))"
    )


def listed_speakers(page: Page) -> set[str]:
    return {" ".join(t.split()) for t in page.locator("#statement-list .attribution cite").all_inner_texts()}


def mark_document(page: Page) -> None:
    """Set a marker that a full page load would wipe (an HTMX swap keeps it)."""
    page.evaluate("() => { window.__sameDocument = true; }")


def same_document(page: Page) -> bool:
    return page.evaluate("() => window.__sameDocument === true")
