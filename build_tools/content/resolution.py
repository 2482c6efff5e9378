"""Reference resolution, in one pass: loaders only note what their files name elsewhere (a source
id, an article, an article paragraph, a link into an article, a glossary term, a chip); once every
part is loaded, each reference is
checked against the registry it names, like a compiler's name resolution. Data and messages so
flow one way: no loader reads another part's ids.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Literal

from build_tools.content.sources import SOURCES_FILE
from build_tools.errors import Problem

Registry = Literal["source", "paragraph", "anchor", "term", "chip", "article"]

MESSAGES: dict[Registry, str] = {
    "source": f"unknown source id '{{}}'; add it to {SOURCES_FILE} or use one of its ids",
    "paragraph": "unknown article paragraph (slug#p1) '{}'",
    "anchor": "link '{}' is not an article or article#paragraph-id",
    "term": "unknown glossary term '{}'",
    "chip": "unknown chip '{}'",
    "article": "unknown article '{}'",
}
"""What each kind of unresolved reference is called."""


@dataclass(frozen=True)
class Reference:
    """One place in ``content_src/`` that names something defined elsewhere."""

    file: str
    line: int
    registry: Registry
    target: str


@dataclass
class References:
    """Collects the references of every loader, as :class:`~build_tools.errors.Problems` collects
    problems."""

    items: list[Reference] = field(default_factory=list)

    def add(self, file: str, line: int, registry: Registry, targets: Iterable[str]) -> None:
        self.items.extend(Reference(file, line, registry, target) for target in targets)


@dataclass(frozen=True)
class Registries:
    """What each kind of reference may name; ``None`` where that part has problems of its own:
    the references into it are then not checked, so that one mistake gives one message."""

    source: Collection[str]
    article: Collection[str] | None = None
    paragraph: Collection[str] | None = None
    """``slug#p1``: the paragraphs of every article."""
    anchor: Collection[str] | None = None
    """What a home page key point may link to: an article, or any block of one."""
    term: Collection[str] | None = None
    chip: Collection[str] | None = None

    def ids(self, registry: Registry) -> Collection[str] | None:
        match registry:
            case "source":
                return self.source
            case "article":
                return self.article
            case "paragraph":
                return self.paragraph
            case "anchor":
                return self.anchor
            case "term":
                return self.term
            case "chip":
                return self.chip


def unresolved(references: Iterable[Reference], known: Registries) -> list[Problem]:
    """A problem for each reference to an id its registry does not have."""
    problems = []
    for ref in references:
        ids = known.ids(ref.registry)
        if ids is not None and ref.target not in ids:
            problems.append(Problem(ref.file, ref.line, MESSAGES[ref.registry].format(ref.target)))
    return problems
