"""Cue shapes: a second verb after `but` or `then`, a participle after a closing quotation, naming with
`called`, long listener phrases and a role between what was said and the speaker's name."""

from __future__ import annotations

from tests.extraction.helpers import mention, only, run, said


def test_but_and_a_second_speech_verb_make_two_statements():
    text = "Lena Fischer says she admires the mayor’s “energy” but argues that he cannot fix the buses."
    statements = run(text).statements
    assert [s.text for s in statements] == ["she admires the mayor’s “energy”", "he cannot fix the buses"]
    assert {s.speaker for s in statements} == {"Lena Fischer"}


def test_then_and_a_speech_verb_continue_the_subject():
    text = "Lena Fischer waved at the crowd, then says she will stand again next spring."
    statement = only(text)
    assert statement.text == "she will stand again next spring"
    assert statement.speaker == "Lena Fischer"


def test_participle_after_a_closing_quotation_starts_a_new_statement():
    text = ("Lena Fischer told the paper that the plan was “a costly mistake,” adding, “Nobody asked the "
            "people who live here.”")
    assert said(text) == ["the plan was “a costly mistake,”", "Nobody asked the people who live here."]


def test_called_with_a_name_for_someone_is_a_statement():
    text = "Lena Fischer went further, calling the minister a coward."
    statement = only(text)
    assert statement.text == "the minister a coward"
    assert statement.speaker == "Lena Fischer"
    assert said("The club called the meeting for Tuesday.") == []


def test_long_listener_phrase_before_that():
    text = "Lena Fischer told a packed meeting at the town hall in Bexley on Friday that the plan was dead."
    assert said(text) == ["the plan was dead"]


def test_role_before_the_name_belongs_to_the_speaker():
    text = "The mayor will not stand again, her chief of staff, Omar Haddad, told The Courier."
    statement = only(text)
    assert statement.text == "The mayor will not stand again"
    assert statement.speaker == "Omar Haddad"


def test_phrasal_cues_point_out_and_make_clear():
    text = "Nina Cole pointed out that the bridge had been shut for a year."
    assert said(text) == ["the bridge had been shut for a year"]
    text = "Nina Cole has made it clear she will not resign, pointing out that the board backs her."
    assert said(text) == ["she will not resign", "the board backs her"]
    assert said("Nina Cole pointed out the cracks in the old wall.") == []
    assert said("It was made clear that nobody would be paid.") == []


def test_bare_attribution_after_a_quotation_that_ends_its_sentence():
    text = "The vote was close. “We did all we could for the town.” Nina Cole said."
    statement = only(text)
    assert statement.text == "We did all we could for the town."
    assert statement.speaker == "Nina Cole"


def test_place_of_two_words_between_verb_and_quotation():
    text = "As Nina Cole said last week in Tel Aviv, “The port will be open again by the spring.”"
    statement = only(text)
    assert statement.text == "The port will be open again by the spring."
    assert statement.speaker == "Nina Cole"


def test_participle_after_a_sentence_opening_with_a_phrase_and_a_pronoun():
    text = "On Friday, she hedged on the vote, telling the Courier her support would depend on the budget."
    statement = only(text)
    assert statement.text == "her support would depend on the budget"
    assert mention(text, statement) == "she"


def test_participle_after_a_dash():
    text = "Nina Cole changed her mind on the spot – saying she would now back the northern route."
    statement = only(text)
    assert statement.text == "she would now back the northern route"
    assert statement.speaker == "Nina Cole"


def test_programme_named_after_the_channel():
    text = "The party has lost its way, Nina Cole said on Sunday on CNN’s “State of the Union.”"
    assert said(text) == ["The party has lost its way"]


def test_participle_speaker_is_the_name_opening_the_sentence():
    text = "Moss went after Dale on Monday over the missing money, calling it “a scandal”."
    statement = only(text)
    assert statement.speaker == "Moss"


def test_quotation_followed_by_more_narration():
    text = "Nina Cole wrote to her 12,000 followers, “It is time to end this for good,” and shared a link."
    statement = only(text)
    assert statement.kind == "direct"
    assert statement.text == "It is time to end this for good,"


def test_quotation_followed_by_a_participle_phrase():
    text = "Nina Cole took the stage and joked, “You are all far too early for lunch,” drawing loud laughter."
    statement = only(text)
    assert statement.kind == "direct"
    assert statement.text == "You are all far too early for lunch,"


def test_colon_lead_in_makes_a_direct_quotation_whatever_follows():
    text = "Nina Cole said: “Using two phones was a mistake,” but in fact she used only one."
    assert said(text)[0] == "Using two phones was a mistake,"


def test_quotation_after_a_comma_is_not_an_interruption():
    text = "Asked about the timing, Nina Cole said, “We have three weeks to go” until the vote."
    statement = only(text)
    assert statement.text == "“We have three weeks to go” until the vote"
    assert statement.speaker == "Nina Cole"


def test_where_it_was_said_before_a_quotation():
    text = "Nina Cole admitted at a forum on Monday night “it will be very hard for us to win” this time."
    assert said(text) == ["“it will be very hard for us to win” this time"]
