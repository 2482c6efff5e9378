"""The Atom feed of each language (RFC 4287): every article and every correction, dated from
content_src/, absolute addresses, reproducible, linked from every page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from build_tools.build import render_site
from build_tools.content.reader import load_content
from build_tools.language.codes import Lang
from build_tools.render.feed import FEED_FILE, render_feed
from tests.conftest import FULL_SITE

ROOT = Path(__file__).resolve().parent.parent
A = "{http://www.w3.org/2005/Atom}"
SITE = "https://example.org/explainer/"
INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T00:00:00Z$")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, dict[str, str]]:
    content, _ = load_content(FULL_SITE.parent)  # the frozen full site (tests/fixtures/)
    pages = render_site(content, tmp_path_factory.mktemp("docs"))
    return content, {lang: pages[f"{lang}/{FEED_FILE}"].decode() for lang in ("ar", "en")}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_article_and_correction_is_an_entry(
    rendered: tuple[object, dict[str, str]], lang: Lang
) -> None:
    content, feeds = rendered
    root = SITE + ("en/" if lang == "en" else "")
    feed = ET.fromstring(render_feed(feeds[lang], root, "Site", lang))
    assert feed.tag == f"{A}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    assert feed.findtext(f"{A}id") == root + "feed.xml"
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{A}link")}
    assert links == {"self": root + "feed.xml", "alternate": root}
    entries = feed.findall(f"{A}entry")
    ids = [e.findtext(f"{A}id") for e in entries]
    publication, articles = content.publication, content.articles  # type: ignore[attr-defined]
    expected = {root + f"{a.slug}.html" for a in articles}
    expected |= {root + f"corrections.html#{c.id}" for c in publication.corrections}
    assert len(ids) == len(set(ids)) and set(ids) == expected
    for entry in entries:
        for field in ("title", "published", "updated"):
            assert entry.findtext(f"{A}{field}"), (entry.findtext(f"{A}id"), field)
        assert INSTANT.match(entry.findtext(f"{A}updated") or "")
        (link,) = entry.findall(f"{A}link")
        assert link.get("href") == entry.findtext(f"{A}id") and link.get("rel") == "alternate"
    updated = [e.findtext(f"{A}updated") or "" for e in entries]
    assert updated == sorted(updated, reverse=True)  # newest first
    assert feed.findtext(f"{A}updated") == max(updated)
    for article in articles:  # dated from dates.yml, titled in the feed's language
        entry = next(e for e in entries if e.findtext(f"{A}id") == root + f"{article.slug}.html")
        assert entry.findtext(f"{A}title") == article.texts[lang].title
        dates = publication.dates[article.slug]
        assert entry.findtext(f"{A}published") == f"{dates.published.iso()}T00:00:00Z"
        latest = publication.last_updated(article.slug).iso()
        assert entry.findtext(f"{A}updated") == f"{latest}T00:00:00Z"


def test_the_feed_is_the_same_bytes_every_time(rendered: tuple[object, dict[str, str]]) -> None:
    _, feeds = rendered
    assert render_feed(feeds["ar"], SITE, "Site", "ar") == render_feed(
        feeds["ar"], SITE, "Site", "ar"
    )
