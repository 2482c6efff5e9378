"""Python-Markdown extension: link the first use of each glossary term on a page.

Each first use becomes ``<a class="term" href="glossary.md#ID" aria-describedby="tip-ID">``
followed by ``<span class="term-tip" role="tooltip" id="tip-ID">`` with the definition, in the
page's language: CSS shows it on hover and keyboard focus, a few lines of script on tap and
close it with Escape. Text inside headings, links, code and existing tips is never linked; the
visible text is unchanged. Matching is :class:`build_tools.arabic.TermIndex`.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from build_tools.arabic import TermIndex, with_enclosing_pair
from build_tools.glue.markdown_tree import Piece, replace_text

_NOT_HERE = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "title"}


@dataclass
class GlossaryLinks:
    """What to link and where; ``enabled`` is switched off for the glossary page itself."""

    index: TermIndex
    definitions: dict[str, str]
    href: str = "glossary.md"
    enabled: bool = True
    seen: set[str] = field(default_factory=set)


class TermLinker(Treeprocessor):
    def __init__(self, md: Markdown, links: GlossaryLinks) -> None:
        super().__init__(md)
        self.links = links

    def run(self, root: etree.Element) -> None:
        if not self.links.enabled:
            return
        # Terms linked already (by an earlier pass) count as used: linking is idempotent.
        self.links.seen = {
            a.get("href", "").rpartition("#")[2] for a in root.iter("a") if a.get("class") == "term"
        }
        replace_text(root, self._link, skip=_is_excluded)

    def _link(self, text: str) -> list[Piece] | None:
        pieces: list[Piece] = []
        position = 0
        for match in self.links.index.find(text):
            if match.term in self.links.seen:
                continue
            self.links.seen.add(match.term)
            # “Ascend” is linked with its quotes, so that the run is isolated with them.
            start, end = with_enclosing_pair(text, match.start, match.end)
            if start < position:  # the opening quote closed the previous term
                start, end = match.start, match.end
            pieces.append(text[position:start])
            pieces += self._term(match.term, text[start:end])
            position = end
        if not position:
            return None
        pieces.append(text[position:])
        return pieces

    def _term(self, term: str, words: str) -> list[Piece]:
        tip_id = f"tip-{term}"
        link = etree.Element(
            "a", {"href": f"{self.links.href}#{term}", "class": "term", "aria-describedby": tip_id}
        )
        link.text = words
        tip = etree.Element(
            "span",  # search indexes the text, not the definitions repeated in it
            {"class": "term-tip", "role": "tooltip", "id": tip_id, "data-pagefind-ignore": ""},
        )
        tip.text = self.links.definitions[term]
        return [link, tip]


def _is_excluded(element: etree.Element) -> bool:
    """Code, links, headings...; the tips themselves; source entries (a bibliography quotes
    titles and names, it does not use terms); and text marked as another language (a quotation
    in English on an Arabic page: a definition in the page's language would not explain it)."""
    classes = element.get("class", "").split()
    return (
        element.tag in _NOT_HERE
        or "term-tip" in classes
        or "source-entry" in classes
        or element.get("lang") is not None
    )


class GlossaryExtension(Extension):
    def __init__(self, links: GlossaryLinks) -> None:
        super().__init__()
        self.links = links

    def extendMarkdown(self, md: Markdown) -> None:
        # After inline patterns (20) and attr_list (8), before bidi isolation (6): the isolation
        # then also applies inside the links and the definitions.
        md.treeprocessors.register(TermLinker(md, self.links), "glossary_links", 7)
