"""The caveat of an article: what a reader should know before reading it, in our words, as a
note under the title of the article and on the home page."""

from __future__ import annotations

from build_tools.content.article import Caveat
from build_tools.language.codes import Lang
from build_tools.language.ui import LABELS
from build_tools.render.markdown import before_full_stop, escape, qualifiers
from build_tools.render.references import cite


def caveat_lines(caveat: Caveat, lang: Lang) -> list[str]:
    """The caveat as a note under a page's title: label, text, its date checked, its sources."""
    said = qualifiers(None, caveat.expiry, lang)
    parts = [
        f"**{LABELS[lang]['caveat']}:**",
        before_full_stop(escape(caveat.texts[lang]), said),
        cite(caveat.sources),
    ]
    return [" ".join(p for p in parts if p), '{: .caveat role="note" }', ""]
