"""Benchmark: ``python -m build_tools.dev.benchmark_search``. Prints figures; asserts nothing.

Measures search on the query set in ``tests/search_queries.yml``, in Chromium, from the same
pages: stock Material search (its default configuration, each language built on its own), and
the site's search page (Pagefind, one index per ``<html lang>``, the query folded by
``build_tools.arabic`` and every word required), and Pagefind alone with the query as typed.
Prints recall@5 and precision per language, and what one search transfers, per language.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from build_tools.arabic import ARABIC_BLOCK, fold_query, normalise
from build_tools.cli import ENGINE
from build_tools.dev import chromium
from build_tools.dev.benchmark import build_site, copy_project
from build_tools.dev.pages_server import free_port, serve
from build_tools.dev.search_metrics import QUERIES, page_words, precision, recall
from build_tools.language.codes import Lang

ROOT = Path(__file__).resolve().parents[2]
_ARABIC_WORDS = re.compile(f"[{ARABIC_BLOCK}]+")


def build_ours(work: Path, base: str) -> Path:
    """The site as ``python -m build_tools site`` builds it, its Pagefind index included."""
    return build_site(copy_project(work / "ours"), base)


def build_stock(work: Path, mended: bool = False) -> Path:
    """Material's defaults (search plugin on), from the same Markdown, one build a language.

    ``mended``: Material's search mended as far as configuration and a build step can: no
    lunr pipeline (its trimmer empties Arabic words), Arabic punctuation as separators, and the
    index text folded by ``build_tools.arabic``; the query is folded the same way when typed.
    """
    site = work / ("mended-site" if mended else "stock-site")
    for lang, out in (("ar", site), ("en", site / "en")):
        name = f"{site.name}-{lang}"
        docs = work / name
        shutil.copytree(ROOT / "docs" / lang, docs)
        config: dict[str, Any] = {
            "site_name": "stock",
            "docs_dir": str(docs),
            "site_dir": str(out),
            "theme": {"name": "material", "language": lang},
            "markdown_extensions": ["attr_list", "toc"],
        }
        if mended:
            separator = r"[\s\-،؛؟.,:;!?«»“”()\[\]]+"
            config["plugins"] = [{"search": {"lang": "en", "pipeline": [], "separator": separator}}]
        (work / f"{name}.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", ENGINE, "build", "-q", "-f", str(work / f"{name}.yml")],
            check=True,
            capture_output=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        if mended:
            _fold_index(out / "search" / "search_index.json")
    return site


def _fold_index(index: Path) -> None:
    """The build step of the mended variant: index text folded word by word."""
    data = json.loads(index.read_text("utf-8"))
    for doc in data["docs"]:
        for key in ("title", "text"):
            doc[key] = _ARABIC_WORDS.sub(lambda m: fold_query(m.group()), normalise(doc[key]))
    index.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def query_stock(page: Any, base: str, lang: Lang, query: str) -> list[str]:
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


def query_site(page: Any, query: str) -> list[str]:
    """The pages the search page lists for ``query``, from its own search function."""
    script = "async q => (await window.__siteSearch(q)).pages.slice(0, 5).map(d => d.url)"
    return [str(u) for u in page.evaluate(script, query)]


def query_pagefind(page: Any, query: str) -> list[str]:
    """Pagefind alone, the query as typed: what the site's search adds to it."""
    script = """async q => { const pf = await import(window.__pf);
        const found = await pf.search(q);
        const data = await Promise.all(found.results.slice(0, 5).map(r => r.data()));
        return data.map(d => d.url); }"""
    return [str(u) for u in page.evaluate(script, query)]


def search_weight(context: Any, url: str, box: str, query: str) -> float:
    """KiB transferred for searching (index, worker, wasm, fragments) while one query runs."""
    page = context.new_page()
    sizes: list[int] = []

    def count(response: Any) -> None:
        url = response.url.split("?")[0]
        if not url.endswith(".html") and any(p in url for p in ("search", "pagefind", "lunr")):
            sizes.append(int(response.headers.get("content-length", "0")))

    page.on("response", count)
    page.goto(url, wait_until="networkidle")
    page.locator(box).click()
    page.keyboard.insert_text(query)
    page.keyboard.press("End")
    page.wait_for_timeout(1500)
    page.close()
    return sum(sizes) / 1024


