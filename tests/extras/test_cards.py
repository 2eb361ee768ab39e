"""Share cards are 1200x630 PNGs showing the quote, and no input can crash them."""

import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops

from app.web import cards
from app.web.cards import render_quote_card

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def open_png(data: bytes) -> Image.Image:
    assert data.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.size == (1200, 630)
    return image.convert("RGB")


def card(quote: str, speaker: str | None = "Keir Starmer", date=dt.date(2024, 11, 11), outlet="BBC News"):
    return render_quote_card(quote, speaker, date, outlet, "On Record")


def test_card_is_a_1200_by_630_png_with_ink_on_it():
    image = open_png(card("We will stand with Ukraine for as long as it takes."))
    # The quote area holds dark text pixels, not a blank background.
    quote_area = image.crop((80, 150, 1120, 470)).convert("L")
    assert quote_area.getextrema()[0] < 80


def test_different_quotes_give_different_images():
    first = open_png(card("The economy is growing."))
    second = open_png(card("The economy is shrinking."))
    assert ImageChops.difference(first, second).getbbox() is not None
    # Same speaker, date and outlet: the attribution area is identical.
    assert ImageChops.difference(first.crop((0, 470, 1200, 630)), second.crop((0, 470, 1200, 630))).getbbox() is None


def test_speaker_and_outlet_change_the_attribution():
    first = open_png(card("Same words.", speaker="Alice Example"))
    second = open_png(card("Same words.", speaker="Bob Example"))
    assert ImageChops.difference(first.crop((0, 470, 1200, 630)), second.crop((0, 470, 1200, 630))).getbbox()


def test_long_quote_is_wrapped_and_ends_with_an_ellipsis():
    font, lines = cards.layout_quote("word " * 3000, 1040, 320)
    assert 1 < len(lines) * cards._line_height(font) <= 320
    assert lines[-1].endswith("…")
    assert all(font.getlength(line) <= 1040 for line in lines)


def test_short_quote_keeps_every_word_at_a_large_size():
    font, lines = cards.layout_quote("“Short and clear.”", 1040, 320)
    assert " ".join(lines) == "“Short and clear.”"
    assert font.size == cards.QUOTE_SIZES[0]


def test_a_word_wider_than_the_card_is_broken():
    font, lines = cards.layout_quote("x" * 400, 1040, 320)
    assert len(lines) > 1 and all(font.getlength(line) <= 1040 for line in lines)


@pytest.mark.parametrize(
    "quote",
    [
        "",
        " \n\t ",
        "\x00\x01\x1b[31m\x7f",
        "a\ud800b\udfff",
        "e" + "\u0301" * 5000,
        "\u202eevil reversed\u202c text",
        "👩‍👩‍👧‍👦🏳️‍🌈 emoji 🤖",
        "مرحبا بالعالم שלום עולם",
        "中文引用没有空格" * 300,
        "<script>alert(1)</script><img src=x onerror=alert(1)>",
        "\uffff\ufffe\U0010ffff\ue000",
        "word " * 200_000,
        "﷽" * 500,
    ],
)
def test_hostile_text_never_crashes(quote):
    open_png(render_quote_card(quote, quote or None, None, quote or None, quote or "On Record"))


def test_missing_speaker_date_and_outlet():
    open_png(render_quote_card("Words.", None, None, None, ""))


def test_fallback_font_when_dejavu_is_absent(monkeypatch, tmp_path):
    missing = tmp_path / "nope.ttf"
    monkeypatch.setattr(cards, "SERIF", missing)
    monkeypatch.setattr(cards, "SANS", missing)
    monkeypatch.setattr(cards, "SANS_BOLD", missing)
    image = open_png(card("Still readable without DejaVu."))
    assert image.crop((80, 150, 1120, 470)).convert("L").getextrema()[0] < 80


def test_clean_text_drops_controls_and_caps_length():
    assert cards.clean_text("a\x00b\n\nc\u202ed") == "ab cd"
    assert cards.clean_text(None) == ""
    long = cards.clean_text("x" * 10_000, limit=50)
    assert len(long) == 50 and long.endswith("…")


@settings(max_examples=40, deadline=None)
@given(quote=st.text(max_size=3000), speaker=st.one_of(st.none(), st.text(max_size=300)),
       outlet=st.one_of(st.none(), st.text(max_size=300)), date=st.one_of(st.none(), st.dates()))
def test_any_input_gives_a_card(quote, speaker, outlet, date):
    open_png(render_quote_card(quote, speaker, date, outlet, "On Record"))
