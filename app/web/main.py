"""The FastAPI application: `create_app(settings)` for tests and tools, module-level `app` for uvicorn.

On start-up the database is migrated and, when it holds no article and `seed_on_start` is set, the
seed articles are ingested so the first page already shows statements.
"""

from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.db import get_engine, migrate
from app.models import Article
from app.paths import bundled
from app.settings import Settings, get_settings
from app.web import errors, facets, listing
from app.web.filters import Filters
from app.web.head import HeadAsGetMiddleware
from app.web.routes import api, articles, docs, health, home, outlets, speakers, statements, topics
from app.web.security import SecurityHeadersMiddleware

log = logging.getLogger(__name__)


def prepare_database(settings: Settings, engine: Engine) -> None:
    """Migrate; then ingest the seeds if the database has no article yet."""
    migrate(settings.database_url)
    if not settings.seed_on_start:
        return
    with Session(engine) as session:
        if session.execute(select(Article.id).limit(1)).first() is not None:
            return
    try:
        from app.ingest import ingest_paths
    except ImportError:
        log.warning("the ingest package is not available; starting with an empty database")
        return
    log.info("empty database: ingesting the seed articles from %s", settings.seeds_path)
    ingest_paths([settings.seeds_path], engine=engine, taxonomy_path=settings.taxonomy_path, fetch=False)


def warm_counts(engine: Engine) -> None:
    """Count the unfiltered list once at start-up, so the first visitor does not wait for it."""
    try:
        with Session(engine) as session:
            resolved = listing.resolve(session, Filters())
            listing.count(session, resolved)
            facets.compute(session, resolved, "/", visible=Filters())
    except Exception:  # a cold cache is only slower, never wrong
        log.exception("could not warm the list counts")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = get_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        await anyio.to_thread.run_sync(prepare_database, settings, engine)
        threading.Thread(target=warm_counts, args=(engine,), name="warm-counts", daemon=True).start()
        yield

    app = FastAPI(
        title=settings.site_name,
        summary="Who said what in the news: statements, speakers, topics and their sources.",
        version="1",
        lifespan=lifespan,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    app.mount("/static", StaticFiles(directory=bundled("static")), name="static")
    errors.install(app)
    for module in (home, statements, articles, speakers, topics, outlets, api, docs, health):
        app.include_router(module.router)
    return app


app = create_app()
