"""A free page (``content_src/pages/NAME.LANG.md``, such as About) as published: its text, then
the sources it cites."""

from __future__ import annotations

from build_tools.arabic import to_western_digits
from build_tools.content.free_pages import Page
from build_tools.language.ui import LABELS
from build_tools.render.markdown import generated_header, qualifiers
from build_tools.render.references import cite


def render_page(page: Page, lang: str) -> str:
    text = to_western_digits(page.texts[lang]).rstrip() + "\n"
    said = qualifiers(None, page.expiry, lang)
    if page.sources or said:
        text += f"\n{LABELS[lang]['sources']}: {cite(page.sources)} {said}".rstrip() + "\n"
    return generated_header(page.files[lang]) + "\n" + text
