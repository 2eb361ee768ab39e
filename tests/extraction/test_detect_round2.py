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
