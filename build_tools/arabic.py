"""Arabic text handling, in one place: digits, normalisation, bidi runs, month names.

Used by every component (article, glossary, chips, timeline) and by search, so the same rules
apply everywhere.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

# --- Characters -----------------------------------------------------------------------------

ARABIC_LETTERS = (
    "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ed\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
)
"""Character-class body for Arabic letters and the marks written on them."""

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
EXTENDED_ARABIC_INDIC_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_TO_WESTERN = str.maketrans(ARABIC_INDIC_DIGITS + EXTENDED_ARABIC_INDIC_DIGITS, "0123456789" * 2)

BIDI_CONTROLS = {
    "\u202a": "LEFT-TO-RIGHT EMBEDDING",
    "\u202b": "RIGHT-TO-LEFT EMBEDDING",
    "\u202c": "POP DIRECTIONAL FORMATTING",
    "\u202d": "LEFT-TO-RIGHT OVERRIDE",
    "\u202e": "RIGHT-TO-LEFT OVERRIDE",
    "\u2066": "LEFT-TO-RIGHT ISOLATE",
    "\u2067": "RIGHT-TO-LEFT ISOLATE",
    "\u2068": "FIRST STRONG ISOLATE",
    "\u2069": "POP DIRECTIONAL ISOLATE",
    "\u200e": "LEFT-TO-RIGHT MARK",
    "\u200f": "RIGHT-TO-LEFT MARK",
    "\u061c": "ARABIC LETTER MARK",
}
"""Invisible direction controls. The build isolates runs itself; typed controls are rejected."""

_BIDI_RE = re.compile("[" + "".join(BIDI_CONTROLS) + "]")


def find_bidi_controls(text: str) -> list[tuple[int, str]]:
    """Return ``(line, description)`` for every invisible bidi control character in ``text``."""
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        for match in _BIDI_RE.finditer(line):
            char = match.group()
            found.append((number, f"U+{ord(char):04X} {BIDI_CONTROLS[char]}"))
    return found


def to_western_digits(text: str) -> str:
    """Apply the site's digit policy: Western digits in both languages."""
    return text.translate(_TO_WESTERN)


# --- Normalisation for matching (glossary, search) -------------------------------------------

_DIACRITICS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTER_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)


def normalise(text: str) -> str:
    """Fold a text for matching: diacritics and tatweel removed, alef/hamza forms, ى/ي, ة/ه,
    Western digits, Latin case-folded. Never shown to readers."""
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS_RE.sub("", text)
    return to_western_digits(text.translate(_LETTER_FOLDS)).casefold()


def fingerprint(text: str) -> str:
    """Short, stable fingerprint of a text (NFC, whitespace collapsed): 8 hex digits."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


# --- Bidi runs --------------------------------------------------------------------------------

# A Latin run starts and ends with a letter or digit and may hold Latin punctuation, spaces,
# quotes and brackets in between (``Nvidia, AMD to pay 15%``, ``https://…?p=1``), never Arabic.
_LATIN_INNER = r"[A-Za-z0-9 \u00a0.,:;!?/+&'’‘“”\"()\[\]\-–—_%#=~@*]"
_LATIN_RUN = rf"[A-Za-z0-9](?:{_LATIN_INNER}*[A-Za-z0-9%])?"
# An Arabic run: Arabic words with the spaces, digits and Arabic punctuation between them.
_ARABIC_RUN = rf"[{ARABIC_LETTERS}](?:[{ARABIC_LETTERS}٠-٩0-9 \u00a0،؛]*[{ARABIC_LETTERS}])?"
_PAIRS = {"“": "”", '"': '"', "(": ")", "«": "»", "‘": "’", "[": "]"}
_CLOSERS = {v: k for k, v in _PAIRS.items() if k != v}
_RUN_RE = {"ltr": re.compile(_LATIN_RUN), "rtl": re.compile(_ARABIC_RUN)}
_HAS_LETTER = {"ltr": re.compile("[A-Za-z]"), "rtl": re.compile(f"[{ARABIC_LETTERS}]")}


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


def split_runs(text: str, page_lang: str) -> list[Run]:
    """Split ``text`` into runs, isolating foreign-direction runs for a page in ``page_lang``.

    On Arabic pages, runs with Latin letters (``DeepSeek``, ``R2``, ``3.35 TB/s``) become LTR
    isolates, together with the quotes or brackets that enclose them (``“Ascend”``,
    ``(inference)``). Numbers alone stay in the Arabic flow, as Arabic typography expects. On
    English pages, Arabic runs become RTL isolates.
    """
    direction, lang = ("ltr", "en") if page_lang == "ar" else ("rtl", "ar")
    runs: list[Run] = []
    position = 0
    for match in _RUN_RE[direction].finditer(text):
        start, end = match.span()
        if not _HAS_LETTER[direction].search(match.group()):
            continue
        end = _balanced_end(text, start, _cut_at_stray_closer(text, start, end))
        if start > 0 and end < len(text) and _PAIRS.get(text[start - 1]) == text[end]:
            start, end = start - 1, end + 1
        if start < position:
            continue
        if start > position:
            runs.append(Run(text[position:start]))
        runs.append(Run(text[start:end], direction, lang))
        position = end
    if position < len(text):
        runs.append(Run(text[position:]))
    return runs


# --- Dates ------------------------------------------------------------------------------------

MONTHS_AR = (
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
)
"""Egyptian month names, as the source article writes them."""
