"""Detection: cues that report nothing (announcements still to come, refusals, adjectives), and where
clauses shared by two cues or a listener begin and end."""

from __future__ import annotations

from tests.extraction.helpers import run, said


def test_an_announcement_still_to_come_with_a_noun_phrase_says_nothing():
    assert said("The housing minister is expected to announce new rules for landlords next week.") == []
    assert said("Ms Okafor will announce the shortlist at the festival on Friday.") == []
    # what was announced, or an announcement that has a clause, is still reported speech
    assert said("The housing minister announced new rules for landlords on Monday.") == [
        "new rules for landlords on Monday"]
    assert said("Ms Okafor will announce that the festival is moving to the coast.") == [
        "the festival is moving to the coast"]


def test_quoted_words_pinned_on_something_by_a_verb_of_judgement_are_said():
    assert said('The council dismissed the petition as "a publicity stunt", while the mayor kept quiet.') == [
        "a publicity stunt"]
    assert said('Ms Varga likened the two rival bosses to "squabbling toddlers".') == ["squabbling toddlers"]
    assert said('The union leader brands such offers as "insulting".') == ["insulting"]
    # without a quotation a verb of judgement reports nothing
    assert said("The council dismissed the petition on Tuesday.") == []


def test_a_quotation_after_which_he_called_is_said_but_a_name_after_called_is_not():
    assert said('She criticised the tunnel plan, which she called "a hole in the budget".') == [
        "a hole in the budget"]
    assert said('He runs a small theatre company called "Lantern Lights".') == []


def test_hinted_with_a_clause_reports_it_but_hinted_at_does_not():
    assert said("Ms Dunmore hinted the council might drop the parking charge for carers.") == [
        "the council might drop the parking charge for carers"]
    assert said("Ms Dunmore hinted at a role she would like in the next cabinet.") == []


def test_confesses_and_other_third_person_forms_in_es_are_cues():
    assert said('Asked about her garden, Ms Tirel confesses: "I have never grown a single tomato."') == [
        "I have never grown a single tomato."]
    assert said("The coach stresses the team has not given up.") == ["the team has not given up"]
    assert said("The driver confessed his guilt to the court.") == []


def test_a_listener_with_its_abbreviation_in_brackets_before_a_colon():
    assert said('Ms Hale told the National Farmers Union (NFU) on Monday: "We will stand together."') == [
        "We will stand together."]


def test_a_past_participle_after_a_determiner_is_an_adjective_not_a_cue():
    assert said("The outbreak has reached 300 of the 1,200 confirmed cases in the region.") == []
    assert said("The agency said the 1,200 cases were confirmed in March.") == ["the 1,200 cases were confirmed in March"]


def test_that_pointing_at_a_thing_is_not_a_reported_clause():
    assert said("The minister flatly denied that story on Friday.") == []
    assert said("The minister denied that rents would rise.") == ["rents would rise"]
    assert said("The minister said that in the end they lost.") == ["in the end they lost"]


def test_but_with_a_day_then_a_second_cue_ends_the_first_clause_and_shares_its_subject():
    text = "Ms Ito has said she will not raise fares for pensioners but on Thursday said other fares would rise."
    assert said(text) == ["she will not raise fares for pensioners", "other fares would rise"]


def test_a_named_listener_does_not_swallow_the_subject_of_the_reported_clause():
    assert said("The former minister told the Herald the new bridge would never be finished.") == [
        "the new bridge would never be finished"]
    assert said("The former minister told the Herald the bridge was a mistake.") == ["the bridge was a mistake"]


def test_a_quoted_sentence_then_name_appositive_and_said_with_a_clause_is_a_new_statement():
    text = ('Tom Pike said the plan was a mess. "It is clear that the council has lost its way." '
            "Dr Ann Lowe, the Labour spokeswoman for housing, said she had found a sharp rise in evictions.")
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements][-1] == (
        "she had found a sharp rise in evictions", "Ann Lowe")
    assert all(s.speaker != "Ann Lowe" for s in statements if s.text.startswith("It is clear"))


def test_saying_one_could_not_comment_is_a_refusal_not_a_statement():
    assert said("The Treasury said it could not comment on individual cases.") == []
    assert said("The Treasury said it could not cut the tax this year.") == ["it could not cut the tax this year"]


def test_and_is_due_to_ends_the_reported_clause():
    assert said("The mayor has said she is proud of the scheme and is due to open the new depot next week.") == [
        "she is proud of the scheme"]


def test_a_participle_right_before_a_modal_describes_the_subject():
    assert said("Landlords complaining might like to look at their own profits first.") == []
    assert said("Mr Ross wrote to the board, adding he would resign.") == ["he would resign"]
