"""FastAPI dependencies: the settings and a database session, both taken from the running app.

`create_app(settings)` puts the settings and engine on `app.state`, so tests and the CLI point the same
routes at different databases without touching globals.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from app.settings import Settings


def settings_dependency(request: Request) -> Settings:
    return request.app.state.settings


def session_dependency(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


SettingsDep = Annotated[Settings, Depends(settings_dependency)]
SessionDep = Annotated[Session, Depends(session_dependency)]
