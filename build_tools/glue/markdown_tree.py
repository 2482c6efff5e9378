"""Helpers for our Python-Markdown tree processors: replace pieces of text with elements.

Text nodes hold placeholders for raw HTML and escaped characters (``\\x02…\\x03``); they are
never split. Code, scripts and elements the caller names are never entered.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown.util import AtomicString

PLACEHOLDER = re.compile("(\u0002(?:wzxhzdk:)?\\d+\u0003)")
NEVER_ENTER = frozenset({"code", "pre", "kbd", "samp", "script", "style", "math", "svg"})

Piece = str | etree.Element
Replacer = Callable[[str], list[Piece] | None]
"""Returns the text as strings and new elements, or ``None`` to leave it as it is."""


def replace_text(
    element: etree.Element, replacer: Replacer, skip: Callable[[etree.Element], bool]
) -> None:
    """Apply ``replacer`` to every text and tail under ``element``, in document order.

    Elements the replacer inserts are not entered.
    """
    children = list(element)
    if element.text and not isinstance(element.text, AtomicString):
        pieces = _pieces(element.text, replacer)
        if pieces is not None:
            element.text = _leading_text(pieces)
            _insert(element, 0, pieces)
    for child in children:
        if child.tag not in NEVER_ENTER and not skip(child):
            replace_text(child, replacer, skip)
        if child.tail:
            pieces = _pieces(child.tail, replacer)
            if pieces is not None:
                child.tail = _leading_text(pieces)
                _insert(element, list(element).index(child) + 1, pieces)


def _pieces(text: str, replacer: Replacer) -> list[Piece] | None:
    out: list[Piece] = []
    changed = False
    for part in PLACEHOLDER.split(text):
        replaced = None if PLACEHOLDER.fullmatch(part) or not part else replacer(part)
        if replaced is None:
            out.append(part)
        else:
            out.extend(replaced)
            changed = True
    return out if changed else None


def _leading_text(pieces: list[Piece]) -> str:
    """Removes and returns the strings before the first element."""
    text = ""
    while pieces and isinstance(pieces[0], str):
        text += pieces.pop(0)  # type: ignore[operator]
    return text


def _insert(parent: etree.Element, index: int, pieces: list[Piece]) -> None:
    """Insert elements at ``index``; strings become the tail of the element before them."""
    previous: etree.Element | None = None
    for piece in pieces:
        if isinstance(piece, str):
            if previous is not None:
                previous.tail = (previous.tail or "") + piece
            continue
        piece.tail = None
        parent.insert(index, piece)
        index += 1
        previous = piece
