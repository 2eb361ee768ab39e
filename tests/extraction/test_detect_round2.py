"""Detection on a second UK development set: colon lead-ins after a quotation, clauses that open with a
quantity or a long phrase, a second speaker joined by `and`, and reported clauses before a quotation."""

from __future__ import annotations

from tests.extraction.helpers import run, said


def test_colon_after_a_name_takes_the_quotation_after_it_not_the_one_before():
    text = ("Tessa Marlow was unmoved. “This is a stunt for the cameras.” Omar Reyes, head of the tenants’ "
            "group Fair Rent, said: “The truth is that nobody has read the plan.”")
    statements = run(text).statements
    reyes = [s for s in statements if s.speaker == "Omar Reyes"]
    assert [s.text for s in reyes] == ["The truth is that nobody has read the plan."]


def test_quantity_words_with_a_verb_open_a_clause():
    assert said("The mayor said nothing had changed in the council’s plans.") == ["nothing had changed in the council’s plans"]
    assert said("The survey body said more families moved to the coast last year.") == [
        "more families moved to the coast last year"]
    assert said("The mayor said nothing about the plans.") == []


def test_a_long_opening_phrase_with_commas_before_the_subject():
    text = "She said by the time children started school, at the age of four or five, it was often too late."
    assert said(text) == ["by the time children started school, at the age of four or five, it was often too late"]
