"""Detection on a third UK development set: announcements still to come, and other cues that say nothing yet."""

from __future__ import annotations

from tests.extraction.helpers import said


def test_an_announcement_still_to_come_with_a_noun_phrase_says_nothing():
    assert said("The housing minister is expected to announce new rules for landlords next week.") == []
    assert said("Ms Okafor will announce the shortlist at the festival on Friday.") == []
    # what was announced, or an announcement that has a clause, is still reported speech
    assert said("The housing minister announced new rules for landlords on Monday.") == [
        "new rules for landlords on Monday"]
    assert said("Ms Okafor will announce that the festival is moving to the coast.") == [
        "the festival is moving to the coast"]
