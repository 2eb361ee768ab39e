"""Speakers: antecedents for pronouns beyond names (role-noun subjects) and name forms of UK peers."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_a_pronoun_after_a_role_noun_subject_refers_to_the_office_holder():
    text = (
        "Foreign Secretary Ruth Calder arrived in Cardiff on Monday. She was met by Ms Jane Pryce, the city's mayor.\n"
        "The foreign secretary later toured a steelworks with local councillors. "
        "She insisted the visit had nothing to do with the coming vote."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [
        ("the visit had nothing to do with the coming vote", "Ruth Calder"),
    ]


def test_a_role_noun_followed_by_of_is_not_taken_as_the_subject():
    text = (
        "President Alan Ferreira phoned Mr Owen Pryce on Friday. Mr Pryce was in Lisbon.\n"
        "The president of the bank committee later opened the meeting. "
        "He said the rates would stay as they are."
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Owen Pryce"]
