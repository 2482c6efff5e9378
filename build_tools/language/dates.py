"""Dates with a precision (day, month, quarter, year) and ranges, formatted in both languages."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from build_tools.language.codes import Lang
from build_tools.language.typography import RANGE
from build_tools.language.ui import LABELS, MONTHS, QUARTERS, STATUS

_DATE_RE = re.compile(r"^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a precision: ``2025-08-14``, ``2025-08``, ``2025-Q2`` or ``2025``."""

    year: int
    month: int = 0
    day: int = 0
    quarter: int = 0

    @property
    def precision(self) -> str:
        if self.day:
            return "day"
        if self.month:
            return "month"
        return "quarter" if self.quarter else "year"

    def iso(self) -> str:
        """The value for ``<time datetime>``: as precise as the date is known."""
        if self.quarter:
            return f"{self.year:04d}"
        parts = [
            f"{self.year:04d}",
            f"{self.month:02d}" if self.month else "",
            f"{self.day:02d}" if self.day else "",
        ]
        return "-".join(p for p in parts if p)


def parse_date(text: str) -> PartialDate:
    """Parse a partial date; raise ``ValueError`` with the expected forms when it is not one."""
    match = _DATE_RE.match(text.strip())
    if not match:
        raise ValueError(
            f"'{text}' is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY-Q1..Q4 or YYYY"
        )
    year, quarter, month, day = (int(g) if g else 0 for g in match.groups())
    if month and not 1 <= month <= 12:
        raise ValueError(f"'{text}' has no month {month}")
    if day:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"'{text}' is not a calendar date") from None
    return PartialDate(year, month, day, quarter)


def format_date(date: PartialDate, lang: Lang) -> str:
    """``14 أغسطس 2025`` / ``14 August 2025``; month-, quarter- and year-only dates say so."""
    months = MONTHS[lang]
    if date.quarter:
        return QUARTERS[lang][date.quarter - 1].format(year=date.year)
    if not date.month:
        return str(date.year)
    if not date.day:
        return f"{months[date.month - 1]} {date.year}"
    return f"{date.day} {months[date.month - 1]} {date.year}"


def format_range(start: PartialDate, end: PartialDate, lang: Lang) -> str:
    """A range, sharing the month and year where they are the same: ``14–20 August 2025``."""
    if start == end:
        return format_date(start, lang)
    months = MONTHS[lang]
    if start.day and end.day and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}{RANGE}{end.day} {months[start.month - 1]} {start.year}"
    return f"{format_date(start, lang)} {RANGE} {format_date(end, lang)}"


def range_parts(start: PartialDate, end: PartialDate, lang: Lang) -> tuple[str, str]:
    """The two ends of a range as shown, sharing month and year: (``14``, ``20 August 2025``)."""
    if start.day and end.day and (start.year, start.month) == (end.year, end.month):
        return str(start.day), format_date(end, lang)
    if start.month and end.month and start.year == end.year and not start.day:
        return MONTHS[lang][start.month - 1], format_date(end, lang)
    return format_date(start, lang), format_date(end, lang)


def describe(
    start: PartialDate,
    end: PartialDate | None,
    approximate: bool,
    qualifier: str | None,
    lang: Lang,
) -> str:
    """A date as a sentence would give it: ``نحو 14–20 أغسطس 2025 (وفق تقارير)``."""
    text = format_range(start, end, lang) if end else format_date(start, lang)
    if approximate:
        text = f"{LABELS[lang]['around']} {text}"
    if qualifier in ("reported", "estimate", "low"):
        text = f"{text} ({STATUS[qualifier][lang]})"
    return text


_MONTH_NAMES = "|".join((*MONTHS["en"], *MONTHS["ar"]))
_MONTH_NUMBERS = {m.lower(): n % 12 + 1 for n, m in enumerate((*MONTHS["en"], *MONTHS["ar"]))}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ORDINALS_AR = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
_PERIOD_RE = re.compile(
    rf"(?:(?P<month>{_MONTH_NAMES})\s+|Q(?P<q>[1-4])\s+|"
    rf"(?P<ord>first|second|third|fourth) quarter of\s+|"
    rf"الربع (?P<ord_ar>{'|'.join(_ORDINALS_AR)}) من\s+)?"
    r"(?<![\d.,])(?<!\d[.,])(?P<year>(?:19|20)\d\d)(?!\d|[.,]\d)",
    re.IGNORECASE,
)


def mentioned_periods(text: str) -> list[tuple[str, PartialDate]]:
    """The dates a text names (a year, a month, a quarter), each as written and as the first
    day of the period: what a claim about the future is recognised by."""
    found = []
    for match in _PERIOD_RE.finditer(text):
        year = int(match["year"])
        month = match["month"]
        quarter = (
            int(match["q"])
            if match["q"]
            else _ORDINALS.get((match["ord"] or "").lower())
            or _ORDINALS_AR.get(match["ord_ar"] or "")
        )
        if month:
            date = PartialDate(year, _MONTH_NUMBERS[month.lower()])
        else:
            date = PartialDate(year, (quarter - 1) * 3 + 1) if quarter else PartialDate(year)
        found.append((match.group().strip(), date))
    return found
