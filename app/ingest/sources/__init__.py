"""Where articles come from: text files with front matter, web pages, JSON Lines archives, RSS and Atom
feeds, and article URLs, mixed in one run. `plan` turns what the user named into entries (walking
folders); `read` turns an entry into articles, or failures that name the file (and line) and the reason.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.ingest.sources.common import MAX_ARTICLE_BYTES, BadInput, check_size
from app.ingest.types import Failure, RawArticle

TEXT = {".txt", ".md", ".markdown"}
HTML = {".html", ".htm"}
ARCHIVE = {".jsonl", ".ndjson"}
FEED = {".xml", ".rss", ".atom"}
KINDS = {**{s: "text" for s in TEXT}, **{s: "html" for s in HTML}, **{s: "archive" for s in ARCHIVE},
         **{s: "feed" for s in FEED}}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # text | html | archive | feed | url
    location: str
    """A file path or a URL, as the user named it (files found in a folder: folder/relative path)."""
    size: int = 0


def kind_of(path: Path) -> str | None:
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
        if not suffixes or KINDS.get(suffixes[-1]) not in ("html", "archive", "feed"):
            return None
    return KINDS.get(suffixes[-1]) if suffixes else None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def plan(sources: Sequence[str | Path]) -> tuple[list[Entry], list[Failure]]:
    entries: list[Entry] = []
    failures: list[Failure] = []
    for source in sources:
        name = str(source)
        if isinstance(source, str) and is_url(source):
            entries.append(Entry("url", source))
            continue
        path = Path(source)
        if path.is_dir():
            found = [child for child in sorted(path.rglob("*"))
                     if child.is_file() and kind_of(child)
                     and not any(part.startswith(".") for part in child.relative_to(path).parts)]
            if not found:
                failures.append(Failure(name, None, "no articles in this folder (looked for .txt, .md, .html, "
                                                    ".jsonl, .jsonl.gz, .xml, .rss and .atom files)"))
            entries.extend(Entry(kind_of(child), str(child), child.stat().st_size) for child in found)
        elif path.is_file():
            kind = kind_of(path)
            if kind is None:
                failures.append(Failure(name, None, f"unsupported file type {''.join(path.suffixes) or '(none)'} "
                                                    "(expected .txt, .md, .html, .jsonl[.gz], .xml, .rss or .atom)"))
            else:
                entries.append(Entry(kind, name, path.stat().st_size))
        else:
            failures.append(Failure(name, None, "no such file or folder"))
    return entries, failures


def _read_file(entry: Entry) -> bytes:
    path = Path(entry.location)
    if path.suffix.lower() == ".gz":
        with gzip.open(path, "rb") as stream:
            data = stream.read(MAX_ARTICLE_BYTES + 1)
        check_size(len(data))
        return data
    check_size(entry.size)
    return path.read_bytes()


def read(entry: Entry, advance: Callable[[int], None], fetcher=None) -> Iterator[RawArticle | Failure]:
    """Articles (or failures) from one entry. `advance(n)` reports progress in bytes of the entry."""
    try:
        if entry.kind == "archive":
            from app.ingest.sources.archive import read_archive

            yield from read_archive(Path(entry.location), entry.location, advance)
            return
        if entry.kind == "url":
            if fetcher is None:
                raise BadInput("fetching URLs is turned off")
            yield from fetcher.read_url(entry.location)
            return
        data = _read_file(entry)
        advance(entry.size)
        if entry.kind == "text":
            from app.ingest.sources.text import read_text_article

            yield read_text_article(data, entry.location)
        elif entry.kind == "html":
            from app.ingest.sources.html import read_html

            yield read_html(data, entry.location)
        elif entry.kind == "feed":
            from app.ingest.sources.feeds import read_feed

            yield from read_feed(data, entry.location, fetcher)
    except BadInput as error:
        yield Failure(entry.location, None, str(error))
    except OSError as error:
        yield Failure(entry.location, None, f"cannot read: {error.strerror or error}")
