"""The corrections page, and on every page its dates and the notices of its corrections.

Pure: the publication record (build_tools/content/publication.py) in, Markdown out.
"""

from __future__ import annotations

from build_tools.arabic import to_western_digits
from build_tools.content.publication import Correction, Publication, correction_subject
from build_tools.language.codes import Lang
from build_tools.language.dates import PartialDate, format_date
from build_tools.language.typography import PARTS
from build_tools.language.ui import LABELS
from build_tools.render.html import macros, text
from build_tools.render.markdown import PageText, escape
from build_tools.render.references import cite


def render_corrections(
    publication: Publication,
    titles: dict[str, str],
    lang: Lang,
    places: dict[str, str] | None = None,
) -> PageText:
    """Every correction, newest first, each with its date, page and sources. ``places`` names
    the corrected passages (``timeline#ev-r2-status`` -> its title), so that two corrections of
    one page on one day have different headings."""
    labels = LABELS[lang]
    intro = to_western_digits(publication.intro[lang])
    lines = [intro, ""]
    if not publication.corrections:
        lines += [labels["no_corrections"], ""]
    for correction in publication.corrections:
        title = titles[correction.page]
        subject = escape(correction_subject(correction, titles, places or {}))
        lines += [
            f"## {format_date(correction.date, lang)}: {subject} {{: #{correction.id} }}",
            "",
            _text(correction, lang),
            "",
            f"{labels['corrected_page']}: [{escape(title)}]({_target(correction)})",
            "{: .correction-page }",
            "",
        ]
    return PageText(f"# {labels['corrections']}", "\n".join(lines), intro)


def page_dates(page: str, publication: Publication, lang: Lang) -> list[str]:
    """What goes under a page's title: its dates, then the notice of each of its corrections."""
    labels = LABELS[lang]
    dates = publication.dates[page]
    added = [
        f"{labels['page_published']} {_time(dates.published, lang)}{PARTS}"
        f"{labels['page_updated']}: {_time(publication.last_updated(page), lang)}",
        "{: .page-dates }",
        "",
    ]
    for correction in publication.corrections_of(page):
        place = (
            f"[{labels['corrected_place']}](#{correction.anchor}){PARTS}"
            if correction.anchor
            else ""
        )
        label = f"**{labels['correction']}** ({_time(correction.date, lang)})"
        added += [
            f"{label}: {_text(correction, lang)} "
            f"{place}[{labels['corrections_log']}](corrections.md#{correction.id})",
            f"{{: .correction-notice role=note #notice-{correction.id} }}",
            "",
        ]
    return added


def _text(correction: Correction, lang: Lang) -> str:
    sources = f" {cite(correction.sources)}" if correction.sources else ""
    return to_western_digits(" ".join(correction.text[lang].split())) + sources


def _target(correction: Correction) -> str:
    anchor = f"#{correction.anchor}" if correction.anchor else ""
    return f"{correction.page}.md{anchor}"


def _time(date: PartialDate, lang: Lang) -> str:
    return text(macros("references.html").time(iso=date.iso(), shown=format_date(date, lang)))
