"""Speaker mentions: sentence openers and dates are never taken for a one-word name."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mention, run


@pytest.mark.parametrize("opener", ["Still", "Moreover", "Instead"])
def test_an_opening_adverb_before_an_appositive_chain_is_not_the_speaker(opener):
    text = f"{opener}, Ann Booth, a senior adviser to the governor, said the toll plan would fail."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Ann Booth", "Ann Booth")]

