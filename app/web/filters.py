"""The filters every statement list understands, read from and written back to the query string.

`speaker` (a speaker's slug), `topic` (a topic key), `outlet` (an outlet's slug), `kind` (direct,
mixed, indirect), `from` and `to` (YYYY-MM-DD), `q` (words to search), `sort` (relevance, newest,
oldest) and `cursor` (the keyset page). A page's whole state lives here, so every URL is shareable.
Values that cannot be right raise BadFilter, which the pages answer with 400.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from app.urls import slugify
from app.web.fts import MAX_QUERY_CHARS

KINDS = ("direct", "mixed", "indirect")
SORTS = ("relevance", "newest", "oldest")
FIELDS = ("speaker", "topic", "outlet", "kind", "from", "to", "q", "sort", "cursor")

_SLUG = re.compile(r"^[\w.-]{1,200}$", re.UNICODE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class BadFilter(ValueError):
    """A filter value that cannot be right; the message names the parameter and the value."""


@dataclass(frozen=True)
class Filters:
    speaker: str | None = None
    topic: str | None = None
    outlet: str | None = None
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str | None = None
    sort: str | None = None
    cursor: str | None = None

    @property
    def effective_sort(self) -> str:
        """Relevance when searching, else newest first; relevance without a search means newest."""
        if self.sort == "relevance" or self.sort is None:
            return "relevance" if self.q else "newest"
        return self.sort

    def params(self, include_cursor: bool = False) -> dict[str, str]:
        """The query-string parameters for these filters (empty ones left out)."""
        values = {
            "speaker": self.speaker,
            "topic": self.topic,
            "outlet": self.outlet,
            "kind": self.kind,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "q": self.q,
            "sort": self.sort,
            "cursor": self.cursor if include_cursor else None,
        }
        return {name: value for name, value in values.items() if value}

    def without(self, *names: str) -> Filters:
        changes = {_ATTR[name]: None for name in names}
        return replace(self, **changes)

    def toggled(self, name: str, value: str) -> dict[str, str]:
        """Parameters with `name` set to `value`, or cleared if it already is; always the first page."""
        params = self.params()
        if params.get(name) == value:
            params.pop(name)
        else:
            params[name] = value
        return params

    def month_toggled(self, first: dt.date, last: dt.date) -> dict[str, str]:
        """Parameters filtered to one month, or with the dates cleared if that month is the filter."""
        params = self.params()
        if self.date_from == first and self.date_to == last:
            params.pop("from", None)
            params.pop("to", None)
        else:
            params["from"], params["to"] = first.isoformat(), last.isoformat()
        return params

    @property
    def narrowing(self) -> bool:
        """True when anything narrows the list (sort and cursor do not)."""
        return any(self.params().get(name) for name in FIELDS[:7])


_ATTR = {"from": "date_from", "to": "date_to", **{name: name for name in FIELDS if name not in ("from", "to")}}


def _date(name: str, value: str) -> dt.date:
    if not _DATE.match(value):
        raise BadFilter(f"`{name}` must be a date written YYYY-MM-DD, not {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadFilter(f"`{name}` is not a real date: {value!r}") from None


def parse_filters(params: Mapping[str, str | None]) -> Filters:
    """Filters from query parameters; empty values count as absent, unknown parameters are ignored."""
    raw = {name: (params.get(name) or "").strip() for name in FIELDS}
    for name in ("speaker", "topic", "outlet"):
        # A name typed into the form (`Keir Starmer`) is read as its slug (`keir-starmer`).
        if raw[name] and not _SLUG.match(raw[name]):
            slug = slugify(raw[name])
            if not slug:
                raise BadFilter(f"`{name}` must be a slug like `keir-starmer`, not {raw[name][:80]!r}")
            raw[name] = slug
    if raw["kind"] and raw["kind"] not in KINDS:
        raise BadFilter(f"`kind` must be one of {', '.join(KINDS)}, not {raw['kind'][:80]!r}")
    if raw["sort"] and raw["sort"] not in SORTS:
        raise BadFilter(f"`sort` must be one of {', '.join(SORTS)}, not {raw['sort'][:80]!r}")
    date_from = _date("from", raw["from"]) if raw["from"] else None
    date_to = _date("to", raw["to"]) if raw["to"] else None
    if date_from and date_to and date_from > date_to:
        raise BadFilter(f"`from` ({date_from}) is after `to` ({date_to})")
    query = _CONTROL.sub(" ", raw["q"]).strip()
    if len(query) > MAX_QUERY_CHARS:
        raise BadFilter(f"the search `q` is longer than {MAX_QUERY_CHARS} characters")
    return Filters(
        speaker=raw["speaker"] or None,
        topic=raw["topic"] or None,
        outlet=raw["outlet"] or None,
        kind=raw["kind"] or None,
        date_from=date_from,
        date_to=date_to,
        q=query or None,
        sort=raw["sort"] or None,
        cursor=raw["cursor"] or None,
    )
