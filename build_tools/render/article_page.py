"""The article page, in either language: title, byline, date, provenance, then the text."""

from __future__ import annotations

from build_tools.content.article import Article, Published
from build_tools.content.article_source import ArticleText, Block
from build_tools.content.sources import Source
from build_tools.content.timeline import Event
from build_tools.content.translation import is_untranslated
from build_tools.language.codes import LANGUAGES, Lang
from build_tools.language.dates import format_date, format_range
from build_tools.language.typography import PARTS, direction, typography
from build_tools.language.ui import LABELS, STATUS
from build_tools.render.caveat import caveat_lines
from build_tools.render.markdown import (
    PageText,
    escape,
    in_language,
)
from build_tools.render.references import cite


def render_article(
    article: Article,
    lang: Lang,
    sources: dict[str, Source],
    events: dict[str, list[Event]] | None = None,
    languages: tuple[str, ...] = LANGUAGES,
) -> PageText:
    """The article page in ``lang``: title, byline, date, then the text with its ids.
    ``languages``: those it is published in (build_tools/content/editions.py); a passage not
    translated yet shows the original, marked."""
    text, ar = article.texts[lang], article.texts["ar"]
    labels = LABELS[lang]
    lines: list[str] = []
    meta = [
        escape(article.category[lang]),
        f"{labels['by']} {escape(article.author[lang])}",
        _published_label(article.published, lang),
    ]
    lines += [PARTS.join(meta), "{: .article-meta }", ""]
    lines += [_origin_note(article, lang, sources, languages), "{: .article-note }", ""]
    originals = {b.id: b for b in ar.blocks}
    if any(is_untranslated(b.text) for b in text.blocks):
        lines += [labels["translation_partial"], '{: .translation-partial role="note" }', ""]
    lines += caveat_lines(article.caveat, lang) if article.caveat else []
    for block in text.blocks:
        lines += _block_lines(block, originals[block.id], lang)
        if block.kind != "heading":
            lines += _timeline_links((events or {}).get(block.id, []), lang)
    return PageText(f"# {escape(text.title)}", "\n".join(lines), _lede(text, ar))


def _lede(text: ArticleText, original: ArticleText) -> str:
    """The first paragraph, in the original where it is not translated yet."""
    originals = {b.id: b for b in original.blocks}
    for block in text.blocks:
        if block.kind == "paragraph":
            return originals[block.id].text if is_untranslated(block.text) else block.text
    return ""


def _block_lines(block: Block, original: Block, lang: Lang) -> list[str]:
    """A heading or paragraph; one not translated yet is the original, marked as such."""
    attrs, label = f"#{block.id}", []
    if is_untranslated(block.text):
        block, code = original, LANGUAGES[0]
        attrs += f' .untranslated lang="{code}" dir="{direction(code)}"'
        label = [LABELS[lang]["untranslated"], "{: .untranslated-label }", ""]
    if block.kind == "heading":
        return [f"## {escape(block.text)} {{: {attrs} }}", ""]
    return [*label, escape(block.text), f"{{: {attrs} }}", ""]


def _timeline_links(events: list[Event], lang: Lang) -> list[str]:
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


def _published_label(published: Published, lang: Lang) -> str:
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


def _origin_note(
    article: Article, lang: Lang, sources: dict[str, Source], languages: tuple[str, ...]
) -> str:
    origin = sources.get(article.source or "")
    where = (
        f"[{escape(origin.publisher)}]({origin.url}) {cite([origin.id])}"
        if origin
        else LABELS[lang]["unknown_origin"]
    )
    note = f"{LABELS[lang]['original_note']} {where}."
    other: Lang = "en" if lang == "ar" else "ar"
    if other not in languages:  # not translated yet
        return note
    other_url = f"alternate:{other}"  # the same page in the other language (the MkDocs hook)
    other_title = escape(article.texts[other].title)
    link = in_language(f"[{other_title}]({other_url})", other)
    return f"{note} {LABELS[lang]['translation_of']} {link}"
