"""The article page, in either language: title, byline, date, provenance, then the text."""

from __future__ import annotations

from build_tools.article import Article, Published
from build_tools.dates import format_date, format_range
from build_tools.references import cite
from build_tools.sources import Source
from build_tools.timeline import Event
from build_tools.ui import LABELS, STATUS, escape, generated_header, in_language


def render_article(
    article: Article,
    lang: str,
    sources: dict[str, Source],
    events: dict[str, list[Event]] | None = None,
) -> str:
    """The article page in ``lang``: title, byline, date, then the text with its ids."""
    text, ar = article.texts[lang], article.texts["ar"]
    labels = LABELS[lang]
    author = ar.front["author"]
    name = author["name"] if lang == "ar" else text.front.get("author_name", author["name"])
    lines = [generated_header(text.file), f"# {escape(text.title)}", ""]
    meta = [
        escape(str(text.front["category"])),
        f"{labels['by']} {escape(name)}",
        f"{labels['published']}: {_published_label(article.published, lang)}",
    ]
    lines += [" · ".join(meta), "{: .article-meta }", ""]
    lines += [_origin_note(article, lang, sources), "{: .article-note }", ""]
    for block in text.blocks:
        if block.kind == "heading":
            lines += [f"## {escape(block.text)} {{: #{block.id} }}", ""]
        else:
            lines += [escape(block.text), f"{{: #{block.id} }}", ""]
            lines += _timeline_links((events or {}).get(block.id, []), lang)
    return "\n".join(lines)


def _timeline_links(events: list[Event], lang: str) -> list[str]:
    """Under a paragraph: the timeline events it concerns."""
    if not events:
        return []
    links = "، ".join if lang == "ar" else "; ".join
    return [
        f"{LABELS[lang]['on_timeline']}: "
        + links(f"[{escape(e.title[lang])}](timeline.md#ev-{e.id})" for e in events),
        "{: .para-events }",
        "",
    ]


def _published_label(published: Published, lang: str) -> str:
    if published.start is None or published.end is None:
        return LABELS[lang]["undated"]
    when = (
        format_range(published.start, published.end, lang)
        if published.start != published.end
        else format_date(published.start, lang)
    )
    if published.method == "inferred":
        separator = "؛" if lang == "ar" else ";"
        when = f"{LABELS[lang]['undated']}{separator} {when} ({STATUS['estimate'][lang]})"
    return f"{escape(when)} {cite(published.sources)}".strip()


def _origin_note(article: Article, lang: str, sources: dict[str, Source]) -> str:
    origin = sources.get(article.source or "")
    where = (
        f"[{escape(origin.publisher)}]({origin.url}) {cite([origin.id])}"
        if origin
        else LABELS[lang]["undated"]
    )
    other = "en" if lang == "ar" else "ar"
    other_url = f"alternate:{other}"  # the same page in the other language (the MkDocs hook)
    other_title = escape(article.texts[other].title)
    return (
        f"{LABELS[lang]['original_note']} {where}. "
        f"{LABELS[lang]['translation_of']} {in_language(f'[{other_title}]({other_url})', other)}"
    )
