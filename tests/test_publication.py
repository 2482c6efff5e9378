"""The publication record: page dates from content_src/dates.yml, corrections from
content_src/corrections.yml. Goldens for a corrections page with entries and for the notice on the
corrected page; bad input reported with file:line, all at once, nothing written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from build_tools.build import render_site
from build_tools.content.reader import load_content
from build_tools.dev.benchmark import build_site
from build_tools.dev.pages_server import free_port, serve
from build_tools.language.codes import Lang
from build_tools.language.dates import parse_date
from build_tools.render.references import source_anchor
from tests.build_errors import assert_build_reports
from tests.conftest import GOLDEN
from tests.golden_files import assert_golden
from tests.quality.gates import axe_violations
from tests.test_errors import edit, line_of

DATES, CORRECTIONS = "content_src/dates.yml", "content_src/corrections.yml"

TWO_CORRECTIONS = """corrections:
  - id: h20-memory
    date: 2026-12-03
    page: chips
    anchor: chip-h20
    text:
      ar: ذكرنا أن ذاكرة H20 تبلغ 80 GB، والصحيح 96 GB.
      en: We said the H20 has 80 GB of memory; it has 96 GB.
    sources: [S12]
  - id: timeline-typo-date
    date: 2026-12-01
    page: timeline
    text:
      ar: صُحّح تاريخ حدث.
      en: An event's date was corrected.
"""


def with_corrections(project: Path, corrections: str = TWO_CORRECTIONS) -> None:
    """The log replaced by known corrections (the real log changes with the content)."""
    path = project / CORRECTIONS
    text = path.read_text("utf-8")
    path.write_text(text[: text.index("\ncorrections:") + 1] + corrections, encoding="utf-8")


SMALL_SITE_CORRECTIONS = (
    TWO_CORRECTIONS.replace("chip-h20", "chip-test-910b")
    .replace("sources: [S12]", "sources: [S3]")
    .replace("H20", "Test 910B")
)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_corrections_page_and_notice_match_goldens(
    small_project: Path, lang: Lang, update_goldens: bool
) -> None:
    """On the small site of tests/fixtures/site/: the goldens describe the renderer."""
    with_corrections(small_project, SMALL_SITE_CORRECTIONS)
    content, _ = load_content(small_project)
    outputs = render_site(content, small_project / "docs")
    corrections = outputs[f"{lang}/corrections.md"].decode()
    assert_golden(GOLDEN / f"corrections/corrections.{lang}.md", corrections, update_goldens)
    chips_top = outputs[f"{lang}/chips.md"].decode().split("<div", 1)[0]
    assert_golden(GOLDEN / f"corrections/chips-top.{lang}.md", chips_top, update_goldens)


def test_last_updated_is_the_newest_correction_and_newest_is_listed_first(project: Path) -> None:
    with_corrections(project)
    content, _ = load_content(project)
    record = content.publication
    assert [c.id for c in record.corrections] == ["h20-memory", "timeline-typo-date"]
    assert record.last_updated("chips") == parse_date("2026-12-03")
    assert record.last_updated("timeline") == parse_date("2026-12-01")
    assert record.last_updated("glossary") == record.dates["glossary"].updated
    assert record.last_updated("corrections") == parse_date("2026-12-03")


def test_correction_sources_link_back_from_the_sources_page(project: Path) -> None:
    with_corrections(project)
    content, _ = load_content(project)
    sources = render_site(content, project / "docs")["en/sources.md"].decode()
    anchor = source_anchor("S12")
    entry = sources.split(f"{{: #{anchor} .source-entry }}", 1)[1].split("{: .cited-in }", 1)[0]
    log = "[Correction of 3 December 2026 (in the corrections log)](corrections.md#h20-memory)"
    notice = "[Correction of 3 December 2026 (on the corrected page)](chips.md#notice-h20-memory)"
    assert log in entry and notice in entry  # two places, two different link texts


MONTH_ONLY = "published: 2026-11\n"


@pytest.mark.browser
def test_the_notice_links_to_the_passage_and_the_log_and_passes_axe(
    project: Path, browser: Browser
) -> None:
    with_corrections(project)
    port = free_port()
    site = build_site(project, f"http://127.0.0.1:{port}/")
    server, base = serve(site, port)
    try:
        for scheme in ("light", "dark"):
            page = browser.new_page(color_scheme=scheme, viewport={"width": 360, "height": 800})
            for path in ("chips.html", "en/chips.html"):
                page.goto(base + path)
                notice = page.locator(".correction-notice")
                assert notice.count() == 1 and notice.is_visible()
                assert page.locator("#chip-h20").count() == 1  # "the corrected passage"
                assert axe_violations(page) == []
                notice.locator('a[href$="corrections.html#h20-memory"]').click()
                assert page.locator("#h20-memory").is_visible()
                assert axe_violations(page) == []
            page.close()
    finally:
        server.shutdown()


def bad_dates(p: Path) -> list[str]:
    with_corrections(p, "corrections: []\n")  # a correction of a page without dates: one more
    edit(
        p,
        DATES,
        "  - page: chips\n    published: 2026-11-29\n",
        "  - page: chips\n    published: 2026-11\n",
    )
    edit(
        p,
        DATES,
        "  - page: about\n    published: 2026-11-29",
        "  - page: about\n    published: 2026-11-31",
    )
    edit(p, DATES, "  - page: glossary\n", "  - page: glosary\n")
    return [
        f"{DATES}:{line_of(p, DATES, MONTH_ONLY)}: published: expected a day, YYYY-MM-DD",
        f"{DATES}:{line_of(p, DATES, 'glosary')}: expected 'page:' with one of index, "
        "deepseek-r2-delay, timeline, chips, glossary, sources, corrections, about",
        f"{DATES}:{line_of(p, DATES, '2026-11-31')}: published: '2026-11-31' is not a "
        "calendar date",
    ]


def page_without_dates(p: Path) -> list[str]:
    text = (p / DATES).read_text("utf-8")
    start = text.index("  - page: sources\n")
    (p / DATES).write_text(text[:start] + text[text.index("  - page:", start + 1) :], "utf-8")
    return [
        f"{DATES}: page 'sources' needs its dates: '- page: sources' and 'published: YYYY-MM-DD'"
    ]


def updated_before_published(p: Path) -> list[str]:
    edit(
        p,
        DATES,
        "  - page: corrections\n    published: 2026-11-29\n",
        "  - page: corrections\n    published: 2026-11-29\n    updated: 2026-11-01\n",
    )
    return [f"{DATES}:{line_of(p, DATES, 'updated: 2026-11-01')}: updated is before published"]


def data_line(p: Path, needle: str, nth: int = 1) -> int:
    """Like ``line_of``, skipping the file's comments (they show examples of the same keys)."""
    lines = (p / CORRECTIONS).read_text("utf-8").split("\n")
    found = [n for n, line in enumerate(lines, 1) if needle in line and not line.startswith("#")]
    return found[nth - 1]


