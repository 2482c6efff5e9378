"""The sources registry (``content_src/sources.yml``): every citation on the site resolves here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from build_tools.dates import PartialDate, parse_date
from build_tools.errors import Problem, Problems
from build_tools.loading import read_yaml_list, unique_by_id
from build_tools.yamlio import Mapping

SOURCES_FILE = "content_src/sources.yml"
RELIABILITY = ("official", "reported", "estimate", "low")
_ID_RE = re.compile(r"^S\d+[a-z]?$")
_LANG_RE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True)
class Source:
    """One publication that the site cites."""

    id: str
    """Registry id, as in ``shared/research/facts.md``: ``S86``, ``S85b``."""
    title: str
    publisher: str
    url: str
    date: PartialDate | None
    """Publication date as far as it is known; ``None`` when the source shows none."""
    approximate: bool
    """True when ``date`` was inferred from the content rather than printed."""
    language: str
    reliability: str
    """``official``, ``reported``, ``estimate`` or ``low`` (see the About page)."""
    file: str
    line: int


def load_sources(root: Path) -> tuple[dict[str, Source], list[Problem]]:
    """Read and validate the registry; return sources by id and every problem found."""
    data, found = read_yaml_list(root, SOURCES_FILE, "sources")
    if data is None:
        return {}, found.items
    items = [_validate_source(item, found) for item in data["sources"]]
    return unique_by_id(items, SOURCES_FILE, "source id", found), found.items


def _validate_source(item: object, found: Problems) -> Source | None:
    if not isinstance(item, Mapping):
        found.add(SOURCES_FILE, 1, "each source must be a mapping with id, title, publisher, …")
        return None
    missing = [
        k
        for k in ("id", "title", "publisher", "url", "language", "reliability")
        if not str(item.get(k) or "").strip()
    ]
    for key in missing:
        found.add(SOURCES_FILE, item.line, f"source is missing '{key}'")
    source_id = str(item.get("id", ""))
    checks = [
        ("id", _ID_RE.match(source_id), "an id like S86 or S85b"),
        ("url", re.match(r"^https?://\S+$", str(item.get("url", ""))), "an http(s) URL"),
        ("language", _LANG_RE.match(str(item.get("language", ""))), "a two-letter code (ar, en)"),
        ("reliability", item.get("reliability") in RELIABILITY, "one of " + ", ".join(RELIABILITY)),
    ]
    for key, ok, expected in checks:
        if key not in missing and not ok:
            found.add(
                SOURCES_FILE,
                item.line_of(key),
                f"'{key}' is '{item.get(key)}'; expected {expected}",
            )
    date = None
    if item.get("date"):
        try:
            date = parse_date(str(item["date"]))
        except ValueError as err:
            found.add(SOURCES_FILE, item.line_of("date"), str(err))
    if missing:
        return None
    return Source(
        source_id,
        str(item["title"]),
        str(item["publisher"]),
        str(item["url"]),
        date,
        bool(item.get("approximate", False)),
        str(item["language"]),
        str(item["reliability"]),
        SOURCES_FILE,
        item.line,
    )


def check_citations(
    ids: list[str], known: dict[str, Source], file: str, line: int
) -> list[Problem]:
    """Problems for each cited id that is not in the registry."""
    return [
        Problem(
            file, line, f"unknown source id '{i}'; add it to {SOURCES_FILE} or use one of its ids"
        )
        for i in ids
        if i not in known
    ]