Score = tuple[tuple[float, int], tuple[float, int, int]]
"""Recall (share, right) and precision (share, right, listed) of one candidate in one language."""


def score(
    results: dict[str, list[str]], queries: list[dict[str, Any]], texts: dict[str, set[str]]
) -> Score:
    return recall(results, queries), precision(results, queries, texts)


def measure(
    site: Path, port: int, sets: dict[Lang, Any], kind: str, texts: dict[str, dict[str, set[str]]]
) -> dict[str, Any]:
    """Recall and precision rows, and weights, for one candidate, served on ``port``."""
    from playwright.sync_api import sync_playwright

    base = f"http://127.0.0.1:{port}/"
    rows: dict[tuple[str, str], Score] = {}
    weights: dict[str, float] = {}
    server, _ = serve(site, port)
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        context = browser.new_context()
        page = context.new_page()
        for lang, queries in sets.items():
            root = base + ("en/" if lang == "en" else "")
            raw: dict[str, list[str]] = {}
            folded: dict[str, list[str]] = {}
            for item in queries:
                if kind != "ours":
                    query = fold_query(item["q"]) if kind == "mended" else item["q"]
                    raw[item["q"]] = query_stock(page, base, lang, query)
                    continue
                page.goto(root + "search.html")
                page.evaluate(f"window.__pf = '{base}pagefind/pagefind.js'")
                raw[item["q"]] = query_pagefind(page, item["q"])
                folded[item["q"]] = query_site(page, item["q"])
            probe = "رقائق" if lang == "ar" else "chips"
            if kind != "ours":
                label = "Material, mended" if kind == "mended" else "stock Material"
                rows[(label, lang)] = score(raw, queries, texts[lang])
                weights[lang] = search_weight(context, root, "input.md-search__input", probe)
            else:
                rows[("ours, query not folded", lang)] = score(raw, queries, texts[lang])
                rows[("ours: the search page", lang)] = score(folded, queries, texts[lang])
                weights[lang] = search_weight(context, root + "search.html", "#search-query", probe)
        browser.close()
    server.shutdown()
    server.server_close()
    return {"rows": rows, "weights": weights}


def main() -> None:
    sets = yaml.safe_load(QUERIES.read_text("utf-8"))
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        port = free_port()
        ours = build_ours(work, f"http://127.0.0.1:{port}/")
        sites = {
            "stock": build_stock(work),
            "mended": build_stock(work, mended=True),
            "ours": ours,
        }
        texts = {lang: page_words(ours, lang) for lang in ("ar", "en")}
        measured = {kind: measure(site, port, sets, kind, texts) for kind, site in sites.items()}
    rows = {key: row for m in measured.values() for key, row in m["rows"].items()}
    print(
        "recall@5 on tests/search_queries.yml (the right page among the first five, or none for "
        "a 'none' query); precision: share of the pages listed that contain every query word"
    )
    for name in (
        "stock Material",
        "Material, mended",
        "ours, query not folded",
        "ours: the search page",
    ):
        cells = []
        for lang in ("ar", "en"):
            (share, good), (exact, right, listed) = rows[(name, lang)]
            cells.append(
                f"{lang}: recall {share:6.1%} ({good}/{len(sets[lang])}), "
                f"precision {exact:6.1%} ({right}/{listed})"
            )
        print(f"  {name:24s} " + "   ".join(cells))
    print("transferred for search while one query runs (gzip as served)")
    for name in ("stock", "mended", "ours"):
        weights = measured[name]["weights"]
        print(
            f"  {name:26s} "
            + "   ".join(f"{lang}: {weights[lang]:6.1f} KiB" for lang in ("ar", "en"))
        )


if __name__ == "__main__":
    main()
