"""Reported clauses after an adjunct between the speech verb and `that`."""

from app.extraction import extract


def texts(sentence: str) -> list[str]:
    return [s.text for s in extract(sentence).statements]


def test_adjunct_of_occasion_before_that():
    found = texts("Dobbin also said for the first time that some letters between Ms. Pelbury and the mayor "
                  "have been found.")
    assert found == ["some letters between Ms. Pelbury and the mayor have been found"]


def test_adjunct_before_a_quoted_clause():
    found = texts("Then Ms. Pelbury argued for the third straight meeting that “if everyone had paid as he paid, "
                  "we would not have saved the quay.”")
    assert found == ["if everyone had paid as he paid, we would not have saved the quay."]


def test_adjunct_naming_a_year_before_that():
    assert texts("The ferryman wrote in ‘09 that the old causeway was doomed.") == ["the old causeway was doomed"]


def test_bare_idiom_is_not_an_adjunct_of_speech():
    assert texts("The wardens voted to state in law that every keeper must also be a warden.") == []



def test_quoted_show_title_before_a_conditional_reported_clause():
    found = texts("Wednesday on Marlow Radio’s “Evening Tide,” Tam Arkle said if the mayor picked him as a "
                  "running mate it would be a “two-captain ticket.”")
    assert found == ["if the mayor picked him as a running mate it would be a “two-captain ticket.”"]


def test_quoted_show_title_before_a_quantified_reported_clause():
    found = texts("Sunday on the “Harbour Hour,” Ms. Pelbury said most of the ferries would run late.")
    assert found == ["most of the ferries would run late"]


def test_listener_with_a_place_and_its_county_before_that():
    found = texts("Mr. Gorvin told a town hall in Brindle, Wessex on Monday that the bridge toll is far too high.")
    assert found == ["the bridge toll is far too high"]


def test_second_verb_after_but_and_an_occasion_shares_the_subject():
    found = extract("Tam Arkle first said he did not recall the deletions, but in a later interview said he had "
                    "deleted the ledger.").statements
    assert [(s.text, s.speaker) for s in found] == [
        ("he did not recall the deletions", "Tam Arkle"), ("he had deleted the ledger", "Tam Arkle")]


def test_spaced_hyphens_set_off_a_parenthesis_after_the_speaker():
    found = extract("Tam Arkle - who runs the harbour watch - said Pelbury has several options.").statements
    assert [(s.text, s.speaker) for s in found] == [("Pelbury has several options", "Tam Arkle")]


def test_dotted_initialism_ends_a_sentence_before_a_pronoun():
    found = texts("Arkle says the mayor has no plan to stop floods in the U.K. He says residents deserve better.")
    assert found == ["the mayor has no plan to stop floods in the U.K", "residents deserve better"]
