"""`X <verb> Y saying …` with no comma: Y is the verb's object and X, the clause's subject, speaks; likewise
`X, who <verb> Y tells …` with the relative clause's closing comma missing."""

from __future__ import annotations

from tests.extraction.helpers import mention, run


def test_the_object_of_the_verb_before_a_participle_does_not_speak():
    text = "Mr Prothero also quit the Greens saying the party had lost its nerve."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Mr Prothero", "Prothero")]


def test_a_newspaper_a_person_is_quoted_in_does_not_speak():
    text = "Nia Ellery was quoted in the Valley Courier newspaper saying the depot would close."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Nia Ellery"]


def test_a_noun_after_with_is_the_participles_own_subject():
    text = "The vote was lost, with rebels saying the whips had misled them."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("rebels", None)]


def test_a_name_after_of_is_the_participles_own_subject():
    text = "The advert showed a clip of Mr Dunmore saying the scheme would pay for itself."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Mr Dunmore", "Dunmore")]


def test_a_relative_clause_missing_its_closing_comma_does_not_lend_its_object():
    text = "Ms Vane, who runs the Harbour Trust tells the paper that the dock will reopen."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Ms Vane", "Vane")]
