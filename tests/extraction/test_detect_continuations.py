"""Quotations with no verb of their own that continue the speaker before them."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_quoted_sentence_after_reported_speech_continues_its_speaker():
    text = ("Ms Ward said the council had been “far too slow” to act. “We warned them about the roof two "
            "years ago and nothing was done.” The council did not comment.")
    statements = run(text).statements
    assert [s.text for s in statements] == [
        "the council had been “far too slow” to act",
        "We warned them about the roof two years ago and nothing was done.",
    ]
    assert [s.speaker for s in statements] == ["Ward", "Ward"]


def test_quoted_phrase_inside_narration_is_not_a_continuation():
    text = ("Ms Ward said the council had been slow. Critics see the report as “a cheap stunt by people "
            "who never turn up.” Nobody else spoke.")
    assert [s.text for s in run(text).statements] == ["the council had been slow"]


def test_quote_paragraph_after_a_paragraph_that_ends_with_reported_speech():
    text = ("Paying tribute, the council leader Amy Stone said the mayor was one of the “finest public servants”.\n\n"
            "“She gave forty years to this city and never asked for thanks.\n\n"
            "“We will miss her very much.”\n\nThe funeral will be held on Friday.")
    statements = run(text).statements
    assert statements[-1].text.startswith("She gave forty years")
    assert statements[-1].text.endswith("We will miss her very much.")
    assert statements[-1].speaker == "Amy Stone"


def test_a_quotation_with_its_own_attribution_is_not_run_on():
    text = ("“It will be close,” said Ivy Moss, who chairs the local party. “Now it is a two-horse race,” "
            "said Ivy Moss.")
    statements = run(text).statements
    assert [s.text for s in statements] == ["It will be close,", "Now it is a two-horse race,"]


def test_and_with_a_participle_ends_a_reported_clause():
    text = ("Ivy Moss attacked the plan on Monday, calling it “reckless” and warning that the town would "
            "pay for it.")
    assert [s.text for s in run(text).statements] == ["it “reckless”", "the town would pay for it"]
