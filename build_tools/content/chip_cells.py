"""One cell of the chip table: its status, and each reading of it as a source gives it (a
number with its unit, a text or a date), a conflict being several readings."""

from __future__ import annotations

from dataclasses import dataclass, replace

from build_tools.content.claims import WEAK, Expiry, parse_expiry
from build_tools.content.yamlio import Mapping
from build_tools.errors import Problems
from build_tools.language.codes import LANGUAGES, Bilingual
from build_tools.language.dates import PartialDate, parse_date

STATUSES = ("official", "reported", "estimate", "conflicting", "undisclosed", "not_applicable")
MISSING = ("undisclosed", "not_applicable")
UNITS = {
    "TFLOPS": ("TFLOPS", 1.0),
    "PFLOPS": ("TFLOPS", 1000.0),
    "TOPS": ("TOPS", 1.0),
    "POPS": ("TOPS", 1000.0),
    "GB": ("GB", 1.0),
    "TB/s": ("GB/s", 1000.0),
    "GB/s": ("GB/s", 1.0),
    "W": ("W", 1.0),
}
"""Units a value may have, and how to express it in the column's base unit."""


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
class Reading:
    """A value as one or more sources give it."""

    sources: tuple[str, ...]
    line: int
    value: float | None = None
    unit: str = ""
    text: Bilingual | None = None
    date: PartialDate | None = None
    status: str | None = None
    """``estimate`` or ``low`` for one reading of a conflict that rests on weak sources."""
    note: Bilingual | None = None
    """Why the reading is disputed, per language; a disputed reading is shown, never charted."""
    note_sources: tuple[str, ...] = ()

    @property
    def base(self) -> float:
        """The value in its column's base unit (TB/s -> GB/s), for ranges, sorting, the chart."""
        return (self.value or 0.0) * UNITS[self.unit][1]

    @property
    def label(self) -> str:
        """The reading as a message names it: ``400 GB/s``, ``TSMC``, ``2023``."""
        if self.value is not None:
            return f"{self.value:g} {self.unit}"
        return self.date.iso() if self.date else (self.text or {}).get("en", "")


@dataclass(frozen=True)
class Cell:
    status: str
    readings: tuple[Reading, ...] = ()
    """One reading, or one per source for a conflicting value; none for a missing value."""
    sources: tuple[str, ...] = ()
    line: int = 0
    expiry: Expiry | None = None
    prose: bool = False
    """A text we wrote (export status, role), checked like the rest of our prose."""

    @property
    def figures(self) -> tuple[Reading, ...]:
        return tuple(r for r in self.readings if r.value is not None)

    @property
    def undisputed(self) -> tuple[Reading, ...]:
        return tuple(r for r in self.readings if r.note is None)

    @property
    def text(self) -> Bilingual | None:
        return self.readings[0].text if len(self.readings) == 1 else None

    @property
    def all_sources(self) -> tuple[str, ...]:
        nested = [s for r in self.readings for s in (*r.sources, *r.note_sources)]
        return tuple(dict.fromkeys((*self.sources, *nested)))


def read_cell(field: Field, raw: Mapping, file: str, found: Problems) -> Cell:
    status, line = str(raw.get("status", "")), raw.line
    sources = tuple(str(s) for s in raw.get("sources") or ())
    expiry = parse_expiry(raw, file, found)
    prose = field.kind == "translated"
    if status not in STATUSES:
        found.add(
            file,
            raw.line_of("status"),
            f"{field.key}: status '{status}'; expected one of {', '.join(STATUSES)}",
        )
        return Cell(status, line=line)
    if status in MISSING:
        return Cell(status, sources=sources, line=line, expiry=expiry)
    if status == "conflicting":
        values = [v for v in raw.get("values") or () if isinstance(v, Mapping)]
        readings = tuple(r for r in (_reading(field, v, file, found, True) for v in values) if r)
        cell = Cell(status, readings, sources, line, expiry, prose)
        if len(cell.readings) < 2 or len(cell.all_sources) < 2:
            found.add(
                file,
                line,
                f"{field.key}: a conflict needs at least two values from at least two sources",
            )
        return cell
    if not sources:
        found.add(file, line, f"{field.key}: a {status} value needs its sources")
    reading = _reading(field, raw, file, found, False)
    return Cell(status, (reading,) if reading else (), sources, line, expiry, prose)


def _reading(
    field: Field, raw: Mapping, file: str, found: Problems, in_conflict: bool
) -> Reading | None:
    sources = tuple(str(s) for s in raw.get("sources") or ())
    if in_conflict and not sources:
        found.add(file, raw.line, f"{field.key}: each conflicting value needs its sources")
    status = raw.get("status") if in_conflict else None
    if status is not None and status not in WEAK:
        found.add(
            file,
            raw.line_of("status"),
            f"{field.key}: a conflicting value's status '{status}'; expected "
            f"{' or '.join(WEAK)} (or none)",
        )
        status = None
    note, note_sources = _note(field, raw, file, found)
    base = Reading(sources, raw.line, status=status, note=note, note_sources=note_sources)
    if field.kind == "number":
        value, unit = _number(field, raw, file, found)
        return replace(base, value=value, unit=unit) if value is not None else None
    if field.kind == "date":
        try:
            return replace(base, date=parse_date(str(raw.get("date", ""))))
        except ValueError as err:
            found.add(file, raw.line_of("date"), f"{field.key}: {err}")
            return None
    return replace(base, text=_text(field, raw, file, found))


def _number(field: Field, raw: Mapping, file: str, found: Problems) -> tuple[float | None, str]:
    value, unit = raw.get("value"), str(raw.get("unit", ""))
    if isinstance(value, bool) or not isinstance(value, int | float):
        found.add(file, raw.line_of("value"), f"{field.key}: '{value}' is not a number")
        return None, unit
    if unit not in UNITS or UNITS[unit][0] != field.base_unit:
        expected = ", ".join(u for u, (base, _) in UNITS.items() if base == field.base_unit)
        found.add(
            file, raw.line_of("unit"), f"{field.key}: unknown unit '{unit}'; expected {expected}"
        )
        return None, unit
    return float(value), unit


def _text(field: Field, raw: Mapping, file: str, found: Problems) -> Bilingual:
    if field.kind == "text" and str(raw.get("text") or "").strip():
        return {lang: str(raw["text"]) for lang in LANGUAGES}  # the same in both languages
    for lang in LANGUAGES:
        if not str(raw.get(lang) or "").strip():
            found.add(file, raw.line, f"{field.key}: missing the '{lang}' text")
    return {lang: str(raw.get(lang, "")) for lang in LANGUAGES}


def _note(
    field: Field, raw: Mapping, file: str, found: Problems
) -> tuple[Bilingual | None, tuple[str, ...]]:
    """``disputed: {ar: …, en: …, sources: […]}``: why this reading is doubted."""
    part = raw.get("disputed")
    if part is None:
        return None, ()
    texts = (
        {lang: str(part.get(lang) or "").strip() for lang in LANGUAGES}
        if isinstance(part, Mapping)
        else {}
    )
    if not texts or not all(texts.values()):
        found.add(
            file,
            raw.line_of("disputed"),
            f"{field.key}: disputed needs a note in each language (ar, en): why the value is "
            "doubted",
        )
        return None, ()
    assert isinstance(part, Mapping)
    return texts, tuple(str(s) for s in part.get("sources") or ())
