"""The chip comparison (``content_src/chips.yml``): every value typed, sourced and checked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from build_tools.dates import PartialDate, parse_date
from build_tools.errors import Problem, Problems
from build_tools.loading import LANGUAGES, read_yaml_list, unique_by_id
from build_tools.sources import Source, check_citations
from build_tools.yamlio import Mapping

CHIPS_FILE = "content_src/chips.yml"
STATUSES = ("official", "reported", "estimate", "conflicting", "undisclosed", "not_applicable")
MISSING = ("undisclosed", "not_applicable")
UNITS = {
    "TFLOPS": ("TFLOPS", 1.0),
    "PFLOPS": ("TFLOPS", 1000.0),
    "TOPS": ("TOPS", 1.0),
    "GB": ("GB", 1.0),
    "TB/s": ("GB/s", 1000.0),
    "GB/s": ("GB/s", 1.0),
    "W": ("W", 1.0),
}
"""Units a value may have, and how to express it in the column's base unit."""
VENDORS = ("nvidia", "huawei", "cambricon")


@dataclass(frozen=True)
class Field:
    key: str
    kind: str
    """``date``, ``text`` (the same in both languages), ``translated`` or ``number``."""
    base_unit: str = ""


FIELDS = (
    Field("release", "date"),
    Field("process", "text"),
    Field("fp16", "number", "TFLOPS"),
    Field("fp8", "number", "TFLOPS"),
    Field("int8", "number", "TOPS"),
    Field("memory_type", "text"),
    Field("memory", "number", "GB"),
    Field("bandwidth", "number", "GB/s"),
    Field("interconnect", "text"),
    Field("interconnect_bandwidth", "number", "GB/s"),
    Field("power", "number", "W"),
    Field("export", "translated"),
    Field("role", "translated"),
)


@dataclass(frozen=True)
class Figure:
    """A number as a source gives it."""

    value: float
    unit: str
    sources: tuple[str, ...]

    @property
    def base(self) -> float:
        """The value in its column's base unit (TB/s -> GB/s), for sorting and the chart."""
        return self.value * UNITS[self.unit][1]


@dataclass(frozen=True)
class Cell:
    status: str
    figures: tuple[Figure, ...] = ()
    """One figure, or one per source for a conflicting value."""
    text: dict[str, str] | None = None
    date: PartialDate | None = None
    sources: tuple[str, ...] = ()
    line: int = 0
    options: tuple[Cell, ...] = ()
    """For a conflicting text or date: what each source says."""

    @property
    def all_sources(self) -> tuple[str, ...]:
        nested = [s for f in self.figures for s in f.sources]
        nested += [s for option in self.options for s in option.sources]
        return tuple(dict.fromkeys((*self.sources, *nested)))


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
class Chips:
    chips: tuple[Chip, ...]
    explainer: dict[str, tuple[str, ...]]


def load_chips(root: Path, sources: dict[str, Source]) -> tuple[Chips | None, list[Problem]]:
    if not (root / CHIPS_FILE).exists():
        return None, []
    data, found = read_yaml_list(root, CHIPS_FILE, "chips")
    if data is None:
        return None, found.items
    chips = unique_by_id([_chip(item, found) for item in data["chips"]], CHIPS_FILE, "chip", found)
    for chip in chips.values():
        for cell in chip.cells.values():
            found.extend(check_citations(list(cell.all_sources), sources, CHIPS_FILE, cell.line))
    explainer = _explainer(data, found)
    return Chips(tuple(chips.values()), explainer), found.items


def _explainer(data: Mapping, found: Problems) -> dict[str, tuple[str, ...]]:
    part = data.get("explainer")
    texts: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        paragraphs = part.get(lang) if isinstance(part, Mapping) else None
        if not paragraphs:
            found.add(
                CHIPS_FILE,
                data.line_of("explainer"),
                f"explainer is missing its '{lang}' paragraphs",
            )
        texts[lang] = tuple(str(p) for p in paragraphs or ())
    return texts


