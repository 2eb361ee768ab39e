"""Small helpers shared by the extraction tests."""

from __future__ import annotations

from app.extraction import Extraction, Statement, extract


def run(text: str) -> Extraction:
    result = extract(text)
    for statement in result.statements:
        assert statement.text == text[statement.start:statement.end]
    return result


def only(text: str) -> Statement:
    """The single statement a text must yield."""
    statements = run(text).statements
    assert len(statements) == 1, [s.text for s in statements]
    return statements[0]


def mention(text: str, statement: Statement) -> str | None:
    return text[statement.mention.start:statement.mention.end] if statement.mention else None


def said(text: str) -> list[str]:
    """The words of every statement, in order."""
    return [s.text for s in run(text).statements]
