"""Translations stay aligned with the Arabic: same ids, and fingerprints of what they translate.

Arabic first: an article publishes in Arabic the day it is imported. Its English page follows
once its title and category are translated; until every paragraph is, the untranslated ones show
the Arabic original, marked. What is still to translate is listed as warnings, never errors.
"""

from __future__ import annotations

import re

from build_tools.arabic import fingerprint
from build_tools.content.article_source import ArticleText, Block
from build_tools.errors import Problem

UNTRANSLATED = "TODO: translate"
"""What ``import`` writes in ``article.en.md`` where the translation is still to come."""
PLACEHOLDER = re.compile(r"\bTODO\b")
"""A placeholder: never published (the translations' and, in wording.py, our own texts')."""
PUBLISHED_WITH = ("title", "category")
"""The front matter a translation needs translated before its page is published."""


def is_untranslated(text: str) -> bool:
    """``text`` still says ``TODO`` (the import's placeholder, or a translator's note)."""
    return bool(PLACEHOLDER.search(text))


def publishable(text: ArticleText) -> bool:
    """A translation publishes once its title and category are translated."""
    return not any(is_untranslated(str(text.front.get(key) or "")) for key in PUBLISHED_WITH)


def untranslated(text: ArticleText) -> list[Problem]:
    """One warning per id still to translate, saying what the English page shows meanwhile."""
    front = [key for key in PUBLISHED_WITH if is_untranslated(str(text.front.get(key) or ""))]
    shown = (
        "the English page will be published once its title and category are translated"
        if front
        else "the English page shows the Arabic original in its place, marked as not yet translated"
    )
    found = [
        Problem(text.file, text.front.line_of(key), f"'{key}' is not translated yet ({shown})")
        for key in front
    ]
    found += [
        Problem(text.file, b.line, f"'{b.id}' is not translated yet ({shown})")
        for b in text.blocks
        if is_untranslated(b.text)
    ]
    return found


def check_translation(ar: ArticleText, en: ArticleText) -> tuple[list[Problem], list[Problem]]:
    """Problems (missing, extra or unfingerprinted ids) and stale translations, separately.

    A translation is stale when the fingerprint it records is not the Arabic text's any more.
    """
    return _alignment(ar, en), _stale(ar, en)


def _alignment(ar: ArticleText, en: ArticleText) -> list[Problem]:
    """Every Arabic block translated, no other block, each with its fingerprint."""
    problems = []
    en_blocks = {b.id: b for b in en.blocks}
    ar_ids = {b.id for b in ar.blocks}
    where = en.body_line  # a missing translation belongs after the block before it
    for block in ar.blocks:
        if block.id in en_blocks:
            where = en_blocks[block.id].line
            continue
        problems.append(
            Problem(
                en.file,
                where,
                f"{block.kind} '{block.id}' ({ar.file}:{block.line}) has no translation here",
            )
        )
    for block in en.blocks:
        if block.id not in ar_ids:
            problems.append(
                Problem(
                    en.file,
                    block.line,
                    f"id '{block.id}' is not in {ar.file}; remove it or add it there",
                )
            )
        elif block.translates is None:
            problems.append(
                Problem(
                    en.file,
                    block.line,
                    f"'{block.id}' needs the fingerprint "
                    "of the Arabic it translates: {#" + block.id + " ar=…}",
                )
            )
    return problems


def _stale(ar: ArticleText, en: ArticleText) -> list[Problem]:
    """The translations, title included, made from an Arabic text that has changed since."""
    stale = []
    en_blocks = {b.id: b for b in en.blocks}
    pairs = [
        (ar_block, en_blocks[ar_block.id]) for ar_block in ar.blocks if ar_block.id in en_blocks
    ]
    title = Block(
        "title",
        "title",
        ar.title,
        ar.front.line_of("title"),
        str(en.front.get("title_fingerprint") or ""),
    )
    en_title_line = en.front.line_of("title_fingerprint")
    for ar_block, en_block in [
        (title, Block("title", "title", en.title, en_title_line, title.translates)),
        *pairs,
    ]:
        current = fingerprint(ar_block.text)
        if is_untranslated(en_block.text):
            continue  # nothing translated yet, so nothing stale
        if en_block.translates and en_block.translates != current:
            stale.append(
                Problem(
                    en.file,
                    en_block.line,
                    f"translation of '{ar_block.id}' is "
                    f"stale: the Arabic ({ar.file}:{ar_block.line}) changed since it "
                    f"was translated; update the English and set ar={current}",
                )
            )
    return stale
