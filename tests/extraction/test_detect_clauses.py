"""Reported clauses: who speaks when an appositive follows the name, where the clause stops when the speaker
goes on to a second speech verb, and clauses that open with a quantity or follow a listener."""

from __future__ import annotations

from tests.extraction.helpers import mention, only, run, said


def test_speaker_with_appositive_before_a_reported_clause():
    text = "Nadia Osei, a councillor in the borough, said Labour voters were staying at home this winter."
    statement = only(text)
    assert statement.text == "Labour voters were staying at home this winter"
    assert statement.speaker == "Nadia Osei"


def test_inverted_attribution_after_a_clause_still_reverses():
    text = "Rents will keep rising in the city, said Tom Becker, an economist at the bank."
    statement = only(text)
    assert statement.text == "Rents will keep rising in the city"
    assert statement.speaker == "Tom Becker"


def test_clause_may_open_with_a_quantity():
    text = "The mayor, Ruth Kamara, said more than forty families had been moved out of the flats."
    assert said(text) == ["more than forty families had been moved out of the flats"]
    text = "Ruth Kamara said much of the budget had already gone on repairs."
    assert said(text) == ["much of the budget had already gone on repairs"]


def test_a_second_speech_verb_ends_the_first_clause():
    text = ("Ruth Kamara suggested the repairs were late and reminded councillors that the contract "
            "had been signed in March.")
    assert said(text) == ["the repairs were late", "the contract had been signed in March"]
    text = "Ruth Kamara said the repairs were late and she warned the builders would be fined."
    assert said(text)[0] == "the repairs were late"


def test_listener_before_a_clause_without_that():
    text = "Peter Holm told nurses he had waited six hours for a bed."
    statement = only(text)
    assert statement.text == "he had waited six hours for a bed"
    assert mention(text, statement) == "Peter Holm"


def test_participle_after_a_trailing_attribution_is_its_own_statement():
    text = ("The scheme is far too expensive, Anna Berg said on Monday in Oslo, adding that the money "
            "would be better spent on schools.")
    statements = run(text).statements
    assert [s.text for s in statements] == ["The scheme is far too expensive",
                                            "the money would be better spent on schools"]
    assert [s.speaker for s in statements] == ["Anna Berg", "Anna Berg"]


def test_where_the_words_were_said_is_not_what_was_said():
    text = "The budget is a disgrace, Nadia Osei said in a video message to the conference."
    assert said(text) == ["The budget is a disgrace"]
    text = "“We will appeal,” Nadia Osei said in a statement provided to the Courier. “This is not over.”"
    statement = only(text)
    assert [text[s.start:s.end] for s in statement.segments] == ["We will appeal,", "This is not over."]


def test_fair_to_say_is_the_writer_speaking():
    assert said("It is fair to say that the council has lost its way.") == []


def test_adverbs_between_subject_and_verb():
    text = "The label has consistently denied treating the singer unfairly."
    statement = only(text)
    assert statement.text == "treating the singer unfairly"
    assert mention(text, statement) == "The label"


def test_inverted_long_title_after_a_clause_with_an_opening_adverb():
    text = ("However, both sides want to avoid a strike before the election, said BBC labour affairs "
            "correspondent Tom Reed.")
    statement = only(text)
    assert statement.text == "both sides want to avoid a strike before the election"
    assert statement.speaker == "Tom Reed"


def test_quoted_question_then_a_reply_with_that():
    text = "“Is this a smear campaign?” Ms Ward replied that it was nothing of the kind."
    statement = only(text)
    assert statement.text == "it was nothing of the kind"
    assert statement.speaker == "Ward"


def test_speech_nouns_are_not_cues():
    assert said("The mayor failed to keep his often-repeated vow that the pool would reopen.") == []
    assert said("The mayor defended the posters amid Tory claims the ads were offensive.") == []
    assert said("The Greens claim the count was wrong in three wards.") == ["the count was wrong in three wards"]


def test_a_question_put_later_in_the_sentence_does_not_cancel_the_cue():
    text = "In several cases, bank staff say, they have been asked to keep the accounts open."
    assert said(text) == ["In several cases, bank staff say, they have been asked to keep the accounts open"]
    assert said("Ruth Kamara was asked about the budget.") == []


def test_an_account_with_how_or_why_is_reported_speech():
    text = "Ruth Kamara explained how the council had lost the money in a failed bond deal."
    assert said(text) == ["how the council had lost the money in a failed bond deal"]
    assert said("Ruth Kamara asked how the council had lost the money.") == []
