"""The `onrecord` command: ingest articles, extract statements to JSON Lines, serve the web app."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

cli = typer.Typer(help="On Record: who said what in the news.", no_args_is_help=True, add_completion=False)


@cli.command()
def extract(
    source: Annotated[str, typer.Argument(help="Articles as JSON Lines (`id`, `text`); `-` for stdin.")],
) -> None:
    """Print predicted statements for each article, in the format of the eval scorer (FORMAT.md)."""
    from app.extraction import extract as run_extract
    from app.extraction import load_taxonomy
    from app.settings import get_settings

    taxonomy = load_taxonomy(get_settings().taxonomy_path)
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8")
    failed = 0
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                article_id, text = record["id"], record["text"]
                if not isinstance(text, str):
                    raise TypeError("`text` is not a string")
            except (ValueError, KeyError, TypeError) as error:
                typer.echo(f"{source}:{number}: skipped: {error}", err=True)
                failed += 1
                continue
            result = run_extract(text, taxonomy)
            statements = [statement.as_prediction() for statement in result.statements]
            sys.stdout.write(json.dumps({"id": article_id, "statements": statements}, ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)


@cli.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files, folders and URLs: .txt/.md with front matter, .html pages, .jsonl[.gz] archives, "
             "RSS/Atom feeds (.xml, .rss, .atom), article and feed URLs.")],
    workers: Annotated[int, typer.Option(help="Extraction processes; 0 means one per core.")] = 0,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    report: Annotated[Path | None, typer.Option(help="Write one JSON line per failure to this file.")] = None,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", help="Progress bar (default: when stderr is a terminal).")] = None,
) -> None:
    """Read articles into the database and print what happened. Exit status 1 if anything failed."""
    from app.ingest.console import run

    raise typer.Exit(run(paths, workers, json_output, report, progress))


@cli.command()
def migrate() -> None:
    """Apply pending database migrations (the app and `ingest` also do this by themselves)."""
    from app.db import migrate as run_migrate

    run_migrate()
    typer.echo("database is up to date")


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    reload: Annotated[bool, typer.Option(help="Restart when the code changes (development).")] = False,
) -> None:
    """Serve the web app. On an empty database it ingests the bundled seeds first."""
    import uvicorn

    uvicorn.run("app.web.main:app", host=host, port=port, reload=reload, proxy_headers=True)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
