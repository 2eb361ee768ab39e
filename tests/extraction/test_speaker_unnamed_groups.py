"""A bare common noun for a group or a role (`Forecasters said`, `said one Tory MP`) is a mention with no name."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mention, run


@pytest.mark.parametrize("group", ["Forecasters", "Campaigners", "Regulators", "Residents", "Police"])
def test_a_group_opening_the_sentence_is_an_unnamed_source(group):
    text = f"The ferry service will close in March. {group} said the decision would hurt the island."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [(group, None)]


def test_a_seat_holder_without_a_name_is_an_unnamed_source():
    text = 'The vote was close. "We were simply outnumbered," said one Tory MP.'
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("one Tory MP", None)]


def test_plural_office_holders_are_an_unnamed_source():
    text = "The bill returns to the Commons next week. Ministers said they would not give way."
    statements = run(text).statements
    assert [s.speaker for s in statements] == [None]


def test_a_surname_alone_still_names_the_person_introduced_earlier():
    text = "Gwen Hollis chairs the panel. Hollis said the report was late."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Gwen Hollis"]


def test_a_body_named_by_one_word_or_an_acronym_still_speaks():
    text = "Labour said the budget was a gamble. The UK has urged both sides to talk."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Labour", "UK"]
