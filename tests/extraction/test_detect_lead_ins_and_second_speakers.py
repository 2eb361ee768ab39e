"""Detection: colon lead-ins after a quotation, clauses that open with a
quantity or a long phrase, a second speaker joined by `and`, and reported clauses before a quotation."""

from __future__ import annotations

from tests.extraction.helpers import run, said


def test_colon_after_a_name_takes_the_quotation_after_it_not_the_one_before():
    text = ("Tessa Marlow was unmoved. “This is a stunt for the cameras.” Omar Reyes, head of the tenants’ "
            "group Fair Rent, said: “The truth is that nobody has read the plan.”")
    statements = run(text).statements
    reyes = [s for s in statements if s.speaker == "Omar Reyes"]
    assert [s.text for s in reyes] == ["The truth is that nobody has read the plan."]


def test_quantity_words_with_a_verb_open_a_clause():
    assert said("The mayor said nothing had changed in the council’s plans.") == ["nothing had changed in the council’s plans"]
    assert said("The survey body said more families moved to the coast last year.") == [
        "more families moved to the coast last year"]
    assert said("The mayor said nothing about the plans.") == []


def test_a_long_opening_phrase_with_commas_before_the_subject():
    text = "She said by the time children started school, at the age of four or five, it was often too late."
    assert said(text) == ["by the time children started school, at the age of four or five, it was often too late"]


def test_reported_clause_then_colon_and_quotation_are_two_statements():
    text = "Tom Hale defended the scheme. He said the costs remained modest: “Nobody has lost a penny so far.”"
    assert said(text) == ["the costs remained modest", "Nobody has lost a penny so far."]
    # a phrase that only introduces the quotation stays with it
    text = "Tom Hale said on the radio: “Nobody has lost a penny so far.”"
    assert said(text) == ["Nobody has lost a penny so far."]


def test_and_with_a_second_named_speaker_and_verb_ends_the_first_clause():
    text = "The Greens say the levy is unfair and Labour says the figures do not add up."
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [("the levy is unfair", "Greens"),
                                                         ("the figures do not add up", "Labour")]


def test_by_and_a_speech_participle_share_the_subject():
    text = "Nora Pike calmed the room by announcing she would hold a second vote in June."
    statement = run(text).statements[0]
    assert (statement.text, statement.speaker) == ("she would hold a second vote in June", "Nora Pike")


def test_hinted_reports_a_clause_but_not_a_noun_phrase():
    assert said("Nora Pike hinted that a second vote was likely.") == ["a second vote was likely"]
    assert said("Nora Pike hinted at a second vote.") == []


def test_quote_paragraph_after_a_paragraph_closed_by_a_trailing_attribution():
    text = ("The law should change to “put the child first”, the MPs said.\n\n"
            "“We heard from hundreds of parents who felt shut out of the process.”")
    statements = run(text).statements
    assert [s.text for s in statements][-1] == "We heard from hundreds of parents who felt shut out of the process."
    assert statements[-1].speaker == statements[0].speaker


def test_a_phrase_about_the_saying_before_that_stays_out_of_the_clause():
    assert said("Nora Pike said during the hustings that she would stand again.") == ["she would stand again"]
    assert said("Nora Pike said in politics it takes time.") == ["in politics it takes time"]


def test_quote_paragraph_after_a_trailing_attribution_is_the_same_quotation():
    text = ("“We have listened to the staff,” said Grace Liu.\n\n"
            "“The night shifts will be shorter from next month.”\n\n"
            "“Nobody will lose pay because of the change, and that is a promise.”")
    statements = run(text).statements
    assert [[text[s.start:s.end] for s in st.segments] for st in statements] == [
        ["We have listened to the staff,", "The night shifts will be shorter from next month."],
        ["Nobody will lose pay because of the change, and that is a promise."]]
    assert {st.speaker for st in statements} == {"Grace Liu"}


def test_refusing_or_failing_to_deny_or_confirm_is_not_a_statement():
    assert said("Nora Pike pointedly refused to deny claims the party had broken a deal.") == []
    assert said("The council declined to confirm the figures were wrong.") == []


def test_but_and_a_verb_without_a_subject_keeps_the_subject_of_the_sentence_before():
    text = "Nora Pike said she had not seen the letter. But told local radio: “We have nothing to hide here.”"
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements][-1] == ("We have nothing to hide here.", "Nora Pike")


def test_has_since_said_and_a_long_phrase_before_that():
    assert said("Nora Pike has since said she would back a smaller rise.") == ["she would back a smaller rise"]
    text = "Nora Pike said in one of a series of posts on her blog that the bridge would reopen."
    assert said(text) == ["the bridge would reopen"]


def test_a_participle_of_naming_without_a_comma_ends_the_clause():
    text = "Nora Pike said she opposed the new tolls branding them a tax on commuters."
    assert said(text)[0] == "she opposed the new tolls"
