"""Turn a scraped article in the publisher's format into an editable source.

The format, as the publisher's pages are scraped: a category line, the title, then the body
(headings and paragraphs, sections separated by lines holding only a no-break space), then the
page furniture: a «إقرأ أيضا» teaser, the byline, the author's bio, «مقالات ذات صلة», the comment
form and «زر الذهاب إلى الأعلى». The rules below are about that format, never about one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_tools.arabic import normalise
from build_tools.content.article_source import Block, render_article_source
from build_tools.content.yamlio import dump_yaml
from build_tools.errors import Problem

# Page furniture, compared after normalisation (hamza forms, diacritics and tanween folded).
_READ_ALSO = re.compile(r"^اقرا (ايضا|كذلك)\s*:?$")
_FURNITURE_STARTS = (
    "مقالات ذات صله",
    "اترك تعليقا",
    "اضف تعليقا",
    "لن يتم نشر عنوان بريدك",
    "زر الذهاب الي الاعلي",
    "التعليقات مغلقه",
    "شارك هذا المقال",
)
_SENTENCE_END = tuple(".!:،,…")
"""A line ending like this is a paragraph; a heading may end with a question mark."""
_MAX_HEADING_WORDS = 12


@dataclass(frozen=True)
class ScrapedArticle:
    """What the importer found in a scraped page."""

    category: str
    title: str
    blocks: tuple[Block, ...]
    byline: str | None
    author: str | None
    bio: str | None


def _lines(raw: str) -> list[tuple[int, str]]:
    """Non-empty lines with their numbers; lines of only (no-break) spaces are separators."""
    return [
        (n, line.strip())
        for n, line in enumerate(raw.split("\n"), start=1)
        if line.replace("\u00a0", " ").strip()
    ]


def _is_furniture(line: str) -> bool:
    folded = normalise(line)
    return bool(_READ_ALSO.match(folded)) or folded.startswith(_FURNITURE_STARTS)


def _is_heading(line: str, next_line: str | None) -> bool:
    return (
        next_line is not None
        and not line.endswith(_SENTENCE_END)
        and len(line.split()) <= _MAX_HEADING_WORDS
    )


def parse_scraped(raw: str, file: str) -> tuple[ScrapedArticle | None, list[Problem]]:
    """Split a scraped page into category, title, body blocks and author metadata."""
    lines = _lines(raw)
    if len(lines) < 3:
        return None, [
            Problem(
                file,
                lines[-1][0] if lines else 0,
                "expected a category line, a title and at least one paragraph",
            )
        ]
    (_, category), (_, title), rest = lines[0], lines[1], lines[2:]
    end = next((i for i, (_, line) in enumerate(rest) if _is_furniture(line)), len(rest))
    body, trailer = rest[:end], [line for _, line in rest[end:]]
    blocks = _blocks(body)
    if not any(b.kind == "paragraph" for b in blocks):
        return None, [Problem(file, rest[0][0], "found no paragraph before the page furniture")]
    byline, author, bio = _author(trailer)
    return ScrapedArticle(category, title, tuple(blocks), byline, author, bio), []


def _blocks(body: list[tuple[int, str]]) -> list[Block]:
    blocks: list[Block] = []
    for index, (_, line) in enumerate(body):
        following = body[index + 1][1] if index + 1 < len(body) else None
        kind = "heading" if _is_heading(line, following) else "paragraph"
        count = sum(1 for b in blocks if b.kind == kind) + 1
        blocks.append(Block(f"{kind[0] if kind == 'paragraph' else 's'}{count}", kind, line, 0))
    return blocks


def _author(trailer: list[str]) -> tuple[str | None, str | None, str | None]:
    """Byline and bio sit between the «read also» teaser and the next piece of furniture."""
    index = 0
    if index < len(trailer) and _READ_ALSO.match(normalise(trailer[index])):
        index += 2  # the marker and the teaser headline under it
    candidates = []
    while index < len(trailer) and not _is_furniture(trailer[index]):
        candidates.append(trailer[index])
        index += 1
    if not candidates:
        return None, None, None
    byline = candidates[0]
    bio_line = candidates[1] if len(candidates) > 1 else None
    name_words = _name_prefix(byline, bio_line) if bio_line else []
    if not name_words:
        return byline, byline, bio_line
    bio = " ".join(bio_line.split()[len(name_words) :]) if bio_line else None
    return byline, " ".join(name_words), bio or None


def _name_prefix(byline: str, bio_line: str) -> list[str]:
    """The words that open the bio and spell (a shorter form of) the byline's name.

    «إسراء أبو العنين صحفية …» against the byline «إسراء حموده ابوالعنين»: each word, folded
    and without spaces, must appear in order inside the folded byline.
    """
    target = normalise(byline).replace(" ", "")
    words: list[str] = []
    position = 0
    for word in bio_line.split():
        found = target.find(normalise(word), position)
        if found < 0:
            break
        words.append(word)
        position = found + len(normalise(word))
    return words if len(words) >= 2 or (words and position == len(target)) else []


def render_import(article: ScrapedArticle, raw_name: str) -> str:
    """The editable source ``article.ar.md`` for a scraped article."""
    author = {"name": article.author or "", "variants": [], "bio": article.bio or ""}
    if article.byline and article.byline != article.author:
        author["variants"] = [article.byline]
    front = {
        "title": article.title,
        "category": article.category,
        "lang": "ar",
        "author": author,
        "source": None,
        "url": None,
        "published": {"method": "unknown", "basis": "", "sources": []},
        "imported_from": raw_name,
    }
    header = (
        "# Imported by `python -m build_tools import`. Fill in source (an id from\n"
        "# content_src/sources.yml), url, and published (see README: dating an article).\n"
    )
    return render_article_source(header + dump_yaml(front), list(article.blocks))
