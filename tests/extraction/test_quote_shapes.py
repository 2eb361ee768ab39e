"""Quote shapes: multi-paragraph quotes, interrupted quotes, colon lead-ins, both orders, many speech verbs,
partial quotes in reported speech, indirect speech and where it stops."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mention, only, run, said


def test_multi_paragraph_quote_is_one_statement():
    text = (
        "The head teacher, Maria Lopez, spoke at the gates.\n"
        "She said: “We opened the new library this week. Pupils queued for an hour.\n"
        "“The reading club now meets every day.\n"
        "“Next year we want a science lab as well.”\n"
        "Parents welcomed the plans."
    )
    statement = only(text)
    assert statement.kind == "direct"
    assert statement.text.startswith("We opened the new library")
    assert statement.text.endswith("a science lab as well.")
    assert statement.speaker == "Maria Lopez"
    assert len(statement.segments) == 1


def test_interrupted_quote_is_one_statement_with_two_segments():
    text = "“We will win this seat,” said Helen Park, “and we will win it on Thursday.”"
    statement = only(text)
    assert [text[s.start:s.end] for s in statement.segments] == [
        "We will win this seat,", "and we will win it on Thursday."]
    assert statement.speaker == "Helen Park"
    assert "said Helen Park" in statement.text


def test_quote_resumed_after_the_attribution_sentence_joins_it():
    text = "“The roads are a disgrace,” Councillor Ben Hart said. “Nobody has fixed them in years.”"
    statement = only(text)
    assert len(statement.segments) == 2
    assert statement.speaker == "Ben Hart"


@pytest.mark.parametrize(
    "text, speaker_mention",
    [
        ("Tom Baker said: “The factory will stay open.”", "Tom Baker"),
        ("“The factory will stay open,” Tom Baker said.", "Tom Baker"),
        ("“The factory will stay open,” said Tom Baker.", "Tom Baker"),
        ("According to Tom Baker, “The factory will stay open.”", "Tom Baker"),
    ],
    ids=["colon-lead-in", "x-said", "said-x", "according-to"],
)
def test_attribution_orders(text, speaker_mention):
    statement = only(text)
    assert statement.text.startswith("The factory will stay open")
    assert mention(text, statement) == speaker_mention
    assert statement.speaker == "Tom Baker"


def test_colon_lead_in_with_the_quote_in_the_next_paragraph():
    text = "The charity's director, Ruth Olsen, responded:\n\n“We are disappointed but not surprised.”"
    statement = only(text)
    assert statement.text == "We are disappointed but not surprised."
    assert statement.speaker == "Ruth Olsen"


@pytest.mark.parametrize(
    "verb", ["insisted", "warned", "told reporters", "added", "argued", "claimed", "wrote", "tweeted",
             "announced", "explained", "admitted", "stressed"],
)
def test_speech_verbs_beyond_said(verb):
    text = f"“The budget is balanced,” Omar Reyes {verb}."
    statement = only(text)
    assert statement.text == "The budget is balanced,"
    assert statement.speaker == "Omar Reyes"
    assert text[statement.cue.start:statement.cue.end].startswith(verb.split()[0])


def test_partial_quote_inside_reported_speech_is_mixed():
    text = "The minister insisted the scheme was “working well for families” in every region."
    statement = only(text)
    assert statement.kind == "mixed"
    assert statement.text == "the scheme was “working well for families” in every region"


def test_indirect_speech_without_quote_marks():
    text = "Lucy Grant said that the hospital would open a new ward next month."
    statement = only(text)
    assert statement.kind == "indirect"
    assert statement.text == "the hospital would open a new ward next month"
    assert statement.speaker == "Lucy Grant"


def test_indirect_speech_stops_where_the_reported_clause_ends():
    text = "Lucy Grant said she wanted to work with the unions amid fears of a long strike."
    assert only(text).text == "she wanted to work with the unions"
    text = "Lucy Grant said the talks had failed, adding that she would try again."
    assert said(text)[0] == "the talks had failed"


def test_reported_clause_before_its_attribution():
    text = "The talks had broken down over pay, a union spokesman said."
    statement = only(text)
    assert statement.kind == "indirect"
    assert statement.text == "The talks had broken down over pay"
    assert mention(text, statement) == "a union spokesman"


def test_attribution_inside_the_reported_clause():
    text = "The new rules, Ms Patel said, would come into force in April."
    statement = only(text)
    assert [text[s.start:s.end] for s in statement.segments] == ["The new rules", "would come into force in April"]


def test_according_to_after_the_clause():
    text = "The project is three months behind schedule, according to the council."
    statement = only(text)
    assert statement.text == "The project is three months behind schedule"
    assert mention(text, statement) == "the council"


def test_participle_cue_takes_the_sentence_subject():
    text = "Nadia Rahman thanked her staff, saying the award belonged to all of them."
    statement = only(text)
    assert statement.text == "the award belonged to all of them"
    assert statement.speaker == "Nadia Rahman"


def test_quote_after_an_appositive_with_a_long_description():
    text = "“Our rents have doubled,” Karen Bell, 54, a tenant from Hull who joined the protest, said."
    statement = only(text)
    assert statement.speaker == "Karen Bell"


def test_statements_never_overlap():
    text = (
        "“It is a scandal,” said Joe Price. He said the inquiry, which he called “a whitewash”, had failed.\n"
        "Mr Price added that he would appeal."
    )
    statements = run(text).statements
    for first, second in zip(statements, statements[1:]):
        assert first.end <= second.start
