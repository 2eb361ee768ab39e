"""Statements whose source is not a speaker before a verb: `according to` in every position, and what a court
or hearing was told."""

from __future__ import annotations

from tests.extraction.helpers import only, said


def test_according_to_without_a_comma_after_the_clause():
    text = "Labour leads the Tories by nine points according to a new survey by the Courier."
    assert said(text) == ["Labour leads the Tories by nine points"]
    assert said("The rebuilding went ahead according to plan.") == []


def test_according_to_after_a_colon():
    text = "The mood has changed: according to the latest figures, rents fell in every district last month."
    assert said(text) == ["rents fell in every district last month"]


def test_according_to_inside_a_clause_with_an_appositive_about_the_source():
    text = ("At the root of the dispute, according to Ellen Marsh, a former adviser, was a row over the "
            "budget for the new hospital.")
    statement = only(text)
    spans = [text[s.start:s.end] for s in statement.segments]
    assert spans == ["At the root of the dispute", "was a row over the budget for the new hospital"]


def test_what_a_court_was_told_has_no_speaker():
    text = "The two men carried sacks of ballot papers into a garage, the court was told."
    statement = only(text)
    assert statement.text == "The two men carried sacks of ballot papers into a garage"
    assert statement.speaker is None


def test_what_a_jury_heard():
    text = "The jury heard that the van had been seen near the depot twice that week."
    assert said(text) == ["the van had been seen near the depot twice that week"]
    assert said("She said she had heard the news on the radio that morning.") == [
        "she had heard the news on the radio that morning"]
