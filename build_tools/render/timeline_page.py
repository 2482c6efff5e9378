"""The timeline page: an ordered list per year, ``<time>`` at the right precision, a category
filter that works without JavaScript (``:target``) and is enhanced with it."""

from __future__ import annotations

from itertools import groupby

from markupsafe import Markup

from build_tools.content.timeline import CATEGORIES, Event
from build_tools.language.codes import Lang
from build_tools.language.dates import describe, format_date, range_parts
from build_tools.language.typography import PARTS, RANGE, typography
from build_tools.language.ui import CATEGORY_NAMES, TIMELINE_PAGE
from build_tools.render.html import isolated, macros, text
from build_tools.render.markdown import PageText, qualifiers
from build_tools.render.references import cite_html

TEMPLATE = "timeline.html"


def render_timeline(events: list[Event], titles: dict[str, dict[str, str]], lang: Lang) -> PageText:
    """``titles`` gives, per kind (``terms``, ``chips``), the name of each id in ``lang``."""
    words, template = TIMELINE_PAGE[lang], macros(TEMPLATE)
    years = (
        {"first": str(events[0].start.year), "last": str(events[-1].start.year)} if events else {}
    )
    intro = words["intro"].format(**years) if events else ""
    lines = [intro, ""]
    names = {c: isolated(CATEGORY_NAMES[lang][c], lang) for c in CATEGORIES}
    lines += [text(template.filter(categories=CATEGORIES, names=names, words=words)), ""]
    for year, in_year in groupby(events, key=lambda e: e.start.year):
        items = [_event(event, titles, lang) for event in in_year]
        lines += [f"## {year} {{: #y{year} }}", "", text(template.events(items=items)), ""]
    return PageText(f"# {words['title']}", "\n".join(lines), intro)


def event_date_html(event: Event, lang: Lang) -> Markup:
    """``<time>`` elements at the event's precision, with the approximate/reported wording."""
    if event.end:
        first, last = range_parts(event.start, event.end, lang)
        times = [(event.start.iso(), first), (event.end.iso(), last)]
    else:
        times = [(event.start.iso(), format_date(event.start, lang))]
    plain = describe(event.start, event.end, False, None, lang)
    qualifier = event.status if event.status != "official" else None
    qualified = describe(event.start, event.end, event.approximate, qualifier, lang)
    prefix, _, suffix = qualified.partition(plain)
    return macros(TEMPLATE).date(prefix=prefix, times=times, suffix=suffix, dash=RANGE)


def _event(event: Event, titles: dict[str, dict[str, str]], lang: Lang) -> Markup:
    words, template = TIMELINE_PAGE[lang], macros(TEMPLATE)
    groups = []
    if event.paragraphs:
        groups.append(
            (words["article"], [_paragraph_link(p, words["paragraph"]) for p in event.paragraphs])
        )
    for kind, page, prefix in (("terms", "glossary", ""), ("chips", "chips", "chip-")):
        ids = getattr(event, kind)
        if ids:
            links = [
                template.link(href=f"{page}.html#{prefix}{i}", name=isolated(titles[kind][i], lang))
                for i in ids
            ]
            groups.append((words[kind], links))
    return template.event(
        event=event,
        classes="event event-article" if event.publication_of else "event",
        mark=words["this_article"] if event.publication_of else None,
        date=event_date_html(event, lang),
        parts=PARTS,
        category=isolated(CATEGORY_NAMES[lang][event.category], lang),
        title=isolated(event.title[lang], lang),
        described=_described(event, lang),
        cites=cite_html(event.sources),
        groups=groups,
        words=words,
        comma=typography(lang).list_separator,
    )


def _paragraph_link(ref: str, word: str) -> Markup:
    """``slug#p2`` -> a link to the paragraph, named by its number."""
    slug, _, block = ref.partition("#")
    return macros(TEMPLATE).link(
        href=f"{slug}.html#{block}", name=f"{word} {block.removeprefix('p')}"
    )


def _described(event: Event, lang: Lang) -> Markup:
    """The description, with the day it was last checked inside its last sentence."""
    words = isolated(event.description[lang], lang)
    said = qualifiers(None, event.expiry, lang)
    body, full_stop = (words[:-1], ".") if said and words.endswith(".") else (words, "")
    return macros(TEMPLATE).described(body=body, said=said, full_stop=full_stop)
