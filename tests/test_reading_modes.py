"""Print, reduced motion, and the narrow-screen menu by keyboard, in Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from tests.quality import gates

pytestmark = pytest.mark.browser

A4_PORTRAIT = (595, 842)  # points, rounded
A4_LANDSCAPE = (842, 595)
CHROME = ".md-header, .md-sidebar--primary, .md-sidebar--secondary, .md-footer, .lang-switch"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context.new_page()
    context.close()


def page_sizes(pdf: bytes) -> list[tuple[int, int]]:
    """The size of each page of a PDF Chromium made, from its MediaBox entries."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    return [(round(float(w)), round(float(h))) for w, h in boxes]


@pytest.mark.parametrize(
    "path", ["deepseek-r2-delay.html", "timeline.html", "chips.html", "en/chips.html"]
)
def test_prints_on_a4_without_navigation(
    built_site: tuple[Path, str], page: Page, path: str
) -> None:
    page.goto(built_site[1] + path)
    page.emulate_media(media="print")
    hidden = page.eval_on_selector_all(CHROME, "els => els.map(e => getComputedStyle(e).display)")
    assert hidden and set(hidden) == {"none"}
    direction = "ltr" if path.startswith("en/") else "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('article')).direction") == (
        direction
    )
    sizes = page_sizes(page.pdf(prefer_css_page_size=True, print_background=True))
    assert sizes and set(sizes) <= {A4_PORTRAIT, A4_LANDSCAPE}
    # The wide chip table has landscape pages of its own; the rest of the site is portrait.
    assert (A4_LANDSCAPE in sizes) == path.endswith("chips.html")


@pytest.mark.parametrize("path", ["deepseek-r2-delay.html", "timeline.html", "en/chips.html"])
def test_printed_text_fits_the_paper(
    built_site: tuple[Path, str], browser: Browser, path: str
) -> None:
    # A4 less the margins: 182 mm portrait, 273 mm landscape (the chip table), at 96 px an inch.
    width = 1032 if path.endswith("chips.html") else 688
    context = browser.new_context(viewport={"width": width, "height": 1000})
    page = context.new_page()
    page.goto(built_site[1] + path)
    page.emulate_media(media="print")
    assert gates.horizontal_overflow(page) == []
    context.close()


def test_printed_links_write_out_their_addresses(built_site: tuple[Path, str], page: Page) -> None:
    page.goto(built_site[1] + "sources.html")
    page.emulate_media(media="print")
    after = page.eval_on_selector_all(
        "article a[href^='http']",
        "els => els.map(e => [e.href, getComputedStyle(e, '::after').content])",
    )
    assert len(after) > 100
    assert all(content == f'" <{href}>"' for href, content in after), after[:3]
    page.emulate_media(media="screen")
    assert page.evaluate(
        "getComputedStyle(document.querySelector(\"article a[href^='http']\"), '::after').content"
    ) in ("none", "normal")


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_reduced_motion_turns_transitions_off(
    built_site: tuple[Path, str], browser: Browser, motion: Any
) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, reduced_motion=motion)
    page = context.new_page()
    page.goto(built_site[1] + "deepseek-r2-delay.html")
    durations = page.eval_on_selector_all(
        ".md-sidebar--primary, .md-typeset a, .md-skip",
        "els => els.map(e => getComputedStyle(e).transitionDuration)",
    )
    moving = [d for d in durations if any(float(s.rstrip("s")) > 0 for s in d.split(","))]
    if motion == "reduce":
        assert moving == []
    else:
        assert moving  # the theme animates by default: the test above can fail
    context.close()


def test_menu_opens_and_closes_by_keyboard_on_a_phone(
    built_site: tuple[Path, str], browser: Browser
) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(built_site[1] + "deepseek-r2-delay.html")
    button = page.locator("button.drawer-button")
    assert button.get_attribute("aria-label") == "تصفح"
    assert button.get_attribute("aria-expanded") == "false"
    assert not page.locator(".md-sidebar--primary a[href='chips.html']").is_visible()
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    focused = page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null")
    assert focused
    page.wait_for_timeout(400)  # the drawer slides in
    assert page.locator(".md-sidebar--primary a[href='chips.html']").is_visible()
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.classList.contains('drawer-button')")
    context.close()
