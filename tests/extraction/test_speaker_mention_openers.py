"""Speaker mentions: sentence openers and dates are never taken for a one-word name."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mention, run


@pytest.mark.parametrize("opener", ["Still", "Moreover", "Instead"])
def test_an_opening_adverb_before_an_appositive_chain_is_not_the_speaker(opener):
    text = f"{opener}, Ann Booth, a senior adviser to the governor, said the toll plan would fail."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Ann Booth", "Ann Booth")]



@pytest.mark.parametrize("name", ["Bank of England", "Ministry of Defence", "Department for Transport",
                                  "University of Dundee"])
def test_an_organisation_named_with_of_or_for_is_one_speaker(name):
    text = f"The {name} said the figures would be published in June. It added that no date was fixed."
    statements = run(text).statements
    assert [(s.speaker, s.speaker_kind) for s in statements] == [(name, "organisation")] * 2
    assert mention(text, statements[0]) == f"The {name}"


def test_the_kind_of_an_organisation_named_with_of_finds_it_again():
    text = (
        "The Scottish Board of Elections met on Monday.\n"
        "The board said the count was accurate."
    )
    assert [s.speaker for s in run(text).statements] == ["Scottish Board of Elections"]


@pytest.mark.parametrize("opening", ["At a rally in Derby, Kent,", "Before the vote,", "Asked about Mr Lowe,"])
def test_a_participle_cue_takes_the_subject_of_the_clause_before_it(opening):
    text = f"{opening} Nora Finch attacked the plan, saying it would close three schools."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Nora Finch", "Nora Finch")]


def test_an_appositive_chain_before_a_plain_cue_still_gives_its_first_name():
    text = "Nora Finch, 44, a teacher from Derby, said the plan would close three schools."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Nora Finch", "Nora Finch")]


@pytest.mark.parametrize("setting", ["in a blog post", "at the time", "during the debate"])
def test_a_phrase_about_where_or_when_it_was_said_is_not_the_speaker(setting):
    text = f"Nora Finch {setting} said the plan would close three schools."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Nora Finch", "Nora Finch")]


def test_a_participle_after_an_appositive_of_the_object_takes_the_subject():
    text = "Nora Finch praised Tom Hale, the city's mayor, saying he had saved three schools."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Nora Finch", "Nora Finch")]


@pytest.mark.parametrize("between", ["have long", "did not", "didn't", "would never", "can't"])
def test_auxiliaries_and_adverbs_between_subject_and_verb_are_skipped(between):
    text = f"The nurses {between} argued that the wards are unsafe."
    statements = run(text).statements
    assert [mention(text, s) for s in statements] == ["The nurses"]


def test_a_sentence_adverb_before_an_appositive_chain_is_not_the_speaker():
    text = "Similarly, Ann Booth, a senior adviser to the governor, said the toll plan would fail."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Ann Booth", "Ann Booth")]


def test_a_participle_after_an_opening_phrase_takes_a_pronoun_subject():
    text = "Mr Owen Pryce spoke in Leeds. In two interviews on Sunday, he defended the plan, saying it would create jobs."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("he", "Owen Pryce")]


def test_a_weekday_between_subject_and_verb_does_not_hide_the_subject_of_a_participle():
    text = "Inside the town hall, Nora Finch on Tuesday attacked the plan, arguing it would close three schools."
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("Nora Finch", "Nora Finch")]
