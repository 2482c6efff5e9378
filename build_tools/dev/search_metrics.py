"""How good a search is, from its result lists: recall@5 and precision on the query set in
``tests/search_queries.yml``, judged against the built pages' folded words."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from build_tools.arabic import ARABIC_BLOCK
from build_tools.arabic.matching import query_forms
from build_tools.language.codes import Lang
from build_tools.postbuild.search_index import folded_pages

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ROOT / "tests" / "search_queries.yml"


def page_of(url: str) -> str:
    """``…/en/chips.html#x`` or ``…/chips/`` -> ``chips``."""
    path = url.split("#")[0].split("?")[0].rstrip("/")
    name = path.rsplit("/", 1)[-1].removesuffix(".html")
    return "index" if name in ("", "en", "127.0.0.1") or ":" in name else name


def recall(results: dict[str, list[str]], queries: list[dict[str, Any]]) -> tuple[float, int]:
    """Share of queries answered right: the expected page among the first five distinct pages
    (a stock result lists a page and its sections), or no result at all for a 'none' query."""
    good = 0
    for item in queries:
        pages = first_pages(results[item["q"]])
        expected = str(item.get("page", "")).removesuffix(".html")
        good += (not pages) if item.get("none") else (expected in pages)
    return good / len(queries), good


def first_pages(urls: list[str]) -> list[str]:
    """The first five distinct pages of a result list."""
    return list(dict.fromkeys(page_of(u) for u in urls))[:5]


def contains_all(query: str, words: set[str]) -> bool:
    """Whether a page whose folded words are ``words`` has every word of the query: one of its
    words begins with one of the forms of each query word (:func:`query_forms`)."""
    return all(
        any(w.startswith(form) for w in words for form in forms) for forms in query_forms(query)
    )


def precision(
    results: dict[str, list[str]], queries: list[dict[str, Any]], texts: dict[str, set[str]]
) -> tuple[float, int, int]:
    """Share of the pages listed (the first five of each query) that contain every word of the
    query, judged on the built pages' text by :func:`contains_all`; a page listed for a 'none'
    query is always wrong."""
    listed = right = 0
    for item in queries:
        for page in first_pages(results[item["q"]]):
            listed += 1
            right += not item.get("none") and contains_all(item["q"], texts.get(page, set()))
    return (right / listed if listed else 1.0), right, listed


def page_words(site: Path, lang: Lang) -> dict[str, set[str]]:
    """The folded words of each page of one language, as the search index holds them."""
    pages = {}
    for rel, folded in folded_pages(site).items():
        if rel.startswith("en/") != (lang == "en"):
            continue
        text = re.sub(r"<[^>]+>", " ", folded.split("<main", 1)[-1])
        words = re.findall(f"[0-9A-Za-z{ARABIC_BLOCK}%]+", html.unescape(text).casefold())
        pages[page_of("/" + rel)] = set(words)
    return pages
