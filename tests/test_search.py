"""Search, as a reader uses it: typed into the site's own search box, in Chromium."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Page

from build_tools.arabic import fold_query
from build_tools.benchmark_search import QUERIES, page_of

pytestmark = pytest.mark.browser
SETS: dict[str, list[dict[str, Any]]] = yaml.safe_load(QUERIES.read_text("utf-8"))


def search(page: Page, query: str) -> list[str]:
    box = page.locator("#search-query")
    box.fill("")
    box.click()
    # keyboard.type() sends no key events for Arabic letters: insert the text as an input
    # method does, then press a key, as a reader's keyboard would.
    page.keyboard.insert_text(query)
    page.keyboard.press("End")
    page.locator("#search-status:not(:empty)").wait_for()
    return [
        str(h)
        for h in page.eval_on_selector_all(
            "#search-results a", "links => links.map(a => a.getAttribute('href'))"
        )
    ]


def test_the_query_set_is_big_enough() -> None:
    assert len(SETS["ar"]) >= 40 and len(SETS["en"]) >= 15
    assert sum(1 for q in SETS["ar"] + SETS["en"] if q.get("none")) >= 3


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_recall_at_5_and_only_this_language(
    built_site: tuple[Path, str], browser: Browser, lang: str
) -> None:
    _, base = built_site
    page = browser.new_page()
    elsewhere: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base) else elsewhere.append(r.url))
    page.goto(base + ("en/" if lang == "en" else "") + "search.html")
    misses, foreign = [], []
    for item in SETS[lang]:
        urls = search(page, item["q"])
        foreign += [u for u in urls if u.startswith("/en/") != (lang == "en")]
        pages = list(dict.fromkeys(page_of(u) for u in urls))[:5]
        expected = str(item.get("page", "")).removesuffix(".html")
        if pages if item.get("none") else expected not in pages:
            misses.append((item["q"], expected, pages))
    page.close()
    assert elsewhere == []  # the index, the worker and the wasm all come from the site
    assert foreign == []
    recall = 1 - len(misses) / len(SETS[lang])
    assert recall >= 0.95, misses


def test_matches_are_highlighted(built_site: tuple[Path, str], browser: Browser) -> None:
    _, base = built_site
    page = browser.new_page()
    page.goto(base + "search.html")
    search(page, "والرقائق")
    marks = page.eval_on_selector_all("#search-results mark", "m => m.map(x => x.textContent)")
    assert any("رقائق" in m for m in marks)
    page.close()


@pytest.mark.parametrize(
    "query",
    ["والرقائق", "الرّقائق", "للإستدلال", "مقارنةً", "٢٠٢٥", "بالـــرقائق", "Nvidia's GPUs", "وH20"],
)
def test_the_browser_folds_queries_as_the_arabic_module_does(
    built_site: tuple[Path, str], browser: Browser, query: str
) -> None:
    _, base = built_site
    page = browser.new_page()
    page.goto(base + "search.html")
    assert page.evaluate("q => window.__foldQuery(q)", query) == fold_query(query)
    page.close()


def test_the_index_holds_the_folded_words_and_the_original_text(
    built_site: tuple[Path, str],
) -> None:
    from build_tools.search_index import fold_text, folded_pages

    site, _ = built_site
    assert fold_text("والرقائق الرّقائق ٢٠٢٥ Nvidia") == "رقايق رقايق 2025 nvidia"
    pages = folded_pages(site)
    assert "search.html" not in pages and "404.html" not in pages
    article = pages["deepseek-r2-delay.html"]
    assert 'lang="ar"' in article and 'data-pagefind-weight="3"' in article
    body = article.split("<main", 1)[1]
    assert "رقايق" in body and "الرقائق" not in body  # indexed folded
    assert "الرقائق" in article.split("<main", 1)[0]  # shown as written
    assert 'id="s1"' in body  # sections keep their anchors
    assert pages["en/glossary.html"].startswith('<!doctype html><html lang="en"')
