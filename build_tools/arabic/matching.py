"""Finding terms in running text, Arabic-aware: clitics, spelling variants, multi-word terms.

A term matches a word whatever its diacritics, tatweel, alef/hamza forms, ى/ي and ة/ه, and
whatever attached clitics it carries: و ف (and), ب ك ل (with, like, for) and the article ال, in
their combinations (وال، بال، فال، لل، وبال، وللـ …), so «رقائق» matches «الرقائق»,
«والرقائق», «بالرقائق» and «للرقائق». Latin words match case-insensitively with English plurals
and possessives (``GPUs``, ``Nvidia's``). Multi-word terms match word for word and the longest
match wins (words may be joined by a space or a hyphen). A term never matches part of a
longer word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from build_tools.arabic.text import ARABIC_LETTERS, normalise

_TOKEN_RE = re.compile(rf"[A-Za-z0-9]+(?:['’][sS]\b)?|[{ARABIC_LETTERS}]+")
_ARABIC_RE = re.compile(f"[{ARABIC_LETTERS}]")
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
PREFIXES = sorted(
    {c + p + a for c in _CONJUNCTIONS for p in _PREPOSITIONS for a in ("", "ال") if p + a != "لال"}
    | {c + "لل" for c in _CONJUNCTIONS},
    key=lambda prefix: (len(prefix), prefix),
)
"""Clitic combinations that may open an Arabic word, shortest first (after normalising)."""
_MIN_STEM = 2


@dataclass(frozen=True)
class Match:
    """A term found in a text: ``text[start:end]`` is the whole matched words, clitics included."""

    start: int
    end: int
    term: str


def latin_forms(word: str) -> list[str]:
    """``Nvidia's`` -> nvidia; ``GPUs`` -> gpus, gpu; ``technologies`` -> …, technology."""
    word = re.sub(r"['’]s$", "", word.casefold())
    forms = [word]
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        forms.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        forms.append(word[:-1])
    return forms


def word_keys(word: str, first: bool) -> list[str]:
    """Every key under which a word of running text may match, most literal first.

    Only the first word of a term may carry clitics; later words match as written (folded).
    """
    if not _ARABIC_RE.match(word):
        return latin_forms(word)
    folded = normalise(word)
    if not first:
        return [folded]
    return [
        folded[len(p) :]
        for p in PREFIXES
        if folded.startswith(p) and len(folded) - len(p) >= _MIN_STEM
    ]


def form_key(form: str) -> tuple[str, ...]:
    """The key of a term's written form: folded words, the article ال dropped from the first."""
    words = _TOKEN_RE.findall(form)
    keys = [normalise(w) if _ARABIC_RE.match(w) else latin_forms(w)[-1] for w in words]
    if keys and _ARABIC_RE.match(words[0]) and keys[0].startswith("ال") and len(keys[0]) > 4:
        keys[0] = keys[0][2:]
    return tuple(keys)


class TermIndex:
    """Terms by the key of their first word, for one language's forms."""

    def __init__(self, forms: Mapping[str, Iterable[str]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.owners: dict[tuple[str, ...], set[str]] = {}
        for term, written in forms.items():
            for form in written:
                key = form_key(form)
                if not key:
                    continue
                self.owners.setdefault(key, set()).add(term)
                self._by_first.setdefault(key[0], []).append((key, term))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, left to right, the longest at each position."""
        tokens = list(_TOKEN_RE.finditer(text))
        matches, index = [], 0
        while index < len(tokens):
            found = self._match_at(tokens, index)
            if found is None:
                index += 1
                continue
            length, term = found
            matches.append(Match(tokens[index].start(), tokens[index + length - 1].end(), term))
            index += length
        return matches

    def _match_at(self, tokens: list[re.Match[str]], index: int) -> tuple[int, str] | None:
        """The longest term starting at ``tokens[index]``; on a tie, the fewest clitics."""
        best: tuple[int, int, str] | None = None
        for rank, first in enumerate(word_keys(tokens[index].group(), first=True)):
            for key, term in self._by_first.get(first, ()):
                if (best is None or len(key) > best[0]) and self._rest_matches(tokens, index, key):
                    best = (len(key), rank, term)
        return (best[0], best[2]) if best else None

    @staticmethod
    def _rest_matches(tokens: list[re.Match[str]], index: int, key: tuple[str, ...]) -> bool:
        if index + len(key) > len(tokens):
            return False
        for offset in range(1, len(key)):
            previous, token = tokens[index + offset - 1], tokens[index + offset]
            gap = token.string[previous.end() : token.start()]
            if gap.strip() not in ("", "-", "‐") or key[offset] not in word_keys(
                token.group(), first=False
            ):
                return False
        return True


SEARCH_MIN_STEM = 3
"""A search query word keeps at least this many letters when its clitics are removed."""


def search_folding() -> dict[str, object]:
    """The rules of :func:`fold_query`, as data for the browser's copy of it (the search box
    folds the query exactly as this module does)."""
    from build_tools.arabic.text import DIACRITICS, DIGITS, LETTER_FOLDS

    return {
        "drop": f"[{DIACRITICS}]",
        "letters": LETTER_FOLDS,
        "digits": DIGITS,
        "prefixes": [p for p in reversed(PREFIXES) if p],
        "min_stem": SEARCH_MIN_STEM,
    }


def fold_query(query: str) -> str:
    """A search query folded like the text it is looked up in: letters, digits, clitics."""
    words = []
    for word in normalise(query).split():
        if _ARABIC_RE.match(word):
            word = next(
                (
                    word[len(p) :]
                    for p in reversed(PREFIXES)
                    if p and word.startswith(p) and len(word) - len(p) >= SEARCH_MIN_STEM
                ),
                word,
            )
        words.append(word)
    return " ".join(words)


def _stems(word: str) -> list[str]:
    """An Arabic word without each clitic combination that may open it, longest first."""
    return [
        word[len(p) :]
        for p in reversed(PREFIXES)
        if p and word.startswith(p) and len(word) - len(p) >= SEARCH_MIN_STEM
    ]


def query_forms(query: str) -> list[list[str]]:
    """For each word of a search query, what a word of a page may begin with to match it: an
    Arabic word as written or without a clitic, one or two deep («بيانات» may be «ب» and
    «يانات», as the index folds it); a Latin word without a plural or possessive ending. The
    search page keeps a page only when every word of the query matches (its copy of this rule
    is checked against this one)."""
    out = []
    for word in normalise(query).casefold().split():
        if not _ARABIC_RE.search(word):
            out.append(latin_forms(word))
            continue
        once = _stems(word)
        out.append([word, *once, *(s for stem in once for s in _stems(stem))])
    return out
