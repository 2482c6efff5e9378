"""The content model: everything in ``content_src/``, validated, as the renderers receive it."""

from __future__ import annotations

from dataclasses import dataclass

from build_tools.article import Article
from build_tools.chips import Chips
from build_tools.free_pages import Page
from build_tools.glossary import Term
from build_tools.home import Home
from build_tools.publication import Publication
from build_tools.sources import Source
from build_tools.timeline import Event


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
