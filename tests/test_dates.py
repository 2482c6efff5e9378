"""Partial dates: parsing, and formatting in both languages for every precision."""

from __future__ import annotations

import pytest

from build_tools.language.dates import PartialDate, describe, format_date, format_range, parse_date


@pytest.mark.parametrize(
    ("text", "precision", "ar", "en", "iso"),
    [
        ("2025-08-14", "day", "14 أغسطس 2025", "14 August 2025", "2025-08-14"),
        ("2025-05", "month", "مايو 2025", "May 2025", "2025-05"),
        ("2025-Q2", "quarter", "الربع الثاني من 2025", "Q2 2025", "2025"),
        ("2022", "year", "2022", "2022", "2022"),
    ],
)
def test_each_precision(text: str, precision: str, ar: str, en: str, iso: str) -> None:
    date = parse_date(text)
    assert date.precision == precision
    assert (format_date(date, "ar"), format_date(date, "en"), date.iso()) == (ar, en, iso)


def test_all_egyptian_month_names() -> None:
    names = [format_date(PartialDate(2025, m), "ar").split()[0] for m in range(1, 13)]
    assert names == [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ]


@pytest.mark.parametrize(
    ("start", "end", "ar", "en"),
    [
        ("2025-08-14", "2025-08-20", "14–20 أغسطس 2025", "14–20 August 2025"),
        (
            "2025-07-30",
            "2025-08-02",
            "30 يوليو 2025 – 2 أغسطس 2025",
            "30 July 2025 – 2 August 2025",
        ),
        ("2025-08-14", "2025-08-14", "14 أغسطس 2025", "14 August 2025"),
    ],
)
def test_ranges(start: str, end: str, ar: str, en: str) -> None:
    a, b = parse_date(start), parse_date(end)
    assert (format_range(a, b, "ar"), format_range(a, b, "en")) == (ar, en)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-30", "'2025-02-30' is not a calendar date"),
        ("2025-13", "'2025-13' has no month 13"),
        (
            "14/08/2025",
            "'14/08/2025' is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY-Q1..Q4 or YYYY",
        ),
    ],
)
def test_bad_dates(text: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + message.replace(".", r"\.") + "$"):
        parse_date(text)


@pytest.mark.parametrize(
    ("start", "end", "approximate", "reported", "ar", "en"),
    [
        ("2025-08-14", None, False, False, "14 أغسطس 2025", "14 August 2025"),
        ("2025-08-14", None, True, False, "نحو 14 أغسطس 2025", "around 14 August 2025"),
        (
            "2025-08-14",
            None,
            False,
            True,
            "14 أغسطس 2025 (وفق تقارير)",
            "14 August 2025 (reported)",
        ),
        (
            "2025-08-14",
            None,
            True,
            True,
            "نحو 14 أغسطس 2025 (وفق تقارير)",
            "around 14 August 2025 (reported)",
        ),
        ("2025-05", None, False, True, "مايو 2025 (وفق تقارير)", "May 2025 (reported)"),
        ("2025-05", None, True, False, "نحو مايو 2025", "around May 2025"),
        ("2025-Q1", None, False, True, "الربع الأول من 2025 (وفق تقارير)", "Q1 2025 (reported)"),
        ("2023", None, True, False, "نحو 2023", "around 2023"),
        (
            "2025-08-10",
            "2025-08-11",
            False,
            True,
            "10–11 أغسطس 2025 (وفق تقارير)",
            "10–11 August 2025 (reported)",
        ),
        (
            "2025-08-14",
            "2025-08-20",
            True,
            False,
            "نحو 14–20 أغسطس 2025",
            "around 14–20 August 2025",
        ),
        ("2025-07", "2025-08", False, False, "يوليو 2025 – أغسطس 2025", "July 2025 – August 2025"),
    ],
)
def test_every_precision_and_flag_in_both_languages(
    start: str, end: str | None, approximate: bool, reported: bool, ar: str, en: str
) -> None:
    first, last = parse_date(start), parse_date(end) if end else None
    qualifier = "reported" if reported else None
    assert describe(first, last, approximate, qualifier, "ar") == ar
    assert describe(first, last, approximate, qualifier, "en") == en


def test_an_estimated_or_weakly_sourced_date_says_so() -> None:
    date = parse_date("2025-05")
    assert describe(date, None, False, "estimate", "ar") == "مايو 2025 (تقديري)"
    assert describe(date, None, True, "low", "en") == "around May 2025 (weak source)"
