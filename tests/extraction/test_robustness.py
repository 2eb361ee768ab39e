"""No input crashes the extractor, and every statement's text is the article's text at its offsets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.extraction import extract
from app.extraction.pipeline import extract_statements
from app.extraction.topics import Taxonomy

TAXONOMY = Taxonomy.from_keywords({"trade": ("Trade", ["tariff*", "trade war"]), "army": ("Army", ["troops"])})

# Pieces that exercise the quote, cue and name machinery when shuffled together.
PIECES = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "''", ":", ",", ".", "\n", "\n\n", " ", "—", " -- ",
    "said", "says", "told reporters", "according to", "insisted that", "he", "she", "they", "who",
    "Sir Keir Starmer", "Mr Trump", "the Prime Minister", "Downing Street", "No 10", "Ms O’Neill",
    "tariffs", "troops", "We will win", "don’t", "’90s", "Ministers’", "asked whether", "declined to comment",
]


def _check(text: str) -> None:
    result = extract_statements(text, TAXONOMY)
    previous_end = -1
    for statement in result.statements:
        assert 0 <= statement.start <= statement.end <= len(text)
        assert statement.text == text[statement.start:statement.end]
        assert statement.start >= previous_end
        previous_end = statement.end
        for span in statement.segments:
            assert statement.start <= span.start <= span.end <= statement.end
        if statement.mention:
            assert 0 <= statement.mention.start <= statement.mention.end <= len(text)
    for speaker in result.speakers:
        assert speaker.name and speaker.name == speaker.name.strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_random_unicode_never_crashes(text):
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_mismatched_marks_and_cues_never_crash(text):
    _check(text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join), st.integers(200, 2000))
def test_huge_paragraphs_never_crash(piece, repeat):
    _check((piece + " ") * repeat)


def test_public_extract_accepts_empty_and_blank_text():
    assert extract("").statements == []
    assert extract("   \n\n ").statements == []


def test_a_long_article_without_quotes_is_handled():
    text = ("The committee met again. " * 4000).strip()
    assert extract(text).statements == []


@pytest.mark.parametrize("cue", ["according to", "said", "told", "said Mr", ", said", "“Yes,” said", "Said", "issued a"])
def test_long_unpunctuated_runs_after_every_cue_finish(cue):
    # A pathological regular expression would make this hang rather than fail.
    words = " ".join(["Word", "word", "Name", "of", "the"] * 300)
    text = f"Opening words here {cue} {words}\n{words} {cue}"
    _check(text)
