"""Citations as a reader sees them: numbered per page in order of first use, [1] [2], like
Wikipedia and journals, each linking to its entry on the sources page and described by the
page's own list of sources at its end (which a small script shows as a preview on hover,
focus and tap). Registry ids (S86) never reach a page.

Renderers write :func:`cite` (in Markdown) or :func:`cite_html` (in an HTML block) where the
citation goes; :func:`number_citations` then numbers the whole page in reading order, whatever
part of it was rendered first, and appends its list of sources.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from markupsafe import Markup

from build_tools.content.sources import Source
from build_tools.language.cldr import language_name
from build_tools.language.codes import Lang
from build_tools.language.dates import format_date
from build_tools.language.typography import PARTS, direction, typography
from build_tools.language.ui import KIND_NAMES, LABELS, STATUS
from build_tools.render.html import isolated, macros, text

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use characters: no source text contains them
_MARK_RE = re.compile(f"{_OPEN}(md|html):([^{_CLOSE}]*){_CLOSE}")
REFERENCES_ID = "references"
TEMPLATE = "references.html"


def cite(ids: tuple[str, ...] | list[str]) -> str:
    """Where the sources ``ids`` are cited, in Markdown; numbered by :func:`number_citations`."""
    return f"{_OPEN}md:{' '.join(ids)}{_CLOSE}" if ids else ""


def cite_html(ids: tuple[str, ...] | list[str]) -> str:
    """The same inside an HTML block (a table cell, a timeline event)."""
    return f"{_OPEN}html:{' '.join(ids)}{_CLOSE}" if ids else ""


def source_anchor(source_id: str) -> str:
    """The id of a source's entry on the sources page: stable, and not the registry id."""
    return "src-" + hashlib.sha256(source_id.encode("utf-8")).hexdigest()[:8]


def number_citations(
    page: str, sources: dict[str, Source], lang: Lang, made: dict[str, Markup] | None = None
) -> str:
    """``page`` with its citations numbered and, when it cites anything, its list of sources.
    ``made``: the entries already written for other pages of the language, by source id (a
    source is cited on many pages; its entry is the same on each)."""
    order: dict[str, int] = {}
    made = {} if made is None else made

    def link(match: re.Match[str]) -> str:
        links = []
        for source_id in match[2].split():
            number = order.setdefault(source_id, len(order) + 1)
            anchor = source_anchor(source_id)
            if match[1] == "md":
                links.append(
                    f"[\\[{number}\\]](sources.md#{anchor})"
                    f'{{: .cite aria-describedby="ref-{number}" data-pagefind-ignore="all" }}'
                )
            else:
                links.append(text(macros(TEMPLATE).cite(anchor=anchor, number=number)))
        return " ".join(links)  # a space between: a line may break there

    numbered = _MARK_RE.sub(link, page)
    if not order:
        return numbered
    for source_id in order.keys() - made.keys():
        made[source_id] = _entry(sources[source_id], lang)
    entries = [(n, made[i]) for i, n in order.items()]
    return (
        f"{numbered.rstrip()}\n\n## {LABELS[lang]['references']} {{: #{REFERENCES_ID} }}\n\n"
        + text(macros(TEMPLATE).references(entries=entries))
    )


def publisher_text(source: Source, lang: Lang) -> str:
    """``Financial Times, via Semafor`` for a relay; the publisher otherwise."""
    if source.original:
        via = LABELS[lang]["via"]
        return (
            f"{source.original.publisher}{typography(lang).list_separator}{via} {source.publisher}"
        )
    return source.publisher


def date_text(source: Source, lang: Lang) -> str:
    """The source's date as a sentence of its entry begins it: ``Not dated on the page``."""
    if not source.date:
        undated = LABELS[lang]["undated"]
        return undated[:1].upper() + undated[1:]
    shown = format_date(source.date, lang)
    if not source.approximate:
        return shown
    around = LABELS[lang]["around"]
    return f"{around[:1].upper()}{around[1:]} {shown}"


def reference_html(source: Source, lang: Lang) -> str:
    """One source as the page's list (and the preview) shows it: who, what, when, which kind,
    how reliable, and where to find it."""
    return text(_entry(source, lang))


def _entry(source: Source, lang: Lang) -> Markup:
    labels = LABELS[lang]
    facts = [
        date_text(source, lang),
        f"{labels['kind']}: {KIND_NAMES[source.kind][lang]}",
        f"{labels['reliability']}: {STATUS[source.reliability][lang]}",
    ]
    if source.language != lang:
        language = language_name(source.language, lang) or source.language
        facts.append(f"{labels['language']}: {language}")
    return macros(TEMPLATE).entry(
        publisher=isolated(publisher_text(source, lang), lang),
        quotes=typography(lang).quotes,
        title=source.title,
        language=source.language,
        dir=direction(source.language),
        facts=facts,
        url=source.url,
        site=(urlsplit(source.url).hostname or "").removeprefix("www."),
        separator=PARTS,
        anchor=source_anchor(source.id),
        in_sources=labels["in_sources"],
    )
