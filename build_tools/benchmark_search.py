"""Benchmark: ``python -m build_tools.benchmark_search``. Prints figures; asserts nothing.

Measures search candidates on the query set in ``tests/search_queries.yml``, in Chromium, from
the same pages: stock Material search (its default configuration, each language built on its
own), and Pagefind (``pagefind[bin]``, one index per ``<html lang>``) with and without the
query folded by ``build_tools.arabic`` (diacritics, letter forms, digits, clitics). Prints
recall@5 per language and the transfer weight of the search index per language. Needs
``pip install 'pagefind[bin]'``.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from build_tools import chromium
from build_tools.arabic import normalise
from build_tools.arabic.matching import PREFIXES
from build_tools.pages_server import free_port, serve

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "search_queries.yml"
COPY = ("content_src", "docs", "mkdocs.yml", "mkdocs.en.yml", "build_tools")
_ARABIC = re.compile("[\u0600-\u06ff]")


def folded(query: str) -> str:
    """The query as the site's own search would send it: folded, clitics removed."""
    words = []
    for word in normalise(query).split():
        if _ARABIC.match(word):
            word = next(
                (
                    word[len(p) :]
                    for p in reversed(PREFIXES)
                    if p and word.startswith(p) and len(word) - len(p) >= 3
                ),
                word,
            )
        words.append(word)
    return " ".join(words)


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
        pages = list(dict.fromkeys(page_of(u) for u in results[item["q"]]))[:5]  # distinct
        expected = str(item.get("page", "")).removesuffix(".html")
        good += (not pages) if item.get("none") else (expected in pages)
    return good / len(queries), good


def build_ours(work: Path, base: str) -> Path:
    project = work / "ours"
    for name in COPY:
        source = ROOT / name
        copy = shutil.copytree if source.is_dir() else shutil.copy2
        copy(source, project / name)
    env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "build_tools", "--root", str(project), "site"],
        env=env,
        check=True,
        capture_output=True,
    )
    site = project / "site"
    for page in site.rglob("*.html"):  # index the page body only, not the term definitions
        html = page.read_text("utf-8")
        html = html.replace(
            'class="md-content__inner md-typeset"',
            'class="md-content__inner md-typeset" data-pagefind-body',
            1,
        )
        html = html.replace('class="term-tip"', 'class="term-tip" data-pagefind-ignore')
        page.write_text(html, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site)], check=True, capture_output=True
    )
    return site


def build_stock(work: Path) -> Path:
    """Material's defaults (search plugin on), from the same Markdown, one build a language."""
    site = work / "stock-site"
    for lang, out in (("ar", site), ("en", site / "en")):
        docs = work / f"stock-{lang}"
        shutil.copytree(ROOT / "docs" / lang, docs)
        config = {
            "site_name": "stock",
            "docs_dir": str(docs),
            "site_dir": str(out),
            "theme": {"name": "material", "language": lang},
            "markdown_extensions": ["attr_list", "toc"],
        }
        (work / f"stock-{lang}.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(work / f"stock-{lang}.yml")],
            check=True,
            capture_output=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
    return site


def query_stock(page: Any, base: str, lang: str, query: str) -> list[str]:
    page.goto(base + ("en/" if lang == "en" else ""))
    page.locator("input.md-search__input").click()
    # keyboard.type() sends no key events for Arabic letters, and Material searches on keyup:
    # insert the text as an IME would, then press a key that changes nothing.
    page.keyboard.insert_text(query)
    page.keyboard.press("End")
    page.wait_for_timeout(400)
    return [
        str(a)
        for a in page.eval_on_selector_all(
            ".md-search-result__list > li > a", "links => links.map(a => a.href)"
        )
    ]


def query_pagefind(page: Any, query: str) -> list[str]:
    script = """async q => { const pf = await import(window.__pf);
        const found = await pf.search(q);
        const data = await Promise.all(found.results.slice(0, 5).map(r => r.data()));
        return data.map(d => d.url); }"""
    return [str(u) for u in page.evaluate(script, query)]


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


def main() -> None:
    sets = yaml.safe_load(QUERIES.read_text("utf-8"))
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        ours, stock = build_ours(work, base), build_stock(work)
        from playwright.sync_api import sync_playwright

        rows = {}
        with sync_playwright() as playwright:
            browser = chromium.launch(playwright)
            for name, site in (("stock Material", stock), ("Pagefind", ours)):
                context = browser.new_context()  # nothing cached from the other candidate
                page = context.new_page()
                server, _ = serve(site, port)
                for lang, queries in sets.items():
                    results = {}
                    for item in queries:
                        if name == "stock Material":
                            results[item["q"]] = query_stock(page, base, lang, item["q"])
                        else:
                            page.goto(base + ("en/" if lang == "en" else ""))
                            page.evaluate(f"window.__pf = '{base}pagefind/pagefind.js'")
                            results[item["q"]] = query_pagefind(page, item["q"])
                            results["~" + item["q"]] = query_pagefind(page, folded(item["q"]))
                    rows[(name, lang)] = recall(results, queries)
                    if name == "Pagefind":
                        folded_results = {q[1:]: r for q, r in results.items() if q[0] == "~"}
                        rows[("Pagefind, folded query", lang)] = recall(folded_results, queries)
                server.shutdown()
                server.server_close()
                context.close()
            browser.close()
        weights = {
            lang: gzip_size(stock / ("en" if lang == "en" else "") / "search" / "search_index.json")
            for lang in ("ar", "en")
        }
        pagefind = {
            lang: sum(
                gzip_size(p)
                for p in (ours / "pagefind").rglob("*")
                if p.is_file() and (f".{lang}_" in p.name or f".{lang}." in p.name)
            )
            for lang in ("ar", "en")
        }
    print("recall@5 on tests/search_queries.yml (right page in the first five, or nothing)")
    for name in ("stock Material", "Pagefind", "Pagefind, folded query"):
        cells = [
            f"{lang}: {rows[(name, lang)][0]:6.1%} ({rows[(name, lang)][1]}/{len(sets[lang])})"
            for lang in ("ar", "en")
        ]
        print(f"  {name:24s} " + "   ".join(cells))
    print("search index transfer weight (gzip)")
    for lang in ("ar", "en"):
        print(
            f"  {lang}: stock search_index.json {weights[lang] / 1024:6.1f} KiB; "
            f"Pagefind language index files {pagefind[lang] / 1024:6.1f} KiB"
        )


if __name__ == "__main__":
    main()
