"""Where each source is cited on the site: the backlinks of the sources page.

Every fact that names a source becomes one link from that source's entry to the fact: the home
page (its key points and what happened next), an article (its origin and publication date), a
glossary term, a row of the chip table, a
timeline event, a correction. Pure: content in, links out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from build_tools.content.model import Content
from build_tools.language.codes import Lang
from build_tools.language.dates import format_date
from build_tools.language.ui import LABELS


@dataclass(frozen=True)
class Citation:
    """One place on the site, in one language, that cites a source."""

    label: str
    target: str
    """A page of docs/ with its anchor: ``glossary.md#h20``."""


def citations(content: Content, titles: Mapping[str, str], lang: Lang) -> dict[str, list[Citation]]:
    """For each source id, the places that cite it, in the order of the site's pages; a page is
    named by its title in the registry (``titles``, by page name)."""
    found: dict[str, list[Citation]] = {}

    def cite(ids: Iterable[str], label: str, target: str) -> None:
        for source_id in ids:
            places = found.setdefault(source_id, [])
            if not any(c.target == target for c in places):
                places.append(Citation(label, target))

    home = content.home
    caveats = [a.caveat.sources for a in content.articles if a.caveat]
    for statement in [home.title, home.intro, *home.points, *home.why, home.since]:
        cite(statement.sources, titles["index"], "index.md")
    for ids in caveats:  # the home page shows each article's caveat
        cite(ids, titles["index"], "index.md")
    for article in content.articles:
        origin = [article.source] if article.source else []
        caveat = list(article.caveat.sources) if article.caveat else []
        cited = [*origin, *article.published.sources, *caveat]
        cite(cited, titles[article.slug], f"{article.slug}.md")
    for event in content.events:
        cite(event.sources, event.title[lang], f"timeline.md#ev-{event.id}")
    for chip in content.chips.chips if content.chips else ():
        for cell in chip.cells.values():
            cite(cell.all_sources, chip.name, f"chips.md#chip-{chip.id}")
    for paragraph in content.chips.explainer if content.chips else ():
        cite(paragraph.sources, titles["chips"], "chips.md#meaning")
    for term in content.terms:
        cite(term.sources, term.texts[lang].term, f"glossary.md#{term.id}")
    for page in content.pages:
        cite(page.sources, titles[page.name], f"{page.name}.md")
    for correction in content.publication.corrections:
        label = f"{LABELS[lang]['correction_of']} {format_date(correction.date, lang)}"
        in_log, on_page = LABELS[lang]["in_log"], LABELS[lang]["on_corrected_page"]
        cite(correction.sources, f"{label} ({in_log})", f"corrections.md#{correction.id}")
        # ... and in the notice on the corrected page
        target = f"{correction.page}.md#notice-{correction.id}"
        cite(correction.sources, f"{label} ({on_page})", target)
    return found
