"""The page registry (build_tools/content/site_pages.py): one table of the site's pages, which
the navigation, the titles, the dates, the page data for MkDocs and the edit links all read."""

from __future__ import annotations

import dataclasses
import json

from build_tools.content.reader import load_content
from build_tools.content.site_pages import dated_names
from build_tools.render.navigation import render_nav
from tests.small_site import SMALL_SITE, rendered_small_site


def test_the_registry_lists_every_page_in_the_navigations_order() -> None:
    content, _ = load_content(SMALL_SITE)
    registry = content.registry
    assert [(p.name, p.kind) for p in registry] == [
        ("index", "home"),
        ("solar-desalination", "article"),
        ("timeline", "timeline"),
        ("chips", "chips"),
        ("glossary", "glossary"),
        ("sources", "sources"),
        ("corrections", "corrections"),
        ("about", "free"),
        ("search", "search"),
    ]
    article = registry[1]
    assert article.sources == {
        "ar": "content_src/articles/solar-desalination/article.ar.md",
        "en": "content_src/articles/solar-desalination/article.en.md",
    }
    assert registry[0].titles == {"ar": "الرئيسية", "en": "Home"}
    assert dated_names(registry) == [p.name for p in registry[:-1]]


def test_a_part_without_content_has_no_page() -> None:
    content, _ = load_content(SMALL_SITE)
    bare = dataclasses.replace(content, events=[], chips=None, terms=[])
    names = [p.name for p in bare.registry]
    assert "timeline" not in names and "chips" not in names and "glossary" not in names
    assert "timeline.md" not in render_nav(bare.registry, "ar")


def test_mkdocs_is_handed_each_pages_kind_and_source() -> None:
    """What the hooks read instead of parsing the generated header comment."""
    for lang in ("ar", "en"):
        pages = json.loads(rendered_small_site()[f"{lang}/.pages.json"])["pages"]
        assert pages["search.md"] == {
            "kind": "search",
            "source": "build_tools/render/search_page.py",
        }
        assert pages["about.md"]["source"] == f"content_src/pages/about.{lang}.md"
        assert pages["solar-desalination.md"]["kind"] == "article"
        for name, entry in pages.items():
            header = rendered_small_site()[f"{lang}/{name}"].split("\n", 1)[0]
            assert f"from {entry['source']}." in header, name  # the header names the same file
