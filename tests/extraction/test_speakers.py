"""Speakers: continued quotes, pronouns, role nouns, appositives, honorifics, organisations, same surnames."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mention, only, run


def test_unattributed_quote_paragraph_continues_the_previous_speaker():
    text = (
        "Grace Liu, the trust's chief executive, said: “We have listened to the staff.”\n"
        "“The night shifts will be shorter from next month.”\n"
        "The union welcomed the change."
    )
    statements = run(text).statements
    assert len(statements) == 2
    assert statements[1].text == "The night shifts will be shorter from next month."
    assert statements[1].speaker == "Grace Liu"


def test_a_quote_paragraph_after_narration_does_not_inherit_a_speaker():
    text = (
        "“We have listened to the staff,” said Grace Liu.\n"
        "The board met for three hours on Tuesday and approved the budget.\n"
        "“No decision has been made”"
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Grace Liu"]


def test_pronouns_follow_gender_and_the_nearest_compatible_person():
    text = (
        "Mrs Alice Moore met Mr David Stone in Leeds. "
        "She said the deal was close. He said the price was still too high."
    )
    statements = run(text).statements
    assert [(s.text, s.speaker) for s in statements] == [
        ("the deal was close", "Alice Moore"),
        ("the price was still too high", "David Stone"),
    ]


def test_pronoun_prefers_the_subject_over_a_later_object():
    text = "When Ms Rosa Quinn was asked about Mr Ian Webb, she said: “We work well together.”"
    assert only(text).speaker == "Rosa Quinn"


def test_role_noun_resolves_to_the_person_the_article_ties_to_it():
    text = (
        "Chancellor Rachel Green visited a factory in Derby. Her deputy, Sam Noor, stayed in London.\n"
        "The Chancellor said the economy was turning a corner."
    )
    statement = only(text)
    assert statement.speaker == "Rachel Green"
    assert mention(text, statement) == "The Chancellor"


def test_untied_role_noun_resolves_to_the_article_subject():
    text = (
        "Sir John Marsh has said he will publish the report this week.\n"
        "The Prime Minister insisted the findings would be released in full."
    )
    assert [s.speaker for s in run(text).statements] == ["John Marsh", "John Marsh"]


def test_appositive_speaker_is_the_named_person_not_the_nearest_name():
    text = "Michel Dubois, the bank's chief economist, said that rates would fall in June, after talks with Anna Berg."
    statement = only(text)
    assert statement.speaker == "Michel Dubois"
    assert mention(text, statement) == "Michel Dubois"


def test_participle_clause_between_speaker_and_verb_keeps_the_speaker():
    text = "The Foreign Secretary, speaking after a meeting with Spanish minister Luis Ortega, said: “We agree.”"
    statement = only(text)
    assert statement.speaker is None or statement.speaker != "Luis Ortega"
    assert mention(text, statement) == "The Foreign Secretary"


@pytest.mark.parametrize("title", ["Sir", "Dame", "Lord", "Baroness", "Mr", "Mrs", "Ms", "Dr"])
def test_honorifics_are_not_part_of_the_canonical_name(title):
    text = f"{title} Jamie Fox-Lane said the hospital needed more nurses."
    statement = only(text)
    assert statement.speaker == "Jamie Fox-Lane"


def test_short_forms_resolve_to_the_fullest_name_and_are_recorded_as_aliases():
    text = (
        "Dame Sarah Okafor said the museum would reopen.\n"
        "Dame Sarah added that entry would be free. Ms Okafor said the cafe would stay shut."
    )
    result = run(text)
    assert {s.speaker for s in result.statements} == {"Sarah Okafor"}
    speaker = result.speakers[0]
    assert speaker.name == "Sarah Okafor"
    assert {"Dame Sarah Okafor", "Dame Sarah", "Ms Okafor"} <= set(speaker.aliases)
    assert not {"she", "She", "he"} & set(speaker.aliases)


@pytest.mark.parametrize(
    "subject, name",
    [("Downing Street", "Downing Street"), ("No 10", "Downing Street"),
     ("The European Commission", "European Commission"), ("A Home Office spokeswoman", "Home Office")],
)
def test_organisations_speak_as_organisations(subject, name):
    text = f"{subject} said the policy would not change."
    statement = only(text)
    assert statement.speaker == name
    assert statement.speaker_kind == "organisation"


def test_unnamed_sources_have_no_canonical_speaker():
    statement = only("A senior source said the vote would be delayed.")
    assert statement.speaker is None
    assert statement.mention is not None


def test_two_people_with_the_same_surname_are_kept_apart():
    text = (
        "Anna Kerr and her brother Paul Kerr run the farm. "
        "Mrs Kerr said the harvest was poor. Mr Kerr said prices were rising."
    )
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Anna Kerr", "Paul Kerr"]


def test_names_do_not_run_over_a_full_stop():
    text = "The letter was signed by Tom Ellis. Mr Ellis said he stood by every word."
    assert only(text).speaker == "Tom Ellis"


def test_surnames_that_are_also_common_words():
    text = "Theresa May said the deal was done. Mrs May added that talks would go on."
    assert [s.speaker for s in run(text).statements] == ["Theresa May", "Theresa May"]


def test_surnames_that_are_also_organisation_words_stay_people():
    text = "Dr Liam Fox said the army was ready. Dr Fox added that it was. Jerry Hall said she was happy."
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Liam Fox", "Liam Fox", "Jerry Hall"]
    assert {s.speaker_kind for s in statements} == {"person"}


def test_middle_initials_are_not_part_of_the_canonical_name():
    text = "Donald J. Trump said the wall would be built. Mr Trump added that Mexico would pay."
    assert {s.speaker for s in run(text).statements} == {"Donald Trump"}


def test_capitalised_sentence_openers_are_not_names():
    text = "Even Maria Costa said the budget was too small. Cancer rates have fallen, she added."
    statements = run(text).statements
    assert statements[0].speaker == "Maria Costa"
    assert all(s.speaker in ("Maria Costa", None) for s in statements)


def test_speaker_described_before_the_name():
    text = "“Chuck has his wingman back,” the admiral's widow, Sarah Larsen, told reporters."
    assert only(text).speaker == "Sarah Larsen"


def test_subordinate_clause_ends_the_reported_words():
    text = "When Omar Haddad said the plant would close, the workers walked out."
    assert only(text).text == "the plant would close"


def test_relative_who_is_the_mention_and_the_name_before_it_the_speaker():
    text = "The plan was backed by Nora Quinn, who said it would save the library."
    statement = only(text)
    assert mention(text, statement) == "who"
    assert statement.speaker == "Nora Quinn"


def test_a_word_that_cannot_speak_before_the_verb_gives_way_to_the_sentence_subject():
    text = "Tom Price, in somber remarks on Sunday, later said the town would rebuild."
    assert only(text).speaker == "Tom Price"


def test_pronouns_never_resolve_to_organisations():
    text = (
        "A spokeswoman for the Electoral Commission said letters were being sent out. "
        "She said the problem would be fixed by Friday."
    )
    statements = run(text).statements
    assert statements[0].speaker == "Electoral Commission"
    assert statements[1].speaker is None


def test_organisation_at_the_start_of_a_paragraph_keeps_its_title_words():
    text = "Ministers were allowed home early.\n\nThe Home Office said it would look again at the rules."
    assert only(text).speaker == "Home Office"


def test_plural_pronouns_do_not_resolve_to_one_person():
    text = "Union leaders met Mr Paul Smith on Monday. They said the strike would go ahead."
    statement = only(text)
    assert mention(text, statement) == "They"
    assert statement.speaker is None


def test_shorter_surname_form_joins_the_fuller_name_met_later():
    text = (
        "Mrs Parker Bowles said she was delighted. "
        "Friends said that Mrs Camilla Parker Bowles had planned the day for months."
    )
    assert run(text).statements[0].speaker == "Camilla Parker Bowles"


def test_role_with_a_place_before_it_resolves_through_the_role():
    text = (
        "Home Office minister Hazel Blears spoke in Manchester. "
        "The Salford MP said the powers would be used fairly."
    )
    assert [s.speaker for s in run(text).statements] == ["Hazel Blears"]


def test_ceremonial_roles_are_resolved_only_when_the_article_ties_them():
    text = "Mrs Ann Lowe said she was happy. The archbishop said the wedding would be small."
    assert [s.speaker for s in run(text).statements] == ["Ann Lowe", None]


def test_a_first_name_alone_stays_with_the_titled_person_it_names():
    text = (
        "Prince Harold said he was delighted. Harold Mason, a neighbour, said the village was excited. "
        "Harold said the couple would visit in May."
    )
    speakers = [s.speaker for s in run(text).statements]
    assert speakers[0] == "Harold" and speakers[1] == "Harold Mason"


def test_the_listener_after_told_is_never_the_speaker():
    text = "Asked about the report, but told Radio Kent: “We have drawn a line under that.”"
    assert all(s.speaker != "Radio Kent" for s in run(text).statements)


def test_definite_organisation_nouns_resolve_to_the_organisation_named_before():
    text = "The Rural Alliance met on Monday. The alliance said the hunt would go ahead."
    assert [s.speaker for s in run(text).statements] == ["Rural Alliance"]


def test_role_with_a_possessive_place_resolves_through_the_role():
    text = (
        "First Minister Jack Mercer opened the debate. "
        "Scotland's first minister said the ban would save lives."
    )
    assert [s.speaker for s in run(text).statements] == ["Jack Mercer"]


def test_age_descriptions_refer_back_to_the_person():
    text = "Jose Ramos was sacked on Tuesday. The 56-year-old said he was proud of his record."
    assert [s.speaker for s in run(text).statements] == ["Jose Ramos"]


def test_national_bodies_with_title_words_are_organisations():
    text = "The Scottish Executive said the figures were encouraging."
    statement = only(text)
    assert (statement.speaker, statement.speaker_kind) == ("Scottish Executive", "organisation")


def test_first_names_that_are_common_words():
    text = "Will Moy said the figures were wrong. Mr Moy added that it mattered."
    assert {s.speaker for s in run(text).statements} == {"Will Moy"}


def test_it_and_they_stand_for_an_organisation_just_named():
    text = (
        "Harbour Music Group denied the claims on Friday. "
        "“We never blocked her show,” it said in a statement."
    )
    quote = [s for s in run(text).statements if s.kind == "direct"]
    assert [s.speaker for s in quote] == ["Harbour Music Group"]


def test_countries_are_not_people():
    text = "The envoy met Ms Ana Ruiz in the United States. She said the talks went well."
    assert [s.speaker for s in run(text).statements] == ["Ana Ruiz"]


def test_a_place_before_a_name_is_not_part_of_it():
    text = "China’s ambassador to Britain Liu Wen said the protests must end. Mr Liu added that talks were possible."
    assert {s.speaker for s in run(text).statements} == {"Liu Wen"}


def test_name_in_the_opening_words_of_the_sentence_for_a_participle():
    text = "Labour chairman Ian Doyle dismissed the poster, saying it was a stunt."
    assert only(text).speaker == "Ian Doyle"


def test_an_organisations_possessions_speak_for_it():
    text = "The campaign began on Monday. Labour's new posters say the economy is safe."
    assert only(text).speaker == "Labour"


def test_the_first_name_of_an_appositive_chain_speaks():
    text = "“We will not stop,” one of the men, Dan Reed, 34, from Hartley, Kentshire, said."
    assert only(text).speaker == "Dan Reed"


def test_a_title_alone_is_a_role_tied_to_its_holder():
    text = (
        "Lord Chief Justice Lord Hale spoke on Monday. The Lord Chief Justice said the courts were full. "
        "He added that judges were tired."
    )
    assert [s.speaker for s in run(text).statements] == ["Hale", "Hale"]
