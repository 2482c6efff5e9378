"""Python-Markdown extension: isolate foreign-direction runs in the rendered HTML.

On Arabic pages each Latin run (``DeepSeek``, ``“Ascend”``, ``(inference)``) becomes
``<bdi dir="ltr" lang="en">``; on English pages each Arabic run becomes ``<bdi dir="rtl"
lang="ar">``. The splitting rules live in :mod:`build_tools.arabic`; this is only the glue.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from build_tools.arabic import split_runs
from build_tools.glue.markdown_tree import Piece, replace_text
from build_tools.language.codes import Lang
from build_tools.language.typography import direction


class BidiIsolation(Treeprocessor):
    def __init__(self, md: Markdown, page_lang: Lang) -> None:
        super().__init__(md)
        self.page_lang = page_lang

    def run(self, root: etree.Element) -> None:
        replace_text(
            root, self._isolate, skip=lambda e: e.tag in ("bdi", "bdo") or "dir" in e.attrib
        )

    def _isolate(self, text: str) -> list[Piece] | None:
        runs = split_runs(text, direction(self.page_lang))
        if not any(run.direction for run in runs):
            return None
        pieces: list[Piece] = []
        for run in runs:
            if run.direction:
                bdi = etree.Element("bdi", {"dir": run.direction, "lang": run.lang or ""})
                bdi.text = run.text
                pieces.append(bdi)
            else:
                pieces.append(run.text)
        return pieces


class BidiIsolationExtension(Extension):
    def __init__(self, page_lang: Lang = "ar") -> None:
        super().__init__()
        self.page_lang = page_lang

    def extendMarkdown(self, md: Markdown) -> None:
        # After inline patterns (20), attr_list (8) and glossary links (7), before the toc (5).
        md.treeprocessors.register(BidiIsolation(md, self.page_lang), "bidi_isolation", 6)
