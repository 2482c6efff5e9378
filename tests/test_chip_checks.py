"""The chip table's units and plausibility, on fixture content (tests/fixtures/chips): values in
different units are normalised before a range is drawn and each reading shows its own unit; a
value a hardware editor would refuse is refused with its line unless it is marked disputed, and
then the page shows why. The fixture is the Ascend 910B row as first published."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from build_tools.content.chip_checks import check_plausibility
from build_tools.content.chips import CHIPS_FILE, Chips, chip_claims, load_chips
from build_tools.content.editorial_rules import load_rules
from build_tools.content.evidence import check_claims
from build_tools.content.resolution import References, Registries, unresolved
from build_tools.content.sources import load_sources
from build_tools.errors import Problem
from build_tools.language.codes import Lang
from build_tools.language.dates import PartialDate
from build_tools.render.chips_page import render_chips_page
from build_tools.render.references import number_citations
from tests.build_errors import assert_build_reports
from tests.conftest import FIXTURES, GOLDEN
from tests.golden_files import assert_golden

FIXTURE = FIXTURES / "chips"
TODAY = PartialDate(2026, 12, 1)


def problems_of(root: Path) -> tuple[Chips | None, list[str]]:
    """Every problem the chip table of ``root`` has: loading, plausibility, evidence."""
    rules, found = load_rules(root)
    sources, more = load_sources(root, rules)
    refs = References()
    chips, loaded = load_chips(root, refs)
    problems: list[Problem] = [*found, *more, *loaded, *unresolved(refs.items, Registries(sources))]
    if chips and not loaded:
        problems += check_plausibility(chips, rules)
        problems += check_claims(chip_claims(chips), sources, rules, TODAY).problems
    return chips, [str(p) for p in sorted(problems)]


def fixture_copy(tmp_path: Path, old: str = "", new: str = "") -> Path:
    shutil.copytree(FIXTURE, tmp_path / "fixture")
    path = tmp_path / "fixture" / CHIPS_FILE
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path / "fixture"


def line(root: Path, needle: str) -> int:
    lines = (root / CHIPS_FILE).read_text("utf-8").split("\n")
    return next(n for n, text in enumerate(lines, 1) if needle in text)


def row(chips: Chips, lang: Lang) -> str:
    rules, _ = load_rules(FIXTURE)
    sources, _ = load_sources(FIXTURE, rules)
    page = number_citations(render_chips_page(chips, lang).body, sources, lang)
    found = re.search(r'<tr id="chip-test-910b">.*?</tr>', page, re.S)
    assert found
    return found.group(0) + "\n"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_910b_row_matches_its_golden(lang: Lang, update_goldens: bool) -> None:
    chips, problems = problems_of(FIXTURE)
    assert problems == [] and chips
    assert_golden(GOLDEN / f"chips/test-910b.{lang}.html", row(chips, lang), update_goldens)


def test_disputed_readings_are_shown_with_their_note_and_kept_out_of_the_range() -> None:
    chips, _ = problems_of(FIXTURE)
    assert chips
    cell = row(chips, "en").split("<td")[8]  # release, process, fp16, fp8, int8, type, memory
    assert '<bdi dir="ltr" class="num">1.2–1.6\u00a0TB/s</bdi>' in cell  # 400 and 768 are not
    for each in ("400\u00a0GB/s", "768\u00a0GB/s", "1.2\u00a0TB/s", "1.6\u00a0TB/s"):
        assert each in cell  # every reading with its own unit
    assert "<strong>disputed</strong>: 64 GB of HBM2e needs four stacks" in cell
    assert not re.search(r"\bS\d\b", cell)


def test_readings_in_different_units_share_one_unit_in_the_range(tmp_path: Path) -> None:
    root = fixture_copy(
        tmp_path,
        "interconnect_bandwidth: {status: undisclosed}",
        "interconnect_bandwidth:\n      status: conflicting\n      values:\n"
        "        - {value: 392, unit: GB/s, sources: [S4]}\n"
        "        - {value: 0.8, unit: TB/s, sources: [S1]}",
    )
    chips, problems = problems_of(root)
    assert problems == [] and chips
    page = render_chips_page(chips, "en").body
    assert '<bdi dir="ltr" class="num">392–800\u00a0GB/s</bdi>' in page  # not "0.8–392"
    assert '<bdi dir="ltr" class="num">0.8\u00a0TB/s</bdi>' in page


def undisputed_bandwidth(tmp_path: Path) -> tuple[Path, list[str]]:
    root = fixture_copy(
        tmp_path,
        "          disputed:\n"
        "            ar: 64 GB من HBM2e تحتاج إلى أربع طبقات تعطي 1.2 TB/s على الأقل.\n"
        "            en: 64 GB of HBM2e needs four stacks, which give at least 1.2 TB/s.\n"
        "            sources: [S5]\n",
        "",
    )
    return root, [
        f"{CHIPS_FILE}:{line(root, 'value: 400')}: chip 'test-910b' bandwidth 400 GB/s is below "
        "what the memory can give: 64 GB of HBM2e needs at least 4 stacks of at least 300 GB/s "
        "(1200 GB/s); is it an interconnect figure?; check the source, or mark the value "
        "disputed with a note the page shows"
    ]


def memory_beyond_eight_stacks(tmp_path: Path) -> tuple[Path, list[str]]:
    root = fixture_copy(
        tmp_path,
        "memory: {value: 64, unit: GB, status: official, sources: [S1]}",
        "memory: {value: 192, unit: GB, status: official, sources: [S1]}",
    )
    at = line(root, "value: 192")
    return root, [
        f"{CHIPS_FILE}:{at}: chip 'test-910b' memory 192 GB is more than 8 stacks of HBM2e hold "
        "(8 x 16 GB); check the source, or mark the value disputed with a note the page shows",
        f"{CHIPS_FILE}:{line(root, 'value: 1.2')}: chip 'test-910b' bandwidth 1.2 TB/s is below "
        "what the memory can give: 192 GB of HBM2e needs at least 12 stacks of at least 300 "
        "GB/s (3600 GB/s); is it an interconnect figure?; check the source, or mark the value "
        "disputed with a note the page shows",
        f"{CHIPS_FILE}:{line(root, 'value: 1.6')}: chip 'test-910b' bandwidth 1.6 TB/s is below "
        "what the memory can give: 192 GB of HBM2e needs at least 12 stacks of at least 300 "
        "GB/s (3600 GB/s); is it an interconnect figure?; check the source, or mark the value "
        "disputed with a note the page shows",
    ]


def fp8_below_fp16(tmp_path: Path) -> tuple[Path, list[str]]:
    root = fixture_copy(
        tmp_path,
        "fp8: {status: not_applicable, sources: [S4]}",
        "fp8: {value: 200, unit: TFLOPS, status: reported, sources: [S4]}",
    )
    return root, [
        f"{CHIPS_FILE}:{line(root, 'value: 200')}: chip 'test-910b' fp8 200 TFLOPS is below the "
        "chip's FP16 (256 TFLOPS); check the source, or mark the value disputed with a note the "
        "page shows"
    ]


def sparse_fp8_beside_dense_fp16(tmp_path: Path) -> tuple[Path, list[str]]:
    root = fixture_copy(
        tmp_path,
        "fp8: {status: not_applicable, sources: [S4]}",
        "fp8: {value: 1412, unit: TFLOPS, status: reported, sources: [S4]}",
    )
    return root, [
        f"{CHIPS_FILE}:{line(root, 'value: 1412')}: chip 'test-910b' fp8 1412 TFLOPS is more "
        "than 2 x the chip's dense FP16 (353 TFLOPS): a figure with sparsity? The column holds "
        "dense figures; check the source, or mark the value disputed with a note the page shows"
    ]


def sparse_int8_beside_dense_fp16(tmp_path: Path) -> tuple[Path, list[str]]:
    root = fixture_copy(
        tmp_path,
        "int8: {value: 512, unit: TOPS, status: estimate, sources: [S2]}",
        "int8: {value: 1.5, unit: POPS, status: estimate, sources: [S2]}",
    )
    return root, [
        f"{CHIPS_FILE}:{line(root, 'value: 1.5')}: chip 'test-910b' int8 1.5 POPS is more than "
        "3 x the chip's dense FP16 (353 TFLOPS): a figure with sparsity? The column holds dense "
        "figures; check the source, or mark the value disputed with a note the page shows"
    ]


def note_with_a_figure_and_no_source(tmp_path: Path) -> tuple[Path, list[str]]:
    root = fixture_copy(
        tmp_path,
        "            en: Less than four stacks of HBM2e give.",
        "            en: Less than the 1.2 TB/s four stacks of HBM2e give.",
    )
    return root, [
        f"{CHIPS_FILE}:{line(root, 'value: 768')}: chip 'test-910b' bandwidth 768 GB/s: '1.2 TB/s' "
        "(en) is a figure; cite its source ('sources:' under 'disputed:')"
    ]


def weak_reading_not_marked(tmp_path: Path) -> tuple[Path, list[str]]:
    root = fixture_copy(
        tmp_path,
        "{value: 256, unit: TFLOPS, status: low, sources: [S2]}",
        "{value: 256, unit: TFLOPS, sources: [S2]}",
    )
    return root, [
        f"{CHIPS_FILE}:{line(root, 'value: 256')}: chip 'test-910b' fp16 256 TFLOPS rests only on "
        "secondary sources (S2 (blog)); cite a primary, news, trade-press or analysis source, or "
        "give it the status estimate or low"
    ]


CASES = {
    case.__name__: case
    for case in [
        undisputed_bandwidth,
        memory_beyond_eight_stacks,
        fp8_below_fp16,
        sparse_fp8_beside_dense_fp16,
        sparse_int8_beside_dense_fp16,
        note_with_a_figure_and_no_source,
        weak_reading_not_marked,
    ]
}


@pytest.mark.parametrize("case", CASES)
def test_an_implausible_or_unbacked_value_is_refused(case: str, tmp_path: Path) -> None:
    root, expected = CASES[case](tmp_path)
    assert problems_of(root)[1] == sorted(expected)


def test_the_build_refuses_an_implausible_value_and_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same check in the whole build: the fixture's chip, its 400 GB/s undisputed, added to
    a copy of the real table (with its own sources, renumbered so as not to clash)."""
    sources = (FIXTURE / "content_src/sources.yml").read_text("utf-8")
    own = sources.split("sources:\n", 1)[1].replace("id: S", "id: S99")
    with (project / "content_src/sources.yml").open("a", encoding="utf-8") as out:
        out.write(own.replace("example.org", "example.net"))
    chip = (FIXTURE / CHIPS_FILE).read_text("utf-8").split("chips:\n", 1)[1].split("explainer:")[0]
    chip = re.sub(r"\bS(\d)\b", r"S99\1", chip)
    chip = chip.replace(
        "          disputed:\n            ar: 64 GB", "          note:\n            ar: 64 GB"
    )
    path = project / CHIPS_FILE
    text = path.read_text("utf-8").replace(
        "\nexplainer:", "\n" + chip.rstrip("\n") + "\nexplainer:", 1
    )
    path.write_text(text, encoding="utf-8")
    at = text[: text.index("- value: 400")].count("\n") + 1
    assert_build_reports(
        project,
        capsys,
        [
            f"{CHIPS_FILE}:{at}: chip 'test-910b' bandwidth 400 GB/s is below what the memory can "
            "give: 64 GB of HBM2e needs at least 4 stacks of at least 300 GB/s (1200 GB/s); is it "
            "an interconnect figure?; check the source, or mark the value disputed with a note the "
            "page shows"
        ],
    )
