"""Speaker mentions in UK news shapes: `X of the Y said`, `The MP for A and B said`, `said its chief, Sir X`."""

from __future__ import annotations

from tests.extraction.helpers import mention, run


def test_a_person_of_an_organisation_is_the_speaker():
    text = "Morwen Tate of the TFWA said the new rules were unfair."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Morwen Tate", "Morwen Tate")]


def test_an_office_of_an_organisation_is_not_taken_for_a_person():
    text = "The Governor of the Bank of Avalon said rates would rise."
    statements = run(text).statements
    assert mention(text, statements[0]) != "The Governor"


def test_the_member_for_a_two_part_constituency_is_the_speaker():
    text = ("Owen Pryce held the seat in 2001. "
            "The MP for Redmarsh and Calder said the hospital would stay open.")
    statements = run(text).statements
    assert mention(text, statements[0]) == "The MP for Redmarsh and Calder"


def test_a_name_in_apposition_after_an_inverted_role_is_the_mention():
    text = "Fees hardly changed at all, said its chief executive, Sir Alun Ravel."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Sir Alun Ravel", "Alun Ravel")]


def test_who_after_appositives_refers_to_the_name_they_describe():
    text = ("The claim has been backed by Ian Voss - a former Oxford historian, and a leading expert on ciphers, "
            "who has confirmed the papers were genuine.")
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("who", "Ian Voss")]
