"""The timeline page: an ordered list per year, ``<time>`` at the right precision, a category
filter that works without JavaScript (``:target``) and is enhanced with it."""

from __future__ import annotations

import html
from itertools import groupby

from build_tools.content.timeline import CATEGORIES, TIMELINE_FILE, Event
from build_tools.language.dates import PartialDate, describe, format_date, range_parts
from build_tools.language.typography import PARTS, typography
from build_tools.render.markdown import (
    before_full_stop,
    generated_header,
    isolated_html,
    qualifiers,
)
from build_tools.render.references import cite_html

WORDS = {
    "ar": {
        "title": "الخط الزمني",
        "intro": "أحداث القصة بترتيبها الزمني من {first} إلى {last}، ولكل تاريخ مصدره ومدى "
        "التأكد منه. اختر فئة لعرض أحداثها وحدها.",
        "all": "كل الأحداث",
        "filter": "عرض الأحداث بحسب الفئة",
        "sources": "المصادر",
        "article": "في المقال",
        "paragraph": "الفقرة",
        "terms": "المصطلحات",
        "chips": "الرقائق",
        "this_article": "نشر المقال الأصلي",
    },
    "en": {
        "title": "Timeline",
        "intro": "The events behind the story in order, from {first} to {last}, each date with "
        "its source and how certain it is. Choose a category to show only its events.",
        "all": "All events",
        "filter": "Show events by category",
        "sources": "Sources",
        "article": "In the article",
        "paragraph": "paragraph",
        "terms": "Terms",
        "chips": "Chips",
        "this_article": "Original article published",
    },
}
CATEGORY_NAMES = {
    "ar": {
        "deepseek": "DeepSeek",
        "nvidia": "إنفيديا",
        "huawei": "هواوي",
        "cambricon": "كامبريكون",
        "us-policy": "السياسة الأمريكية",
        "china-policy": "السياسة الصينية",
    },
    "en": {
        "deepseek": "DeepSeek",
        "nvidia": "Nvidia",
        "huawei": "Huawei",
        "cambricon": "Cambricon",
        "us-policy": "US policy",
        "china-policy": "China policy",
    },
}


def render_timeline(events: list[Event], titles: dict[str, dict[str, str]], lang: str) -> str:
    """``titles`` gives, per kind (``terms``, ``chips``), the name of each id in ``lang``."""
    words = WORDS[lang]
    years = (
        {"first": str(events[0].start.year), "last": str(events[-1].start.year)} if events else {}
    )
    intro = words["intro"].format(**years) if events else ""
    lines = [generated_header(TIMELINE_FILE), f"# {words['title']}", "", intro, ""]
    lines += [f'<div class="filter-target" id="filter-{c}"></div>' for c in CATEGORIES]
    links = [f'<a href="#timeline-all">{words["all"]}</a>']
    names = {c: isolated_html(CATEGORY_NAMES[lang][c], lang) for c in CATEGORIES}
    links += [f'<a href="#filter-{c}" data-category="{c}">{names[c]}</a>' for c in CATEGORIES]
    lines += [
        f'<nav class="timeline-filter" id="timeline-all" aria-label="{words["filter"]}">'
        + " ".join(links)
        + "</nav>",
        "",
    ]
    for year, in_year in groupby(events, key=lambda e: e.start.year):
        lines += [f"## {year} {{: #y{year} }}", "", '<ol class="events">']
        lines += [_event(event, titles, lang) for event in in_year]
        lines += ["</ol>", ""]
    return "\n".join(lines)


def _time(date: PartialDate, shown: str) -> str:
    return f'<time datetime="{date.iso()}">{html.escape(shown)}</time>'


def event_date_html(event: Event, lang: str) -> str:
    """``<time>`` elements at the event's precision, with the approximate/reported wording."""
    if event.end:
        first, last = range_parts(event.start, event.end, lang)
        times = f"{_time(event.start, first)}–{_time(event.end, last)}"
    else:
        times = _time(event.start, format_date(event.start, lang))
    plain = describe(event.start, event.end, False, None, lang)
    qualifier = event.status if event.status != "official" else None
    qualified = describe(event.start, event.end, event.approximate, qualifier, lang)
    prefix, _, suffix = qualified.partition(plain)
    return f"{html.escape(prefix)}{times}{html.escape(suffix)}"


def _event(event: Event, titles: dict[str, dict[str, str]], lang: str) -> str:
    words = WORDS[lang]
    mark = (
        f'<span class="event-mark">{words["this_article"]}</span> ' if event.publication_of else ""
    )
    comma = typography(lang).list_separator
    refs = [f"{words['sources']}: {cite_html(event.sources)}"]
    if event.paragraphs:
        refs.append(
            f"{words['article']}: "
            + comma.join(_paragraph_link(p, words["paragraph"]) for p in event.paragraphs)
        )
    for kind, page, prefix in (("terms", "glossary", ""), ("chips", "chips", "chip-")):
        ids = getattr(event, kind)
        if ids:
            refs.append(
                f"{words[kind]}: "
                + comma.join(
                    f'<a href="{page}.html#{prefix}{i}">{isolated_html(titles[kind][i], lang)}</a>'
                    for i in ids
                )
            )
    classes = "event event-article" if event.publication_of else "event"
    category = CATEGORY_NAMES[lang][event.category]
    return (
        f'<li class="{classes}" data-category="{event.category}" id="ev-{event.id}">'
        f'<p class="event-date">{mark}{event_date_html(event, lang)}{PARTS}'
        f'<span class="event-category">{isolated_html(category, lang)}</span></p>'
        f'<h3 class="event-title">{isolated_html(event.title[lang], lang)}</h3>'
        f"<p>{_described(event, lang)}</p>"
        f'<p class="event-refs">{PARTS.join(refs)}</p></li>'
    )


def _paragraph_link(ref: str, word: str) -> str:
    """``slug#p2`` -> a link to the paragraph, named by its number."""
    slug, _, block = ref.partition("#")
    return f'<a href="{slug}.html#{block}">{word} {block.removeprefix("p")}</a>'


def _described(event: Event, lang: str) -> str:
    """The description, with the day it was last checked inside its last sentence."""
    text = isolated_html(event.description[lang], lang)
    said = qualifiers(None, event.expiry, lang)
    if not said:
        return text
    return before_full_stop(text, f'<span class="as-of">{html.escape(said)}</span>')
