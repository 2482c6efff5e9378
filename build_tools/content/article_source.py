"""Parse one article source file (``article.ar.md`` / ``article.en.md``) into blocks.

The body is a sequence of headings ``## text {#s1}`` and paragraphs introduced by an id line
``{#p1}``. English files add the fingerprint of the Arabic they translate: ``{#p1 ar=1a2b3c4d}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_tools.content.loading import raw_html_lines, split_front_matter
from build_tools.content.yamlio import Mapping
from build_tools.errors import Problem

_ID = r"[a-z][a-z0-9-]*"
_ATTRS = rf"\{{#(?P<id>{_ID})(?:\s+ar=(?P<fp>[0-9a-f]{{8}}))?\s*\}}"
_HEADING_RE = re.compile(rf"^##\s+(?P<text>.+?)\s*{_ATTRS}\s*$")
_PARAGRAPH_ID_RE = re.compile(rf"^{_ATTRS}\s*$")


@dataclass(frozen=True)
class Block:
    """A heading or a paragraph of the article, with its stable id."""

    id: str
    kind: str
    """``heading`` or ``paragraph``."""
    text: str
    line: int
    translates: str | None = None
    """In a translation: the fingerprint of the Arabic text it was made from."""


@dataclass(frozen=True)
class ArticleText:
    """One language version of an article."""

    file: str
    front: Mapping
    blocks: tuple[Block, ...]
    body_line: int

    @property
    def title(self) -> str:
        return str(self.front.get("title", ""))


def parse_article_text(text: str, rel: str) -> tuple[ArticleText | None, list[Problem]]:
    """Parse front matter and body; return ``None`` with problems when it cannot be read."""
    front, body, body_line, problems = split_front_matter(text, rel)
    problems += [
        Problem(rel, n, "raw HTML is not allowed in article text; write plain text")
        for n in raw_html_lines(text)  # the front matter too: titles are text
    ]
    blocks, block_problems = _parse_blocks(body.split("\n"), rel, body_line)
    problems += block_problems
    if front is None:
        return None, problems
    return ArticleText(rel, front, tuple(blocks), body_line), problems


def _parse_blocks(lines: list[str], rel: str, first: int) -> tuple[list[Block], list[Problem]]:
    blocks: list[Block] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    index = 0
    while index < len(lines):
        line, number = lines[index].strip(), first + index
        index += 1
        heading = _HEADING_RE.match(line)
        para = _PARAGRAPH_ID_RE.match(line)
        if not line:
            continue
        if heading:
            block = Block(heading["id"], "heading", heading["text"], number, heading["fp"])
        elif para:
            paragraph = []
            while index < len(lines) and lines[index].strip():
                paragraph.append(lines[index].strip())
                index += 1
            if not paragraph:
                problems.append(
                    Problem(
                        rel,
                        number,
                        f"paragraph '{para['id']}' has no text: write it on the lines after its id",
                    )
                )
                continue
            block = Block(para["id"], "paragraph", " ".join(paragraph), number, para["fp"])
        else:
            problems.append(
                Problem(
                    rel,
                    number,
                    "expected a heading '## text {#s1}' or a "
                    "paragraph id line '{#p1}' before the text",
                )
            )
            continue
        if block.id in seen:
            problems.append(
                Problem(rel, number, f"duplicate id '{block.id}' (first at line {seen[block.id]})")
            )
            continue
        seen[block.id] = number
        blocks.append(block)
    return blocks, problems


def render_article_source(front: str, blocks: list[Block]) -> str:
    """Write an article source file: ``front`` is the YAML front matter text."""
    out = ["---", front.rstrip("\n"), "---", ""]
    for block in blocks:
        attrs = f"{{#{block.id}" + (f" ar={block.translates}" if block.translates else "") + "}"
        if block.kind == "heading":
            out += [f"## {block.text} {attrs}", ""]
        else:
            out += [attrs, block.text, ""]
    return "\n".join(out)
