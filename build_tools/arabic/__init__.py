"""Arabic text handling, in one place, used by every component and by search.

- :mod:`.text`: characters, the digit policy, normalisation for matching, fingerprints, months;
- :mod:`.bidi`: which runs to isolate on a page of the other direction;
- :mod:`.matching`: finding glossary terms in running text, clitics and variants included.
"""

from build_tools.arabic.bidi import Run, split_runs, with_enclosing_pair
from build_tools.arabic.matching import Match, TermIndex, fold_query, form_key, search_folding
from build_tools.arabic.text import (
    ARABIC_BLOCK,
    ARABIC_BLOCKS,
    ARABIC_LETTERS,
    BIDI_CONTROLS,
    MONTHS_AR,
    find_bidi_controls,
    fingerprint,
    is_arabic,
    normalise,
    to_western_digits,
    without_quotations,
)

__all__ = [
    "ARABIC_BLOCK",
    "ARABIC_BLOCKS",
    "ARABIC_LETTERS",
    "BIDI_CONTROLS",
    "MONTHS_AR",
    "Match",
    "Run",
    "TermIndex",
    "find_bidi_controls",
    "fingerprint",
    "fold_query",
    "form_key",
    "is_arabic",
    "normalise",
    "search_folding",
    "split_runs",
    "to_western_digits",
    "with_enclosing_pair",
    "without_quotations",
]
