"""Where a reported clause stops: the writer's comments after it end it, words that only describe its subject
or continue its contrast do not."""

from __future__ import annotations

from tests.extraction.helpers import said


def test_but_continues_a_contrast_inside_what_was_said():
    text = "The senator said the new tax was not just a mistake, but a disaster for small farms."
    assert said(text) == ["the new tax was not just a mistake, but a disaster for small farms"]


def test_but_with_a_new_subject_or_verb_ends_the_clause():
    text = "The senator said the new tax was a mistake, but he promised to keep talking to the farmers."
    assert said(text)[0] == "the new tax was a mistake"
    text = "Greta Lund said the new tax was a mistake, but Labour members voted for it anyway."
    assert said(text) == ["the new tax was a mistake"]


def test_comment_after_a_complete_clause_ends_it():
    text = "Greta Lund said the council would sell the old depot, a move that angered many residents."
    assert said(text) == ["the council would sell the old depot"]
    text = "Greta Lund said the bridge had been closed for repairs, which will cost the town dearly."
    assert said(text) == ["the bridge had been closed for repairs"]


def test_relative_clause_on_the_subject_stays_inside():
    text = ("Greta Lund said the trust, which runs four hospitals across the county and employs thousands, "
            "had run out of money.")
    assert said(text) == ["the trust, which runs four hospitals across the county and employs thousands, "
                          "had run out of money"]


def test_a_pair_of_dashes_stays_inside_the_clause():
    text = "Greta Lund said the farmers -- mainly dairy and sheep -- who lost land would be paid in full."
    assert said(text) == ["the farmers -- mainly dairy and sheep -- who lost land would be paid in full"]


def test_as_well_as_continues_the_clause():
    text = "Greta Lund said the town would get a new library, as well as a swimming pool."
    assert said(text) == ["the town would get a new library, as well as a swimming pool"]


def test_according_to_with_an_appositive_is_not_an_interruption():
    text = "Rents rose by a fifth last year, according to Omar Haddad, an economist at the bank."
    assert said(text) == ["Rents rose by a fifth last year"]


def test_the_main_speech_verb_after_a_relative_clause_ends_it():
    text = ("Omar Haddad, who says the town needs a bypass, wrote that the council “has wasted ten years” "
            "on studies.")
    assert said(text) == ["the town needs a bypass", "the council “has wasted ten years” on studies"]


def test_a_name_before_a_trailing_attribution_is_not_what_was_said():
    text = "Deputy High Court Judge Ann Lee, QC told the hearing the case was of great public interest."
    assert "Deputy High Court Judge Ann Lee" not in said(text)


def test_the_speakers_next_deed_ends_the_clause():
    text = "Omar Haddad said the depot would close in May, and railed against the council for its silence."
    assert said(text) == ["the depot would close in May"]
