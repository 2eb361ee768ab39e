"""Speakers: antecedents for pronouns beyond names (role-noun subjects) and name forms of UK peers."""

from __future__ import annotations

from tests.extraction.helpers import mention, run


def test_a_pronoun_after_a_role_noun_subject_refers_to_the_office_holder():
    text = (
        "Foreign Secretary Ruth Calder arrived in Cardiff on Monday. She was met by Ms Jane Pryce, the city's mayor.\n"
        "The foreign secretary later toured a steelworks with local councillors. "
        "She insisted the visit had nothing to do with the coming vote."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [
        ("the visit had nothing to do with the coming vote", "Ruth Calder"),
    ]


def test_a_role_noun_followed_by_of_is_not_taken_as_the_subject():
    text = (
        "President Alan Ferreira phoned Mr Owen Pryce on Friday. Mr Pryce was in Lisbon.\n"
        "The president of the bank committee later opened the meeting. "
        "He said the rates would stay as they are."
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Owen Pryce"]


def test_a_life_peer_is_named_with_the_place_of_the_title():
    text = (
        "Baroness Greer of Ashby, who chaired the panel, said the fines were too small. "
        "Later Baroness Greer added that the betting firms must pay for the inquiry."
    )
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [
        ("Baroness Greer of Ashby", "Greer of Ashby"),
        ("Baroness Greer", "Greer of Ashby"),
    ]


def test_the_place_of_a_peer_title_is_not_a_surname_for_later_mentions():
    text = (
        "Lord Hale of Dunmore said the rules must change.\n"
        "Mr Tom Dunmore, a farmer, said the rules were fine."
    )
    assert [s.speaker for s in run(text).statements] == ["Hale of Dunmore", "Tom Dunmore"]


def test_an_envoy_to_a_country_is_the_person_the_article_gives_that_post():
    text = (
        "Peru's ambassador to Sweden warned that the trade talks would stall.\n"
        "The talks resumed in Oslo on Friday.\n"
        "Peru's ambassador to Sweden Marta Quispe has said the deal is still possible."
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Marta Quispe", "Marta Quispe"]
    assert mention(text, statements[0]) == "Peru's ambassador to Sweden"


def test_an_aide_to_a_named_office_holder_is_an_unnamed_source():
    text = (
        "Mr Colin Reyes, the mayor, opened the bridge on Monday. "
        "An aide to the mayor said the tolls would be scrapped next year."
    )
    statements = run(text).statements
    assert [(mention(text, s), s.speaker) for s in statements] == [("An aide to the mayor", None)]


def test_it_after_an_organisation_has_spoken_refers_to_that_organisation():
    text = (
        "Harbour Freight Group said on Monday that the strike had cost millions.\n"
        "Dock workers gathered outside the gates at dawn.\n"
        "Their families brought food and flags.\n"
        "\"We remain open to talks at any time,\" it said."
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Harbour Freight Group", "Harbour Freight Group"]


def test_they_after_an_unnamed_source_does_not_reach_back_to_an_organisation():
    text = (
        "Harbour Freight Group said on Monday that the strike had cost millions.\n"
        "Some dock workers said the pay offer was an insult.\n"
        "They said they would stay out until Christmas."
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Harbour Freight Group", None, None]


def test_a_name_set_beside_a_company_noun_is_that_company_despite_a_first_name():
    text = (
        "The studio that made the film, Peter Lane Pictures, denies any wrongdoing.\n"
        "\"We followed every rule,\" they said."
    )
    statements = run(text).statements
    assert [(s.speaker, s.speaker_kind) for s in statements][-1] == ("Peter Lane Pictures", "organisation")


def test_an_untied_office_goes_to_the_main_figure_not_to_someone_named_once_in_passing():
    text = (
        "Mark Hollis faces a hard spring, the opposition says.\n"
        "Critics say Mr Hollis has lost his grip. The party refunded a donation to Lord Pike last year.\n"
        "The prime minister toured the north on Sunday. He insisted the election date was not fixed."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements][-1] == ("the election date was not fixed", "Mark Hollis")


def test_a_seat_holder_is_not_given_to_the_main_figure():
    text = (
        "Mark Hollis faces a hard spring. Mr Hollis met party members on Friday.\n"
        "Critics include Tom Reade.\n"
        "The local MP said the plan would cost jobs."
    )
    statements = run(text).statements
    assert [s.speaker for s in statements][-1] == "Tom Reade"


def test_a_party_named_before_an_office_is_the_same_office():
    text = (
        "Green leader Mary Shore and Mr Ian Platt, the mayor, debated on Monday.\n"
        "The Green Party leader said the bypass should be scrapped."
    )
    assert [s.speaker for s in run(text).statements] == ["Mary Shore"]


def test_a_former_office_is_not_the_same_as_the_office():
    text = (
        "President Carl Ott met Mr Ian Platt on Monday.\n"
        "The former president said the bypass should be scrapped."
    )
    assert [s.speaker for s in run(text).statements] != ["Carl Ott"]
