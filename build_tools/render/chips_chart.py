"""An inline SVG chart, made at build time: compute, memory bandwidth and interconnect of each
chip relative to the H100, mirrored for right-to-left pages, with a title, a text alternative,
printed values and a source note. No JavaScript."""

from __future__ import annotations

from markupsafe import Markup

from build_tools.content.chip_cells import MISSING
from build_tools.content.chips import Chip, Chips
from build_tools.language.codes import Lang
from build_tools.language.typography import RANGE, right_to_left, typography
from build_tools.language.ui import CHART, STATUS
from build_tools.render.html import isolated, macros, text

METRICS = ("fp16", "bandwidth", "interconnect_bandwidth")
REFERENCE = "h100"
WIDTH, LABEL, VALUE, ROW, GROUP = 640, 150, 80, 22, 30
BAR = WIDTH - LABEL - VALUE
TEMPLATE = "chart.html"


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


def render_chart(data: Chips, lang: Lang) -> str:
    rtl, words, marks = right_to_left(lang), CHART[lang], typography(lang)
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
    body.append(macros(TEMPLATE).reference(x=_x(LABEL + 100 * scale, 0, rtl), bottom=y))
    figure = macros(TEMPLATE).figure(
        width=WIDTH,
        height=y + 10,
        title=words["title"],
        desc=marks.clauses(desc),
        body=body,
        caption=[isolated(words["title"], lang), isolated(words["note"], lang)],
    )
    return text(figure)


def _pct(span: tuple[float, float]) -> str:
    low, high = (round(v) for v in span)
    return f"{low}%" if low == high else f"{low}{RANGE}{high}%"


def _bar(
    name: str, span: tuple[float, float] | None, y: float, scale: float, lang: Lang
) -> list[Markup]:
    rtl = right_to_left(lang)
    parts = [_text(_x(LABEL - 8, 0, rtl), y + 11, name, not rtl, "label")]
    if span is None:
        parts.append(
            _text(_x(LABEL, 0, rtl), y + 11, STATUS["undisclosed"][lang], rtl, "value", rtl)
        )
        return parts
    low, high = (v * scale for v in span)
    bar = macros(TEMPLATE).bar
    parts.append(bar(kind="bar", x=_x(LABEL, low, rtl), y=y, width=low, height=ROW - 6))
    if high > low:
        x = _x(LABEL + low, high - low, rtl)
        parts.append(bar(kind="bar-range", x=x, y=y, width=high - low, height=ROW - 6))
    parts.append(_text(_x(LABEL + high + 6, 0, rtl), y + 11, _pct(span), rtl, "value"))
    return parts


def _text(
    x: float, y: float, words: str, align_right: bool, kind: str, rtl: bool = False
) -> Markup:
    """A label whose right end (``align_right``) or left end is at ``x``. Right-to-left text
    (Arabic with Latin inside) gets ``direction="rtl"``, where ``start`` is the right end."""
    anchor = "start" if align_right == rtl else "end"
    return macros(TEMPLATE).text(kind=kind, x=x, y=y, anchor=anchor, rtl=rtl, words=words)
