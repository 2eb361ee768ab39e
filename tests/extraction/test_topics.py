"""The topic taxonomy file: loading, validation errors, keyword matching and tagging of statements."""

from __future__ import annotations

import pytest

from app.extraction import extract, load_taxonomy
from app.paths import TAXONOMY_FILE


def write(tmp_path, body: str):
    path = tmp_path / "topics.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_shipped_taxonomy_has_the_three_topics_in_file_order():
    taxonomy = load_taxonomy(TAXONOMY_FILE)
    assert list(taxonomy.labels) == ["tariffs", "defence", "eu-reset"]
    assert taxonomy.labels["eu-reset"] == "EU reset"


def test_wildcards_word_boundaries_and_case(tmp_path):
    taxonomy = load_taxonomy(write(tmp_path, '[topics.farm]\nlabel = "Farming"\nkeywords = ["farm*", "crop rotation"]\n'))
    assert taxonomy.tag("FARMERS protested") == ["farm"]
    assert taxonomy.tag("a new Crop  Rotation plan") == ["farm"]
    assert taxonomy.tag("the pharmacy reopened") == []
    assert taxonomy.tag("crop rotations") == []


@pytest.mark.parametrize(
    "body, problem",
    [
        ("this is = not toml [", "invalid TOML"),
        ("[other]\nx = 1\n", "no [topics.KEY]"),
        ('[topics.Bad_Key]\nlabel = "x"\nkeywords = []\n', "topic key"),
        ('[topics.ok]\nlabel = ""\nkeywords = []\n', "label"),
        ('[topics.ok]\nlabel = "OK"\nkeywords = "tariff"\n', "keywords"),
        ('[topics.ok]\nlabel = "OK"\nkeywords = ["*"]\n', "empty keyword"),
    ],
)
def test_malformed_files_raise_value_error_naming_file_and_problem(tmp_path, body, problem):
    path = write(tmp_path, body)
    with pytest.raises(ValueError) as error:
        load_taxonomy(path)
    assert str(path) in str(error.value)
    assert problem in str(error.value)


def test_missing_file_raises_value_error(tmp_path):
    with pytest.raises(ValueError, match="cannot read"):
        load_taxonomy(tmp_path / "absent.toml")


def test_statement_takes_topics_from_its_words_and_from_the_question_that_introduces_it():
    taxonomy = load_taxonomy(TAXONOMY_FILE)
    text = (
        "Ms Lane was pressed on whether the government would raise defence spending.\n"
        "She said: “We will set out our plans in the spring.”\n"
        "Ms Lane also said the new tariffs on steel were a mistake."
    )
    statements = extract(text, taxonomy).statements
    assert [s.topics for s in statements] == [["defence"], ["tariffs"]]


def test_without_a_taxonomy_statements_have_no_topics():
    statement = extract("Ms Lane said the new tariffs on steel were a mistake.").statements[0]
    assert statement.topics == []
