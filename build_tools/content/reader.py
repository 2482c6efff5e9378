"""Reading all of ``content_src/``: each part loaded and checked on its own, then what spans the
parts (references between them, the evidence behind every statement, the house style), against
the build's date. Every problem is collected; :class:`ContentError` carries all of them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from build_tools.content import translation
from build_tools.content.article import Article, article_claims, load_articles
from build_tools.content.chip_checks import check_plausibility
from build_tools.content.chips import Chips, chip_claims, load_chips
from build_tools.content.claims import Claim
from build_tools.content.editorial_rules import Rules, load_rules
from build_tools.content.evidence import check_claims
from build_tools.content.free_pages import Page, load_pages, page_claims
from build_tools.content.glossary import Term, load_glossary, term_claims
from build_tools.content.home import Home, home_claims, load_home
from build_tools.content.model import Content
from build_tools.content.publication import correction_claims, load_publication
from build_tools.content.resolution import References, Registries, unresolved
from build_tools.content.site_pages import dated_names, site_pages
from build_tools.content.sources import load_sources
from build_tools.content.timeline import Event, event_claims, load_timeline
from build_tools.content.wording import check_wording, load_style
from build_tools.errors import ContentError, Problem
from build_tools.language.dates import PartialDate


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
    # 1. Each part on its own: its files parsed and checked, what it names elsewhere noted.
    refs = References()
    parts = _load_parts(root, rules, refs)
    problems += parts.problems
    # 2. Which pages exist, and so which need dates, is known when the parts are valid.
    registry = site_pages(
        parts.articles,
        parts.pages,
        timeline=bool(parts.events),
        chips=bool(parts.chips),
        glossary=bool(parts.terms),
    )
    names = None if problems else dated_names(registry)
    publication, found = load_publication(root, names, refs)
    problems += found
    # 3. Every reference against every registry, in one pass.
    problems += unresolved(refs.items, parts.registries(sources))
    if problems or parts.home is None or publication is None:
        raise ContentError(problems)
    content = Content(
        sources,
        parts.articles,
        parts.pages,
        parts.home,
        parts.terms,
        parts.chips,
        parts.events,
        publication,
    )
    # 4. What every statement rests on, checked the same way wherever it is written.
    claims = claims_of(content)
    findings = check_claims(claims, sources, rules, today or build_date(root))
    style, found = load_style(root)
    wording = found or check_wording(claims, style)
    if findings.problems or wording:
        raise ContentError([*findings.problems, *wording])
    warnings = [w for article in parts.articles for w in article.stale]
    untranslated = [p for a in parts.articles for p in translation.untranslated(a.texts["en"])]
    return Loaded(content, warnings, list(findings.expired), untranslated)


@dataclass(frozen=True)
class Parts:
    """Every part of ``content_src/`` but the sources and the publication record, each loaded
    on its own, and which of them had problems of their own."""

    articles: list[Article]
    pages: list[Page]
    home: Home | None
    terms: list[Term]
    chips: Chips | None
    events: list[Event]
    problems: list[Problem]
    articles_valid: bool
    """Whether the articles, the glossary, the chips had no problems of their own."""
    terms_valid: bool
    chips_valid: bool

    def registries(self, sources: Collection[str]) -> Registries:
        """What references may name; nothing is checked against a part with problems of its
        own, so that one mistake gives one message."""
        return registries(
            sources,
            self.articles if self.articles_valid else None,
            {t.id for t in self.terms} if self.terms_valid else None,
            {c.id for c in self.chips.chips} if self.chips and self.chips_valid else None,
        )


def _load_parts(root: Path, rules: Rules, refs: References) -> Parts:
    articles, from_articles = load_articles(root, refs)
    pages, from_pages = load_pages(root, refs)
    home, from_home = load_home(root, refs)
    terms, from_terms = load_glossary(root, refs)
    chips, from_chips = load_chips(root, refs)
    if chips and not from_chips:
        from_chips += check_plausibility(chips, rules)
    events, from_events = load_timeline(root, refs)
    problems = [*from_articles, *from_pages, *from_home, *from_terms, *from_chips, *from_events]
    return Parts(
        articles,
        pages,
        home,
        terms,
        chips,
        events,
        problems,
        articles_valid=not from_articles,
        terms_valid=not from_terms,
        chips_valid=not from_chips,
    )


def registries(
    sources: Collection[str],
    articles: Sequence[Article] | None,
    terms: Collection[str] | None,
    chips: Collection[str] | None,
) -> Registries:
    if articles is None:
        return Registries(sources, term=terms, chip=chips)
    blocks = [(a.slug, b) for a in articles for b in a.texts["ar"].blocks]
    return Registries(
        sources,
        article={a.slug for a in articles},
        paragraph={f"{slug}#{b.id}" for slug, b in blocks if b.kind == "paragraph"},
        anchor={f"{slug}#{b.id}" for slug, b in blocks} | {a.slug for a in articles},
        term=terms,
        chip=chips,
    )


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
