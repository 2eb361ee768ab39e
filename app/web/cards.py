"""Share cards: a statement drawn as a 1200x630 PNG (the Open Graph image size).

The quote is wrapped to the card, set in the largest size that fits, and cut with an ellipsis when even
the smallest size overflows. Text is drawn as pixels, so whatever an article held is inert here; the
input is still cleaned (control characters, lone surrogates, runaway lengths) so no string can crash
the renderer or make it slow.

Fonts: DejaVu from Debian's `fonts-dejavu-core` when installed, else Pillow's built-in scalable font.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
QUOTE_TOP = 150
QUOTE_BOTTOM = 470  # the quote block ends here; the attribution sits below
QUOTE_SIZES = (60, 54, 48, 43, 38, 34)
LINE_SPACING = 1.28
# Enough text to fill the card at the smallest size many times over; the rest can never show.
MAX_INPUT_CHARS = 1200

BACKGROUND = (250, 248, 243)
INK = (28, 28, 30)
MUTED = (92, 92, 100)
ACCENT = (178, 34, 52)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SERIF = FONT_DIR / "DejaVuSerif.ttf"
SANS = FONT_DIR / "DejaVuSans.ttf"
SANS_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

# Control characters, lone surrogates, private-use and unassigned code points are dropped, and so are
# bidi overrides (they could make a card read backwards); any run of whitespace becomes one space.
_DROP_CATEGORIES = {"Cc", "Cs", "Co", "Cn"}
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_WHITESPACE = re.compile(r"\s+")
MAX_COMBINING = 3  # stacked combining marks ("zalgo") kept per base character


@lru_cache(maxsize=32)
def _font(path: Path, size: int) -> Font:
    try:
        return ImageFont.truetype(str(path), size)
    except OSError:
        return ImageFont.load_default(size)


def clean_text(text: str | None, limit: int = MAX_INPUT_CHARS) -> str:
    """Printable, single-spaced text of at most `limit` characters (an ellipsis marks a cut)."""
    if not text:
        return ""
    kept: list[str] = []
    marks = 0
    for ch in _WHITESPACE.sub(" ", text[: limit * 4]):
        if ch in _BIDI_CONTROLS or unicodedata.category(ch) in _DROP_CATEGORIES:
            continue
        marks = marks + 1 if unicodedata.combining(ch) else 0
        if marks <= MAX_COMBINING:
            kept.append(ch)
    text = _WHITESPACE.sub(" ", "".join(kept)).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _width(font: Font, text: str) -> float:
    return font.getlength(text)


def _split_long_word(word: str, font: Font, width: float) -> list[str]:
    """Break a word wider than the line into pieces that fit (URLs, hashes, scripts without spaces)."""
    pieces, current = [], ""
    for ch in word:
        if current and _width(font, current + ch) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: Font, width: float) -> list[str]:
    """Greedy word wrap of `text` to lines no wider than `width` pixels."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if _width(font, candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if _width(font, word) <= width:
            current = word
        else:
            *full, current = _split_long_word(word, font, width)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


def _fit_with_ellipsis(line: str, font: Font, width: float) -> str:
    """`line` shortened (at a word boundary when one is near) so that `line + "…"` fits `width`."""
    line = line.rstrip(" ,;:.-–—")
    while line and _width(font, line + "…") > width:
        cut = line.rfind(" ")
        line = line[:cut] if cut > len(line) - 12 and cut > 0 else line[:-1]
        line = line.rstrip(" ,;:.-–—")
    return line + "…"


def _line_height(font: Font) -> int:
    size = getattr(font, "size", 16)
    return round(size * LINE_SPACING)


def layout_quote(quote: str, width: float, height: float) -> tuple[Font, list[str]]:
    """The largest quote font whose wrapped lines fit `height`; at the smallest size, the lines that fit."""
    for size in QUOTE_SIZES:
        font = _font(SERIF, size)
        lines = wrap(quote, font, width)
        if len(lines) * _line_height(font) <= height:
            return font, lines
    max_lines = max(1, int(height // _line_height(font)))
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _fit_with_ellipsis(lines[-1], font, width)
    return font, lines


def _single_line(text: str, font: Font, width: float) -> str:
    return text if _width(font, text) <= width else _fit_with_ellipsis(text, font, width)


def render_quote_card(
    quote: str,
    speaker: str | None,
    date: dt.date | None,
    outlet: str | None,
    site_name: str,
) -> bytes:
    """A 1200x630 PNG showing the quote, who said it, when and where, and the site's name."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    text_width = WIDTH - 2 * MARGIN

    draw.rectangle((0, 0, 16, HEIGHT), fill=ACCENT)
    site_font = _font(SANS_BOLD, 28)
    draw.text((MARGIN, 52), _single_line(clean_text(site_name, 120) or "On Record", site_font, text_width),
              font=site_font, fill=ACCENT)

    quote_text = clean_text(quote)
    quote_font, lines = layout_quote(f"“{quote_text}”" if quote_text else "“…”", text_width,
                                     QUOTE_BOTTOM - QUOTE_TOP)
    # A short quote sits in the middle of its area rather than at the top of a gap.
    y = QUOTE_TOP + (QUOTE_BOTTOM - QUOTE_TOP - len(lines) * _line_height(quote_font)) // 2
    for line in lines:
        draw.text((MARGIN, y), line, font=quote_font, fill=INK)
        y += _line_height(quote_font)

    draw.line((MARGIN, QUOTE_BOTTOM + 22, MARGIN + 120, QUOTE_BOTTOM + 22), fill=ACCENT, width=4)
    speaker_font = _font(SANS_BOLD, 38)
    speaker_text = clean_text(speaker, 200) or "Unattributed"
    draw.text((MARGIN, QUOTE_BOTTOM + 40), _single_line(speaker_text, speaker_font, text_width),
              font=speaker_font, fill=INK)
    details = [part for part in (f"{date.day} {date:%B %Y}" if date else "", clean_text(outlet, 200)) if part]
    if details:
        detail_font = _font(SANS, 30)
        draw.text((MARGIN, QUOTE_BOTTOM + 92), _single_line(" · ".join(details), detail_font, text_width),
                  font=detail_font, fill=MUTED)

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
