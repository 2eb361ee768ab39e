"""Who a subject pronoun can refer to: not a name inside its own participial opener or reported clause, and
never a broadcast programme."""

from __future__ import annotations

from tests.extraction.helpers import run


def test_a_name_in_a_participial_opener_is_not_the_pronouns_referent():
    text = ("Harold Bexley opened the new wing on Monday. "
            "Asked whether Mr Corrin would stay on as director, he replied: \"That is a matter for him.\"")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Harold Bexley"]


def test_a_possessor_in_a_participial_opener_is_not_the_pronouns_referent():
    text = ("Tom Varley ran the station for a decade. "
            "Commenting on Mr Pike's case, he said: \"Nobody should be treated like that.\"")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Tom Varley"]


def test_a_name_inside_an_inverted_report_is_not_its_speaker():
    text = ("Gareth Lowe said the vote would be close. "
            "But Mr Penn had been weakened by the row, he added.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Gareth Lowe", "Gareth Lowe"]


def test_a_speaker_named_before_an_earlier_quoted_sentence_still_counts():
    text = ("Alma Reyes mocked the launch, saying: \"It was a poor show.\" "
            "The plan had no money behind it, she said.")
    statements = run(text).statements
    assert statements[-1].speaker == "Alma Reyes"


def test_a_programme_named_after_its_channel_is_not_a_person():
    text = ("Nadia Fenwick left the council in May. "
            "Speaking on BBC One's Morning Table, she said the budget had been cut twice.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Nadia Fenwick"]


def test_a_lowercase_opener_after_but_is_skipped_to_reach_the_subject():
    text = ("But in an interview with the Daily Lantern, Mr Odell refused to name a date, "
            "saying the vote would come next year.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Odell"]


def test_a_possessor_in_an_opening_phrase_yields_to_the_subject_after_it():
    text = ("In his first remarks since Sir Colin's ruling, Mr Danvers said the matter was closed. "
            "Asked about the appeal, he replied: \"We will not comment on that.\"")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Danvers", "Danvers"]
