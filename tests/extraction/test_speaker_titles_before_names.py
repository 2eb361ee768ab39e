"""Words before a person's name that describe them (a trade, `Fellow` and a party, a brief before `spokesman`)
are not part of the name and name no one of their own."""

from __future__ import annotations

from tests.extraction.helpers import mention, run


def test_a_trade_before_the_name_is_a_title():
    text = "Barrister Imogen Tull said the ruling would be appealed."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Imogen Tull"]


def test_a_broadcaster_and_a_trade_before_the_name_are_titles():
    text = "But ITN Economics Correspondent Rhys Dando said the figures were weaker than they looked."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Rhys Dando"]


def test_fellow_and_a_party_before_the_name_are_titles():
    text = "Fellow Lib Dem Aled Crane said the bill was a mistake."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [
        ("Fellow Lib Dem Aled Crane", "Aled Crane")]


def test_a_brief_before_spokesman_is_not_a_person_a_pronoun_can_mean():
    text = ("Transport Affairs spokesman Colm Rudd said the fares were too high. "
            "He said the rail firms should pay.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Colm Rudd", "Colm Rudd"]


def test_a_party_before_spokesman_still_names_the_party():
    text = "Labour said the fares were too high. Plaid spokesman Ifor Lamb said they were fair."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Labour", "Ifor Lamb"]


def test_a_styled_name_in_apposition_to_an_office_of_a_place_is_the_speaker():
    text = "The Bishop of Wrexley, the Right Reverend Alan Tomms, told the BBC that the church wanted calm."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Alan Tomms", "Alan Tomms")]
