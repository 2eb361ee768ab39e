"""A book speaks for its author: `A new book, <title> by <role> <Name>, says`, `<Title>, by <Name>, says`, and `It`
in the next sentence goes on with the same author; a letter from a body in apposition speaks for the body."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_a_book_with_its_title_and_author_in_apposition_is_the_author():
    text = ("A new book, Glass Corridors by Evening Star writer Hugh Danvers, says the mayor broke a promise. "
            "It claims the deal was done in a car park.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Hugh Danvers", "Hugh Danvers"]


def test_a_title_by_an_author_speaks_for_the_author():
    text = ("Glass Corridors, by Hugh Danvers, says the council was warned twice. "
            "It claims the warnings were ignored.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Hugh Danvers", "Hugh Danvers"]


def test_a_letter_from_a_body_in_apposition_speaks_for_the_body():
    text = ('The letter, from the Transport Office, says: "Your licence will not be renewed." '
            "It said the decision was final.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Transport Office", "Transport Office"]


def test_it_goes_on_with_the_author_over_several_sentences():
    text = ("Glass Corridors, by Hugh Danvers, says the council was warned twice. "
            "It claims the warnings were ignored. But the Treasury pressed on regardless, it says.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Hugh Danvers"] * 3
