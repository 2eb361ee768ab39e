"""Names of bodies made of ordinary words (`Fair Rents Commission`) and short forms of street names."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_ordinary_words_before_a_body_head_stay_in_its_name():
    text = ("The Fair Rents Commission met in June. Rents were not fair to tenants, the commission said, "
            "and the federal rules should change.")
    statements = run(text).statements
    assert [s.speaker for s in statements][:1] == ["Fair Rents Commission"]


def test_a_qualified_kind_of_organisation_is_the_one_just_named():
    text = ("The study came from the Civic Ledger Society. Voters wanted more debates, the non-partisan charity said.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Civic Ledger Society"]


def test_a_streets_short_form_names_the_same_place():
    text = "Downing St said the scheme would be reviewed in the spring."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Downing Street"]
