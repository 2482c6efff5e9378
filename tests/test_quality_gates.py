"""Quality gates on every page in both languages, served as GitHub Pages serves the site.

Lighthouse (mobile and desktop), axe-core (WCAG 2.1 AA, light and dark schemes), the Nu HTML
Checker, links, requests, keyboard focus, and no sideways scrolling at 320 and 360 px.
tests/test_quality_broken_page.py shows the same gates failing on a broken page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from build_tools.dev.pages_server import site_pages
from tests.quality import gates

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent


def expected_pages() -> list[str]:
    """Every page the site should have: one per Markdown file in docs/, and the 404 pages."""
    pages = []
    for lang_dir in sorted((ROOT / "docs").iterdir()):
        prefix = "" if lang_dir.name == "ar" else f"{lang_dir.name}/"
        pages += [f"{prefix}{md.stem}.html" for md in sorted(lang_dir.glob("*.md"))]
        pages.append(f"{prefix}404.html")
    return sorted(pages)


PAGES = expected_pages()
Opener = Callable[..., tuple[Page, list[str]]]


@pytest.fixture
def open_page(browser: Browser, built_site: tuple[Path, str]) -> Iterator[Opener]:
    """Open a site page in a fresh context; the requests that went wrong are collected."""
    contexts = []

    def opener(
        path: str, width: int = 1280, wait: Any = "load", **options: Any
    ) -> tuple[Page, list[str]]:
        context = browser.new_context(viewport={"width": width, "height": 800}, **options)
        contexts.append(context)
        page = context.new_page()
        problems = gates.record_requests(page, built_site[1])
        page.goto(built_site[1] + path, wait_until=wait)
        return page, problems

    yield opener
    for context in contexts:
        context.close()


def test_every_page_is_checked(built_site: tuple[Path, str]) -> None:
    assert site_pages(built_site[0]) == PAGES


@pytest.fixture(scope="module")
def lighthouse_runs(built_site: tuple[Path, str]) -> dict[tuple[str, str], dict[str, object]]:
    base = built_site[1]
    runs = gates.lighthouse([base + path for path in PAGES])
    return {(str(run["url"]).removeprefix(base), str(run["preset"])): run for run in runs}


@pytest.mark.parametrize("preset", ["mobile", "desktop"])
@pytest.mark.parametrize("path", PAGES)
def test_lighthouse(
    lighthouse_runs: dict[tuple[str, str], dict[str, object]], path: str, preset: str
) -> None:
    assert gates.lighthouse_problems(lighthouse_runs[(path, preset)]) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_wcag21_aa(open_page: Opener, path: str, scheme: str) -> None:
    page, _ = open_page(path, color_scheme=scheme)
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.dataset.mdColorScheme") == expected
    assert gates.axe_violations(page) == []


@pytest.mark.parametrize("path", PAGES)
def test_requests_all_succeed_on_this_host(open_page: Opener, path: str) -> None:
    _, problems = open_page(path, wait="networkidle")
    assert problems == []


@pytest.mark.parametrize("width", [1280, 360])
@pytest.mark.parametrize("path", PAGES)
def test_keyboard_reaches_everything_with_visible_focus(
    open_page: Opener, path: str, width: int
) -> None:
    page, _ = open_page(path, width)
    assert gates.keyboard_problems(page) == []


@pytest.mark.parametrize("width", [360, 320])
@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_overflow_on_phones(open_page: Opener, path: str, width: int) -> None:
    page, _ = open_page(path, width, is_mobile=True, has_touch=True)
    assert gates.horizontal_overflow(page) == []


def test_html_is_valid(built_site: tuple[Path, str]) -> None:
    assert gates.nu_errors(built_site[0]) == []


def test_links_resolve(built_site: tuple[Path, str]) -> None:
    assert gates.broken_links(*built_site) == []
