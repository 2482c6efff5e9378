"""The sources page and the navigation."""

from __future__ import annotations

from urllib.parse import urlsplit

from build_tools.content.sources import CLASSES, Source, registry_order
from build_tools.language.cldr import language_name
from build_tools.language.codes import Lang
from build_tools.language.dates import format_date
from build_tools.language.typography import typography
from build_tools.language.ui import CLASS_NAMES, KIND_NAMES, LABELS, STATUS
from build_tools.render.citations import Citation
from build_tools.render.markdown import PageText, escape, in_language
from build_tools.render.references import date_text, publisher_text, source_anchor


def render_sources(
    sources: dict[str, Source], cited: dict[str, list[Citation]], lang: Lang
) -> PageText:
    """Every source of the registry by class, strongest first, each with what it is, the report
    it relays, and links to the places that cite it."""
    labels = LABELS[lang]
    levels = typography(lang).join(
        STATUS[k][lang] for k in ("official", "reported", "estimate", "low")
    )
    classes = typography(lang).join(CLASS_NAMES[c][lang] for c in CLASSES)
    intro = f"{labels['sources_intro']} {levels}. {labels['sources_by_kind']} {classes}."
    lines = [intro, ""]
    for kind_class in CLASSES:
        members = sorted(
            (s for s in sources.values() if s.evidence == kind_class),
            key=lambda s: (publisher_text(s, lang).casefold(), registry_order(s)),
        )
        if not members:
            continue
        lines += [f"## {CLASS_NAMES[kind_class][lang]} {{: #kind-{kind_class} }}", ""]
        for source in members:
            lines += [
                source_entry(source, lang),
                f"{{: #{source_anchor(source.id)} .source-entry }}",
                "",
            ]
            if source.original:
                lines += [_original(source, lang), "{: .source-original .source-entry }", ""]
            lines += [_backlinks(cited.get(source.id, []), lang), "{: .cited-in }", ""]
    return PageText(f"# {labels['sources']}", "\n".join(lines), intro)


def _backlinks(places: list[Citation], lang: Lang) -> str:
    labels = LABELS[lang]
    if not places:
        return labels["not_cited"]
    links = typography(lang).join(f"[{escape(c.label)}]({c.target})" for c in places)
    return f"{labels['cited_in']}: {links}"


def source_entry(source: Source, lang: Lang) -> str:
    """One source as a Markdown paragraph: publisher (and whom it relays), title, date, kind,
    reliability, language, and a link shown as its site's name (the full address is printed
    on paper, site.css). Give the paragraph the class ``source-entry``: a bibliography gets no
    glossary links."""
    labels = LABELS[lang]
    language = language_name(source.language, lang) or source.language
    return (
        f"**{escape(publisher_text(source, lang))}**: "
        f"{typography(lang).quote(in_language(f'*{escape(source.title)}*', source.language))}. "
        f"{escape(date_text(source, lang))}. "
        f"{labels['kind']}: {KIND_NAMES[source.kind][lang]}. "
        f"{labels['reliability']}: {STATUS[source.reliability][lang]}. "
        f"{labels['language']}: {language}. "
        f"{in_language(f'[{escape(_site_name(source.url))}]({source.url})', 'en')}"
    )


def _original(source: Source, lang: Lang) -> str:
    """The report a relay repeats: its publisher, title, date, and its address when seen."""
    original = source.original
    assert original is not None
    labels = LABELS[lang]
    date = f". {escape(format_date(original.date, lang))}" if original.date else ""
    title = typography(lang).quote(in_language(f"*{escape(original.title)}*", "en"))
    link = (
        f" {in_language(f'[{escape(_site_name(original.url))}]({original.url})', 'en')}"
        if original.url
        else ""
    )
    kind = KIND_NAMES[original.kind][lang]
    who = f"{escape(original.publisher)}{typography(lang).list_separator}{kind}"
    return f"{labels['original']}: {who}: {title}{date}.{link}"


def _site_name(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")
