"""The build, top to bottom: read content_src/, validate, render every page, then write docs/.

Nothing is written unless every source is valid; the writer only touches files that changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools import writer
from build_tools.content.article import Article
from build_tools.content.editions import edition, languages_of
from build_tools.content.glossary import usages
from build_tools.content.loading import LANGUAGES
from build_tools.content.model import Content
from build_tools.content.reader import load_all
from build_tools.content.timeline import Event
from build_tools.errors import Problem
from build_tools.language.ui import LABELS
from build_tools.render import fonts
from build_tools.render.article_page import render_article
from build_tools.render.chips_page import render_chips_page
from build_tools.render.citations import citations
from build_tools.render.corrections_page import render_corrections, with_publication
from build_tools.render.feed import FEED_FILE, feed_entries
from build_tools.render.free_page import render_page
from build_tools.render.glossary_page import TERMS_FILE, render_glossary, render_terms_json
from build_tools.render.home_page import render_home
from build_tools.render.links import check_links
from build_tools.render.navigation import render_nav
from build_tools.render.page_meta import META_FILE, render_page_meta
from build_tools.render.references import number_citations
from build_tools.render.search_page import render_search
from build_tools.render.sources_page import render_sources
from build_tools.render.timeline_page import render_timeline


@dataclass(frozen=True)
class Result:
    plan: writer.Plan
    warnings: tuple[Problem, ...]
    """Stale translations: warnings, and failures under ``--check``."""
    expired: tuple[Problem, ...] = ()
    """Claims past the day to check them again: warnings (``check`` under CI fails on them)."""
    untranslated: tuple[Problem, ...] = ()
    """What is still to translate: warnings only (Arabic first: the Arabic publishes at once)."""


def _places(content: Content, lang: str) -> dict[str, str]:
    """The name of each place a correction can point at: ``timeline#ev-ID``, ``chips#chip-ID``,
    ``glossary#ID``."""
    places = {f"timeline#ev-{e.id}": e.title[lang] for e in content.events}
    places |= {f"chips#chip-{c.id}": c.name for c in (content.chips.chips if content.chips else ())}
    return places | {f"glossary#{t.id}": t.texts[lang].term for t in content.terms}


def render_site(content: Content, docs: Path) -> dict[str, bytes]:
    """Every file of ``docs/``, keyed by its path relative to ``docs/``."""
    outputs: dict[str, bytes] = {}
    everything = content
    for lang in LANGUAGES:
        content = edition(everything, lang)  # what this language publishes (Arabic first)
        cited = citations(content, lang)
        titles, places = _titles(content, lang), _places(content, lang)
        pages = {
            "index.md": render_home(content.home, content.articles, _other_pages(content), lang),
            "sources.md": render_sources(content.sources, cited, lang),
            ".nav.yml": render_nav(content, lang),
            "search.md": render_search(lang),
        }
        if content.chips:
            pages["chips.md"] = render_chips_page(content.chips, lang)
        if content.terms:
            used = usages(content.terms, content.articles, lang)
            pages["glossary.md"] = render_glossary(content.terms, used, lang)
            pages[TERMS_FILE] = render_terms_json(content.terms, lang)
        pages |= {
            f"{a.slug}.md": render_article(
                a, lang, content.sources, _events_of(a, content), languages_of(a)
            )
            for a in content.articles
        }
        if content.events:
            pages["timeline.md"] = render_timeline(content.events, _names(content, lang), lang)
        pages |= {f"{p.name}.md": render_page(p, lang) for p in content.pages}
        pages["corrections.md"] = render_corrections(content.publication, titles, lang, places)
        for name in content.publication.dates:
            pages[f"{name}.md"] = with_publication(
                name, pages[f"{name}.md"], content.publication, lang
            )
        for name in [n for n in pages if n.endswith(".md")]:
            pages[name] = number_citations(pages[name], content.sources, lang)
        pages[META_FILE] = render_page_meta(content, pages, titles, cited, lang)
        pages[FEED_FILE] = feed_entries(content.articles, content.publication, titles, places, lang)
        all_text = "".join(pages.values())
        outputs |= {f"{lang}/{name}": text.encode("utf-8") for name, text in pages.items()}
        assets = fonts.render_fonts(all_text, lang, docs / lang)
        outputs |= {f"{lang}/{name}": data for name, data in assets.items()}
    return outputs


def _events_of(article: Article, content: Content) -> dict[str, list[Event]]:
    """The timeline events about each paragraph of ``article``, by paragraph id."""
    found: dict[str, list[Event]] = {}
    for event in content.events:
        for ref in event.paragraphs:
            slug, _, block = ref.partition("#")
            if slug == article.slug:
                found.setdefault(block, []).append(event)
    return found


def _other_pages(content: Content) -> set[str]:
    present = {
        "sources": True,
        "timeline": bool(content.events),
        "chips": bool(content.chips),
        "glossary": bool(content.terms),
    }
    return {name for name, there in present.items() if there}


def _titles(content: Content, lang: str) -> dict[str, str]:
    """The title of every page with dates, as the navigation shows it."""
    labels = LABELS[lang]
    titles = {a.slug: a.texts[lang].title for a in content.articles}
    titles |= {p.name: p.title(lang) for p in content.pages}
    return (
        titles
        | {
            name: labels[name]
            for name in ("timeline", "chips", "glossary", "sources", "corrections")
        }
        | {"index": labels["home"]}
    )


def _names(content: Content, lang: str) -> dict[str, dict[str, str]]:
    chips = content.chips.chips if content.chips else ()
    return {
        "terms": {t.id: t.texts[lang].term for t in content.terms},
        "chips": {c.id: c.name for c in chips},
    }


def build(root: Path, check: bool = False) -> Result:
    """Build ``docs/`` from ``content_src/``; with ``check``, change nothing and report."""
    # 1. Read and validate: raises before anything is written.
    loaded = load_all(root)
    content, warnings = loaded.content, loaded.warnings
    # 2. Render every page to text.
    docs = root / "docs"
    outputs = render_site(content, docs)
    check_links(outputs)  # the links of the HTML blocks, which MkDocs does not check
    # 3. Compare with docs/, then write (or, under --check, only report).
    changes = writer.plan(docs, outputs)
    if not check:
        writer.apply(docs, changes)
    return Result(changes, tuple(warnings), tuple(loaded.expired), tuple(loaded.untranslated))
