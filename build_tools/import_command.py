"""``python -m build_tools import RAW``: the I/O around :mod:`build_tools.importer`."""

from __future__ import annotations

import re
from pathlib import Path

from build_tools.arabic import fingerprint
from build_tools.article import ARTICLES_DIR
from build_tools.article_source import Block, render_article_source
from build_tools.build import UNTRANSLATED
from build_tools.errors import ContentError, Problem
from build_tools.importer import ScrapedArticle, parse_scraped, render_import
from build_tools.loading import read_source
from build_tools.yamlio import dump_yaml


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


def run_import(root: Path, raw: Path, slug: str | None, force: bool) -> str:
    """Import ``raw``; return a message saying what was written."""
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
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "source.ar.txt").write_bytes(raw.read_bytes())
    (folder / "article.ar.md").write_text(render_import(article, "source.ar.txt"), encoding="utf-8")
    (folder / "article.en.md").write_text(render_translation_skeleton(article), encoding="utf-8")
    paragraphs = sum(1 for b in article.blocks if b.kind == "paragraph")
    headings = len(article.blocks) - paragraphs
    return (
        f"imported {name} -> {ARTICLES_DIR}/{slug}/: {headings} headings, "
        f"{paragraphs} paragraphs, author {article.author!r}. Next: translate article.en.md, "
        "fill source and published in article.ar.md, run python -m build_tools build"
    )
