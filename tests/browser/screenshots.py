"""Take the README's screenshots with headless Chromium: the app serving the bundled seed articles.

    .venv/bin/python -m tests.browser.screenshots [--out docs/img]

Writes `statements.png` (the home page), `search.png` (a search narrowed by a speaker, through the
page's own HTMX form) and `statement.png` (a statement page, with its share card below it). The app
runs on a throwaway SQLite database; PNGs are reduced to a 256-colour palette to keep them small.
"""

from __future__ import annotations

import argparse
import io
import re
import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import Page, sync_playwright

from app.settings import Settings
from app.web.main import create_app
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, LiveServer

ROOT = Path(__file__).resolve().parents[2]
VIEWPORT = {"width": 1280, "height": 860}
CARD_SCALE = 0.5
BAND = (238, 236, 231)


def save_png(image: Image.Image, path: Path) -> int:
    """Save `image` as a palette PNG; return its size in bytes."""
    image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, format="PNG", optimize=True)
    return path.stat().st_size


def screenshot(page: Page) -> Image.Image:
    return Image.open(io.BytesIO(page.screenshot(animations="disabled", caret="hide")))


def search_terms(page: Page) -> tuple[str, str]:
    """The most-quoted speaker's slug, and the longest word of their first listed statement."""
    speaker = page.locator("#facet-speaker a.facet-link").first.get_attribute("data-value")
    page.goto(f"/?speaker={speaker}")
    quote = page.locator("#statement-list blockquote").first.inner_text()
    return speaker, max(re.findall(r"[^\W\d_]{4,}", quote), key=len, default="the")


def take(base_url: str, out: Path) -> dict[str, int]:
    sizes: dict[str, int] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=base_url, viewport=VIEWPORT, color_scheme="light",
                                      device_scale_factor=1)
        page = context.new_page()

        page.goto("/")
        page.locator("#statement-list").wait_for()
        sizes["statements.png"] = save_png(screenshot(page), out / "statements.png")

        speaker, word = search_terms(page)
        page.goto("/")
        page.locator(f'#facet-speaker a.facet-link[data-value="{speaker}"]').click()
        page.wait_for_url(re.compile(rf"speaker={re.escape(speaker)}"))
        page.fill("#filter-q", word)
        page.wait_for_url(re.compile(r"[?&]q="))
        page.locator("#results-heading", has_text="matching").wait_for()
        page.locator("#filter-q").blur()
        sizes["search.png"] = save_png(screenshot(page), out / "search.png")

        page.goto("/")
        direct = page.locator("#statement-list .statement.kind-direct .permalink")
        (direct if direct.count() else page.locator("#statement-list .permalink")).first.click()
        page.locator("#quote-text").wait_for()
        shot = screenshot(page)
        card_path = page.locator("#card-link").get_attribute("href")
        card = Image.open(io.BytesIO(page.request.get(base_url + card_path).body())).convert("RGB")
        card = card.resize((round(card.width * CARD_SCALE), round(card.height * CARD_SCALE)), Image.LANCZOS)
        combined = Image.new("RGB", (shot.width, shot.height + card.height + 48), BAND)
        combined.paste(shot, (0, 0))
        combined.paste(card, ((shot.width - card.width) // 2, shot.height + 24))
        sizes["statement.png"] = save_png(combined, out / "statement.png")
        browser.close()
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img", help="folder for the PNGs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(database_url=f"sqlite:///{scratch}/screenshots.db", seed_on_start=True)
        with LiveServer(create_app(settings)) as server:
            sizes = take(server.url, args.out)
    for name, size in sizes.items():
        print(f"{args.out / name}: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
