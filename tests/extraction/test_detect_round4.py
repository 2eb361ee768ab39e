"""Detection on nested reports: a closing attribution owns the report that opens the sentence."""

from __future__ import annotations

from tests.extraction.helpers import mention, run


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, mention(text, s)) for s in run(text).statements]


def test_a_closing_attribution_owns_an_inner_report():
    text = ("Ms Harlow spoke at the harbour on Monday. "
            "Council guidance said the pier had not been repaired since 1990, Ms Harlow said.")
    assert _pairs(text) == [("Council guidance said the pier had not been repaired since 1990", "Ms Harlow")]


def test_a_closing_inverted_attribution_owns_an_inner_report():
    text = ("Mr Dunmore rose to reply. "
            "Surveys suggested that most tenants wanted longer leases, argued Mr Dunmore.")
    assert _pairs(text) == [("Surveys suggested that most tenants wanted longer leases", "Mr Dunmore")]


def test_a_report_with_a_longer_tail_keeps_its_own_speaker():
    text = "The inspectors said the kitchen was spotless, which pleased the owners a great deal."
    assert [mention(text, s) for s in run(text).statements] == ["The inspectors"]


def test_a_quotation_inside_a_report_keeps_the_speaker_of_its_words():
    text = 'Ms Quill\'s memoir claimed that Mr Abbot told Ms Reyes: "I will never back your budget."'
    statements = run(text).statements
    assert [(s.text, mention(text, s)) for s in statements] == [("I will never back your budget.", "Mr Abbot")]


def test_a_closing_according_to_owns_an_inner_report():
    text = "Two in three renters said they could not afford a deposit, according to a housing charity survey."
    assert _pairs(text) == [("Two in three renters said they could not afford a deposit", "a housing charity survey")]
