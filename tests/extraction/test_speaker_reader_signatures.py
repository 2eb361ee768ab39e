"""A reader's signature (`Ann in Leeds`, `Tom, Hull`) names a person by first name and town: the person speaks."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_a_first_name_in_a_town_is_the_reader_not_the_town():
    text = "Readers wrote in about the bus fares. Megan in Bolton complains that the new fares are unfair."
    assert [s.speaker for s in run(text).statements] == ["Megan"]


def test_a_first_name_and_a_town_after_with_is_the_reader():
    text = "Fares went up again. I agree with James, Crewe saying that the trains are always late."
    assert [s.speaker for s in run(text).statements] == ["James"]



def test_a_town_after_a_surname_is_not_a_signature():
    text = "Mr Hale toured the port. Hale, Dover said the port would stay open."
    assert "Hale" not in [s.speaker for s in run(text).statements]
