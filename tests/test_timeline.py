"""The timeline: checks with their lines, order, cross-links, and the rendered dates."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from build_tools.build import render_site
from build_tools.content.reader import load_content
from tests.build_errors import assert_build_reports

TIMELINE = "content_src/timeline.yml"


def edit(project: Path, event: str, old: str, new: str) -> int:
    """Replace ``old`` within the entry of ``event``; return the line where it was."""
    text = (project / TIMELINE).read_text("utf-8")
    start = text.index(f"  - id: {event}\n")
    end = text.find("\n  - id: ", start + 1)
    end = len(text) if end < 0 else end
    at = text.index(old, start, end)
    (project / TIMELINE).write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def impossible_date(p: Path) -> list[str]:
    line = edit(p, "deepseek-r1", "date: 2025-01-20", "date: 2025-02-30")
    return [f"{TIMELINE}:{line}: date: '2025-02-30' is not a calendar date"]


def precision_mismatch(p: Path) -> list[str]:
    line = edit(p, "deepseek-r1", "date: 2025-01-20", "date: 2025-01-20\n    precision: month") + 1
    return [
        f"{TIMELINE}:{line}: precision 'month' does not match the date '2025-01-20' (a day);"
        " expected day, or a date written to the month"
    ]


def unknown_refs(p: Path) -> list[str]:
    text = (p / TIMELINE).read_text("utf-8")
    start = text.index("  - id: deepseek-r1\n")
    lines = {}
    for key, bad in (
        ("paragraphs", "deepseek-r2-delay#p9"),
        ("terms", "no-such-term"),
        ("chips", "h999"),
        ("sources", "S999"),
    ):
        lines[key] = edit(p, "deepseek-r1", f"    {key}: [", f"    {key}: [{bad}, ")
        text = (p / TIMELINE).read_text("utf-8")
    del start, text
    return [
        f"{TIMELINE}:{lines['sources']}: unknown source id 'S999'; add it to "
        "content_src/sources.yml or use one of its ids",
        f"{TIMELINE}:{lines['paragraphs']}: unknown article paragraph (slug#p1) "
        "'deepseek-r2-delay#p9'",
        f"{TIMELINE}:{lines['terms']}: unknown glossary term 'no-such-term'",
        f"{TIMELINE}:{lines['chips']}: unknown chip 'h999'",
    ]


def duplicate_id(p: Path) -> list[str]:
    second = edit(p, "deepseek-r1", "  - id: deepseek-r1", "  - id: deepseek-r1")
    first = edit(p, "deepseek-v3", "  - id: deepseek-v3", "  - id: deepseek-r1")  # comes first
    return [f"{TIMELINE}:{second}: duplicate id 'deepseek-r1' (first defined at line {first})"]


CASES = {f.__name__: f for f in [impossible_date, precision_mismatch, unknown_refs, duplicate_id]}


@pytest.mark.parametrize("case", CASES)
def test_timeline_mistakes_are_reported_with_their_line(
    case: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_build_reports(project, capsys, CASES[case](project))


def test_input_order_does_not_matter(project: Path) -> None:
    original, _ = load_content(project)
    expected = render_site(original, project / "docs")
    data = yaml.safe_load((project / TIMELINE).read_text("utf-8"))
    random.Random(7).shuffle(data["events"])
    (project / TIMELINE).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    content, _ = load_content(project)
    shuffled = render_site(content, project / "docs")
    for lang in ("ar", "en"):
        page = f"{lang}/timeline.md"
        body = shuffled[page].split(b"\n", 1)[1]
        assert body == expected[page].split(b"\n", 1)[1]


def test_events_are_in_date_order_with_time_at_their_precision(full_site: Path) -> None:
    page = (full_site / "docs/en/timeline.md").read_text("utf-8")
    stamps = re.findall(
        r'<li class="event[^"]*"[^>]*><p class="event-date">(?:<span[^>]*>[^<]*'
        r'</span> )?[^<]*<time datetime="([\d-]+)">',
        page,
    )
    assert len(stamps) >= 20 and stamps == sorted(
        stamps, key=lambda s: [int(x) for x in s.split("-")]
    )
    assert '<time datetime="2023-03">March 2023</time> (reported)' in page  # the H800
    assert (
        '<time datetime="2025-08-14">14</time>–<time datetime="2025-08-20">20 August 2025' in page
    )  # the article's own publication, a range, approximate
    assert 'class="event event-article"' in page


def test_events_and_article_paragraphs_link_both_ways(full_site: Path) -> None:
    timeline = (full_site / "docs/ar/timeline.md").read_text("utf-8")
    article = (full_site / "docs/ar/deepseek-r2-delay.md").read_text("utf-8")
    for event_id, paragraph in re.findall(
        r'<li [^>]*id="ev-([a-z0-9-]+)".*?<a href="deepseek-r2-delay\.html#(p\d)"', timeline
    ):
        section = article.split(f"{{: #{paragraph} }}", 1)[1].split("{: .para-events }", 1)[0]
        assert f"(timeline.md#ev-{event_id})" in section, (event_id, paragraph)
    assert 'href="glossary.html#' in timeline and 'href="chips.html#chip-' in timeline
