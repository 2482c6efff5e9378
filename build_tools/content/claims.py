"""What every statement on the site carries: its sources, how sure it is, and, for a statement
true only "as of" a date, that date and when to check it again.

Each part of content_src/ (chips, timeline, glossary, home, corrections, free pages) gives its
statements as :class:`Claim` records; :mod:`build_tools.content.evidence` checks all of them the
same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from build_tools.content.yamlio import Mapping
from build_tools.errors import Problems
from build_tools.language.codes import Bilingual
from build_tools.language.dates import PartialDate, parse_date

CLAIM_STATUSES = ("official", "reported", "estimate", "low")
"""How sure a statement is; ``estimate`` and ``low`` are shown on the page next to it."""
WEAK = ("estimate", "low")


@dataclass(frozen=True)
class Expiry:
    """A statement true as of a date: ``as_of`` is shown on the page; past ``until`` the build
    asks for it to be checked again."""

    as_of: PartialDate
    until: PartialDate
    line: int


@dataclass(frozen=True)
class Claim:
    """One statement of the site, as the checks see it."""

    file: str
    line: int
    what: str
    """How a message names it: ``chip 'h100' fp16``, ``event 'r2-status'``."""
    sources: tuple[str, ...]
    status: str | None
    """``official``, ``reported``, ``estimate``, ``low``; ``None`` when the entry states none."""
    texts: Bilingual = field(default_factory=dict)
    """The prose we wrote for it, per language (checked for figures and expiring words)."""
    expiry: Expiry | None = None
    sources_key: str = "'sources:'"
    """Where in the entry its sources go, for the message that asks for one."""
    places: dict[str, tuple[str, int]] = field(default_factory=dict)
    """For a text of many lines (a free page): per language, its file and first line, so that a
    message names the very line."""


def parse_expiry(item: Mapping, file: str, found: Problems) -> Expiry | None:
    """``as_of:`` and ``until:`` of an entry, both days, ``until`` after ``as_of``."""
    if "as_of" not in item and "until" not in item:
        return None
    if "as_of" not in item or "until" not in item:
        found.add(
            file,
            item.line,
            "a claim that expires needs both as_of: (the day it was checked) and until: "
            "(the day to check it again)",
        )
        return None
    days: dict[str, PartialDate | None] = {}
    for key in ("as_of", "until"):
        try:
            day = parse_date(str(item.get(key, "")))
        except ValueError as err:
            found.add(file, item.line_of(key), f"{key}: {err}")
            day = None
        if day and day.precision != "day":
            found.add(file, item.line_of(key), f"{key}: expected a day, YYYY-MM-DD")
            day = None
        days[key] = day
    as_of, until = days["as_of"], days["until"]
    if as_of is None or until is None:
        return None
    if until <= as_of:
        found.add(file, item.line_of("until"), f"until ({until.iso()}) must be after as_of")
        return None
    return Expiry(as_of, until, item.line_of("as_of"))


def parse_status(item: Mapping, file: str, found: Problems, required: bool = False) -> str | None:
    """An entry's ``status:``; one of :data:`CLAIM_STATUSES`."""
    status = item.get("status")
    if status is None and not required:
        return None
    if status not in CLAIM_STATUSES:
        found.add(
            file,
            item.line_of("status"),
            f"status '{status}'; expected one of {', '.join(CLAIM_STATUSES)}",
        )
        return None
    return str(status)
