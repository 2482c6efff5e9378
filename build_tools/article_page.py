"""The article page, in either language: title, byline, date, provenance, then the text."""

from __future__ import annotations

from build_tools.article import Article, Caveat, Published
from build_tools.dates import format_date, format_range
from build_tools.references import cite
from build_tools.sources import Source
from build_tools.timeline import Event
from build_tools.typography import PARTS, typography
from build_tools.ui import (
    LABELS,
    STATUS,
    before_full_stop,
    escape,
    generated_header,
    in_language,
    qualifiers,
)


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
        _published_label(article.published, lang),
    ]
    lines += [PARTS.join(meta), "{: .article-meta }", ""]
    lines += [_origin_note(article, lang, sources), "{: .article-note }", ""]
    lines += caveat_lines(article.caveat, lang) if article.caveat else []
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
    return [
        f"{LABELS[lang]['on_timeline']}: "
        + typography(lang).clauses(
            f"[{escape(e.title[lang])}](timeline.md#ev-{e.id})" for e in events
        ),
        "{: .para-events }",
        "",
    ]


def _published_label(published: Published, lang: str) -> str:
    """When the author's article came out: «تاريخ نشر المقال الأصلي: 14 أغسطس 2025», or, when
    its page carries no date, «المقال الأصلي: غير مؤرخ في صفحته؛ نُشر في الفترة … (تقديري)»."""
    labels = LABELS[lang]
    if published.start is None or published.end is None:
        return f"{labels['original_article']}: {labels['article_undated']}"
    when = (
        format_range(published.start, published.end, lang)
        if published.start != published.end
        else format_date(published.start, lang)
    )
    cited = cite(published.sources)
    if published.method != "inferred":
        return f"{labels['published']}: {escape(when)} {cited}".strip()
    verb = labels["published_in" if published.start != published.end else "published_on"]
    estimated = f"{verb} {escape(when)} ({STATUS['estimate'][lang]})"
    said = typography(lang).clauses([labels["article_undated"], estimated])
    return f"{labels['original_article']}: {said} {cited}".strip()


def _origin_note(article: Article, lang: str, sources: dict[str, Source]) -> str:
    origin = sources.get(article.source or "")
    where = (
        f"[{escape(origin.publisher)}]({origin.url}) {cite([origin.id])}"
        if origin
        else LABELS[lang]["unknown_origin"]
    )
    other = "en" if lang == "ar" else "ar"
    other_url = f"alternate:{other}"  # the same page in the other language (the MkDocs hook)
    other_title = escape(article.texts[other].title)
    return (
        f"{LABELS[lang]['original_note']} {where}. "
        f"{LABELS[lang]['translation_of']} {in_language(f'[{other_title}]({other_url})', other)}"
    )


def caveat_lines(caveat: Caveat, lang: str) -> list[str]:
    """The caveat as a note under a page's title: label, text, its date checked, its sources."""
    said = qualifiers(None, caveat.expiry, lang)
    parts = [
        f"**{LABELS[lang]['caveat']}:**",
        before_full_stop(escape(caveat.texts[lang]), said),
        cite(caveat.sources),
    ]
    return [" ".join(p for p in parts if p), '{: .caveat role="note" }', ""]
