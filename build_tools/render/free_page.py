"""A free page (``content_src/pages/NAME.LANG.md``, such as About) as published: its text, then
the sources it cites."""

from __future__ import annotations

from build_tools.arabic import to_western_digits
from build_tools.content.free_pages import Page
from build_tools.language.codes import Lang
from build_tools.language.ui import LABELS
from build_tools.render.markdown import PageText, qualifiers
from build_tools.render.references import cite


def render_page(page: Page, lang: Lang) -> PageText:
    """The contributor's Markdown as written (its first line is its title), then the sources it
    cites."""
    title, _, body = to_western_digits(page.texts[lang]).lstrip().partition("\n")
    text = body.removeprefix("\n").rstrip() + "\n"
    said = qualifiers(None, page.expiry, lang)
    if page.sources or said:
        text += f"\n{LABELS[lang]['sources']}: {cite(page.sources)} {said}".rstrip() + "\n"
    return PageText(title, text, first_paragraph(body))


def first_paragraph(markdown: str) -> str:
    """The first paragraph of prose of a page the contributor wrote (headings, images, tables
    and HTML blocks are not prose)."""
    for block in markdown.split("\n\n"):
        lines = [line for line in block.strip().split("\n") if not line.startswith("{:")]
        if lines and lines[0] and not lines[0].startswith(("<", "#", "!", "|")):
            return " ".join(lines)
    return ""
