"""Python-Markdown extension: isolate foreign-direction runs in the rendered HTML.

On Arabic pages each Latin run (``DeepSeek``, ``“Ascend”``, ``(inference)``) becomes
``<bdi dir="ltr" lang="en">``; on English pages each Arabic run becomes ``<bdi dir="rtl"
lang="ar">``. The splitting rules live in :mod:`build_tools.arabic`; this is only the glue that
walks the element tree, skipping code, existing isolates and raw-HTML placeholders.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from build_tools.arabic import split_runs

_SKIP = {"code", "pre", "kbd", "samp", "script", "style", "bdi", "bdo", "math", "svg"}
_PLACEHOLDER = re.compile("(\u0002(?:wzxhzdk:)?\\d+\u0003)")  # raw HTML and escapes


class BidiIsolation(Treeprocessor):
    def __init__(self, md: Markdown, page_lang: str) -> None:
        super().__init__(md)
        self.page_lang = page_lang

    def run(self, root: etree.Element) -> None:
        self._walk(root)

    def _walk(self, element: etree.Element) -> None:
        for child in list(element):
            if child.tag not in _SKIP and "dir" not in child.attrib:
                self._walk(child)
            if child.tail:
                self._isolate_tail(element, child)
        if element.text and not isinstance(element.text, AtomicString):
            pieces = self._pieces(element.text)
            if pieces:
                element.text = pieces[0] if isinstance(pieces[0], str) else ""
                self._insert(element, 0, pieces[1:] if isinstance(pieces[0], str) else pieces)

    def _isolate_tail(self, parent: etree.Element, child: etree.Element) -> None:
        pieces = self._pieces(child.tail or "")
        if not pieces:
            return
        first = pieces[0] if isinstance(pieces[0], str) else ""
        child.tail = first
        rest = pieces[1:] if isinstance(pieces[0], str) else pieces
        self._insert(parent, list(parent).index(child) + 1, rest)

    def _pieces(self, text: str) -> list[str | etree.Element] | None:
        """Text split into strings and ``bdi`` elements; ``None`` when nothing is isolated."""
        out: list[str | etree.Element] = []
        changed = False
        for part in _PLACEHOLDER.split(text):
            runs = [] if _PLACEHOLDER.fullmatch(part) else split_runs(part, self.page_lang)
            if not any(run.direction for run in runs):
                out.append(part)
                continue
            changed = True
            for run in runs:
                if run.direction:
                    bdi = etree.Element("bdi", {"dir": run.direction, "lang": run.lang or ""})
                    bdi.text = run.text
                    out.append(bdi)
                else:
                    out.append(run.text)
        return _merge(out) if changed else None

    @staticmethod
    def _insert(parent: etree.Element, index: int, pieces: list[str | etree.Element]) -> None:
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


def _merge(pieces: list[str | etree.Element]) -> list[str | etree.Element]:
    merged: list[str | etree.Element] = []
    for piece in pieces:
        if isinstance(piece, str) and merged and isinstance(merged[-1], str):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


class BidiIsolationExtension(Extension):
    def __init__(self, page_lang: str = "ar") -> None:
        super().__init__()
        self.page_lang = page_lang

    def extendMarkdown(self, md: Markdown) -> None:
        # After inline patterns (20) and attr_list (8), before the table of contents (5).
        md.treeprocessors.register(BidiIsolation(md, self.page_lang), "bidi_isolation", 6)
