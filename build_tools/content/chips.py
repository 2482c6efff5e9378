"""The chip comparison (``content_src/chips.yml``): every value typed, sourced and checked.

Cells are read by :mod:`build_tools.content.chip_cells`; what a hardware editor would refuse
(memory bandwidth the memory cannot give, FP8 slower than FP16...) by
:mod:`build_tools.content.chip_checks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools.content.chip_cells import FIELDS, Cell, read_cell
from build_tools.content.claims import Claim, Expiry, parse_expiry
from build_tools.content.loading import ID_RE, read_yaml_list, unique_by_id
from build_tools.content.resolution import References
from build_tools.content.yamlio import Mapping
from build_tools.errors import Problem, Problems
from build_tools.language.codes import LANGUAGES, Bilingual

CHIPS_FILE = "content_src/chips.yml"
VENDORS = ("nvidia", "huawei", "cambricon")


@dataclass(frozen=True)
class Chip:
    id: str
    name: str
    vendor: str
    context: bool
    """Shown for context (an older or a future chip) rather than compared in the story."""
    cells: dict[str, Cell]
    line: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of "what the numbers mean", in both languages, with its sources."""

    texts: Bilingual
    sources: tuple[str, ...]
    expiry: Expiry | None
    line: int


@dataclass(frozen=True)
class Chips:
    chips: tuple[Chip, ...]
    explainer: tuple[Paragraph, ...]


def load_chips(root: Path, refs: References) -> tuple[Chips | None, list[Problem]]:
    if not (root / CHIPS_FILE).exists():
        return None, []
    data, found = read_yaml_list(root, CHIPS_FILE, "chips")
    if data is None:
        return None, found.items
    chips = unique_by_id([_chip(item, found) for item in data["chips"]], CHIPS_FILE, "chip", found)
    for chip in chips.values():
        for cell in chip.cells.values():
            refs.add(CHIPS_FILE, cell.line, "source", cell.all_sources)
    explainer = _explainer(data, found)
    for paragraph in explainer:
        refs.add(CHIPS_FILE, paragraph.line, "source", paragraph.sources)
    return Chips(tuple(chips.values()), explainer), found.items


def _explainer(data: Mapping, found: Problems) -> tuple[Paragraph, ...]:
    items = data.get("explainer")
    if not isinstance(items, list) or not items:
        found.add(
            CHIPS_FILE,
            data.line_of("explainer"),
            "explainer needs its paragraphs, each with 'ar', 'en' and 'sources'",
        )
        return ()
    paragraphs = []
    for item in items:
        if not isinstance(item, Mapping):
            found.add(CHIPS_FILE, data.line_of("explainer"), "each paragraph needs 'ar' and 'en'")
            continue
        texts = {lang: str(item.get(lang) or "").strip() for lang in LANGUAGES}
        for lang in (lang for lang, text in texts.items() if not text):
            found.add(CHIPS_FILE, item.line, f"explainer paragraph is missing its '{lang}' text")
        sources = tuple(str(s) for s in item.get("sources") or ())
        paragraphs.append(
            Paragraph(texts, sources, parse_expiry(item, CHIPS_FILE, found), item.line)
        )
    return tuple(paragraphs)


def _chip(item: object, found: Problems) -> Chip | None:
    if not isinstance(item, Mapping) or not ID_RE.match(str(item.get("id", ""))):
        line = item.line if isinstance(item, Mapping) else 1
        found.add(CHIPS_FILE, line, "each chip needs an id of lower-case a-z, 0-9 and -")
        return None
    if item.get("vendor") not in VENDORS:
        found.add(
            CHIPS_FILE,
            item.line_of("vendor"),
            f"vendor '{item.get('vendor')}'; expected one of {', '.join(VENDORS)}",
        )
    cells = {}
    for field in FIELDS:
        raw = item.get(field.key)
        if not isinstance(raw, Mapping):
            found.add(
                CHIPS_FILE,
                item.line,
                f"chip '{item['id']}' is missing '{field.key}' (a value with status and sources)",
            )
            continue
        cells[field.key] = read_cell(field, raw, CHIPS_FILE, found)
    return Chip(
        str(item["id"]),
        str(item.get("name", "")),
        str(item.get("vendor")),
        bool(item.get("context", False)),
        cells,
        item.line,
    )


def chip_claims(data: Chips) -> list[Claim]:
    """Every value of the table, every conflicting reading, every paragraph of the explainer."""
    claims = []
    for chip in data.chips:
        for field in FIELDS:
            claims += data_claims(chip, field.key)
    for number, paragraph in enumerate(data.explainer, start=1):
        claims.append(
            Claim(
                CHIPS_FILE,
                paragraph.line,
                f"explainer paragraph {number}",
                paragraph.sources,
                None,
                paragraph.texts,
                paragraph.expiry,
            )
        )
    return claims


def data_claims(chip: Chip, key: str) -> list[Claim]:
    """The claims of one cell: the cell itself, each reading of a conflict, and the note of each
    disputed reading (our prose, backed by the note's own sources)."""
    cell = chip.cells.get(key)
    if cell is None:
        return []
    what = f"chip '{chip.id}' {key}"
    status = cell.status if cell.status in ("official", "reported", "estimate") else None
    texts = dict(cell.text) if cell.text and cell.prose else {}
    claims = [Claim(CHIPS_FILE, cell.line, what, cell.sources, status, texts, cell.expiry)]
    for reading in cell.readings if cell.status == "conflicting" else ():
        label = f"{what} {reading.label}"
        claims.append(Claim(CHIPS_FILE, reading.line, label, reading.sources, reading.status))
    for reading in cell.readings:
        if reading.note:
            claims.append(
                Claim(
                    CHIPS_FILE,
                    reading.line,
                    f"{what} {reading.label}",
                    reading.note_sources,
                    None,
                    reading.note,
                    sources_key="'sources:' under 'disputed:'",
                )
            )
    return claims
