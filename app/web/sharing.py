"""What a statement page offers for sharing: its title, description, embed snippet and JSON-LD."""

from __future__ import annotations

from markupsafe import escape

from app import urls
from app.web.records import StatementRecord
from app.web.templating import long_date

DESCRIPTION_CHARS = 300


def share_title(record: StatementRecord) -> str:
    """`Keir Starmer on tariffs`: who, and the statement's first topic when it has one."""
    who = record.speaker_name or "Unattributed statement"
    if record.topics:
        topic = record.topics[0].label.lower()
        return f"{who} on {topic}" if record.speaker else f"On {topic}"
    return f"{who} on the record" if record.speaker else who


def description(record: StatementRecord) -> str:
    text = " ".join(record.statement.text.split())
    if len(text) <= DESCRIPTION_CHARS:
        return text
    return text[: DESCRIPTION_CHARS - 1].rsplit(" ", 1)[0] + "…"


def embed_snippet(record: StatementRecord, site_url: str) -> str:
    """A self-contained `<blockquote>` another site can paste: the words inline, a cite link back."""
    link = urls.absolute(site_url, record.url)
    who = escape(record.speaker_name or "Unattributed")
    where = f", {escape(record.article.outlet)}" if record.article.outlet else ""
    when = escape(long_date(record.date))
    return (
        f'<blockquote cite="{escape(link)}">\n'
        f"  <p>{escape(' '.join(record.statement.text.split()))}</p>\n"
        f'  <footer>— <cite><a href="{escape(link)}">{who}</a></cite>, {when}{where}</footer>\n'
        f"</blockquote>"
    )


def json_ld(record: StatementRecord, site_url: str) -> dict:
    """schema.org `Quotation` for the statement (rendered with the `json_ld` filter, which escapes `<`)."""
    article = record.article
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Quotation",
        "text": record.statement.text,
        "url": urls.absolute(site_url, record.url),
    }
    if record.speaker:
        data["creator"] = {
            "@type": "Organization" if record.speaker.kind == "organisation" else "Person",
            "name": record.speaker.name,
            "url": urls.absolute(site_url, urls.speaker(record.speaker.slug)),
        }
    if record.date:
        data["dateCreated"] = record.date.isoformat()
    source: dict = {"@type": "NewsArticle", "url": urls.absolute(site_url, urls.article(article.id))}
    if article.title:
        source["headline"] = article.title
    if article.outlet:
        source["publisher"] = {"@type": "Organization", "name": article.outlet}
    if urls.safe_external(article.url):
        source["sameAs"] = urls.safe_external(article.url)
    data["isPartOf"] = source
    if record.topics:
        data["about"] = [topic.label for topic in record.topics]
    return data
