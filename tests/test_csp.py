"""Every page carries a Content-Security-Policy that lets its own inline scripts run, and
nothing else: checked in the HTML, then in Chromium while the pages are used."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Route

from build_tools.dev.pages_server import site_pages

META_RE = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
SCRIPT_RE = re.compile(r"<script>(.*?)</script>", re.DOTALL)  # inline, executable
LINK_RE = re.compile(r'<a\s[^>]*href="https?://(?!127\.0\.0\.1)[^"]*"[^>]*>')
# Violations and errors, recorded from the first script on.
INJECTED = '<script>window.__ran = 1</script><img src="x.png" onerror="window.__ran = 2">'
RECORD = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", e =>
  window.__violations.push(e.violatedDirective + " " + (e.blockedURI || e.sample)));
"""


def policy_of(html: str) -> dict[str, list[str]]:
    [content] = META_RE.findall(html)
    return {d.split()[0]: d.split()[1:] for d in content.split("; ")}


def test_every_page_has_a_policy_with_the_hash_of_each_inline_script(
    built_site: tuple[Path, str],
) -> None:
    site, _ = built_site
    for path in site_pages(site):
        html = (site / path).read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        assert head.index("Content-Security-Policy") < head.index("<script"), path
        policy = policy_of(html)
        scripts = SCRIPT_RE.findall(html)
        hashes = {
            "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
            for s in scripts
        }
        assert scripts and set(policy["script-src"]) - {"'self'", "'wasm-unsafe-eval'"} == hashes
        assert ("'wasm-unsafe-eval'" in policy["script-src"]) == path.endswith("search.html")
        assert not [v for vs in policy.values() for v in vs if "unsafe-inline" in v or "//" in v]
        assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
        for link in LINK_RE.findall(html):
            rel = re.search(r'rel="([^"]*)"', link)
            assert rel and {"noopener", "noreferrer"} <= set(rel[1].split()), (path, link)


def open_recording(browser: Browser, url: str) -> tuple[Page, list[str]]:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(RECORD)
    page.goto(url)
    return page, errors


@pytest.mark.browser
def test_pages_in_use_break_no_rule(built_site: tuple[Path, str], browser: Browser) -> None:
    site, base = built_site
    problems: list[str] = []
    for path in site_pages(site):
        page, errors = open_recording(browser, base + path)
        page.locator("form[data-md-component=palette] label:not([hidden])").click()
        if path.endswith("search.html"):
            page.locator("form.site-search input").fill("Ascend")
            page.locator("#search-results li").first.wait_for()
        if path.endswith("chips.html"):
            page.locator("table.chips-table th button").nth(2).click()
        if path.endswith("timeline.html"):
            page.locator(".timeline-filter button").nth(1).click()
        problems += [f"{path}: {v}" for v in page.evaluate("window.__violations")]
        problems += [f"{path}: {e}" for e in errors]
        page.close()
    assert problems == []


@pytest.mark.browser
def test_an_injected_script_does_not_run(built_site: tuple[Path, str], browser: Browser) -> None:
    def inject(route: Route) -> None:
        html = (
            route.fetch()
            .text()
            .replace(
                "</body>",
                INJECTED + "</body>",
            )
        )
        route.fulfill(body=html, content_type="text/html")

    page = browser.new_page()
    page.add_init_script(RECORD)
    page.route("**/index.html", inject)
    page.goto(built_site[1] + "index.html")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__ran") is None
    assert len([v for v in page.evaluate("window.__violations") if "script-src" in v]) == 2
    page.close()
