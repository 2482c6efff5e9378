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
    offset: int
    """Where it is in the page (its line is counted only for a broken link)."""


def links(page: str) -> Iterator[Link]:
    """The addresses the HTML of ``page`` links to, outside ones left out."""
    for match in _HREF_RE.finditer(page):
        if not _OUTSIDE_RE.match(match[1]):
            yield Link(match[1], match.start())


def anchors(page: str) -> set[str]:
    """Every id a link can end at on ``page`` (Markdown, with HTML blocks)."""
    return explicit_ids(page) | heading_ids(page)


def explicit_ids(page: str) -> set[str]:
    """The ids written out: HTML ``id="…"`` and attribute lists ``{: #ID }``."""
    found = set(_HTML_ID_RE.findall(page))
    for attrs in _ATTR_LIST_RE.finditer(page):
        found.update(_ATTR_ID_RE.findall(attrs[1]))
    return found


def heading_ids(page: str) -> set[str]:
    """The ids Python-Markdown's ``toc`` gives the headings without one of their own. (Imported
    here: only a link to such a heading needs Python-Markdown, which ``build`` does not load.)"""
    from markdown.extensions.toc import slugify, unique

    found = explicit_ids(page)
    named = set()
    for match in _HEADING_RE.finditer(page):
        attrs = _ATTR_LIST_RE.search(match[1])
        if attrs and _ATTR_ID_RE.search(attrs[1]):
            continue  # named by its attribute list
        heading = match[1][: attrs.start()] if attrs else match[1]
        named.add(unique(slugify(heading.replace("\\", ""), "-"), found))
    return named


def broken_links(pages: Mapping[str, str]) -> list[Problem]:
    """Each link of a page of ``pages`` (one language's, by path: ``timeline.md``) that reaches
    no page or no id of its language; the problem names the page and the line."""
    known = _Ids(pages)
    problems = []
    for name, text in pages.items():
        if not name.endswith(".md"):
            continue
        for link in links(text):
            problem = _problem(link.target, name, known)
            if problem:
                line = text.count("\n", 0, link.offset) + 1
                problems.append(Problem(name, line, f"links to '{link.target}': {problem}"))
    return problems


class _Ids:
    """The ids of each page, the headings' only when a link needs one that is not written out."""

    def __init__(self, pages: Mapping[str, str]) -> None:
        self.pages = {name: text for name, text in pages.items() if name.endswith(".md")}
        self.explicit: dict[str, set[str]] = {}
        self.headings: dict[str, set[str]] = {}

    def has(self, page: str, anchor: str) -> bool:
        if page not in self.explicit:
            self.explicit[page] = explicit_ids(self.pages[page])
        if anchor in self.explicit[page]:
            return True
        if page not in self.headings:
            self.headings[page] = heading_ids(self.pages[page])
        return anchor in self.headings[page]


def _problem(target: str, page: str, known: _Ids) -> str | None:
    if target.startswith("#"):
        anchor = target[1:]
        return None if known.has(page, anchor) else f"this page has no id '{anchor}'"
    match = _PAGE_LINK_RE.match(target)
    if not match:
        return "not a page of this language (NAME.html) nor an id on this page (#ID)"
    name = f"{match[1]}.md"
    if name not in known.pages:
        return f"there is no page {name} in this language"
    if match[2] is not None and not known.has(name, match[2]):
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
