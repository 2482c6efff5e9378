"""The chip comparison page: a sortable table that is complete without JavaScript, the chart,
"what the numbers mean"; every value with its unit, status and numbered sources."""

from __future__ import annotations

from markupsafe import Markup

from build_tools.content.chip_cells import FIELDS, MISSING, UNITS, Cell, Field, Reading
from build_tools.content.chips import Chip, Chips
from build_tools.language.codes import Lang
from build_tools.language.dates import format_date
from build_tools.language.typography import PARTS, RANGE, typography
from build_tools.language.ui import CHIP_FIELDS, CHIPS_PAGE, LABELS, MARKERS, STATUS, VENDORS
from build_tools.render.chips_chart import render_chart
from build_tools.render.html import isolated, join, macros
from build_tools.render.html import text as page_text
from build_tools.render.markdown import PageText, escape, qualifiers
from build_tools.render.references import cite, cite_html

TEMPLATE = "chips.html"


def format_number(value: float) -> str:
    """Western digits, ``,`` for thousands and ``.`` for decimals (the site's digit policy)."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def render_chips_page(data: Chips, lang: Lang) -> PageText:
    text = CHIPS_PAGE[lang]
    legend = PARTS.join(
        f"{MARKERS[s]} {STATUS[s][lang]}"
        for s in (
            "official",
            "reported",
            "estimate",
            "conflicting",
            "undisclosed",
            "not_applicable",
        )
    )
    lines = [
        text["intro"],
        "",
        f"{text['legend']}: {legend}",
        "{: .chips-legend }",
        "",
        _table(data, lang),
        "",
        render_chart(data, lang),
        "",
        f"## {text['meaning']} {{: #meaning }}",
        "",
    ]
    for paragraph in data.explainer:
        said = qualifiers(None, paragraph.expiry, lang)
        parts = [escape(paragraph.texts[lang]), said, cite(paragraph.sources)]
        lines += [" ".join(p for p in parts if p), ""]
    return PageText(f"# {text['title']}", "\n".join(lines), text["intro"])


def _table(data: Chips, lang: Lang) -> str:
    text, headers = CHIPS_PAGE[lang], CHIP_FIELDS[lang]
    table = macros(TEMPLATE).table(
        lang=lang,
        caption=isolated(text["caption"], lang),
        chip_header=headers["chip"],
        columns=[(field.kind, isolated(headers[field.key], lang)) for field in FIELDS],
        rows=[_row(chip, lang) for chip in data.chips],
    )
    return page_text(table)


def _row(chip: Chip, lang: Lang) -> Markup:
    vendor = VENDORS[lang][chip.vendor]
    return macros(TEMPLATE).row(
        id=chip.id,
        sort=f"{vendor} {chip.name}",
        vendor=vendor,
        name=chip.name,
        context=CHIPS_PAGE[lang]["context"] if chip.context else None,
        cells=[_cell(field, chip.cells[field.key], lang) for field in FIELDS],
    )


def _cell(field: Field, cell: Cell, lang: Lang) -> Markup:
    status = macros(TEMPLATE).status(
        status=cell.status, marker=MARKERS[cell.status], words=STATUS[cell.status][lang]
    )
    value: Markup | str | None
    if cell.status in MISSING:  # "undisclosed" and "not applicable" have their sources too
        sort, value = "", None
    elif cell.figures:
        sort, value = _numbers(cell, lang)
    elif len(cell.readings) > 1:
        sort = _plain(cell.undisputed[0] if cell.undisputed else cell.readings[0], lang)
        value = join(PARTS, [_reading(r, _shown(r, lang), lang) for r in cell.readings])
    else:
        reading = cell.readings[0]
        sort, value = _plain(reading, lang), _shown(reading, lang) + _note(reading, lang)
    said = qualifiers(None, cell.expiry, lang)
    return macros(TEMPLATE).cell(
        sort=sort, value=value, status=status, cites=cite_html(cell.sources), said=said
    )


def _plain(reading: Reading, lang: Lang) -> str:
    """A date or a text as sortable plain text."""
    return reading.date.iso() if reading.date else (reading.text or {}).get(lang, "")


def _shown(reading: Reading, lang: Lang) -> Markup | str:
    if reading.date:
        return format_date(reading.date, lang)
    return isolated((reading.text or {}).get(lang, ""), lang)


def _quantity(value: float, unit: str, high: float | None = None) -> Markup:
    """A value (or a range, to ``high``) with its unit, kept on one line, left to right."""
    number = format_number(value) + (f"{RANGE}{format_number(high)}" if high is not None else "")
    shown = typography("en").quantity(number, unit)  # units are Latin in both languages
    return macros(TEMPLATE).quantity(shown=shown)


def _numbers(cell: Cell, lang: Lang) -> tuple[str, Markup]:
    """The value, or the range of the readings, in one unit: the readings' own when they share
    it, else the column's base unit (768 GB/s and 1.2 TB/s make 768–1,200 GB/s). Disputed
    readings are shown, with their note, but stay out of the range."""
    counted = [r for r in cell.figures if r.note is None] or list(cell.figures)
    units = {r.unit for r in counted}
    unit = units.pop() if len(units) == 1 else UNITS[counted[0].unit][0]
    scale = UNITS[unit][1]
    low, high = min(r.base for r in counted) / scale, max(r.base for r in counted) / scale
    shown = _quantity(low, unit, None if low == high else high)
    sort = format((low + high) / 2 * scale, "g")
    if len(cell.figures) == 1:
        return sort, shown + _note(cell.figures[0], lang)
    each = [_reading(r, _quantity(r.value or 0.0, r.unit), lang) for r in cell.figures]
    return sort, macros(TEMPLATE).readings(range=shown, each=each, parts=PARTS)


def _reading(reading: Reading, shown: Markup | str, lang: Lang) -> Markup:
    """One source's reading of a conflict: the value with its unit, its sources, and what is
    weak or doubtful about it."""
    return macros(TEMPLATE).reading(
        shown=shown,
        weak=STATUS[reading.status][lang] if reading.status else None,
        cites=cite_html(reading.sources),
        note=_note(reading, lang),
    )


def _note(reading: Reading, lang: Lang) -> Markup:
    """`` <span class="disputed">…</span>`` after a reading a hardware editor doubts."""
    if not reading.note:
        return Markup()
    why = isolated(reading.note[lang], lang)
    label = LABELS[lang]["disputed"]
    return " " + macros(TEMPLATE).disputed(
        label=label, why=why, cites=cite_html(reading.note_sources)
    )
