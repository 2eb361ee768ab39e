"""Topics: every topic of the taxonomy with its count, and each topic's page (a list fixed to it)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from sqlmodel import Session
from starlette.responses import Response

from app import urls
from app.models import Topic
from app.web.deps import SessionDep, SettingsDep
from app.web.exports import split_format
from app.web.lists import Scope, statement_list
from app.web.records import topic_counts
from app.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/topics")
def topics_directory(request: Request, session: SessionDep) -> Response:
    entries = [{"label": label, "href": urls.topic(key), "count": n, "note": ""}
               for key, label, n in topic_counts(session)]
    return render(request, "directory.html", {"title": "Topics", "entries": entries, "directory": "topics"})


def _topic(session: Session, key: str) -> Topic:
    topic = session.get(Topic, key)
    if topic is None:
        raise HTTPException(404, f"There is no topic {key[:60]!r}.")
    return topic


@router.get("/topics/{name}")
def topic_page(name: str, request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    key, fmt = split_format(name)
    topic = _topic(session, key)
    scope = Scope(path=urls.topic(topic.key), title=topic.label, fixed={"topic": topic.key},
                  context={"page_kind": "topic", "topic": topic})
    return statement_list(request, session, settings, scope, fmt)
