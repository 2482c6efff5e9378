"""One language's ``docs/LANG/``: every page of the registry through its kind's renderer, then
the files the MkDocs hooks read beside them (navigation, page data, feed entries, glossary terms).

Pure: the content as this language publishes it in, ``{path: text}`` out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from build_tools.content.article import Article
from build_tools.content.chips import Chips
from build_tools.content.editions import languages_of
from build_tools.content.free_pages import Page
from build_tools.content.glossary import usages
from build_tools.content.model import Content
from build_tools.content.site_pages import Kind, SitePage
from build_tools.content.timeline import Event
from build_tools.language.codes import Lang
from build_tools.render.article_page import render_article
from build_tools.render.chips_page import render_chips_page
from build_tools.render.citations import Citation, citations
from build_tools.render.corrections_page import page_dates, render_corrections
from build_tools.render.feed import FEED_FILE, feed_entries
from build_tools.render.free_page import render_page
from build_tools.render.glossary_page import TERMS_FILE, render_glossary, render_terms_json
from build_tools.render.home_page import render_home
from build_tools.render.markdown import PageText, generated_header
from build_tools.render.navigation import render_nav
from build_tools.render.page_meta import META_FILE, render_page_meta
from build_tools.render.references import number_citations
from build_tools.render.search_page import render_search
from build_tools.render.sources_page import render_sources
from build_tools.render.timeline_page import render_timeline


@dataclass(frozen=True)
class Edition:
    """The site in one language, and what its pages need to know about each other."""

    content: Content
    """As this language publishes it (:func:`build_tools.content.editions.edition`)."""
    lang: Lang
    registry: tuple[SitePage, ...]
    cited: dict[str, list[Citation]]
    """For each source id, the places that cite it."""
    titles: dict[str, str]
    """Each page's title, by page name."""
    places: dict[str, str]
    """The name of each passage a correction can point at (``timeline#ev-ID`` …)."""


def render_edition(content: Content, lang: Lang) -> dict[str, str]:
    """Every generated file of ``docs/LANG/``, by its path relative to that folder."""
    registry = content.registry
    titles = {page.name: page.titles[lang] for page in registry}
    cited, places = citations(content, titles, lang), _places(content, lang)
    edition = Edition(content, lang, registry, cited, titles, places)
    texts = {page.name: RENDERERS[page.kind](edition, page) for page in registry}
    entries: dict[str, Markup] = {}  # each source's entry, written once for all the pages
    pages = {
        page.file: number_citations(
            _composed(page, texts[page.name], edition), content.sources, lang, entries
        )
        for page in registry
    }
    descriptions = {name: text.description for name, text in texts.items()}
    files = {
        ".nav.yml": render_nav(registry, lang),
        META_FILE: render_page_meta(content, registry, descriptions, titles, cited, lang),
        FEED_FILE: feed_entries(content.articles, content.publication, titles, places, lang),
    }
    if content.terms:
        files[TERMS_FILE] = render_terms_json(content.terms, lang)
    return pages | files


def _composed(page: SitePage, text: PageText, edition: Edition) -> str:
    """The page in order: the header naming its source, its title, its dates and corrections
    (every page but search), then what its renderer wrote."""
    publication, lang = edition.content.publication, edition.lang
    under_title = page_dates(page.name, publication, lang) if page.dated else []
    head = [generated_header(page.sources[lang]), text.title, "", *under_title]
    return "\n".join(head) + "\n" + text.body


def _places(content: Content, lang: Lang) -> dict[str, str]:
    """The name of each place a correction can point at: ``timeline#ev-ID``, ``chips#chip-ID``,
    ``glossary#ID``."""
    places = {f"timeline#ev-{e.id}": e.title[lang] for e in content.events}
    places |= {f"chips#chip-{c.id}": c.name for c in (content.chips.chips if content.chips else ())}
    return places | {f"glossary#{t.id}": t.texts[lang].term for t in content.terms}


RENDERERS: dict[Kind, Callable[[Edition, SitePage], PageText]] = {
    "home": lambda e, _: render_home(
        e.content.home, e.content.articles, {p.name for p in e.registry}, e.lang
    ),
    "article": lambda e, page: _article(e, page.name),
    "timeline": lambda e, _: render_timeline(e.content.events, _names(e), e.lang),
    "chips": lambda e, _: render_chips_page(_chips(e), e.lang),
    "glossary": lambda e, _: render_glossary(
        e.content.terms, usages(e.content.terms, e.content.articles, e.lang), e.lang
    ),
    "sources": lambda e, _: render_sources(e.content.sources, e.cited, e.lang),
    "corrections": lambda e, _: render_corrections(
        e.content.publication, e.titles, e.lang, e.places
    ),
    "free": lambda e, page: render_page(_free_page(e, page.name), e.lang),
    "search": lambda e, _: render_search(e.lang),
}
"""The renderer of each kind of page (:attr:`SitePage.kind`): with the registry, the table of
which pages the site has and what makes each."""


def _article(edition: Edition, slug: str) -> PageText:
    content = edition.content
    article = next(a for a in content.articles if a.slug == slug)
    events = _events_of(article, content.events)
    return render_article(article, edition.lang, content.sources, events, languages_of(article))


def _chips(edition: Edition) -> Chips:
    if edition.content.chips is None:  # the registry has a chip page only when there are chips
        raise ValueError("a chip page without chips")
    return edition.content.chips


def _free_page(edition: Edition, name: str) -> Page:
    return next(page for page in edition.content.pages if page.name == name)


def _events_of(article: Article, events: list[Event]) -> dict[str, list[Event]]:
    """The timeline events about each paragraph of ``article``, by paragraph id."""
    found: dict[str, list[Event]] = {}
    for event in events:
        for ref in event.paragraphs:
            slug, _, block = ref.partition("#")
            if slug == article.slug:
                found.setdefault(block, []).append(event)
    return found


def _names(edition: Edition) -> dict[str, dict[str, str]]:
    """The names the timeline links its events to: glossary terms and chips, by id."""
    content, lang = edition.content, edition.lang
    chips = content.chips.chips if content.chips else ()
    return {
        "terms": {t.id: t.texts[lang].term for t in content.terms},
        "chips": {c.id: c.name for c in chips},
    }
