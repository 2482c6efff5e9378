"""The page registry: which pages the site has, in the navigation's order, and for each its name,
kind, title in each language, the source file it is made from and whether it carries dates.

Navigation, titles, dates, the home page's links, the edit links and the MkDocs hooks all read
this one table; none of them decides on its own which pages exist.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from build_tools.content.article import Article
from build_tools.content.chips import CHIPS_FILE
from build_tools.content.free_pages import Page
from build_tools.content.glossary import GLOSSARY_FILE
from build_tools.content.home import HOME_FILE
from build_tools.content.publication import CORRECTIONS_FILE, CORRECTIONS_PAGE
from build_tools.content.sources import SOURCES_FILE
from build_tools.content.timeline import TIMELINE_FILE
from build_tools.language.codes import LANGUAGES, Bilingual
from build_tools.language.ui import LABELS

Kind = Literal[
    "home", "article", "timeline", "chips", "glossary", "sources", "corrections", "free", "search"
]
SEARCH_SOURCE = "build_tools/render/search_page.py"
"""The search page is made by code alone: its generated header names the renderer."""


@dataclass(frozen=True)
class SitePage:
    """One page of the site, the same name in every language it is published in."""

    name: str
    """The page's file without ``.md``: ``index``, an article's slug, ``timeline``…"""
    kind: Kind
    titles: Bilingual
    """Per language, the title the navigation, the corrections and the feed give it."""
    sources: Bilingual
    """Per language, the file of ``content_src/`` it is made from (its "edit this page")."""
    dated: bool = True
    """Whether ``content_src/dates.yml`` gives it dates (every page but search)."""

    @property
    def file(self) -> str:
        return f"{self.name}.md"


def site_pages(
    articles: Sequence[Article],
    free_pages: Sequence[Page],
    *,
    timeline: bool,
    chips: bool,
    glossary: bool,
) -> tuple[SitePage, ...]:
    """The site's pages in the navigation's order: home, the articles, the timeline, chips and
    glossary when there are any, sources, corrections, the free pages, search."""
    pages = [_fixed("index", "home", HOME_FILE, label="home")]
    pages += [
        SitePage(
            a.slug,
            "article",
            {lang: a.texts[lang].title for lang in a.texts},
            {lang: a.texts[lang].file for lang in a.texts},
        )
        for a in articles
    ]
    parts: tuple[tuple[Kind, str, bool], ...] = (
        ("timeline", TIMELINE_FILE, timeline),
        ("chips", CHIPS_FILE, chips),
        ("glossary", GLOSSARY_FILE, glossary),
    )
    pages += [_fixed(kind, kind, source) for kind, source, present in parts if present]
    pages.append(_fixed("sources", "sources", SOURCES_FILE))
    pages.append(_fixed(CORRECTIONS_PAGE, "corrections", CORRECTIONS_FILE))
    pages += [
        SitePage(p.name, "free", {lang: p.title(lang) for lang in p.texts}, dict(p.files))
        for p in free_pages
    ]
    pages.append(_fixed("search", "search", SEARCH_SOURCE, dated=False))
    return tuple(pages)


def dated_names(pages: Sequence[SitePage]) -> list[str]:
    """The pages that carry dates, in the navigation's order."""
    return [page.name for page in pages if page.dated]


def _fixed(name: str, kind: Kind, source: str, label: str = "", dated: bool = True) -> SitePage:
    titles = {lang: LABELS[lang][label or name] for lang in LANGUAGES}
    return SitePage(name, kind, titles, dict.fromkeys(LANGUAGES, source), dated)
