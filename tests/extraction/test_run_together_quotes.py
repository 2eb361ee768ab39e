"""A quotation whose paragraphs were run together on one line re-opens its mark without closing it."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_reopened_mark_after_a_full_sentence_continues_the_quotation():
    text = (
        'The coach said: "We played badly in the first half and paid for it. '
        '"Next week we start again." The club is fourth.'
    )
    statements = run(text).statements
    assert [s.text for s in statements] == ['We played badly in the first half and paid for it. "Next week we start again.']
    assert statements[0].kind == "direct"


def test_run_together_quotation_keeps_its_speaker_across_a_paragraph_break():
    text = (
        'Mrs Hana Webb said: "The school has improved a great deal this year. "Parents have noticed.\n\n'
        '"We are proud of the staff." The inspectors return in May.'
    )
    statements = run(text).statements
    assert len(statements) == 1
    assert statements[0].speaker == "Hana Webb"
    assert statements[0].text.startswith("The school has improved")
    assert statements[0].text.endswith("We are proud of the staff.")


def test_a_short_quoted_phrase_before_a_new_quotation_is_not_joined_to_it():
    text = 'Critics called the plan "a mess." "It will cost jobs," said Mr Joe Rudd.'
    texts = [s.text for s in run(text).statements]
    assert "It will cost jobs," in texts
