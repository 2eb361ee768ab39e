"""Speakers named by description: a document for its author, `our correspondent`, an MP by constituency."""

from __future__ import annotations

from tests.extraction.helpers import mention, run


def test_a_book_speaks_for_the_author_the_article_names():
    text = (
        "The mayor planned to resign last spring, a new book claims.\n\n"
        "The book by Evening Courier reporter Nadia Brook says the mayor changed her mind in June."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [
        ("The mayor planned to resign last spring", "Nadia Brook"),
        ("the mayor changed her mind in June", "Nadia Brook"),
    ]


def test_a_book_is_tied_to_an_author_written_with_a_possessive():
    text = "Critics have praised Tom Ashby's new memoir. The memoir says the band nearly split in 1999."
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("the band nearly split in 1999", "Tom Ashby")]


def test_a_book_with_no_named_author_has_no_speaker():
    text = "The book claims the treaty was signed in secret."
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("the treaty was signed in secret", None)]


def test_our_correspondent_is_the_correspondent_named_earlier():
    text = (
        "Ministers want a deal before Easter, said BBC health correspondent Owen Marsh.\n\n"
        "Talks could still collapse, our correspondent added."
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Owen Marsh", "Owen Marsh"]
    assert mention(text, statements[1]) == "our correspondent"


def test_an_mp_named_by_constituency_is_the_member_not_the_place():
    text = (
        "Former housing minister Clara Penn MP criticised the plan on Sunday.\n\n"
        "But the Labour MP for Redbridge and West Hollin admitted the scheme would save money."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("the scheme would save money", "Clara Penn")]
    assert mention(text, statements[0]) == "the Labour MP for Redbridge and West Hollin"


def test_a_party_and_seat_is_no_person_for_a_later_pronoun():
    text = (
        "Former minister Ruth Calder MP spoke first. “It is a mess,” the Labour MP for Eastmoor said.\n"
        "She said the plan should be dropped."
    )
    statements = run(text).statements
    assert {s.speaker for s in statements} == {"Ruth Calder"}


def test_a_role_opening_the_report_is_the_person_named_next():
    text = (
        "The schools commissioner says she will review every closure planned for next year.\n\n"
        "Helen Barrow told councils to send their figures by March."
    )
    statements = run(text).statements
    assert statements[0].text == "she will review every closure planned for next year"
    assert statements[0].speaker == "Helen Barrow"


def test_a_role_opening_the_report_skips_a_person_holding_another_role():
    text = (
        "The schools commissioner says closures will be reviewed.\n\n"
        "Education minister Paul Kerr has already approved three of them."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("closures will be reviewed", None)]


def test_founder_and_co_founder_are_the_same_office():
    text = (
        "Police questioned Streamly co-founder Dara Quill on Monday. A court hearing is set for June.\n\n"
        "The Streamly founder says the app broke no law."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("the app broke no law", "Dara Quill")]


def test_a_nickname_inside_a_name_leaves_the_full_name():
    text = (
        "Darts champion Tommy “the Hammer” Vance skipped school as a boy.\n\n"
        "“We played every afternoon,” Mr Vance said."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("We played every afternoon,", "Tommy Vance")]


def test_an_office_of_something_does_not_run_into_the_holders_name():
    text = (
        "Deputy Director of Public Appeals Ingrid Solberg closed the case.\n\n"
        "Ms Solberg said: “The evidence has weakened.”"
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("The evidence has weakened.", "Ingrid Solberg")]


def test_a_name_in_apposition_to_an_organisation_noun_is_an_organisation():
    text = (
        "The label that owns her first records, Pinecone Sound, says the singer may perform them.\n\n"
        "But the company says the deal is not final.\n\n"
        "“Talks will continue this week,” they said."
    )
    statements = run(text).statements
    assert [(s.speaker, s.speaker_kind) for s in statements] == [("Pinecone Sound", "organisation")] * 3


def test_the_company_without_any_organisation_named_has_no_speaker():
    text = "Jo Hart left in May. The company says profits will fall."
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("profits will fall", None)]


def test_a_pronoun_opening_a_clause_right_after_a_name_is_that_person():
    text = (
        "Party chairman Neil Ward spoke on Sunday. Dr Ward refused to discuss reports that the party had repaid "
        "£1m to former treasurer Lord Ashby after he said the party could not win the election."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("the party could not win the election", "Ashby")]


def test_a_book_with_its_title_in_apposition_speaks_for_its_author():
    text = (
        "The book by journalist Anna Lowe was published on Sunday. "
        "The book, Tea With Rivals, said the pair no longer spoke."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("the pair no longer spoke", "Anna Lowe")]
    assert mention(text, statements[0]) == "The book"
