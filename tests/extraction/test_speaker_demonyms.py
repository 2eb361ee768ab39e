"""A word for where someone comes from or what they do (`Glaswegian`, `Filmmaker`) before a first name is not
part of the name."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run


@pytest.mark.parametrize("lead", ["Glaswegian", "New Yorker", "Songwriter"])
def test_a_demonym_before_a_first_name_is_not_part_of_the_name(lead):
    text = f"The festival opened on Friday. {lead} Tom Reidy says the crowds were the biggest yet."
    assert [s.speaker for s in run(text).statements] == ["Tom Reidy"]


def test_two_first_names_in_a_row_stay_one_name():
    text = "The festival opened on Friday. Brian Tom Reidy says the crowds were the biggest yet."
    assert [s.speaker for s in run(text).statements] == ["Brian Tom Reidy"]
