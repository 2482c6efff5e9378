"""``python -m build_tools import RAW``: the I/O around :mod:`build_tools.content.importer`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from build_tools.arabic import fingerprint
from build_tools.content.article import ARTICLES_DIR
from build_tools.content.article_source import Block, render_article_source
from build_tools.content.importer import ScrapedArticle, parse_scraped, render_import
from build_tools.content.loading import read_source
from build_tools.content.publication import DATES_FILE
from build_tools.content.translation import UNTRANSLATED
from build_tools.content.yamlio import dump_yaml
from build_tools.errors import ContentError, Problem


def render_translation_skeleton(article: ScrapedArticle) -> str:
    """``article.en.md`` with every id and fingerprint in place, waiting for a translator."""
    front = {
        "title": UNTRANSLATED,
        "title_fingerprint": fingerprint(article.title),
        "category": UNTRANSLATED,
        "lang": "en",
        "author_name": article.author or "",
    }
    blocks = [Block(b.id, b.kind, UNTRANSLATED, 0, fingerprint(b.text)) for b in article.blocks]
    return render_article_source(dump_yaml(front), blocks)


def run_import(
    root: Path, raw: Path, slug: str | None, force: bool, day: dt.date | None = None
) -> str:
    """Import ``raw``; return a message saying what was written. ``day``: when the article is
    published on this site (``dates.yml``), by default the day of the import."""
    name = raw.name
    text, problems = read_source(raw, name)
    if text is None or problems:
        raise ContentError(problems)
    article, problems = parse_scraped(text, name)
    if article is None:
        raise ContentError(problems)
    slug = slug or re.sub(r"[^a-z0-9-]+", "-", raw.name.split(".")[0].lower()).strip("-")
    folder = root / ARTICLES_DIR / slug
    if folder.exists() and not force:
        raise ContentError(
            [
                Problem(
                    f"{ARTICLES_DIR}/{slug}",
                    0,
                    "already exists; use --force to replace it, or --slug",
                )
            ]
        )
    day = day or dt.date.today()
    dates = dates_with(root / DATES_FILE, slug, day)  # before any write
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "source.ar.txt").write_bytes(raw.read_bytes())
    (folder / "article.ar.md").write_text(render_import(article, "source.ar.txt"), encoding="utf-8")
    (folder / "article.en.md").write_text(render_translation_skeleton(article), encoding="utf-8")
    dated = "already dated"
    if dates is not None:
        (root / DATES_FILE).write_text(dates, encoding="utf-8")
        dated = f"published {day.isoformat()}"
    paragraphs = sum(1 for b in article.blocks if b.kind == "paragraph")
    headings = len(article.blocks) - paragraphs
    return (
        f"imported {name} -> {ARTICLES_DIR}/{slug}/: {headings} headings, "
        f"{paragraphs} paragraphs, author {article.author!r}; {DATES_FILE}: {dated}. "
        "The next `python -m build_tools build` generates the Arabic page; the English page "
        "follows once the title and category in `article.en.md` are translated. Fill in "
        "`source`, `url` and `published` in `article.ar.md`."
    )


def dates_with(path: Path, slug: str, day: dt.date) -> str | None:
    """``dates.yml`` with the page's entry added (its comments kept); ``None`` if it has one."""
    text = path.read_text(encoding="utf-8") if path.exists() else "pages:\n"
    try:
        pages = (yaml.safe_load(text) or {}).get("pages") or []
    except (yaml.YAMLError, AttributeError) as err:
        raise ContentError(
            [Problem(DATES_FILE, 0, f"cannot add the article's dates: {err}")]
        ) from err
    if any(isinstance(p, dict) and p.get("page") == slug for p in pages):
        return None
    entry = f"  - page: {slug}\n    published: {day.isoformat()}\n"
    return text + ("" if text.endswith("\n") else "\n") + entry
