"""The chip comparison page: a sortable table that is complete without JavaScript, the chart,
"what the numbers mean", and the sources of every cell as footnotes."""

from __future__ import annotations

import html

from build_tools.chips import CHIPS_FILE, FIELDS, MISSING, Cell, Chip, Chips, Field, Figure
from build_tools.chips_chart import render_chart
from build_tools.dates import format_date
from build_tools.pages import registry_order, source_entry
from build_tools.sources import Source
from build_tools.ui import MARKERS, STATUS, escape, generated_header, isolated_html

HEADERS = {
    "ar": {
        "chip": "الشريحة",
        "release": "الإطلاق",
        "process": "التصنيع",
        "fp16": "FP16/BF16 (كثيف)",
        "fp8": "FP8",
        "int8": "INT8",
        "memory_type": "نوع الذاكرة",
        "memory": "سعة الذاكرة",
        "bandwidth": "عرض نطاق الذاكرة",
        "interconnect": "الاتصال البيني",
        "interconnect_bandwidth": "سرعة الاتصال البيني",
        "power": "القدرة",
        "export": "وضع التصدير الأمريكي",
        "role": "الدور المعتاد",
    },
    "en": {
        "chip": "Chip",
        "release": "Release",
        "process": "Process",
        "fp16": "FP16/BF16 (dense)",
        "fp8": "FP8",
        "int8": "INT8",
        "memory_type": "Memory type",
        "memory": "Memory",
        "bandwidth": "Memory bandwidth",
        "interconnect": "Interconnect",
        "interconnect_bandwidth": "Interconnect bandwidth",
        "power": "Power",
        "export": "US export status",
        "role": "Typical role",
    },
}
VENDORS = {
    "ar": {"nvidia": "إنفيديا", "huawei": "هواوي", "cambricon": "كامبريكون"},
    "en": {"nvidia": "Nvidia", "huawei": "Huawei", "cambricon": "Cambricon"},
}
TEXT = {
    "ar": {
        "title": "مقارنة الرقائق",
        "caption": "رقائق إنفيديا وهواوي وكامبريكون: المواصفات",
        "intro": "الأرقام التي يستند إليها المقال: كل قيمة معها مصدرها ومدى التأكد منها. "
        "القيم المعلنة رسميًا قليلة لدى هواوي وكامبريكون، والمصادر تختلف فيها. اضغط عنوان "
        "عمود لترتيب الجدول؛ تبقى القيم غير المعلنة في آخره.",
        "context": "للسياق",
        "meaning": "ماذا تعني الأرقام",
        "notes": "مصادر الجدول",
        "legend": "دليل الحالات",
    },
    "en": {
        "title": "Chip comparison",
        "caption": "Nvidia, Huawei and Cambricon chips: specifications",
        "intro": "The numbers behind the article: every value with its source and how sure it "
        "is. Huawei and Cambricon publish few official figures, and sources disagree. Select a "
        "column heading to sort the table; undisclosed values stay at the end.",
        "context": "for context",
        "meaning": "What the numbers mean",
        "notes": "Sources of the table",
        "legend": "Status key",
    },
}


