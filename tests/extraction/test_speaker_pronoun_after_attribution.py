"""A pronoun after a sentence with a named speaker means that speaker, not a person named in what was said."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_he_after_a_trailing_attribution_is_the_speaker():
    text = ("It was unfair to blame Mr Okoro for the delay, argued Mr Pryce. "
            "He added that the staff had done their best.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Pryce", "Pryce"]


def test_she_after_a_list_of_names_in_reported_speech_is_the_speaker():
    text = ("Targets include Ruth Marne, Ellen Cobb and Joan Tait, party chair Dame Ada Voss said. "
            "She said it was nothing personal.")
    statements = run(text).statements
    assert [s.speaker for s in statements][-1] == "Ada Voss"


def test_a_pronoun_speaker_of_a_subordinate_clause_does_not_take_over():
    text = ("Mr Lund repaid the loan to Lord Ferris after he said the firm was finished. "
            '"We pay our debts on time," he said.')
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Ferris", "Lund"]


def test_he_after_a_pronoun_speaker_keeps_that_speaker():
    text = "Mr Tarr rose after lunch. Mr Penn had got the sums wrong, he said. He added that the budget would balance."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Tarr", "Tarr"]


def test_a_name_right_before_said_outranks_a_name_in_an_if_clause():
    text = ("If Mr Dace stays away, the debate could go ahead with an empty chair, Lord Wrenfield said. "
            '"Nobody has heard a word from him," he said.')
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Wrenfield", "Wrenfield"]
