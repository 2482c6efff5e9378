"""The links inside the HTML blocks the renderers write: a citation to the sources page, a
timeline event to a term, a chip or a paragraph, the timeline's filter. MkDocs checks Markdown
links and their anchors (``strict``, ``validation: anchors``), never these: this does, on the
rendered pages, before anything is written.

A link is ``NAME.html``, ``NAME.html#ID`` or ``#ID``; ``NAME.md`` must be a page of the same
language and ``ID`` an id on it: from an attribute list (``{: #ID }``), an HTML ``id="…"``, or a
heading without one, named as Python-Markdown's ``toc`` extension names it. Outside addresses
(``https:``, ``mailto:``) are not checked; any other relative address is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from markdown.extensions.toc import slugify, unique

from build_tools.errors import ContentError, Problem

_HREF_RE = re.compile(r'<a\s[^<>]*?\bhref="([^"]*)"')
_HTML_ID_RE = re.compile(r'<[A-Za-z][^<>]*?\sid="([^"]*)"')
_ATTR_LIST_RE = re.compile(r"(?<!\\)\{:?([^{}\n]*)(?<!\\)\}")
_ATTR_ID_RE = re.compile(r"(?:^|\s)#([^\s{}#]+)")
_HEADING_RE = re.compile(r"^#{1,6}\s+(.*?)\s*$", re.MULTILINE)
_PAGE_LINK_RE = re.compile(r"^([A-Za-z0-9_-]+)\.html(?:#(.*))?$")
_OUTSIDE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class Link:
    """One ``href`` of a page's HTML."""

    target: str
    """As written: ``sources.html#src-1a2b3c4d``."""
    line: int
    """Its line in the page."""


def links(page: str) -> Iterator[Link]:
    """The addresses the HTML of ``page`` links to, outside ones left out."""
    for match in _HREF_RE.finditer(page):
        if not _OUTSIDE_RE.match(match[1]):
            yield Link(match[1], page.count("\n", 0, match.start()) + 1)


def anchors(page: str) -> set[str]:
    """Every id a link can end at on ``page`` (Markdown, with HTML blocks)."""
    found = set(_HTML_ID_RE.findall(page))
    headings = []
    for match in _HEADING_RE.finditer(page):
        attrs = _ATTR_LIST_RE.search(match[1])
        if attrs and _ATTR_ID_RE.search(attrs[1]):
            continue  # named by its attribute list, below
        headings.append(match[1][: attrs.start()] if attrs else match[1])
    for attrs in _ATTR_LIST_RE.finditer(page):
        found.update(_ATTR_ID_RE.findall(attrs[1]))
    for heading in headings:
        unique(slugify(heading.replace("\\", ""), "-"), found)
    return found


def broken_links(pages: Mapping[str, str]) -> list[Problem]:
    """Each link of a page of ``pages`` (one language's, by path: ``timeline.md``) that reaches
    no page or no id of its language; the problem names the page and the line."""
    known = {name: anchors(text) for name, text in pages.items() if name.endswith(".md")}
    problems = []
    for name, text in pages.items():
        if not name.endswith(".md"):
            continue
        for link in links(text):
            problem = _problem(link.target, name, known)
            if problem:
                problems.append(Problem(name, link.line, f"links to '{link.target}': {problem}"))
    return problems


def _problem(target: str, page: str, known: Mapping[str, set[str]]) -> str | None:
    if target.startswith("#"):
        anchor = target[1:]
        return None if anchor in known[page] else f"this page has no id '{anchor}'"
    match = _PAGE_LINK_RE.match(target)
    if not match:
        return "not a page of this language (NAME.html) nor an id on this page (#ID)"
    name = f"{match[1]}.md"
    if name not in known:
        return f"there is no page {name} in this language"
    if match[2] is not None and match[2] not in known[name]:
        return f"{name} has no id '{match[2]}'"
    return None


def check_links(outputs: Mapping[str, bytes]) -> None:
    """Raise :class:`ContentError` naming every broken link of the generated ``docs/``
    (``outputs``: every file by its path under ``docs/``, ``ar/timeline.md``)."""
    by_language: dict[str, dict[str, str]] = {}
    for path, data in outputs.items():
        lang, _, name = path.partition("/")
        if name.endswith(".md"):
            by_language.setdefault(lang, {})[name] = data.decode("utf-8")
    problems = [
        Problem(f"docs/{lang}/{p.file}", p.line, p.message)
        for lang, pages in by_language.items()
        for p in broken_links(pages)
    ]
    if problems:
        raise ContentError(problems)
