"""A numbered citation [n] previews its source where the reader is: by keyboard focus, by hover,
by a first tap on a phone; Escape closes it; without JavaScript it is a plain link to the source.
Checked in Chromium on the built site, in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.quality.gates import axe_violations

pytestmark = pytest.mark.browser

ENTRY_TEXT = """id => {
  const entry = document.getElementById(id).cloneNode(true);
  entry.querySelectorAll('.ref-links').forEach(e => e.remove());
  return entry.textContent.replace(/\\s+/g, ' ').trim();
}"""
"""A reference entry as the preview shows it: without its links."""


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context.new_page()
    context.close()


def tip_text(page: Page) -> str:
    return " ".join(page.locator(".cite-tip").inner_text().split())


def focus_first_citation(page: Page) -> None:
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            return
    raise AssertionError("no citation reachable by Tab")


@pytest.mark.parametrize("path", ["chips.html", "en/timeline.html"])
def test_keyboard_focus_previews_the_source_and_escape_closes_it(
    built_site: tuple[Path, str], page: Page, path: str
) -> None:
    _, base = built_site
    page.goto(base + path)
    tip = page.locator(".cite-tip")
    expect(tip).to_be_hidden()
    focus_first_citation(page)
    link = page.locator("a.cite:focus")
    entry_id = link.get_attribute("aria-describedby") or ""
    expect(tip).to_be_visible()
    assert tip_text(page) == page.evaluate(ENTRY_TEXT, entry_id)
    assert tip.get_attribute("aria-hidden") == "true"  # the description is the entry itself
    full = page.evaluate(
        "id => document.getElementById(id).textContent.replace(/\\s+/g, ' ').trim()", entry_id
    )
    expect(link).to_have_accessible_description(full)
    expect(link).to_have_accessible_name(link.inner_text())
    assert axe_violations(page) == []  # with the preview open
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    page.keyboard.press("Tab")
    if page.evaluate("document.activeElement.classList.contains('cite')"):
        expect(tip).to_be_visible()  # the next citation opens again


def test_hover_previews_and_leaving_closes(built_site: tuple[Path, str], page: Page) -> None:
    _, base = built_site
    page.goto(base + "chips.html")
    link = page.locator("table.chips-table a.cite").nth(3)
    link.scroll_into_view_if_needed()
    link.hover()
    tip = page.locator(".cite-tip")
    expect(tip).to_be_visible()
    assert tip_text(page) == page.evaluate(ENTRY_TEXT, link.get_attribute("aria-describedby"))
    page.mouse.move(0, 0)
    expect(tip).to_be_hidden()


@pytest.mark.parametrize("path", ["chips.html", "en/chips.html"])
def test_first_tap_previews_inside_the_screen_second_tap_follows(
    built_site: tuple[Path, str], browser: Browser, path: str
) -> None:
    _, base = built_site
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    page.goto(base + path)
    link = page.locator("a.cite").nth(1)
    link.scroll_into_view_if_needed()
    link.tap()
    tip = page.locator(".cite-tip")
    expect(tip).to_be_visible()
    assert page.url == base + path  # the first tap only shows it
    box = tip.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
    href = link.get_attribute("href") or ""
    link.tap()
    page.wait_for_url("**/" + href.replace("../", ""))
    assert page.url.endswith(href.rpartition("/")[2])
    context.close()


def test_without_javascript_a_citation_is_a_link_to_its_entry(
    built_site: tuple[Path, str], browser: Browser
) -> None:
    _, base = built_site
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(base + "en/timeline.html")
    assert page.locator(".cite-tip").count() == 0
    link = page.locator("a.cite").first
    number = link.inner_text().strip("[]")
    entry = page.locator(f"#{link.get_attribute('aria-describedby')}")
    assert entry.evaluate("e => e.closest('ol.references') !== null")
    assert page.locator("ol.references > li").nth(int(number) - 1).get_attribute("id") == (
        f"ref-{number}"
    )
    target = link.get_attribute("href") or ""
    assert target.startswith("sources.html#src-")
    link.click()
    page.wait_for_url("**/en/" + target)
    expect(page.locator(f"#{target.partition('#')[2]}")).to_be_visible()
    context.close()
