"""Quote marks: straight, curly, single and guillemets; apostrophes and primes; stray marks."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, run, said


@pytest.mark.parametrize(
    "opening, closing",
    [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("''", "''")],
    ids=["curly", "straight", "single-curly", "single-straight", "guillemets", "doubled-apostrophes"],
)
def test_every_kind_of_mark_delimits_a_quotation(opening, closing):
    text = f"The mayor spoke to residents on Monday.\n{opening}We will rebuild the bridge by spring,{closing} she said."
    statement = only(text)
    assert statement.text == "We will rebuild the bridge by spring,"
    assert statement.kind == "direct"


def test_apostrophes_inside_words_do_not_open_quotations():
    text = "Ministers’ plans were shelved, and the ’90s rules stay. ‘We don’t accept the council’s figures,’ said Jo Bloggs."
    statement = only(text)
    assert statement.text == "We don’t accept the council’s figures,"
    assert statement.speaker == "Jo Bloggs"


def test_plural_possessive_before_the_closing_mark():
    text = "‘It is the teachers’ decision, not ours,’ said Amir Khan."
    assert only(text).text == "It is the teachers’ decision, not ours,"


def test_height_in_primes_is_not_a_quotation():
    text = 'The 6\'2" forward was cheered. "That was our best game," said coach Lena Ortiz.'
    assert said(text) == ["That was our best game,"]


def test_a_stray_opening_mark_does_not_swallow_the_rest_of_the_article():
    text = (
        "Priya Shah said the “deal was off.\n\n"
        "Later, “We are still talking,” said Tom Reed, the union leader.\n\n"
        "“Nothing is agreed,” Ms Shah told reporters."
    )
    texts = said(text)
    assert "We are still talking," in texts
    assert "Nothing is agreed," in texts


def test_an_unmatched_closing_mark_is_ignored():
    text = "Profits fell” sharply. “We expected it,” said Ana Diaz."
    assert "We expected it," in said(text)


def test_unclosed_quotation_ends_with_its_paragraph():
    text = "Sam Cole said: “This is the end of the road\n\nThe council met again the next day."
    statement = only(text)
    assert statement.text == "This is the end of the road"
    assert statement.speaker == "Sam Cole"


def test_offsets_index_the_text_exactly_as_given():
    text = "Caf\u0065\u0301 owner Ren\u00e9e Blanc said: \u201cPrices will rise.\u201d"
    for statement in run(text).statements:
        assert statement.text == text[statement.start:statement.end]
