"""The build, top to bottom: read content_src/, validate, render every page, then write docs/.

Nothing is written unless every source is valid; the writer only touches files that changed.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from build_tools import fonts, translation, writer
from build_tools.article import Article, article_claims, load_articles
from build_tools.article_page import render_article
from build_tools.chip_checks import check_plausibility
from build_tools.chips import chip_claims, load_chips
from build_tools.chips_page import render_chips_page
from build_tools.citations import citations
from build_tools.claims import Claim
from build_tools.content import Content
from build_tools.corrections_page import render_corrections, with_publication
from build_tools.dates import PartialDate
from build_tools.editions import edition, languages_of
from build_tools.editorial_rules import load_rules
from build_tools.errors import ContentError, Problem
from build_tools.evidence import check_claims
from build_tools.feed import FEED_FILE, feed_entries
from build_tools.free_pages import Page, load_pages, page_claims, render_page
from build_tools.glossary import load_glossary, term_claims, usages
from build_tools.glossary_page import TERMS_FILE, render_glossary, render_terms_json
from build_tools.home import home_claims, load_home, render_home
from build_tools.loading import LANGUAGES
from build_tools.page_meta import META_FILE, render_page_meta
from build_tools.pages import render_nav, render_sources
from build_tools.publication import (
    CORRECTIONS_PAGE,
    correction_claims,
    load_publication,
)
from build_tools.references import number_citations
from build_tools.search_page import render_search
from build_tools.sources import load_sources
from build_tools.timeline import Event, event_claims, known_ids, load_timeline
from build_tools.timeline_page import render_timeline
from build_tools.ui import LABELS
from build_tools.wording import check_wording, load_style


@dataclass(frozen=True)
class Result:
    plan: writer.Plan
    warnings: tuple[Problem, ...]
    """Stale translations: warnings, and failures under ``--check``."""
    expired: tuple[Problem, ...] = ()
    """Claims past the day to check them again: warnings (``check`` under CI fails on them)."""
    untranslated: tuple[Problem, ...] = ()
    """What is still to translate: warnings only (Arabic first: the Arabic publishes at once)."""


@dataclass(frozen=True)
class Loaded:
    content: Content
    warnings: list[Problem]
    expired: list[Problem]
    untranslated: list[Problem]


def build_date(root: Path) -> PartialDate:
    """The day of the build: ``SOURCE_DATE_EPOCH`` when set, else the last commit's, else the
    newest source file's. Never the clock, so that a build of one commit is the same on every
    day and machine (claims that expire are judged against this day)."""
    stamp = int(source_date_epoch(root))
    day = dt.datetime.fromtimestamp(stamp, dt.UTC).date()
    return PartialDate(day.year, day.month, day.day)


def source_date_epoch(root: Path) -> str:
    """``SOURCE_DATE_EPOCH`` when set, else the time of the last commit, else the newest source
    file's: the build's date, in seconds."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    commit = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%ct"],
        capture_output=True,
        text=True,
        check=False,
    )
    if commit.returncode == 0 and commit.stdout.strip():
        return commit.stdout.strip()
    files = [p for p in (root / "content_src").rglob("*") if p.is_file()]
    return str(max(int(p.stat().st_mtime) for p in files))


def load_content(root: Path, today: PartialDate | None = None) -> tuple[Content, list[Problem]]:
    """Read and check all sources; raise :class:`ContentError` listing every problem."""
    loaded = load_all(root, today)
    return loaded.content, [*loaded.warnings, *loaded.expired, *loaded.untranslated]


def load_all(root: Path, today: PartialDate | None = None) -> Loaded:
    """Read and check all sources; raise :class:`ContentError` listing every problem. Claims
    are judged against ``today`` (the build's date by default)."""
    rules, problems = load_rules(root)
    sources, found = load_sources(root, rules)
    problems += found
    if not sources and problems:  # without the registry every citation would be "unknown"
        raise ContentError(problems)
    articles, found = load_articles(root, sources)
    problems += found
    # References into a part that has problems of its own are not checked: one mistake, one
    # message.
    articles_ok = not found
    pages, found = load_pages(root, sources)
    problems += found
    home, found = load_home(root, articles if articles_ok else None, sources)
    problems += found
    terms, found = load_glossary(root, sources)
    problems += found
    terms_ok = not found
    chips, found = load_chips(root, sources)
    if chips and not found:
        found += check_plausibility(chips, rules)
    problems += found
    chip_ids = {c.id for c in chips.chips} if chips and not found else None
    known = known_ids(
        sources,
        articles if articles_ok else None,
        {t.id for t in terms} if terms_ok else None,
        chip_ids,
    )
    events, found = load_timeline(root, known)
    problems += found
    # Which pages exist is only known when everything else is valid: one mistake, one message.
    parts: dict[str, object] = {"timeline": events, "chips": chips, "glossary": terms}
    names = None if problems else _page_names(articles, pages, parts)
    publication, found = load_publication(root, names, sources)
    problems += found
    if problems or home is None or publication is None:
        raise ContentError(problems)
    warnings = [w for article in articles for w in article.stale]
    content = Content(sources, articles, pages, home, terms, chips, events, publication)
    # What every statement rests on, checked the same way wherever it is written.
    claims = claims_of(content)
    findings = check_claims(claims, sources, rules, today or build_date(root))
    style, found = load_style(root)
    wording = found or check_wording(claims, style)
    if findings.problems or wording:
        raise ContentError([*findings.problems, *wording])
    untranslated = [
        p for article in articles for p in translation.untranslated(article.texts["en"])
    ]
    return Loaded(content, warnings, list(findings.expired), untranslated)


def _places(content: Content, lang: str) -> dict[str, str]:
    """The name of each place a correction can point at: ``timeline#ev-ID``, ``chips#chip-ID``,
    ``glossary#ID``."""
    places = {f"timeline#ev-{e.id}": e.title[lang] for e in content.events}
    places |= {f"chips#chip-{c.id}": c.name for c in (content.chips.chips if content.chips else ())}
    return places | {f"glossary#{t.id}": t.texts[lang].term for t in content.terms}


def claims_of(content: Content) -> list[Claim]:
    """Every statement of the site: chip values and paragraphs, events, terms, the home page,
    free pages, corrections."""
    return [
        *(chip_claims(content.chips) if content.chips else []),
        *article_claims(content.articles),
        *event_claims(content.events),
        *term_claims(content.terms),
        *home_claims(content.home),
        *page_claims(content.pages),
        *correction_claims(content.publication),
    ]


def _page_names(articles: list[Article], pages: list[Page], parts: dict[str, object]) -> list[str]:
    """The pages that carry dates: every page but search, in the navigation's order."""
    names = ["index", *(a.slug for a in articles)]
    names += [name for name, there in parts.items() if there]
    return [*names, "sources", CORRECTIONS_PAGE, *(p.name for p in pages)]


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
    # 3. Compare with docs/, then write (or, under --check, only report).
    changes = writer.plan(docs, outputs)
    if not check:
        writer.apply(docs, changes)
    return Result(changes, tuple(warnings), tuple(loaded.expired), tuple(loaded.untranslated))
