"""Full-text search: the safe FTS5 query builder, phrases, prefixes, ranking, snippets, no 500s."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.web.fts import to_fts_query, to_tsquery
from tests.web.helpers import listed_ids, parse, texts


def test_user_input_becomes_quoted_fts_terms():
    assert to_fts_query("tariffs trade") == '"tariffs" AND "trade"'
    assert to_fts_query('"good relations" allies') == '"good relations" AND "allies"'
    assert to_fts_query("tarif*") == '"tarif"*'
    assert to_fts_query("face-to-face") == '"face to face"'
    assert to_fts_query('NEAR(a b) OR "x') == '"NEAR a" AND "b" AND "OR" AND "x"'
    assert to_fts_query('"" () * - ^') is None


def test_user_input_becomes_quoted_tsquery_terms():
    assert to_tsquery("tariffs trade") == "'tariffs' & 'trade'"
    assert to_tsquery('"good relations" allies') == "( 'good' <-> 'relations' ) & 'allies'"
    assert to_tsquery("tarif*") == "'tarif':*"
    assert to_tsquery("face-to-face") == "( 'face' <-> 'to' <-> 'face' | 'face-to-face' )"
    assert to_tsquery("!a & b | c:* <-> d") == "'a' & 'b' & 'c':* & 'd'"
    assert to_tsquery("it's") == "( 'it' <-> 's' )", "a quote never ends the quoted operand"
    assert to_tsquery('"" () * - ^ & | !') is None


def test_words_joined_by_punctuation_are_found(client):
    # PostgreSQL keeps `3-1` apart from the words around it differently from SQLite; both find it.
    assert set(listed_ids(parse(client.get('/?q="figure 3-1"').text))) == {"econ-3-1-0000"}
    assert set(listed_ids(parse(client.get("/?q=3-1 growth").text))) == {"econ-3-1-0000"}


def test_exact_phrase_is_exact(client):
    tree = parse(client.get('/?q="good relations"').text)
    assert listed_ids(tree) == ["eu-reset-000009", "trade-allies-003"]
    assert tree.xpath('//li[@id="item-trade-allies-003"]//blockquote//mark/text()') == ["Good relations"]
    # The same two words apart (or in the other order) are not the phrase.
    assert listed_ids(parse(client.get('/?q="relations good"').text)) == []
    assert set(listed_ids(parse(client.get("/?q=relations good").text))) == {"eu-reset-000009", "trade-allies-003"}


def test_prefix_search(client):
    ids = listed_ids(parse(client.get("/?q=tarif*&speaker=donald-trump&sort=oldest").text))
    assert ids == ["trade-trump-0002", "eu-trump-000010"]
    assert listed_ids(parse(client.get("/?q=tarif").text)) == []


def test_search_covers_speaker_names_and_article_titles(client):
    by_speaker = set(listed_ids(parse(client.get("/?q=Reeves&topic=defence").text)))
    assert by_speaker == {"defence-budget-5"}
    by_title = set(listed_ids(parse(client.get('/?q="economy update 3"').text)))
    assert by_title == {"econ-3-1-0000", "econ-3-2-0000", "econ-3-3-0000"}


def test_relevance_ranks_better_matches_first_and_sort_can_change(client):
    # "beautiful word tariffs": only one statement has all three; "tariffs" alone ranks by bm25.
    ranked = listed_ids(parse(client.get("/?q=tariffs&topic=tariffs").text))
    assert ranked[0] == "eu-trump-000010" or ranked[0] == "trade-trump-0002"
    newest = listed_ids(parse(client.get("/?q=tariffs&topic=tariffs&sort=newest").text))
    oldest = listed_ids(parse(client.get("/?q=tariffs&topic=tariffs&sort=oldest").text))
    assert newest[0] in {"eu-trump-000010", "eu-commission-11"} and oldest[0] in {"trade-tariffs-01", "trade-trump-0002"}
    assert sorted(ranked) == sorted(newest) == sorted(oldest)


def test_snippets_highlight_the_match_and_stay_escaped(client, backend):
    # PostgreSQL's parser reads `<script>` as an HTML tag and indexes no word in it, so the words after it
    # are searched for on both databases; SQLite also finds the words inside.
    searches = {"policy": ["policy"], "script": ["script", "script"]} if backend == "sqlite" else {"policy": ["policy"]}
    for q, marked in searches.items():
        tree = parse(client.get("/", params={"q": q}).text)
        item = tree.xpath('//li[@id="item-payload-script-7"]')[0]
        assert item.xpath(".//blockquote//mark/text()") == marked
        assert not tree.xpath("//blockquote//script"), "the quoted <script> is text, not an element"
        assert "<script>alert('xss')</script> is not a policy." in item.xpath(".//blockquote")[0].text_content()


def test_a_long_statement_is_clipped_around_the_match():
    from app.web.listing import MARK_CLOSE, MARK_OPEN, clip

    words = [f"w{n}" for n in range(60)]
    words[20] = f"{MARK_OPEN}tariffs{MARK_CLOSE}"
    clipped = clip(" ".join(words))
    assert clipped.startswith("…w17 w18 w19 " + MARK_OPEN) and clipped.endswith(" w48…")
    assert len(clipped.split()) == 32
    words[20], words[55] = "w20", f"{MARK_OPEN}tariffs{MARK_CLOSE}"
    assert clip(" ".join(words)).startswith("…w28 ") and clip(" ".join(words)).endswith(" w59"), "ends at the end"
    assert clip("short  text, kept\nwhole") == "short  text, kept\nwhole"


def test_who_said_this_most_facet_follows_the_search(client):
    tree = parse(client.get("/?q=economy").text)
    assert texts(tree, '//h2[@id="facet-speaker-heading"]') == ["Who said this most"]
    assert texts(tree, '//section[@id="facet-speaker"]//span[@class="facet-label"]') == ["Rachel Reeves"]


QUERY_TEXT = st.text(alphabet=string.printable + "“”’—éß\u00a0*\"()^:-+", max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=QUERY_TEXT)
def test_no_search_text_gives_a_server_error(client, q):
    response = client.get("/", params={"q": q})
    assert response.status_code in (200, 302, 400)
    response = client.get("/statements.json", params={"q": q, "sort": "relevance"})
    assert response.status_code in (200, 302, 400)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["speaker", "topic", "outlet", "kind", "from", "to", "sort", "cursor", "limit"]),
       value=st.text(max_size=40))
def test_no_filter_value_gives_a_server_error(client, name, value):
    for path in ("/", "/statements.csv", "/speakers/keir-starmer", "/api/v1/statements"):
        assert client.get(path, params={name: value}).status_code in (200, 302, 400)
