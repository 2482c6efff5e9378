"""The build, top to bottom: read content_src/, validate, render every page, then write docs/.

Nothing is written unless every source is valid; the writer only touches files that changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools import writer
from build_tools.content.editions import edition
from build_tools.content.model import Content
from build_tools.content.reader import load_all
from build_tools.errors import Problem
from build_tools.language.codes import LANGUAGES
from build_tools.render import fonts
from build_tools.render.links import check_links
from build_tools.render.site import render_edition


@dataclass(frozen=True)
class Result:
    plan: writer.Plan
    warnings: tuple[Problem, ...]
    """Stale translations: warnings, and failures under ``--check``."""
    expired: tuple[Problem, ...] = ()
    """Claims past the day to check them again: warnings (``check`` under CI fails on them)."""
    untranslated: tuple[Problem, ...] = ()
    """What is still to translate: warnings only (Arabic first: the Arabic publishes at once)."""


def render_site(content: Content, docs: Path) -> dict[str, bytes]:
    """Every file of ``docs/``, keyed by its path relative to ``docs/``."""
    outputs: dict[str, bytes] = {}
    for lang in LANGUAGES:
        # What this language publishes (Arabic first), every page through its renderer.
        pages = render_edition(edition(content, lang), lang)
        outputs |= {f"{lang}/{name}": text.encode("utf-8") for name, text in pages.items()}
        # The fonts, subset to the characters of this language's pages.
        assets = fonts.render_fonts("".join(pages.values()), lang, docs / lang)
        outputs |= {f"{lang}/{name}": data for name, data in assets.items()}
    return outputs


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
