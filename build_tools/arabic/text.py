"""Characters, digits, normalisation for matching, fingerprints and month names."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# --- Characters -----------------------------------------------------------------------------

ARABIC_BLOCKS = (
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)
"""The Unicode blocks of the Arabic script, first and last code point: what the Arabic font
draws (its subset and its CSS ``unicode-range``)."""
ARABIC_BLOCK = "\u0600-\u06ff"
"""Character-class body for the Arabic block alone, as the search script in the page matches
Arabic words (``theme/main.html``); the development tools count words the same way."""


def is_arabic(char: str) -> bool:
    """Whether ``char`` is in one of :data:`ARABIC_BLOCKS`."""
    return any(first <= ord(char) <= last for first, last in ARABIC_BLOCKS)


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

DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
"""Character-class body: the marks (and tatweel) that matching ignores."""
LETTER_FOLDS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
"""Letters that matching treats as the same."""
DIGITS = ARABIC_INDIC_DIGITS + EXTENDED_ARABIC_INDIC_DIGITS
_DIACRITICS_RE = re.compile(f"[{DIACRITICS}]")
_LETTER_FOLDS = str.maketrans(LETTER_FOLDS)


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


# --- Quotations --------------------------------------------------------------------------------

_QUOTATION_RE = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")


def without_quotations(text: str) -> str:
    """``text`` with what it quotes («…», “…”, "…") blanked out: the words are someone else's,
    so our checks of wording (claims that expire) do not apply to them."""
    return _QUOTATION_RE.sub(lambda m: " " * len(m.group()), text)