def bad_corrections(p: Path) -> list[str]:
    with_corrections(p)
    edit(
        p,
        CORRECTIONS,
        "date: 2026-12-01\n    page: timeline",
        "date: 2026-11-01\n    page: timeline",
    )
    edit(p, CORRECTIONS, "    page: chips\n    anchor", "    page: chip\n    anchor")
    edit(p, CORRECTIONS, "sources: [S12]\n  - id", "sources: [S999]\n  - id")
    edit(p, CORRECTIONS, "      en: An event's date was corrected.\n", "")
    edit(p, CORRECTIONS, "id: timeline-typo-date", "id: h20-memory")
    return [
        f"{CORRECTIONS}:{data_line(p, 'page: chip')}: unknown page 'chip'; expected "
        "one of index, deepseek-r2-delay, timeline, chips, glossary, sources, corrections, about",
        f"{CORRECTIONS}:{data_line(p, 'S999')}: unknown source id 'S999'; add it to "
        "content_src/sources.yml or use one of its ids",
        f"{CORRECTIONS}:{data_line(p, 'id: h20-memory', 2)}: duplicate correction "
        f"'h20-memory' (first defined at line {data_line(p, 'id: h20-memory')})",
        f"{CORRECTIONS}:{data_line(p, '2026-11-01')}: a correction dated 2026-11-01 "
        "is before the page was published (2026-11-29)",
        f"{CORRECTIONS}:{data_line(p, 'text:', 2)}: correction 'h20-memory' is missing its en text",
    ]


CASES: dict[str, Callable[[Path], list[str]]] = {
    case.__name__: case
    for case in [bad_dates, page_without_dates, updated_before_published, bad_corrections]
}


@pytest.mark.parametrize("case", CASES)
def test_bad_publication_record_is_reported_and_nothing_is_written(
    case: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_build_reports(project, capsys, CASES[case](project))
