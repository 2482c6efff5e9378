"""Search, as a reader uses it: typed into the site's own search box, in Chromium."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Page

from build_tools.arabic import fold_query
from build_tools.arabic.matching import query_forms
from build_tools.dev.search_metrics import QUERIES, contains_all, page_of, page_words
from build_tools.language.cldr import count_text
from build_tools.language.codes import Lang
from build_tools.language.ui import RESULT_COUNTS as COUNTS

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
    for lang in ("ar", "en"):
        assert sum(1 for q in SETS[lang] if q.get("none")) >= 6


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_recall_at_5_precision_and_only_this_language(
    built_site: tuple[Path, str], browser: Browser, lang: Lang
) -> None:
    site, base = built_site
    page = browser.new_page()
    elsewhere: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base) else elsewhere.append(r.url))
    page.goto(base + ("en/" if lang == "en" else "") + "search.html")
    misses, foreign, imprecise = [], [], []
    texts = page_words(site, lang)
    for item in SETS[lang]:
        urls = search(page, item["q"])
        foreign += [u for u in urls if u.startswith("/en/") != (lang == "en")]
        pages = list(dict.fromkeys(page_of(u) for u in urls))[:5]
        expected = str(item.get("page", "")).removesuffix(".html")
        if pages if item.get("none") else expected not in pages:
            misses.append((item["q"], expected, pages))
        imprecise += [(item["q"], p) for p in pages if not contains_all(item["q"], texts[p])]
    page.close()
    assert elsewhere == []  # the index, the worker and the wasm all come from the site
    assert foreign == []
    recall = 1 - len(misses) / len(SETS[lang])
    assert recall >= 0.95, misses
    assert imprecise == []  # every page listed has every word of its query


@pytest.mark.parametrize(
    ("lang", "query"), [("ar", "الكمبيوتر الكمومي"), ("en", "quantum computer")]
)
def test_nothing_found_says_so_and_suggests_the_glossary(
    built_site: tuple[Path, str], browser: Browser, lang: Lang, query: str
) -> None:
    _, base = built_site
    page = browser.new_page()
    page.goto(base + ("en/" if lang == "en" else "") + "search.html")
    assert search(page, query) == []
    help_text = page.locator("#search-none")
    assert help_text.is_visible()
    assert help_text.locator("a").get_attribute("href") == "glossary.html"
    search(page, "Huawei")
    assert not help_text.is_visible()
    page.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_browser_counts_as_cldr_does(
    built_site: tuple[Path, str], browser: Browser, lang: Lang
) -> None:
    """The search page's counts (``Intl.PluralRules``) and Babel's agree on 0 to 250."""
    _, base = built_site
    page = browser.new_page()
    page.goto(base + ("en/" if lang == "en" else "") + "search.html")
    shown = page.evaluate("() => Array.from({length: 251}, (_, n) => window.__countText(n))")
    page.close()
    assert shown == [count_text(n, COUNTS[lang], lang) for n in range(251)]


def test_matches_are_highlighted(built_site: tuple[Path, str], browser: Browser) -> None:
    _, base = built_site
    page = browser.new_page()
    page.goto(base + "search.html")
    search(page, "والرقائق")
    marks = page.eval_on_selector_all("#search-results mark", "m => m.map(x => x.textContent)")
    assert any("رقائق" in m for m in marks)
    page.close()


def in_search_page(built_site: tuple[Path, str], browser: Browser, script: str, query: str) -> Any:
    """What ``script`` (a function of the query) returns on the Arabic search page."""
    _, base = built_site
    page = browser.new_page()
    page.goto(base + "search.html")
    result = page.evaluate(script, query)
    page.close()
    return result


@pytest.mark.parametrize(
    "query",
    ["والرقائق", "الرّقائق", "للإستدلال", "مقارنةً", "٢٠٢٥", "بالـــرقائق", "Nvidia's GPUs", "وH20"],
)
def test_the_browser_folds_queries_as_the_arabic_module_does(
    built_site: tuple[Path, str], browser: Browser, query: str
) -> None:
    folded = in_search_page(built_site, browser, "q => window.__foldQuery(q)", query)
    assert folded == fold_query(query)


@pytest.mark.parametrize(
    "query", ["بيانات", "الكمبيوتر الكمومي", "وبالرقائق", "Nvidia's GPUs", "technologies", "وH20"]
)
def test_the_browser_matches_words_as_the_arabic_module_does(
    built_site: tuple[Path, str], browser: Browser, query: str
) -> None:
    forms = in_search_page(built_site, browser, "q => window.__queryForms(q)", query)
    assert forms == query_forms(query)


def test_a_word_matches_as_written_or_without_its_clitics() -> None:
    assert query_forms("بيانات") == [["بيانات", "يانات"]]  # «البيانات» is indexed «بيانات»
    assert query_forms("Nvidia's GPUs") == [["nvidia"], ["gpus", "gpu"]]
    assert contains_all("وسم البيانات", {"وسم", "بيانات"})
    assert not contains_all("الكمبيوتر الكمومي", {"كمبيوتر", "الحوسبه"})


def test_the_index_holds_the_folded_words_and_the_original_text(
    built_site: tuple[Path, str],
) -> None:
    from build_tools.postbuild.search_index import fold_text, folded_pages

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
