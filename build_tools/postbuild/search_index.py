"""The search index: Pagefind indexes a folded copy of every built page (its words
folded by :mod:`build_tools.arabic`, the rules the search box applies to the query), and the
original title and text travel as metadata, for the results the search page shows."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from build_tools.arabic import ARABIC_LETTERS, fold_query, normalise
from build_tools.errors import ToolFailure

_ARABIC_WORDS = re.compile(f"[{ARABIC_LETTERS}]+")
_SKIP = {"script", "style", "svg", "nav"}
_SKIP_CLASSES = {"term-tip", "md-content__button", "headerlink"}
_VOID = {"br", "img", "input", "hr", "meta", "link", "wbr", "source"}
_BLOCKS = {
    "p",
    "li",
    "td",
    "th",
    "tr",
    "caption",
    "figcaption",
    "div",
    "br",
    "dd",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ol",
    "ul",
    "table",
    "figure",
    "blockquote",
}
"""Tags that end a word; inline ones (links, isolates, emphasis) do not: «R2», not «R2 ,»."""


@dataclass
class Section:
    anchor: str
    heading: str
    text: str


class _Reader(HTMLParser):
    """The text of the page's article, cut at each ``h2``/``h3`` that has an id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.title = ""
        self.weight = ""
        self.sections = [Section("", "", "")]
        self._depth = 0  # inside <article data-pagefind-body>
        self._skipping = 0
        self._heading: str | None = None
        self._in_title = False

    def _space(self, tag: str) -> None:
        """Block tags end words: table cells and list items must not run together."""
        if tag in _BLOCKS and self._depth and not self._skipping:
            section = self.sections[-1]
            if self._heading:
                section.heading += " "
            else:
                section.text += " "

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._space(tag)
        found = dict(attrs)
        if tag == "html":
            self.lang = found.get("lang") or ""
        self._in_title = tag == "title"
        if tag == "article" and "data-pagefind-body" in found:
            self._depth = 1
            self.weight = found.get("data-pagefind-weight") or ""
            return
        if not self._depth or tag in _VOID:
            return
        self._depth += 1
        classes = set((found.get("class") or "").split())
        if self._skipping or tag in _SKIP or classes & _SKIP_CLASSES:
            self._skipping += 1
        elif tag in ("h2", "h3") and found.get("id"):
            self.sections.append(Section(found["id"] or "", "", ""))
            self._heading = tag

    def handle_endtag(self, tag: str) -> None:
        self._space(tag)
        if not self._depth or tag in _VOID:
            return
        self._depth -= 1
        if self._skipping:
            self._skipping -= 1
        elif tag == self._heading:
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if not self._depth or self._skipping:
            return
        section = self.sections[-1]
        if self._heading:
            section.heading += data
        else:
            section.text += data


def fold_text(text: str) -> str:
    """Every word folded as the search box folds a query."""
    return _ARABIC_WORDS.sub(lambda m: fold_query(m.group()), normalise(text))


def folded_pages(site: Path) -> dict[str, str]:
    """For each searchable page of ``site``, the HTML that Pagefind indexes in its place: the
    same path, language, title and section ids, every word folded; the original title and text
    as metadata for the results."""
    pages = {}
    for page in sorted(site.rglob("*.html")):
        reader = _Reader()
        reader.feed(page.read_text("utf-8"))
        if not reader.lang or reader.sections == [Section("", "", "")]:
            continue  # no searchable body (the search page itself, 404)
        title = reader.title.split(" - ")[0].strip()
        weight = f' data-pagefind-weight="{reader.weight}"' if reader.weight else ""
        original = " ".join(" ".join(f"{s.heading} {s.text}".split()) for s in reader.sections)
        body = []
        for section in reader.sections:
            anchor = f' id="{html.escape(section.anchor)}"' if section.anchor else ""
            body.append(
                f"<h2{anchor}>{html.escape(fold_text(section.heading))}</h2>"
                f"<p>{html.escape(fold_text(section.text))}</p>"
            )
        pages[page.relative_to(site).as_posix()] = (
            f'<!doctype html><html lang="{reader.lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title></head><body>"
            f'<p data-pagefind-meta="title" data-pagefind-ignore>{html.escape(title)}</p>'
            f'<p data-pagefind-meta="text" data-pagefind-ignore>{html.escape(original[:6000])}</p>'
            f"<main data-pagefind-body{weight}>{''.join(body)}</main></body></html>"
        )
    return pages


def write_index(site: Path) -> None:
    """Index ``site`` into ``site/pagefind``: one index per language, of the folded pages."""
    with tempfile.TemporaryDirectory() as temporary:
        folded = Path(temporary)
        for rel, text in folded_pages(site).items():
            (folded / rel).parent.mkdir(parents=True, exist_ok=True)
            (folded / rel).write_text(text, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(folded),
            "--output-path",
            str(site / "pagefind"),
            "--quiet",
        ]
        done = subprocess.run(command, check=False, capture_output=True, text=True)
        if done.returncode:
            detail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            raise ToolFailure(
                f"Pagefind could not index site/ (exit {done.returncode}): "
                + " / ".join(detail or ["no output"])
                + "; reinstall it with `bash build_tools/setup.sh` (pagefind[bin] is pinned in "
                "pyproject.toml), then run `python -m build_tools site` again"
            )
    _sort_entry(site / "pagefind/pagefind-entry.json")


def _sort_entry(entry: Path) -> None:
    """Pagefind lists the languages in its entry file in a random order: sort them, so that two
    builds of one commit are the same byte for byte (the order means nothing to its reader)."""
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["languages"] = dict(sorted(data["languages"].items()))
    entry.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
