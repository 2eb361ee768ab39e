"""A campaign group named `… Action` keeps its whole name even when a title word sits inside it."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_a_group_named_action_keeps_the_words_before_a_title_inside_it():
    text = "The depot closed last year. Hexley Coach Action, which runs a petition, says the closure was unlawful."
    assert [s.speaker for s in run(text).statements] == ["Hexley Coach Action"]
