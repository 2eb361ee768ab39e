"""Fixtures for the browser tests: a live server on the web tests' fixture database, headless Chromium
(Debian's, driven by Playwright), pages with and without JavaScript, and an axe-core checker.

The database is the web tests' deterministic fixture (`tests/web/fixture_db.py`) plus one more article
whose words try to run script on the page (`window.__pwned`): every page must leave it undefined.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from sqlmodel import Session

from app.db import get_engine
from app.models import Article, Speaker, Statement, StatementTopic
from app.settings import Settings
from app.web.main import create_app
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, LiveServer
from tests.web import fixture_db

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGE_SIZE = 5
TIMEOUT_MS = 10_000

# An article built to attack the pages: script tags, event handlers, javascript: links and an
# attribute break-out, in its title, its speaker's name, its quotes and its URL.
PWN = "window.__pwned=1"
HOSTILE_SPEAKER = ("mallory-pwn", f"Mallory <img src=x onerror=\"{PWN}\">")
HOSTILE_ARTICLE = (
    "a-hostile",
    f"Hostile <script>{PWN}</script> headline",
    f"javascript:{PWN}",
)
HOSTILE_QUOTES = [
    ("hostile-script-01", f"<script>{PWN}</script> We will cut taxes."),
    ("hostile-img-00002", f"<img src=x onerror=\"{PWN}\"> is what I said, \"><svg onload={PWN}>"),
    ("hostile-link-0003", f"Click <a href=\"javascript:{PWN}\">here</a> and {{{{7*7}}}} and ${{{PWN}}}"),
]


def add_hostile_article(url: str) -> None:
    """Add the attacking article, its speaker and its statements to the database at `url`."""
    article_id, title, article_url = HOSTILE_ARTICLE
    text = "\n\n".join(f"Mallory said: “{quote}”" for _, quote in HOSTILE_QUOTES)
    with Session(get_engine(url)) as session:
        speaker = Speaker(slug=HOSTILE_SPEAKER[0], name=HOSTILE_SPEAKER[1])
        session.add(speaker)
        session.add(Article(id=article_id, url=article_url, title=title, outlet=f"<b>Evil</b> {PWN}",
                            published=dt.date(2024, 10, 1), text=text,
                            text_hash=hashlib.sha256(text.encode()).hexdigest(), origin="browser-fixture",
                            ingested_at=dt.datetime(2025, 2, 1, 9, 0, tzinfo=dt.timezone.utc)))
        session.flush()
        for public_id, quote in HOSTILE_QUOTES:
            start = text.find(quote)
            statement = Statement(public_id=public_id, article_id=article_id, speaker_id=speaker.id, kind="direct",
                                  text=quote, start=start, end=start + len(quote), mention="Mallory",
                                  date=dt.date(2024, 10, 1), fingerprint=hashlib.sha256(quote.encode()).hexdigest())
            session.add(statement)
            session.flush()
            session.add(StatementTopic(statement_id=statement.id, topic_key="economy"))
        session.commit()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'browser.db'}"
    fixture_db.build(url)
    add_hostile_article(url)
    settings = Settings(database_url=url, seed_on_start=False, page_size=PAGE_SIZE, site_url="http://127.0.0.1")
    server = LiveServer(create_app(settings)).start()
    # The app's absolute links (permalinks, cards) point at the live server.
    settings.site_url = server.url
    yield server
    server.stop()


@pytest.fixture(scope="session")
def seeded_server(tmp_path_factory) -> Iterator[LiveServer]:
    """The app as `onrecord serve` starts it: an empty database, the bundled seeds ingested on start."""
    url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'seeded.db'}"
    settings = Settings(database_url=url, seed_on_start=True)
    server = LiveServer(create_app(settings)).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def base_url(live_server) -> str:
    return live_server.url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/system-deps.sh) to run the browser tests",
                    pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _context(browser: Browser, base_url: str, **options) -> BrowserContext:
    context = browser.new_context(base_url=base_url, **options)
    context.set_default_timeout(TIMEOUT_MS)
    return context


@pytest.fixture
def context(browser, base_url) -> Iterator[BrowserContext]:
    context = _context(browser, base_url)
    yield context
    context.close()


@pytest.fixture
def page(context) -> Page:
    return context.new_page()


@pytest.fixture
def nojs_page(browser, base_url) -> Iterator[Page]:
    context = _context(browser, base_url, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.fixture
def axe_page(browser, base_url) -> Iterator[Page]:
    """A page whose context ignores the CSP, so the axe-core script can be injected (for axe only)."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` in {ROOT}", pytrace=False)
    context = _context(browser, base_url, bypass_csp=True)
    yield context.new_page()
    context.close()


def axe_violations(page: Page, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """Run axe-core on the current page; one line per violation of the given impacts."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    lines = []
    for violation in result["violations"]:
        if violation["impact"] in impacts:
            targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
            lines.append(f"{violation['impact']}: {violation['id']} ({violation['help']}) at {targets}")
    return lines


class ScriptWatch:
    """Records every dialog and console error on a page; dialogs are dismissed so nothing blocks."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def pwned(self) -> bool:
        return self.page.evaluate("() => typeof window.__pwned !== 'undefined'")


@pytest.fixture
def watch(page) -> ScriptWatch:
    return ScriptWatch(page)
