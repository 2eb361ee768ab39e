"""Response models of the JSON API (`/api/v1/`) and the `.json` exports: what OpenAPI documents."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class TopicOut(BaseModel):
    key: str = Field(description="Topic key, as used in `?topic=`.")
    label: str


class SpeakerRefOut(BaseModel):
    slug: str = Field(description="Speaker slug, as used in `?speaker=`.")
    name: str
    url: str = Field(description="The speaker's page.")


class ArticleRefOut(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    source_url: str | None = Field(description="The article's own address, when it has an http(s) one.")
    url: str = Field(description="The article's page on this site.")


class StatementOut(BaseModel):
    id: str = Field(description="The statement's permanent public id.")
    url: str = Field(description="Canonical permalink.")
    context_url: str = Field(description="The article page, at this statement's anchor.")
    text: str
    kind: str = Field(description="direct, mixed or indirect.")
    date: dt.date | None
    speaker: SpeakerRefOut | None
    mention: str | None = Field(description="How the article named the speaker next to the quote.")
    topics: list[TopicOut]
    article: ArticleRefOut


class StatementPage(BaseModel):
    total: int = Field(description="How many statements match the filters.")
    count: int = Field(description="How many are on this page.")
    next: str | None = Field(description="The next page (keyset cursor), or null on the last page.")
    statements: list[StatementOut]


class StatementDetail(StatementOut):
    withdrawn_at: dt.datetime | None = Field(description="When a re-ingest stopped finding it; null if current.")
    replaced_by: str | None = Field(description="Public id of the statement that replaced it, if any.")


class AliasOut(BaseModel):
    alias: str
    count: int


class SpeakerOut(BaseModel):
    slug: str
    name: str
    kind: str
    url: str
    statements: int = Field(description="Number of current statements.")


class SpeakerDetail(SpeakerOut):
    aliases: list[AliasOut]
    topics: list[TopicCount]


class TopicCount(BaseModel):
    key: str
    label: str
    count: int


class OutletOut(BaseModel):
    slug: str
    name: str
    url: str
    statements: int


SpeakerDetail.model_rebuild()