def _chip(item: object, found: Problems) -> Chip | None:
    if not isinstance(item, Mapping) or not re.match(r"^[a-z0-9-]+$", str(item.get("id", ""))):
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
        cells[field.key] = _cell(field, raw, found)
    return Chip(
        str(item["id"]),
        str(item.get("name", "")),
        str(item.get("vendor")),
        bool(item.get("context", False)),
        cells,
        item.line,
    )


def _cell(field: Field, raw: Mapping, found: Problems) -> Cell:
    status, line = str(raw.get("status", "")), raw.line
    sources = tuple(str(s) for s in raw.get("sources") or ())
    if status not in STATUSES:
        found.add(
            CHIPS_FILE,
            raw.line_of("status"),
            f"{field.key}: status '{status}'; expected one of {', '.join(STATUSES)}",
        )
        return Cell(status, line=line)
    if status in MISSING:
        return Cell(status, sources=sources, line=line)
    if status == "conflicting":
        values = [v for v in raw.get("values") or () if isinstance(v, Mapping)]
        if field.kind == "number":
            figures = tuple(_figure(field, v, found) for v in values)
            cell = Cell(status, tuple(f for f in figures if f), sources=sources, line=line)
        else:
            options = tuple(_option(field, v, found) for v in values)
            cell = Cell(status, sources=sources, line=line, options=options)
        if len(cell.figures or cell.options) < 2 or len(cell.all_sources) < 2:
            found.add(
                CHIPS_FILE,
                line,
                f"{field.key}: a conflict needs at least two values from at least two sources",
            )
        return cell
    if not sources:
        found.add(CHIPS_FILE, line, f"{field.key}: a {status} value needs its sources")
    if field.kind == "number":
        figure = _figure(field, raw, found)
        return Cell(status, (figure,) if figure else (), sources=sources, line=line)
    return Cell(
        status,
        text=_text(field, raw, found),
        date=_date(field, raw, found),
        sources=sources,
        line=line,
    )


def _option(field: Field, raw: Mapping, found: Problems) -> Cell:
    """One source's version of a conflicting text or date."""
    sources = tuple(str(s) for s in raw.get("sources") or ())
    if not sources:
        found.add(CHIPS_FILE, raw.line, f"{field.key}: each conflicting value needs its sources")
    return Cell(
        "option",
        text=_text(field, raw, found),
        date=_date(field, raw, found),
        sources=sources,
        line=raw.line,
    )


def _figure(field: Field, raw: object, found: Problems) -> Figure | None:
    if not isinstance(raw, Mapping):
        return None
    value, unit = raw.get("value"), str(raw.get("unit", ""))
    if isinstance(value, bool) or not isinstance(value, int | float):
        found.add(CHIPS_FILE, raw.line_of("value"), f"{field.key}: '{value}' is not a number")
        return None
    if unit not in UNITS or UNITS[unit][0] != field.base_unit:
        expected = ", ".join(u for u, (base, _) in UNITS.items() if base == field.base_unit)
        found.add(
            CHIPS_FILE,
            raw.line_of("unit"),
            f"{field.key}: unknown unit '{unit}'; expected {expected}",
        )
        return None
    return Figure(float(value), unit, tuple(str(s) for s in raw.get("sources") or ()))


def _text(field: Field, raw: Mapping, found: Problems) -> dict[str, str] | None:
    if field.kind == "text" and str(raw.get("text") or "").strip():
        return {lang: str(raw["text"]) for lang in LANGUAGES}  # the same in both languages
    if field.kind in ("text", "translated"):
        for lang in LANGUAGES:
            if not str(raw.get(lang) or "").strip():
                found.add(CHIPS_FILE, raw.line, f"{field.key}: missing the '{lang}' text")
        return {lang: str(raw.get(lang, "")) for lang in LANGUAGES}
    return None


def _date(field: Field, raw: Mapping, found: Problems) -> PartialDate | None:
    if field.kind != "date":
        return None
    try:
        return parse_date(str(raw.get("date", "")))
    except ValueError as err:
        found.add(CHIPS_FILE, raw.line_of("date"), f"{field.key}: {err}")
        return None
