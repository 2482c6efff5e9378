"""An inline SVG chart, made at build time: compute, memory bandwidth and interconnect of each
chip relative to the H100, mirrored for right-to-left pages, with a title, a text alternative,
printed values and a source note. No JavaScript."""

from __future__ import annotations

import html

from build_tools.content.chip_cells import MISSING
from build_tools.content.chips import Chip, Chips
from build_tools.language.typography import direction, typography
from build_tools.language.ui import STATUS
from build_tools.render.markdown import isolated_html

METRICS = ("fp16", "bandwidth", "interconnect_bandwidth")
REFERENCE = "h100"
WIDTH, LABEL, VALUE, ROW, GROUP = 640, 150, 80, 22, 30
BAR = WIDTH - LABEL - VALUE
WORDS = {
    "ar": {
        "title": "أداء الرقائق نسبةً إلى H100 (H100 = 100%)",
        "fp16": "قدرة الحوسبة بدقة FP16/BF16",
        "bandwidth": "عرض نطاق الذاكرة",
        "interconnect_bandwidth": "سرعة الاتصال البيني",
        "note": "القيم مأخوذة من جدول المقارنة أعلاه ومن مصادره، وإذا تضاربت المصادر امتد "
        "الشريط من أدنى قيمة إلى أعلاها.",
        "of": "من قيمة H100",
    },
    "en": {
        "title": "Chip performance relative to the H100 (H100 = 100%)",
        "fp16": "FP16/BF16 compute",
        "bandwidth": "Memory bandwidth",
        "interconnect_bandwidth": "Interconnect bandwidth",
        "note": "Values from the comparison table above and its sources; where sources "
        "disagree, the bar runs from the lowest value to the highest.",
        "of": "of the H100",
    },
}


def _percent(chip: Chip, metric: str, reference: float) -> tuple[float, float] | None:
    cell = chip.cells[metric]
    counted = [r for r in cell.figures if r.note is None]  # a disputed reading is not charted
    if cell.status in MISSING or not counted:
        return None
    values = [r.base / reference * 100 for r in counted]
    return min(values), max(values)


def _x(x: float, width: float, rtl: bool) -> float:
    """Mirror a box for right-to-left pages."""
    return WIDTH - x - width if rtl else x


def render_chart(data: Chips, lang: str) -> str:
    rtl, words, marks = direction(lang) == "rtl", WORDS[lang], typography(lang)
    chips = [c for c in data.chips if not c.context]
    reference = {c.id: c for c in data.chips}.get(REFERENCE)
    if reference is None:  # the chart is relative to the H100
        return ""
    ranges = {
        (c.id, m): _percent(c, m, reference.cells[m].figures[0].base)
        for c in chips
        for m in METRICS
    }
    top = max(high for r in ranges.values() if r for high in r[1:])
    scale = BAR / max(top, 100.0)
    body, desc, y = [], [], 10
    for metric in METRICS:
        y += GROUP
        body.append(_text(_x(0, 0, rtl), y - 8, words[metric], rtl, "group", rtl))
        for chip in chips:
            span = ranges[(chip.id, metric)]
            body += _bar(chip.name, span, y, scale, lang)
            desc.append(
                f"{chip.name}{marks.list_separator}{words[metric]}: "
                + (f"{_pct(span)} {words['of']}" if span else STATUS["undisclosed"][lang])
            )
            y += ROW
    line_x = _x(LABEL + 100 * scale, 0, rtl)
    body.append(f'<line class="reference" x1="{line_x:.1f}" x2="{line_x:.1f}" y1="24" y2="{y}"/>')
    svg = (
        f'<svg class="chips-chart" viewBox="0 0 {WIDTH} {y + 10}" role="img" '
        f'aria-labelledby="chart-title chart-desc" direction="ltr">'
        f'<title id="chart-title">{html.escape(words["title"])}</title>'
        f'<desc id="chart-desc">{html.escape(marks.clauses(desc))}.</desc>{"".join(body)}</svg>'
    )
    return (
        f'<figure class="chips-figure">\n{svg}\n<figcaption>{isolated_html(words["title"], lang)}'
        f". {isolated_html(words['note'], lang)}</figcaption>\n</figure>"
    )


def _pct(span: tuple[float, float]) -> str:
    low, high = (round(v) for v in span)
    return f"{low}%" if low == high else f"{low}–{high}%"


def _bar(
    name: str, span: tuple[float, float] | None, y: float, scale: float, lang: str
) -> list[str]:
    rtl = direction(lang) == "rtl"
    parts = [_text(_x(LABEL - 8, 0, rtl), y + 11, name, not rtl, "label")]
    if span is None:
        parts.append(
            _text(_x(LABEL, 0, rtl), y + 11, STATUS["undisclosed"][lang], rtl, "value", rtl)
        )
        return parts
    low, high = (v * scale for v in span)
    parts.append(
        f'<rect class="bar" x="{_x(LABEL, low, rtl):.1f}" y="{y:.1f}" '
        f'width="{low:.1f}" height="{ROW - 6}"/>'
    )
    if high > low:
        parts.append(
            f'<rect class="bar-range" x="{_x(LABEL + low, high - low, rtl):.1f}" '
            f'y="{y:.1f}" width="{high - low:.1f}" height="{ROW - 6}"/>'
        )
    parts.append(_text(_x(LABEL + high + 6, 0, rtl), y + 11, _pct(span), rtl, "value"))
    return parts


def _text(x: float, y: float, words: str, align_right: bool, kind: str, rtl: bool = False) -> str:
    """A label whose right end (``align_right``) or left end is at ``x``. Right-to-left text
    (Arabic with Latin inside) gets ``direction="rtl"``, where ``start`` is the right end."""
    anchor = "start" if align_right == rtl else "end"
    direction = ' direction="rtl"' if rtl else ""
    return (
        f'<text class="{kind}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{direction}>'
        f"{html.escape(words)}</text>"
    )
