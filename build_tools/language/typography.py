"""Each language's typography, in one place: how items are listed and clauses joined, which
question mark and quotation marks it uses, how a number meets its unit, and which way it runs.

Every renderer, the chart, the share cards and the scripts written into pages take these from
here (``shared/design/editorial.md``, "Typography"); none writes a separator or a direction
itself. Counts and language names come from CLDR (:mod:`build_tools.language.cldr`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from build_tools.language.codes import Lang

PARTS = " · "
"""Between the parts of one line (byline · date · category; source · type): the same in both
languages, a middle dot that no text of either uses."""
RANGE = "–"
"""Between the ends of a range, the same in both languages: closed up (``14–20 August``,
``768–1,200 GB/s``, ``60–80%``), spaced between two whole dates (``August 2025 – March 2026``)."""
UNITS_WITHOUT_SPACE = ("%",)
"""Units written against their number (``15%``); every other unit takes a no-break space."""


@dataclass(frozen=True)
class Typography:
    lang: Lang
    direction: str
    """``rtl`` or ``ltr``: the ``dir`` of a page, an isolate or a card in this language."""
    list_separator: str
    """Between the items of a list in running text: «أ، ب، ج» / "a, b, c"."""
    clause_separator: str
    """Between clauses that are each complete: «…؛ …» / "…; …"."""
    question_mark: str
    quotes: tuple[str, str]
    """Opening and closing quotation marks for a quotation in our own prose."""
    full_stop: str = "."

    def join(self, items: Iterable[str]) -> str:
        return self.list_separator.join(items)

    def clauses(self, items: Iterable[str]) -> str:
        return self.clause_separator.join(items)

    def quote(self, text: str) -> str:
        opening, closing = self.quotes
        return f"{opening}{text}{closing}"

    def question(self, text: str) -> str:
        """``text`` as a question: ending in this language's question mark, once."""
        return text.rstrip(" ?؟") + self.question_mark

    def quantity(self, number: str, unit: str) -> str:
        """A number with its unit, kept on one line: ``80 GB`` with a no-break space, ``15%``."""
        if not unit:
            return number
        return f"{number}{'' if unit in UNITS_WITHOUT_SPACE else chr(0xA0)}{unit}"


TYPOGRAPHY = {
    "ar": Typography("ar", "rtl", "، ", "؛ ", "؟", ("«", "»")),
    "en": Typography("en", "ltr", ", ", "; ", "?", ("“", "”")),
}


def typography(lang: Lang) -> Typography:
    return TYPOGRAPHY[lang]


def direction(lang: str) -> str:
    """``rtl`` for Arabic, ``ltr`` for English and every other language a source is in."""
    return TYPOGRAPHY[lang].direction if lang in TYPOGRAPHY else "ltr"


def right_to_left(lang: str) -> bool:
    """Whether ``lang`` runs right to left: what mirrors the chart and aligns a card's text."""
    return direction(lang) == "rtl"


QUESTION_WORDS = {
    "ar": re.compile(
        r"^(ماذا|لماذا|لمَ|كيف|هل|متى|أين|من هم|من هو|ما هو|ما هي|ما هذا|ما هذه"
        r"|ما الذي|ما أهمية|أي)\b"
    ),
    "en": re.compile(
        r"^((why|how|what|who|when|where|which)\s+(is|are|was|were|do|does|did|has|have|can|"
        r"could|should|would|will)|(is|are|does|do|did|can|will|should))\b",
        re.I,
    ),
}
"""How a heading that asks something begins; such a heading ends with the question mark."""


def asks(text: str, lang: Lang) -> bool:
    """Whether ``text`` (a heading) is a question by its first words."""
    return bool(QUESTION_WORDS[lang].match(text.strip()))


def heading_problem(text: str, lang: Lang) -> str | None:
    """What is wrong with the punctuation of a heading: a question without its question mark,
    or, in Arabic, the Latin one."""
    mark = TYPOGRAPHY[lang].question_mark
    if lang == "ar" and text.rstrip().endswith("?"):
        return f"the heading '{text.strip()}' ends with the Latin '?'; Arabic uses '؟'"
    if asks(text, lang) and not text.rstrip().endswith(mark):
        return f"the heading '{text.strip()}' asks a question: end it with '{mark}'"
    return None
