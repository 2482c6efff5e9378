"""Reading all of ``content_src/``: each part loaded and checked on its own, then what spans the
parts (references between them, the evidence behind every statement, the house style), against
the build's date. Every problem is collected; :class:`ContentError` carries all of them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from build_tools.content import translation
from build_tools.content.article import article_claims, load_articles
from build_tools.content.chip_checks import check_plausibility
from build_tools.content.chips import chip_claims, load_chips
from build_tools.content.claims import Claim
from build_tools.content.editorial_rules import load_rules
from build_tools.content.evidence import check_claims
from build_tools.content.free_pages import load_pages, page_claims
from build_tools.content.glossary import load_glossary, term_claims
from build_tools.content.home import home_claims, load_home
from build_tools.content.model import Content
from build_tools.content.publication import correction_claims, load_publication
from build_tools.content.site_pages import dated_names, site_pages
from build_tools.content.sources import load_sources
from build_tools.content.timeline import event_claims, known_ids, load_timeline
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
    registry = site_pages(
        articles, pages, timeline=bool(events), chips=bool(chips), glossary=bool(terms)
    )
    names = None if problems else dated_names(registry)
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
