"""Speakers named by description or by a name with `of`/`for`/`and` inside."""

from __future__ import annotations

from tests.extraction.helpers import mention, run


def test_an_institution_name_with_of_and_and_inside_is_one_name():
    text = ("In a statement, the Ministry of Farming and Fisheries said the quota would be cut. "
            "And it said boats would be paid to stay in port.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Ministry of Farming and Fisheries"] * 2
    assert mention(text, statements[0]) == "Ministry of Farming and Fisheries"


def test_an_institution_name_keeps_the_article_after_for():
    text = "The Council for the Care of Old Bridges says the repairs came too late."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Council for the Care of Old Bridges"]


def test_a_person_named_right_after_an_institution_is_not_part_of_it():
    text = "Bank of Avalon Governor Mervyn Tallis said rates would rise in the spring."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Mervyn Tallis"]


def test_the_report_and_the_committee_speak_for_the_committee_the_article_names():
    text = ("A report by the Commons fisheries committee criticised the quota system. "
            "The committee said small boats were losing out. The report said the rules should change by May.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Commons fisheries committee"] * 2


def test_mps_speak_for_a_select_committee_named_next_to_them():
    text = ("Rail fares are too complicated, MPs have said.\n\n"
            "The Transport Select Committee said passengers were often sold the wrong ticket.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Transport Select Committee"] * 2


def test_mps_far_from_any_committee_are_not_the_committee():
    text = ("The Transport Select Committee met in March. Its chairman was away. The clerk took notes. "
            "Tickets went on sale in April. Prices rose in June. "
            "Rail fares are too complicated, MPs said.")
    statements = run(text).statements
    assert [s.text for s in statements] == ["Rail fares are too complicated"]
    assert statements[0].speaker != "Transport Select Committee"


def test_it_after_a_committee_opening_the_sentence_before_is_the_committee():
    text = ("The Public Accounts Committee met on Tuesday. The committee reviewed the contract. "
            "It said the price had doubled.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Public Accounts Committee"]


def test_the_paper_is_the_newspaper_last_named():
    text = ("The minister spoke to the Evening Herald on Friday. "
            "The paper said the minister had been warned about the cost.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Evening Herald"]


def test_a_persons_statement_speaks_for_that_person():
    text = ("Tara Quill resigned on Monday. Ms Quill's statement said: \"I have done what I came to do.\"")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Tara Quill"]


def test_a_party_written_before_a_name_is_not_part_of_it():
    text = "But Lib Dem Olwen Price said the depot was unsafe. Ms Price added that nobody had been told."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Olwen Price", "Olwen Price"]


def test_a_former_office_before_a_name_does_not_become_the_speaker():
    text = "Former Cabinet minister Ruth Ellery has criticised the deal, saying the talks should be reopened."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Ruth Ellery"]


def test_a_lede_describing_a_person_is_the_person_named_next():
    text = ("The bypass will cost twice what was promised, a senior Green politician has said.\n\n"
            "Ilse Marwood said the council had hidden the figures.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Ilse Marwood", "Ilse Marwood"]


def test_an_unnamed_official_in_a_lede_stays_unnamed():
    text = ("The bypass will cost twice what was promised, a senior official has said.\n\n"
            "Ilse Marwood said the council had hidden the figures.")
    statements = run(text).statements
    assert [s.speaker for s in statements] == [None, "Ilse Marwood"]


def test_a_described_person_later_in_the_article_is_not_guessed():
    text = ("Ilse Marwood opened the bypass on Monday.\n\n"
            "The road was late, a senior Green politician said. Tom Brill said it was worth the wait.")
    statements = run(text).statements
    assert statements[0].speaker is None


def test_it_after_a_persons_statement_is_that_person():
    text = ("Ms Quill's statement said: \"The board has my full support.\" "
            "It added: \"I will stay until the summer.\"")
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Quill", "Quill"]
