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


def test_phrase_between_verb_and_quotation():
    text = "Mia Torres wrote to her 3,000 followers, “The vote is tomorrow, please turn out.”"
    statement = only(text)
    assert statement.text == "The vote is tomorrow, please turn out."
    assert statement.speaker == "Mia Torres"


def test_went_on_to_say_takes_the_sentence_subject():
    text = "Dan Ross praised the volunteers but went on to say, “The money has run out.”"
    statement = only(text)
    assert statement.speaker == "Dan Ross"


def test_issued_a_statement_introduces_a_quotation():
    text = "The club issued a statement, “We are saddened by the news and thinking of his family.”"
    statement = only(text)
    assert statement.text.startswith("We are saddened")
    assert mention(text, statement) == "The club"


def test_sentence_initial_inverted_verb():
    text = "Lena Fischer spoke last.\n\nSaid Ms Fischer: “We cannot wait another year.”"
    statement = only(text)
    assert statement.speaker == "Lena Fischer"


def test_quotation_after_an_attribution_sentence():
    text = "Ravi Patel, the group's treasurer, said in a statement.\n“The accounts are in order and always have been.”"
    statement = only(text)
    assert statement.speaker == "Ravi Patel"


def test_scare_quote_before_a_verb_with_its_own_quotation():
    text = "Praising her “steady hand,” Paul Dent said, “She is the best leader we have had.”"
    statement = only(text)
    assert statement.text == "She is the best leader we have had."


def test_show_title_before_a_speaker_with_reported_speech():
    text = "Speaking on “Sunday Politics,” Rosa Mills said the budget would be cut."
    statement = only(text)
    assert statement.text == "the budget would be cut"
    assert statement.speaker == "Rosa Mills"


def test_phrase_after_the_verb_keeps_the_clause_before_it():
    text = "The new rules would be a disaster for small landlords, Gary Holt said after the meeting."
    statement = only(text)
    assert statement.text == "The new rules would be a disaster for small landlords"


def test_comma_parenthesis_inside_the_reported_clause():
    text = "Andy Cole said Labour, despite its lead, is not certain to win."
    assert only(text).text == "Labour, despite its lead, is not certain to win"


def test_listener_with_a_place_before_that():
    text = "Donna Reid told the crowd at her rally in Leeds that the hospital would stay open."
    assert only(text).text == "the hospital would stay open"


def test_listener_named_before_that():
    text = "He later told Radio Ulster that the talks had stalled."
    assert only(text).text == "the talks had stalled"
