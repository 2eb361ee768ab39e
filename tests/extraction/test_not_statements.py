"""What is not a statement: scare quotes, titles of works, nicknames, questions put to someone, refusals."""

from __future__ import annotations

from tests.extraction.helpers import run, said


def test_scare_quotes_are_not_statements():
    assert said("The so-called “garden bridge” was never built, and the “levelling up” fund ran dry.") == []


def test_titles_of_works_are_not_statements():
    assert said("Her memoir, “A Long Walk Home”, topped the charts, and the film “Night Shift” opened in May.") == []


def test_nicknames_are_not_statements():
    assert said("Robert “Bobby” Dunn and the team known as the “Iron Ladies” won again.") == []


def test_questions_put_to_someone_are_not_statements():
    text = "Mr Hale was asked whether he would resign. Reporters asked if the plan was dead."
    assert said(text) == []


def test_refusals_to_comment_are_not_statements():
    text = (
        "The company declined to comment on the report. Ms Ward would not be drawn on the figures. "
        "A spokesman refused to say when the factory would reopen."
    )
    assert said(text) == []


def test_an_answer_after_a_question_is_a_statement_and_takes_its_topic():
    from app.extraction import extract
    from app.extraction.topics import Taxonomy

    taxonomy = Taxonomy.from_keywords({"housing": ("Housing", ["rent*", "housing"])})
    text = (
        "Ms Ward was asked whether rents would keep rising.\n"
        "She said: “We are doing everything we can for families.”"
    )
    result = extract(text, taxonomy)
    assert [s.text for s in result.statements] == ["We are doing everything we can for families."]
    assert result.statements[0].topics == ["housing"]


def test_being_told_something_is_not_a_statement_by_the_listener():
    assert said("The workers were told the plant would close.") == []


def test_quoted_words_in_a_headline_style_line_without_a_speaker_are_skipped():
    result = run("Budget row: “a bad day”\n\nThe markets fell on Friday.")
    assert result.statements == []


def test_passive_speech_verbs_do_not_make_their_subject_a_speaker():
    assert said("Ms Ortiz was declared the winner of the race. He is said to be furious.") == []


def test_naming_something_is_not_a_statement():
    assert said("The treatment is what doctors have called “regenerative medicine”.") == []


def test_a_phone_call_is_not_a_statement():
    assert said("Then, late on Friday, Sam Green called.") == []


def test_a_book_title_after_an_attribution_is_not_part_of_the_quote():
    text = "“It was a wild time,” said Lee Park, the author of “Nights In The Newsroom.”"
    assert said(text) == ["It was a wild time,"]
