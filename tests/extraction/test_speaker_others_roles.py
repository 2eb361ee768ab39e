"""An appositive naming someone else's role (`a friend of the party leader`) gives that role to no one here."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_a_role_after_of_in_an_appositive_is_not_the_named_persons():
    text = ("Tory leader Jim Orme held the seat for years. Ms Vance, a neighbour of the Tory leader, said he was "
            "kind. The Tory leader said the story was untrue.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Vance", "Jim Orme"]


def test_a_role_of_the_persons_own_in_an_appositive_still_ties():
    text = ("Ms Vance, the Tory leader, toured Leeds. Mr Orme met her there. "
            "The Tory leader said the visit had gone well.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Vance"]


def test_a_lede_role_with_its_is_the_person_named_next_not_one_named_in_the_claim():
    text = ("The party would welcome back Lord Ashby if he applied, its co-chairman has said.\n\n"
            "Dr Nell Fairlie told a radio programme that it was a matter for the members. "
            "Lord Ashby left the party in 2001 and has not spoken since.")
    statements = run(text).statements
    assert [s.speaker for s in statements][0] == "Nell Fairlie"
