"""`/articles/{id}`: the whole article, every current statement highlighted and anchored."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from starlette.responses import Response

from app import urls
from app.models import Article
from app.web import passages
from app.web.caching import conditional
from app.web.deps import SessionDep
from app.web.records import current_statements
from app.web.templating import render

router = APIRouter(include_in_schema=False)


class Marked:
    """What a highlighted passage links to."""

    def __init__(self, statement, speaker) -> None:
        self.public_id = statement.public_id
        self.kind = statement.kind
        self.speaker_name = speaker.name if speaker else None
        self.url = urls.statement(statement.public_id, urls.statement_slug(self.speaker_name, statement.text))
        self.anchor = urls.statement_anchor(statement.public_id)


@router.get("/articles/{article_id}")
def article_page(article_id: str, request: Request, session: SessionDep) -> Response:
    article = session.get(Article, article_id)
    if article is None:
        raise HTTPException(404, f"There is no article with the id {article_id[:40]!r}.")
    statements = current_statements(session, article.id)
    spans = []
    for reported in statements:
        located = passages.locate(article.text, reported.start, reported.end, reported.statement.text)
        if located:
            spans.append(passages.Span(*located, Marked(reported.statement, reported.speaker)))
    context = {
        "article": article,
        "title": article.title or "Article",
        "paragraphs": passages.mark(article.text, spans),
        "statement_count": len(statements),
        "speakers": sorted({r.speaker.name: r.speaker for r in statements if r.speaker}.values(), key=lambda s: s.name),
        "source_url": urls.safe_external(article.url),
        "outlet_slug": urls.slugify(article.outlet) if article.outlet else None,
    }
    return conditional(request, render(request, "article.html", context), article.ingested_at)
