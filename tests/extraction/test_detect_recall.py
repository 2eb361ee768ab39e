"""Reported clauses after an adjunct between the speech verb and `that`."""

from app.extraction import extract


def texts(sentence: str) -> list[str]:
    return [s.text for s in extract(sentence).statements]


def test_adjunct_with_a_time_before_that():
    found = texts("The harbour board wrote in a parish newsletter last spring that the quay had been sinking for years.")
    assert found == ["the quay had been sinking for years"]


def test_adjunct_with_an_occasion_and_a_place_before_that():
    found = texts("Ms. Pelbury said at a dinner in Marlow that she had not yet read the orchard plan.")
    assert found == ["she had not yet read the orchard plan"]


def test_adjunct_naming_a_year_before_that():
    assert texts("The ferryman wrote in ‘09 that the old causeway was doomed.") == ["the old causeway was doomed"]


def test_bare_idiom_is_not_an_adjunct_of_speech():
    assert texts("The wardens voted to state in law that every keeper must also be a warden.") == []
