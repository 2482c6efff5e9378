"""The links of the generated HTML blocks, which MkDocs never checks: each reaches a page of its
language and an id on that page, or the build names it and writes nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from build_tools.build import render_site
from build_tools.cli import main
from build_tools.content.reader import load_content
from build_tools.errors import Problem
from build_tools.render import search_page
from build_tools.render.links import anchors, broken_links, links
from tests.conftest import FULL_SITE, tree_digest
from tests.small_site import rendered_small_site

PAGES = {
    "timeline.md": (
        "# Timeline\n\n"
        '<nav id="timeline-all"><a href="#timeline-all">All</a></nav>\n'
        '<p><a href="glossary.html#gpu">GPU</a> <a href="chips.html#chip-h20">H20</a> '
        '<a href="glossary.html">Glossary</a> <a href="https://example.com/x">out</a></p>\n'
    ),
    "glossary.md": "# Glossary\n\n## GPU {: #gpu }\n\nA chip.\n",
    "chips.md": '# Chips\n\n<table><tr id="chip-h20"><th>H20</th></tr></table>\n',
    ".nav.yml": '- <a href="nowhere.html">not a page</a>\n',
}


def test_links_that_reach_their_page_and_id_pass() -> None:
    assert broken_links(PAGES) == []
    assert [link.target for link in links(PAGES["timeline.md"])] == [
        "#timeline-all",
        "glossary.html#gpu",
        "chips.html#chip-h20",
        "glossary.html",
    ]


def test_a_link_to_a_missing_page_is_named_with_its_line() -> None:
    pages = {**PAGES, "timeline.md": '# Timeline\n\n<a href="sources.html#src-1">[1]</a>\n'}
    assert broken_links(pages) == [
        Problem(
            "timeline.md",
            3,
            "links to 'sources.html#src-1': there is no page sources.md in this language",
        )
    ]


def test_a_link_to_a_missing_id_is_named_with_its_line() -> None:
    pages = {**PAGES, "timeline.md": '# Timeline\n\n\n<a href="chips.html#chip-h30">H30</a>\n'}
    assert broken_links(pages) == [
        Problem("timeline.md", 4, "links to 'chips.html#chip-h30': chips.md has no id 'chip-h30'")
    ]


def test_a_link_to_a_missing_id_on_the_same_page_is_named() -> None:
    pages = {"search.md": '# Search\n<p><a href="#results">results</a></p>\n'}
    assert broken_links(pages) == [
        Problem("search.md", 2, "links to '#results': this page has no id 'results'")
    ]


def test_an_address_that_is_neither_a_page_nor_an_id_is_refused() -> None:
    pages = {"about.md": '# About\n<a href="../en/about.html">English</a>\n'}
    assert broken_links(pages) == [
        Problem(
            "about.md",
            2,
            "links to '../en/about.html': not a page of this language (NAME.html) nor an id "
            "on this page (#ID)",
        )
    ]


def test_ids_come_from_attribute_lists_html_and_headings() -> None:
    page = (
        "# What the numbers mean\n\n## ماذا تعني الأرقام؟\n\n## 2025 {: #y2025 }\n\n"
        'A paragraph.\n{: #p1 .lead lang="en" }\n\n<li id="ev-1">x</li>\n\\{#not-an-id\\}\n'
    )
    assert anchors(page) == {"what-the-numbers-mean", "_1", "y2025", "p1", "ev-1"}


@pytest.mark.parametrize("site", ["small", "full"])
def test_the_fixture_sites_have_no_broken_link(site: str, tmp_path: Path) -> None:
    if site == "small":
        rendered = rendered_small_site()
    else:
        content, _ = load_content(FULL_SITE.parent)
        rendered = {p: d.decode() for p, d in render_site(content, tmp_path).items()}
    for lang in ("ar", "en"):
        pages = {
            path.removeprefix(f"{lang}/"): text
            for path, text in rendered.items()
            if path.startswith(f"{lang}/") and path.endswith(".md")
        }
        assert sum(len(list(links(text))) for text in pages.values()) > 20  # citations at least
        assert broken_links(pages) == []


def test_a_broken_link_fails_the_build_and_nothing_is_written(
    small_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)  # `check` would add annotations
    assert main(["--root", str(small_project), "build"]) == 0
    before = tree_digest(small_project / "docs")
    capsys.readouterr()
    render = search_page.render_search
    monkeypatch.setattr(
        "build_tools.render.site.render_search",
        lambda lang: dataclasses.replace(
            render(lang),
            body=render(lang).body.replace('href="glossary.html"', 'href="terms.html"'),
        ),
    )
    broken = [
        f"docs/{lang}/search.md:10: links to 'terms.html': there is no page terms.md in this "
        "language"
        for lang in ("ar", "en")
    ]
    for command in (["build"], ["build", "--check"]):
        assert main(["--root", str(small_project), *command]) == 1
        assert capsys.readouterr().err.splitlines() == [
            *(f"error: {problem}" for problem in broken),
            "2 problems; nothing was written to docs/.",
        ]
    assert main(["--root", str(small_project), "check"]) == 1
    assert capsys.readouterr().out.splitlines()[:2] == broken
    assert tree_digest(small_project / "docs") == before
