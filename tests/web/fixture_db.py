"""A small deterministic database for the web tests, built straight through SQLModel.

Several outlets, speakers with aliases, topics, dates over several months, a withdrawn statement with a
replacement and one without, an undated article with no outlet, and article text holding `<script>`,
`<img onerror>` and `javascript:` payloads.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlmodel import Session

from app.db import get_engine, migrate
from app.models import Article, Speaker, SpeakerAlias, Statement, StatementSource, StatementTopic, Topic

TOPICS = {"tariffs": "Tariffs", "defence": "Defence", "eu-reset": "EU reset", "economy": "Economy"}

SPEAKERS = {
    "keir-starmer": ("Keir Starmer", "person", {"Sir Keir": 4, "the Prime Minister": 3}),
    "donald-trump": ("Donald Trump", "person", {"Mr Trump": 2}),
    "rachel-reeves": ("Rachel Reeves", "person", {"the Chancellor": 5}),
    "european-commission": ("European Commission", "organisation", {}),
    "jo-script-bloggs": ('Jo "<script>alert(9)</script>" Bloggs', "person", {"<b>Jo</b>": 1}),
}

PAYLOAD_SCRIPT = "<script>alert('xss')</script> is not a policy"
PAYLOAD_IMG = "<img src=x onerror=alert(1)> and javascript:alert(2) are just words"

# (article id, title, outlet, published, url, paragraphs)
ARTICLES = [
    ("a-trade", "Starmer will not be drawn on tariffs", "BBC News", dt.date(2024, 11, 11),
     "https://www.bbc.co.uk/news/uk-politics-1", [
         "Sir Keir Starmer has said he wants to work with the US president-elect.",
         "The Prime Minister said: “I’m not going to get into a hypothetical discussion about tariffs before we see the policies.”",
         "Mr Trump insisted he will impose tariffs on imports from any country.",
         "Sir Keir added: “Good relations with all of our allies are really important.”",
     ]),
    ("a-defence", "Ministers set out defence plans", "The Guardian", dt.date(2024, 9, 3),
     "https://www.theguardian.com/politics/defence", [
         "The defence secretary set out plans on Tuesday.",
         "Keir Starmer said: “Our armed forces need a defence pact with Europe.”",
         "Rachel Reeves said the budget would protect defence spending.",
         "“We will not raise taxes on working people,” Reeves said.",
     ]),
    ("a-payload", "Payload <script>alert('title')</script> test", "BBC News", dt.date(2024, 7, 20),
     "javascript:alert(3)", [
         f"A campaigner said: “{PAYLOAD_SCRIPT}.”",
         f"Another said: “{PAYLOAD_IMG}.”",
     ]),
    ("a-eu", "Starmer and Trump on Europe", "Sky News", dt.date(2025, 1, 15),
     "https://news.sky.com/story/eu", [
         "Keir Starmer said: “The EU reset is about trade and security, and good relations matter.”",
         "Donald Trump said: “Tariffs are the most beautiful word in the dictionary.”",
         "The European Commission said it would “study the proposals on tariffs carefully”.",
     ]),
    # Wire copy carrying one of a-trade's statements: reported there too, first reported in a-trade.
    ("a-wire", "Starmer on allies (wire)", "Reuters", dt.date(2024, 11, 12), "https://www.reuters.com/world/uk", [
        "Sir Keir said on Monday: “Good relations with all of our allies are really important.”",
    ]),
    ("a-undated", "A statement without a date", None, None, None, [
        "A spokesperson said: “No comment at this time.”",
        *[f"An official said: “Undated remark number {n}.”" for n in range(1, 7)],
    ]),
]
# Six economy articles, one a month, three statements each: the pagination and timeline set.
for month in range(3, 9):
    ARTICLES.append((
        f"a-econ-{month}", f"Economy update {month}", "The Guardian", dt.date(2024, month, 15),
        f"https://www.theguardian.com/business/{month}",
        [f"Rachel Reeves said: “Growth figure {month}-{n} shows the economy is improving.”" for n in range(1, 4)],
    ))

# (public id, article id, quote, speaker slug, kind, topics, mention)
STATEMENTS = [
    ("trade-tariffs-01", "a-trade",
     "I’m not going to get into a hypothetical discussion about tariffs before we see the policies.",
     "keir-starmer", "direct", ["tariffs"], "The Prime Minister"),
    ("trade-trump-0002", "a-trade", "he will impose tariffs on imports from any country", "donald-trump",
     "indirect", ["tariffs"], "Mr Trump"),
    ("trade-allies-003", "a-trade", "Good relations with all of our allies are really important.", "keir-starmer",
     "direct", [], "Sir Keir"),
    ("defence-pact-004", "a-defence", "Our armed forces need a defence pact with Europe.", "keir-starmer",
     "direct", ["defence"], "Keir Starmer"),
    ("defence-budget-5", "a-defence", "the budget would protect defence spending", "rachel-reeves", "indirect",
     ["defence", "economy"], "Rachel Reeves"),
    ("defence-taxes-06", "a-defence", "We will not raise taxes on working people,", "rachel-reeves", "direct",
     ["economy"], "Reeves"),
    ("payload-script-7", "a-payload", PAYLOAD_SCRIPT + ".", "jo-script-bloggs", "direct", [], "A campaigner"),
    ("payload-img-0008", "a-payload", PAYLOAD_IMG + ".", None, "direct", [], None),
    ("eu-reset-000009", "a-eu", "The EU reset is about trade and security, and good relations matter.",
     "keir-starmer", "direct", ["eu-reset"], "Keir Starmer"),
    ("eu-trump-000010", "a-eu", "Tariffs are the most beautiful word in the dictionary.", "donald-trump",
     "direct", ["tariffs"], "Donald Trump"),
    ("eu-commission-11", "a-eu", "study the proposals on tariffs carefully", "european-commission", "mixed",
     ["tariffs", "eu-reset"], "The European Commission"),
    ("undated-0000012", "a-undated", "No comment at this time.", None, "direct", [], "A spokesperson"),
    *[(f"undated-x-{n}", "a-undated", f"Undated remark number {n}.", None, "direct", [], "An official")
      for n in range(1, 7)],
]
for month in range(3, 9):
    for n in range(1, 4):
        STATEMENTS.append((f"econ-{month}-{n}-0000", f"a-econ-{month}",
                           f"Growth figure {month}-{n} shows the economy is improving.", "rachel-reeves", "direct",
                           ["economy"], "Rachel Reeves"))

CURRENT_COUNT = len(STATEMENTS)

# Withdrawn: one replaced by a statement in the same article, one with no replacement (its words are
# no longer in the article at all).
WITHDRAWN_REPLACED = ("eu-old-reset-013", "a-eu", "The EU reset is about trade", "keir-starmer", "direct",
                      ["eu-reset"], "Keir Starmer")
WITHDRAWN_GONE = ("eu-gone-0000014", "a-eu", "Brussels will listen to us in the end.", "keir-starmer", "direct",
                  ["eu-reset"], "Keir Starmer")
ALSO_REPORTED = {"trade-allies-003": "a-wire"}
WITHDRAWN_AT = dt.datetime(2025, 2, 1, 12, 0, tzinfo=dt.timezone.utc)
INGESTED_AT = dt.datetime(2025, 2, 1, 9, 0, tzinfo=dt.timezone.utc)


def build(url: str) -> None:
    """Migrate the database at `url` and fill it with the fixture data."""
    migrate(url)
    engine = get_engine(url)
    with Session(engine) as session:
        for key, label in TOPICS.items():
            session.add(Topic(key=key, label=label))
        speaker_ids = {}
        for slug, (name, kind, aliases) in SPEAKERS.items():
            speaker = Speaker(slug=slug, name=name, kind=kind)
            session.add(speaker)
            session.flush()
            speaker_ids[slug] = speaker.id
            for alias, count in aliases.items():
                session.add(SpeakerAlias(speaker_id=speaker.id, alias=alias, count=count))
        texts, dates = {}, {}
        for article_id, title, outlet, published, url_, paragraphs in ARTICLES:
            text = "\n\n".join(paragraphs)
            texts[article_id] = text
            dates[article_id] = published
            session.add(Article(id=article_id, url=url_, title=title, outlet=outlet, published=published, text=text,
                                text_hash=hashlib.sha256(text.encode()).hexdigest(), origin=f"fixture:{article_id}",
                                ingested_at=INGESTED_AT))
        session.flush()
        rows = [(s, None, None) for s in STATEMENTS]
        rows.append((WITHDRAWN_REPLACED, WITHDRAWN_AT, "eu-reset-000009"))
        rows.append((WITHDRAWN_GONE, WITHDRAWN_AT, None))
        for (public_id, article_id, quote, speaker_slug, kind, topics, mention), withdrawn, replaced_by in rows:
            start = texts[article_id].find(quote)
            if start < 0:  # words no longer in the article: offsets from an older version of it
                start = 0
            statement = Statement(
                public_id=public_id, article_id=article_id,
                speaker_id=speaker_ids[speaker_slug] if speaker_slug else None, kind=kind, text=quote,
                start=start, end=start + len(quote), mention=mention, date=dates[article_id],
                fingerprint=hashlib.sha256(quote.encode()).hexdigest(), withdrawn_at=withdrawn,
                replaced_by=replaced_by,
            )
            session.add(statement)
            session.flush()
            for topic in topics:
                session.add(StatementTopic(statement_id=statement.id, topic_key=topic))
            if public_id in ALSO_REPORTED:
                other = ALSO_REPORTED[public_id]
                other_start = texts[other].find(quote)
                session.add(StatementSource(statement_id=statement.id, article_id=other, kind=kind,
                                            start=other_start, end=other_start + len(quote), mention=mention))
        session.commit()