def format_number(value: float) -> str:
    """Western digits, ``,`` for thousands and ``.`` for decimals (the site's digit policy)."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def render_chips_page(data: Chips, sources: dict[str, Source], lang: str) -> str:
    text = TEXT[lang]
    cited = sorted(
        {s for c in data.chips for cell in c.cells.values() for s in cell.all_sources},
        key=lambda i: registry_order(sources[i]),
    )
    legend = " · ".join(
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
        generated_header(CHIPS_FILE),
        f"# {text['title']}",
        "",
        text["intro"],
        "",
        f"{text['legend']}: {legend}",
        "{: .chips-legend }",
        "",
        _table(data, lang),
        "",
        render_chart(data, lang),
        "",
        f"## {text['meaning']}",
        "",
    ]
    for paragraph in data.explainer[lang]:
        lines += [escape(paragraph), ""]
    lines += [f"## {text['notes']}", ""]
    for source_id in cited:
        lines += [
            source_entry(sources[source_id], lang),
            f"{{: #src-{source_id.lower()} .source-entry }}",
            "",
        ]
    return "\n".join(lines)


def _table(data: Chips, lang: str) -> str:
    text, headers = TEXT[lang], HEADERS[lang]
    head = "".join(
        f'<th scope="col" data-kind="{field.kind}">{isolated_html(headers[field.key], lang)}</th>'
        for field in FIELDS
    )
    rows = "\n".join(_row(chip, lang) for chip in data.chips)
    return (
        f'<div class="chips-scroll" role="region" aria-labelledby="chips-caption" tabindex="0">\n'
        f'<table class="chips-table" lang="{lang}">\n'
        f'<caption id="chips-caption">{isolated_html(text["caption"], lang)}</caption>\n'
        f'<thead><tr><th scope="col" data-kind="text">{headers["chip"]}</th>{head}</tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table>\n</div>"
    )


def _row(chip: Chip, lang: str) -> str:
    name = f'{VENDORS[lang][chip.vendor]} <bdi dir="ltr" lang="en">{html.escape(chip.name)}</bdi>'
    if chip.context:
        name += f' <span class="chip-context">({TEXT[lang]["context"]})</span>'
    sort = html.escape(f"{VENDORS[lang][chip.vendor]} {chip.name}")
    cells = "".join(_cell(field, chip.cells[field.key], lang) for field in FIELDS)
    return f'<tr id="chip-{chip.id}"><th scope="row" data-sort="{sort}">{name}</th>{cells}</tr>'


def _cell(field: Field, cell: Cell, lang: str) -> str:
    status = (
        f'<span class="status status-{cell.status}"><span aria-hidden="true">'
        f"{MARKERS[cell.status]}</span> {STATUS[cell.status][lang]}</span>"
    )
    if cell.status in MISSING:  # "undisclosed" and "not applicable" have their sources too
        return f'<td data-sort="">{status} {_refs(cell.sources)}</td>'
    if cell.figures:
        low, high = min(f.base for f in cell.figures), max(f.base for f in cell.figures)
        sort = format((low + high) / 2, "g")
        value = _number_html(cell.figures, lang)
    elif cell.options:
        sort = _plain(cell.options[0], lang)
        value = " · ".join(
            f"{_shown(option, lang)} {_refs(option.sources)}" for option in cell.options
        )
    else:
        sort, value = _plain(cell, lang), _shown(cell, lang)
    return (
        f'<td data-sort="{html.escape(sort)}"><span class="value">{value}</span> {status} '
        f"{_refs(cell.sources)}</td>"
    )


def _plain(cell: Cell, lang: str) -> str:
    """A date or a text as sortable plain text."""
    return cell.date.iso() if cell.date else (cell.text or {}).get(lang, "")


def _shown(cell: Cell, lang: str) -> str:
    if cell.date:
        return html.escape(format_date(cell.date, lang))
    return isolated_html((cell.text or {}).get(lang, ""), lang)


def _number_html(figures: tuple[Figure, ...], lang: str) -> str:
    unit = figures[0].unit
    values = sorted({f.value for f in figures})
    shown = (
        format_number(values[0])
        if len(values) == 1
        else f"{format_number(values[0])}–{format_number(values[-1])}"
    )
    main = f'<bdi dir="ltr" class="num">{shown} {html.escape(unit)}</bdi>'
    if len(figures) < 2:
        return main
    each = " · ".join(
        f'<bdi dir="ltr" class="num">{format_number(f.value)}</bdi> {_refs(f.sources)}'
        for f in figures
    )
    return f'{main}<span class="each">{each}</span>'


def _refs(ids: tuple[str, ...]) -> str:
    links = " ".join(f'<a href="#src-{i.lower()}">{i}</a>' for i in ids)
    return f'<span class="refs" dir="ltr">{links}</span>' if ids else ""
