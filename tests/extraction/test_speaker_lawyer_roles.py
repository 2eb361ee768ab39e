"""A lawyer's role (`the family's solicitor`) is a role noun: it links to the person the article ties it to."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run


@pytest.mark.parametrize("role", ["solicitor", "lawyer", "barrister"])
def test_a_lawyer_named_with_the_role_a_paragraph_later_is_the_speaker(role):
    text = (f"The two brothers were refused visas. They will appeal, the brothers' {role} says.\n\n"
            f"It is not known when the case will be heard. The brothers' {role}, Rhona Pike, has asked for the files.")
    assert [s.speaker for s in run(text).statements][0] == "Rhona Pike"
