"""The bundled seed article: six statements with the right spans, kinds, speakers and topics."""

from __future__ import annotations

import pytest

from app.extraction import extract, load_taxonomy
from app.paths import TAXONOMY_FILE, bundled


def _seed_text() -> str:
    raw = (bundled("seeds") / "starmer-trump-2024-11-11.md").read_text(encoding="utf-8")
    # Front matter sits between the first two `---` lines.
    _, _, body = raw.split("---\n", 2)
    return body


@pytest.fixture(scope="module")
def seed():
    text = _seed_text()
    return text, extract(text, load_taxonomy(TAXONOMY_FILE))


# (first words, last words, kind, speaker, mention, cue, topics)
EXPECTED = [
    ("he wants to work with", "president-elect Donald Trump", "indirect", "Keir Starmer", "Sir Keir Starmer",
     "has said", []),
    ("he wants to create a “good", "with the re-elected president", "mixed", "Keir Starmer", "The Prime Minister",
     "insisted", []),
    ("No, because my approach", "the call that we had on Wednesday.", "direct", "Keir Starmer", "he", "said", []),
    ("he will impose tariffs", "from any country", "indirect", "Donald Trump", "Mr Trump", "insisted",
     ["tariffs"]),
    ("I’m not going to get into", "see what they actually are.", "direct", "Keir Starmer", "The Prime Minister",
     "said", ["tariffs"]),
    ("I want good relations with all", "includes the EU and the US.", "direct", "Keir Starmer",
     "The Prime Minister", "said", ["defence", "eu-reset"]),
]


def test_finds_exactly_six_statements(seed):
    _, result = seed
    assert len(result.statements) == 6


@pytest.mark.parametrize("number", range(6))
def test_statement(seed, number):
    text, result = seed
    first, last, kind, speaker, mention, cue, topics = EXPECTED[number]
    statement = result.statements[number]
    assert statement.text == text[statement.start:statement.end]
    assert statement.text.startswith(first)
    assert statement.text.endswith(last)
    assert statement.kind == kind
    assert statement.speaker == speaker
    assert text[statement.mention.start:statement.mention.end] == mention
    assert text[statement.cue.start:statement.cue.end] == cue
    assert statement.topics == topics


def test_three_paragraph_quotes_are_one_statement_each(seed):
    text, result = seed
    long_quotes = [s for s in result.statements if s.text.count("\n") == 2]
    assert len(long_quotes) == 2
    assert all(len(s.segments) == 1 for s in long_quotes)


def test_quote_after_meeting_with_macron_belongs_to_the_prime_minister(seed):
    _, result = seed
    assert result.statements[-1].speaker == "Keir Starmer"
    assert all(s.speaker != "Emmanuel Macron" for s in result.statements)


def test_speakers_and_aliases(seed):
    _, result = seed
    speakers = {s.name: s for s in result.speakers}
    assert set(speakers) == {"Keir Starmer", "Donald Trump"}
    starmer = speakers["Keir Starmer"]
    assert starmer.kind == "person"
    assert "Sir Keir Starmer" in starmer.aliases
    assert "Sir Keir" in starmer.aliases
    assert {"The Prime Minister", "the Prime Minister"} & set(starmer.aliases)
    assert not {"he", "He", "she", "they"} & set(starmer.aliases)
    assert "Mr Trump" in speakers["Donald Trump"].aliases
