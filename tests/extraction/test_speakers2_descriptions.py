"""Speakers named by description or by a name with `of`/`for`/`and` inside (the uk_dev2 phenomena)."""

from __future__ import annotations

from tests.extraction.helpers import mention, run


def test_an_institution_name_with_of_and_and_inside_is_one_name():
    text = ("In a statement, the Ministry of Farming and Fisheries said the quota would be cut. "
            "And it said boats would be paid to stay in port.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Ministry of Farming and Fisheries"] * 2
    assert mention(text, statements[0]) == "Ministry of Farming and Fisheries"


def test_an_institution_name_keeps_the_article_after_for():
    text = "The Council for the Care of Old Bridges says the repairs came too late."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Council for the Care of Old Bridges"]


def test_a_person_named_right_after_an_institution_is_not_part_of_it():
    text = "Bank of Avalon Governor Mervyn Tallis said rates would rise in the spring."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Mervyn Tallis"]
