"""The content model: everything in ``content_src/``, validated, as the renderers receive it:
``Content``, and the types every component shares, the language code ``Lang`` and the text in
every language ``Bilingual`` (defined in :mod:`build_tools.language.codes`, which the interface
text uses too)."""

from __future__ import annotations

from dataclasses import dataclass

from build_tools.content.article import Article
from build_tools.content.chips import Chips
from build_tools.content.free_pages import Page
from build_tools.content.glossary import Term
from build_tools.content.home import Home
from build_tools.content.publication import Publication
from build_tools.content.site_pages import SitePage, site_pages
from build_tools.content.sources import Source
from build_tools.content.timeline import Event
from build_tools.language.codes import LANGUAGES, Bilingual, Lang

__all__ = ["LANGUAGES", "Bilingual", "Content", "Lang"]


@dataclass(frozen=True)
class Content:
    """Everything in ``content_src/``, validated."""

    sources: dict[str, Source]
    articles: list[Article]
    pages: list[Page]
    home: Home
    terms: list[Term]
    chips: Chips | None
    events: list[Event]
    publication: Publication

    @property
    def registry(self) -> tuple[SitePage, ...]:
        """The pages this content makes, in the navigation's order (:mod:`.site_pages`)."""
        return site_pages(
            self.articles,
            self.pages,
            timeline=bool(self.events),
            chips=bool(self.chips),
            glossary=bool(self.terms),
        )
