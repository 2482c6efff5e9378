"""The interface wording of both languages, table by table, for the renderers: each language's
words are in its own module (:mod:`.ar`, :mod:`.en`); the signs that go with the statuses, the
same in both, are here.

Tables of words about the page are indexed by language first (``LABELS["ar"]["home"]``); the
names of a thing (a status, a class or kind of source) by the thing first
(``STATUS["reported"]["en"]``).
"""

from __future__ import annotations

from typing import TypeVar

from build_tools.language import ar, en
from build_tools.language.codes import Lang

T = TypeVar("T")


def _by_language(arabic: T, english: T) -> dict[Lang, T]:
    return {"ar": arabic, "en": english}


def _by_name(arabic: dict[str, str], english: dict[str, str]) -> dict[str, dict[Lang, str]]:
    return {name: {"ar": arabic[name], "en": english[name]} for name in arabic}


LABELS = _by_language(ar.LABELS, en.LABELS)
STATUS = _by_name(ar.STATUS, en.STATUS)
"""Uncertainty wording, the same everywhere (``shared/design/editorial.md``)."""
CLASS_NAMES = _by_name(ar.CLASS_NAMES, en.CLASS_NAMES)
"""The classes of source (build_tools/content/sources.py KINDS), as the sources page names them."""
KIND_NAMES = _by_name(ar.KIND_NAMES, en.KIND_NAMES)
CHIP_FIELDS = _by_language(ar.CHIP_FIELDS, en.CHIP_FIELDS)
VENDORS = _by_language(ar.VENDORS, en.VENDORS)
CHIPS_PAGE = _by_language(ar.CHIPS_PAGE, en.CHIPS_PAGE)
CHART = _by_language(ar.CHART, en.CHART)
TIMELINE_PAGE = _by_language(ar.TIMELINE_PAGE, en.TIMELINE_PAGE)
CATEGORY_NAMES = _by_language(ar.CATEGORY_NAMES, en.CATEGORY_NAMES)
SEARCH_PAGE = _by_language(ar.SEARCH_PAGE, en.SEARCH_PAGE)
RESULT_COUNTS = _by_language(ar.RESULT_COUNTS, en.RESULT_COUNTS)
NAMES = _by_language(ar.NAME, en.NAME)
"""Each language's name in itself (the language switcher)."""
MONTHS = _by_language(ar.MONTHS, en.MONTHS)
QUARTERS = _by_language(ar.QUARTERS, en.QUARTERS)

MARKERS = {
    "official": "●",
    "reported": "◐",
    "estimate": "○",
    "low": "○",
    "conflicting": "⇄",
    "undisclosed": "–",
    "not_applicable": "∅",
}
"""A visible sign for each status, always shown next to its words (never colour alone)."""
