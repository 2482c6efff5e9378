"""Citations as a page shows them: numbered in order of first use, each linking to its entry on
the sources page and described by the page's own list; and the dates a claim names."""

from __future__ import annotations

import re

import pytest

from build_tools.content.sources import Original, Source
from build_tools.language.codes import Lang
from build_tools.language.dates import PartialDate, mentioned_periods
from build_tools.render.references import (
    cite,
    cite_html,
    date_text,
    number_citations,
    publisher_text,
    reference_html,
    source_anchor,
)


def source(
    source_id: str, *, approximate: bool = False, original: Original | None = None
) -> Source:
    return Source(
        id=source_id,
        title=f"Title {source_id}",
        publisher=f"Publisher {source_id}",
        url=f"https://example.org/{source_id.lower()}",
        date=PartialDate(2026, 3),
        approximate=approximate,
        language="en",
        reliability="reported",
        kind="newspaper",
        original=original,
        file="content_src/sources.yml",
        line=1,
    )


SOURCES = {i: source(i) for i in ("S1", "S2", "S3")}


def test_citations_are_numbered_in_reading_order_and_reuse_their_number() -> None:
    page = f"First {cite(['S2', 'S1'])}.\n\n<p>Then {cite_html(['S3', 'S2'])}</p>\n"
    text = number_citations(page, SOURCES, "en")
    numbers = re.findall(r"\\\[(\d)\\\]|>\[(\d)\]<", text)
    assert [a or b for a, b in numbers] == ["1", "2", "3", "1"]
    assert f"(sources.md#{source_anchor('S2')})" in text  # Markdown link for Markdown text
    assert f'<a class="cite" href="sources.html#{source_anchor("S3")}"' in text
    assert 'aria-describedby="ref-3"' in text
    entries = re.findall(r'<li id="ref-(\d)">(.*?)</li>', text)
    assert [(n, re.sub("<[^>]+>", "", e).partition(":")[0]) for n, e in entries] == [
        ("1", "Publisher S2"),
        ("2", "Publisher S1"),
        ("3", "Publisher S3"),
    ]
    assert "## Sources cited on this page {: #references }" in text
    assert not re.search(r"\bS\d\b", text.replace("Publisher S", "").replace("Title S", ""))


def test_a_page_that_cites_nothing_is_left_as_it_is() -> None:
    assert number_citations("No sources here.\n", SOURCES, "ar") == "No sources here.\n"
    assert cite([]) == "" and cite_html(()) == ""


def test_anchors_are_stable_distinct_and_hide_the_registry_id() -> None:
    anchors = {source_anchor(i) for i in ("S1", "S2", "S85b", "S300")}
    assert len(anchors) == 4 and source_anchor("S1") == source_anchor("S1")
    assert all(re.fullmatch(r"src-[0-9a-f]{8}", a) for a in anchors)


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "Around March 2026"), ("ar", "نحو مارس 2026")]
)
def test_an_inferred_date_says_around(lang: Lang, expected: str) -> None:
    assert date_text(source("S1", approximate=True), lang) == expected
    assert date_text(source("S1"), lang) == expected.partition(" ")[2]


def test_a_relay_names_the_report_it_repeats_and_its_type() -> None:
    relay = source(
        "S1",
        original=Original(
            publisher="Financial Times", title="FT story", date=None, url=None, kind="newspaper"
        ),
    )
    assert publisher_text(relay, "en") == "Financial Times, via Publisher S1"
    assert publisher_text(relay, "ar") == "Financial Times، عبر Publisher S1"
    entry = reference_html(relay, "en")
    assert "Type: newspaper. Reliability: reported." in entry
    assert 'href="sources.html#' + source_anchor("S1") in entry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("due in the fourth quarter of 2026", [("fourth quarter of 2026", PartialDate(2026, 10))]),
        (
            "Q1 2026 and Q4 2027",
            [("Q1 2026", PartialDate(2026, 1)), ("Q4 2027", PartialDate(2027, 10))],
        ),
        ("on 20 March 2026", [("March 2026", PartialDate(2026, 3))]),
        ("موعده الربع الرابع من 2026", [("الربع الرابع من 2026", PartialDate(2026, 10))]),
        ("في مارس 2026", [("مارس 2026", PartialDate(2026, 3))]),
        ("since 2019", [("2019", PartialDate(2019))]),
        ("2,048 chips, 2.788 million hours, 1,000 cards, 3.2 TB/s", []),
    ],
)
def test_the_periods_a_text_names(text: str, expected: list[tuple[str, PartialDate]]) -> None:
    assert mentioned_periods(text) == expected
