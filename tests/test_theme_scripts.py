"""What the site does instead of the theme's 35 KiB script, in Chromium: the colour scheme, the
drawer, the sidebars and the focus rings, with no script file fetched at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

SCHEME = "document.body.getAttribute('data-md-color-scheme')"
TOGGLE = "form[data-md-component=palette] label:not([hidden])"


def test_no_script_file_is_fetched(built_site: tuple[Path, str], browser: Browser) -> None:
    page = browser.new_page()
    scripts: list[str] = []
    page.on("request", lambda r: scripts.append(r.url) if r.resource_type == "script" else None)
    page.goto(built_site[1] + "chips.html", wait_until="networkidle")
    assert scripts == []
    assert page.locator("script[src]").count() == 0
    page.close()


def test_colour_scheme_follows_the_system_until_the_reader_chooses(
    built_site: tuple[Path, str], browser: Browser
) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(built_site[1] + "index.html")
    assert page.evaluate(SCHEME) == "slate"
    assert page.locator(TOGGLE).count() == 1  # one button, for the other scheme
    page.locator(TOGGLE).click()
    assert page.evaluate(SCHEME) == "default"
    for path in ("chips.html", "en/glossary.html", "en/404.html"):  # the choice holds
        page.goto(built_site[1] + path)  # across pages and languages
        assert page.evaluate(SCHEME) == "default"
    page.emulate_media(color_scheme="light")
    page.locator(TOGGLE).click()
    assert page.evaluate(SCHEME) == "slate"
    context.close()
    light = browser.new_page(color_scheme="light")
    light.goto(built_site[1] + "index.html")
    assert light.evaluate(SCHEME) == "default"
    light.close()


def test_drawer_closes_when_a_link_in_it_is_followed(
    built_site: tuple[Path, str], browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(built_site[1] + "glossary.html")
    page.locator("button.drawer-button").click()
    assert page.evaluate("document.getElementById('__drawer').checked")
    page.wait_for_timeout(400)  # the drawer slides in
    page.locator(".md-sidebar--primary .md-nav--secondary a[href^='#']").first.click()
    assert not page.evaluate("document.getElementById('__drawer').checked")
    assert page.locator("button.drawer-button").get_attribute("aria-expanded") == "false"
    page.close()


def test_wide_screen_sidebar_scrolls_within_the_window(
    built_site: tuple[Path, str], browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 600})
    page.goto(built_site[1] + "glossary.html")
    page.mouse.wheel(0, 4000)
    page.wait_for_timeout(200)
    box = page.eval_on_selector(
        ".md-sidebar--secondary .md-sidebar__scrollwrap",
        "e => [e.getBoundingClientRect().bottom, e.scrollHeight, e.clientHeight]",
    )
    bottom, content, shown = box
    assert bottom <= 600  # the table of contents ends within the window ...
    assert content > shown  # ... and scrolls, since 37 terms do not fit in it
    page.close()


def test_keyboard_focus_gets_the_themes_ring(
    built_site: tuple[Path, str], browser: Browser
) -> None:
    page = browser.new_page()
    page.goto(built_site[1] + "index.html")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "[document.activeElement.classList.contains('focus-visible'),"
        " getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert focused[0] and focused[1] != "none"
    page.mouse.click(5, 300)  # focus leaves: the class goes with it
    assert page.locator(".focus-visible").count() == 0
    page.close()
