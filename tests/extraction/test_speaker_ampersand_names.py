"""Company names joined by an ampersand (`B&B`, `Smith & Nephew`) are one speaker, never the last word alone."""

from app.extraction import extract


def speakers(text: str) -> list[str | None]:
    return [statement.speaker for statement in extract(text).statements]


def test_an_ampersand_between_capitals_stays_inside_the_name():
    assert speakers("Earlier, Q&Z Holdings said demand for flats had slowed.") == ["Q&Z Holdings"]
    assert speakers("After the results, K&P said it would close two depots.") == ["K&P"]


def test_an_ampersand_between_two_words_joins_them_into_one_name():
    text = "Hollis & Wren said the takeover would go ahead. Shares in Hollis & Wren rose 3%."
    result = extract(text)
    assert [s.speaker for s in result.statements] == ["Hollis & Wren"]
    assert [speaker.name for speaker in result.speakers] == ["Hollis & Wren"]


def test_an_ampersand_with_lowercase_after_it_joins_nothing():
    assert speakers("Mr Dale & co said the deal was done.") != ["Mr Dale & co"]
