"""The chip comparison: checks with their lines, and every value on both built pages."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from build_tools.cli import main
from build_tools.content.chip_cells import FIELDS
from build_tools.content.chips import load_chips
from build_tools.content.editorial_rules import load_rules
from build_tools.content.resolution import References, Registries, unresolved
from build_tools.content.sources import load_sources
from build_tools.language.dates import format_date
from build_tools.language.ui import STATUS
from build_tools.render.chips_page import format_number
from tests.build_errors import assert_build_reports
from tests.conftest import ROOT

CHIPS = "content_src/chips.yml"


def test_every_value_appears_formatted_on_both_built_pages(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    sources, _ = load_sources(ROOT, load_rules(ROOT)[0])
    refs = References()
    data, problems = load_chips(ROOT, refs)
    assert problems == unresolved(refs.items, Registries(sources)) == [] and data is not None
    for lang in ("ar", "en"):
        built = (site / ("en/" if lang == "en" else "") / "chips.html").read_text("utf-8")
        page = html.unescape(re.sub(r"<[^>]+>", "", built)).replace("\u00a0", " ")
        for chip in data.chips:
            assert chip.name in page
            for field in FIELDS:
                cell = chip.cells[field.key]
                expected = [STATUS[cell.status][lang]]
                for reading in cell.readings:  # every reading with its own unit
                    if reading.value is not None:
                        expected.append(f"{format_number(reading.value)} {reading.unit}")
                    if reading.date:
                        expected.append(format_date(reading.date, lang))
                    if reading.text:
                        expected.append(reading.text[lang])
                for value in expected:
                    assert value in page, (lang, chip.id, field.key, value)
        assert not re.search(r"\bS\d+[a-z]?\b", page), "registry ids never reach a page"


def test_numbers_follow_the_digit_policy() -> None:
    assert [format_number(v) for v in (1979.0, 3.35, 0.8, 96.0, 4.0)] == [
        "1,979",
        "3.35",
        "0.8",
        "96",
        "4",
    ]


def test_missing_values_sort_last_and_numbers_sort_in_base_units(full_site: Path) -> None:
    page = (full_site / "docs/en/chips.md").read_text("utf-8")
    h100 = re.search(r'<tr id="chip-h100">(.*?)</tr>', page, re.S)
    assert h100
    sorts = re.findall(r'<td data-sort="([^"]*)"', h100.group(1))
    assert sorts[FIELDS.index(next(f for f in FIELDS if f.key == "bandwidth"))] == "3350"
    a100_fp8 = re.search(r'<tr id="chip-a100">(?:.*?<td[^>]*>){4}', page, re.S)
    assert a100_fp8 and a100_fp8.group(0).endswith('<td data-sort="">')


def test_chart_has_title_description_and_is_mirrored_for_arabic(full_site: Path) -> None:
    ar = (full_site / "docs/ar/chips.md").read_text("utf-8")
    en = (full_site / "docs/en/chips.md").read_text("utf-8")
    for page in (ar, en):
        svg = re.search(r"<svg.*?</svg>", page, re.S)
        assert svg and '<title id="chart-title">' in svg.group(0)
        assert re.search(r'<desc id="chart-desc">[^<]*H20[^<]*15%', svg.group(0))
        assert 'role="img"' in svg.group(0) and "<script" not in svg.group(0)
    first_bar = {
        lang: float(re.findall(r'class="bar" x="([\d.]+)"', page)[0])
        for lang, page in (("ar", ar), ("en", en))
    }
    assert first_bar["en"] == 150.0 and first_bar["ar"] < 150.0  # grows from the right


def edit(project: Path, old: str, new: str, nth: int = 1) -> int:
    """Replace the nth ``old`` and return its line number."""
    text = (project / CHIPS).read_text("utf-8")
    at = -1
    for _ in range(nth):
        at = text.index(old, at + 1)
    (project / CHIPS).write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def value_without_source(p: Path) -> list[str]:
    line = edit(
        p,
        "power: {value: 700, unit: W, status: official, sources: [S2]}",
        "power: {value: 700, unit: W, status: official}",
    )
    return [f"{CHIPS}:{line}: power: a official value needs its sources"]


def unknown_source(p: Path) -> list[str]:
    line = edit(p, "sources: [S2]}", "sources: [S2000]}")
    return [
        f"{CHIPS}:{line}: unknown source id 'S2000'; add it to content_src/sources.yml or "
        "use one of its ids"
    ]


def unknown_unit(p: Path) -> list[str]:
    line = edit(p, "unit: W,", "unit: kW,")
    return [f"{CHIPS}:{line}: power: unknown unit 'kW'; expected W"]


def not_a_number(p: Path) -> list[str]:
    line = edit(p, "value: 700,", "value: 700 W,")
    return [f"{CHIPS}:{line}: power: '700 W' is not a number"]


def duplicate_chip(p: Path) -> list[str]:
    first = edit(p, "  - id: h800\n", "  - id: h100\n")
    original = edit(p, "  - id: h100\n", "  - id: h100\n")
    return [f"{CHIPS}:{first}: duplicate chip 'h100' (first defined at line {original})"]


CASES = {
    f.__name__: f
    for f in [value_without_source, unknown_source, unknown_unit, not_a_number, duplicate_chip]
}


@pytest.mark.parametrize("case", CASES)
def test_chip_mistakes_are_reported_with_their_line(
    case: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_build_reports(project, capsys, CASES[case](project))


def test_a_conflict_needs_two_sources(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (project / CHIPS).read_text("utf-8")
    start = text.index("    fp16:\n      status: conflicting")
    block_end = text.index("\n    fp8:", start)
    block = text[start:block_end]
    kept = "\n".join(block.split("\n")[:4])  # fp16:, status:, values:, the first value only
    (project / CHIPS).write_text(text[:start] + kept + text[block_end:], encoding="utf-8")
    line = text[:start].count("\n") + 2
    assert main(["--root", str(project), "build"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"error: {CHIPS}:{line}: fp16: a conflict needs at least two values from at least two "
        "sources"
    )
