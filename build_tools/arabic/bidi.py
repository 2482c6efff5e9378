"""Direction runs: which parts of a text must be isolated on a page in the other direction."""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_tools.arabic.text import ARABIC_LETTERS

# A Latin run starts and ends with a letter or digit and may hold Latin punctuation, spaces,
# quotes and brackets in between (``Nvidia, AMD to pay 15%``, ``https://…?p=1``), never Arabic.
_LATIN_INNER = r"[A-Za-z0-9 \u00a0.,:;!?/+&'’‘“”\"()\[\]\-–—_%#=~@*]"
_LATIN_RUN = rf"[A-Za-z0-9](?:{_LATIN_INNER}*[A-Za-z0-9%])?"
# An Arabic run: Arabic words with the spaces, digits and Arabic punctuation between them.
_ARABIC_RUN = rf"[{ARABIC_LETTERS}](?:[{ARABIC_LETTERS}٠-٩0-9 \u00a0،؛]*[{ARABIC_LETTERS}])?"
_PAIRS = {"“": "”", '"': '"', "(": ")", "«": "»", "‘": "’", "[": "]"}
_CLOSERS = {v: k for k, v in _PAIRS.items() if k != v}
_RUN_RE = {"ltr": re.compile(_LATIN_RUN), "rtl": re.compile(_ARABIC_RUN)}
_ISOLATED = {"rtl": ("ltr", "en"), "ltr": ("rtl", "ar")}
"""What a page in each direction isolates: Latin runs (English) on a right-to-left page, Arabic
runs on a left-to-right one."""
_HAS_LETTER = {"ltr": re.compile("[A-Za-z]"), "rtl": re.compile(f"[{ARABIC_LETTERS}]")}


def with_enclosing_pair(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``text[start:end]`` to the quotes or brackets right around it, if any."""
    if start > 0 and end < len(text) and _PAIRS.get(text[start - 1]) == text[end]:
        return start - 1, end + 1
    return start, end


def _cut_at_stray_closer(text: str, start: int, end: int) -> int:
    """End a run before a closing quote or bracket that it did not open (``reports”. 12``)."""
    open_marks: list[str] = []
    for index in range(start, end):
        char = text[index]
        if char in _CLOSERS:
            if not open_marks or open_marks[-1] != _CLOSERS[char]:
                end = index
                break
            open_marks.pop()
        elif char in _PAIRS and _PAIRS[char] != char:
            open_marks.append(char)
    while end > start and not (text[end - 1].isalnum() or text[end - 1] == "%"):
        end -= 1
    return end


def _balanced_end(text: str, start: int, end: int) -> int:
    """Extend a run over closing brackets and quotes whose openers it contains."""
    open_marks: list[str] = []
    for char in text[start:end]:
        if char in _CLOSERS and open_marks and open_marks[-1] == _CLOSERS[char]:
            open_marks.pop()
        elif char in _PAIRS and _PAIRS[char] != char:
            open_marks.append(char)
    while open_marks and end < len(text) and text[end] == _PAIRS[open_marks[-1]]:
        open_marks.pop()
        end += 1
    return end


@dataclass(frozen=True)
class Run:
    """A piece of text; ``direction`` is set when the piece must be isolated."""

    text: str
    direction: str | None = None
    """``"ltr"`` or ``"rtl"`` for an isolated run, ``None`` for text in the page's direction."""
    lang: str | None = None
    """Language of an isolated run when known (``"en"`` or ``"ar"``)."""


def split_runs(text: str, page_direction: str) -> list[Run]:
    """Split ``text`` into runs, isolating the other direction's runs for a page whose direction
    is ``page_direction`` (``rtl`` or ``ltr``: :func:`build_tools.language.typography.direction`).

    On right-to-left (Arabic) pages, runs with Latin letters (``DeepSeek``, ``R2``,
    ``3.35 TB/s``) become LTR isolates, together with the quotes or brackets that enclose them
    (``“Ascend”``, ``(inference)``). Numbers alone stay in the Arabic flow, as Arabic typography
    expects. On left-to-right (English) pages, Arabic runs become RTL isolates.
    """
    direction, lang = _ISOLATED[page_direction]
    runs: list[Run] = []
    position = 0
    for match in _RUN_RE[direction].finditer(text):
        start, end = match.span()
        if not _HAS_LETTER[direction].search(match.group()):
            continue
        end = _balanced_end(text, start, _cut_at_stray_closer(text, start, end))
        start, end = with_enclosing_pair(text, start, end)
        if start < position:
            continue
        if start > position:
            runs.append(Run(text[position:start]))
        runs.append(Run(text[start:end], direction, lang))
        position = end
    if position < len(text):
        runs.append(Run(text[position:]))
    return runs
