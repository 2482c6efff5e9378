"""The other pages: home (key points), the sources list, free pages (About), and navigation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from build_tools.arabic import to_western_digits
from build_tools.article import ARTICLES_DIR
from build_tools.citations import Citation
from build_tools.claims import Claim, Expiry, parse_expiry
from build_tools.cldr import language_name
from build_tools.dates import format_date
from build_tools.errors import Problem, Problems
from build_tools.loading import LANGUAGES, raw_html_lines, read_source, split_front_matter
from build_tools.references import cite, date_text, publisher_text, source_anchor
from build_tools.sources import CLASSES, SOURCES_FILE, Source, check_citations, registry_order
from build_tools.typography import typography
from build_tools.ui import (
    CLASS_NAMES,
    KIND_NAMES,
    LABELS,
    STATUS,
    escape,
    generated_header,
    in_language,
    qualifiers,
)

if TYPE_CHECKING:
    from build_tools.build import Content

from build_tools.yamlio import Mapping, dump_yaml

PAGES_DIR = "content_src/pages"


@dataclass(frozen=True)
class Page:
    """A free page written in Markdown, one file per language: ``about.ar.md``. A page that
    states figures cites its sources in front matter (``sources: [S12]``), as does one true only
    as of a date (``as_of:``, ``until:``); both go in the Arabic file."""

    name: str
    files: dict[str, str]
    texts: dict[str, str]
    sources: tuple[str, ...] = ()
    expiry: Expiry | None = None
    line: int = 1
    first_lines: dict[str, int] = field(default_factory=dict)
    """Per language, the line of its file where the page's text begins (after front matter)."""

    def title(self, lang: str) -> str:
        return page_title(self.texts[lang])


def load_pages(root: Path, sources: dict[str, Source]) -> tuple[list[Page], list[Problem]]:
    """Read ``content_src/pages/NAME.LANG.md``; each page must exist in every language."""
    names = sorted({p.name.split(".")[0] for p in (root / PAGES_DIR).glob("*.md")})
    pages, found = [], Problems()
    for name in names:
        files = {lang: f"{PAGES_DIR}/{name}.{lang}.md" for lang in LANGUAGES}
        texts, front, firsts = {}, Mapping(), {}
        for lang, rel in files.items():
            if not (root / rel).exists():
                found.add(rel, 0, f"missing translation: '{name}' needs {rel}")
                continue
            text, problems = read_source(root / rel, rel, root)
            found.extend(problems)
            if text is None:
                continue
            if text.startswith("---"):
                data, text, first, problems = split_front_matter(text, rel)
                found.extend(problems)
                front = data if isinstance(data, Mapping) and lang == LANGUAGES[0] else front
            else:
                first = 1
            found.extend(
                Problem(rel, n, "raw HTML is not allowed; use Markdown")
                for n in raw_html_lines(text, first)
            )
            if not text.lstrip().startswith("# "):
                found.add(rel, first, "a page starts with its title: '# Title'")
            texts[lang], firsts[lang] = text, first
        cited = tuple(str(s) for s in front.get("sources") or ())
        found.extend(
            check_citations(list(cited), sources, files[LANGUAGES[0]], front.line_of("sources"))
        )
        expiry = parse_expiry(front, files[LANGUAGES[0]], found) if front else None
        if len(texts) == len(LANGUAGES):
            pages.append(Page(name, files, texts, cited, expiry, front.line or 1, firsts))
    return pages, found.items


def page_claims(pages: list[Page]) -> list[Claim]:
    return [
        Claim(
            p.files[LANGUAGES[0]],
            p.line,
            f"page '{p.name}'",
            p.sources,
            None,
            p.texts,
            p.expiry,
            places={lang: (p.files[lang], p.first_lines.get(lang, 1)) for lang in p.files},
        )
        for p in pages
    ]


def render_page(page: Page, lang: str) -> str:
    text = to_western_digits(page.texts[lang]).rstrip() + "\n"
    said = qualifiers(None, page.expiry, lang)
    if page.sources or said:
        text += f"\n{LABELS[lang]['sources']}: {cite(page.sources)} {said}".rstrip() + "\n"
    return generated_header(page.files[lang]) + "\n" + text


def render_sources(sources: dict[str, Source], cited: dict[str, list[Citation]], lang: str) -> str:
    """Every source of the registry by class, strongest first, each with what it is, the report
    it relays, and links to the places that cite it."""
    labels = LABELS[lang]
    levels = typography(lang).join(
        STATUS[k][lang] for k in ("official", "reported", "estimate", "low")
    )
    classes = typography(lang).join(CLASS_NAMES[c][lang] for c in CLASSES)
    lines = [
        generated_header(SOURCES_FILE),
        f"# {labels['sources']}",
        "",
        f"{labels['sources_intro']} {levels}. {labels['sources_by_kind']} {classes}.",
        "",
    ]
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
    return "\n".join(lines)


def _backlinks(places: list[Citation], lang: str) -> str:
    labels = LABELS[lang]
    if not places:
        return labels["not_cited"]
    links = typography(lang).join(f"[{escape(c.label)}]({c.target})" for c in places)
    return f"{labels['cited_in']}: {links}"


def source_entry(source: Source, lang: str) -> str:
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


def _original(source: Source, lang: str) -> str:
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


def render_nav(content: Content, lang: str) -> str:
    labels = LABELS[lang]
    nav: list[dict[str, str]] = [{labels["home"]: "index.md"}]
    nav += [{a.texts[lang].title: f"{a.slug}.md"} for a in content.articles]
    nav += [{labels["timeline"]: "timeline.md"}] if content.events else []
    nav += [{labels["chips"]: "chips.md"}] if content.chips else []
    nav += [{labels["glossary"]: "glossary.md"}] if content.terms else []
    nav.append({labels["sources"]: "sources.md"})
    nav.append({labels["corrections"]: "corrections.md"})
    nav += [{page_title(p.texts[lang]): f"{p.name}.md"} for p in content.pages]
    nav.append({labels["search"]: "search.md"})
    return (
        f"# Generated by build_tools from {ARTICLES_DIR}/ and {PAGES_DIR}/. Do not edit.\n"
        + dump_yaml(nav)
    )


def page_title(text: str) -> str:
    return text.lstrip()[2:].split("\n", 1)[0].strip()
