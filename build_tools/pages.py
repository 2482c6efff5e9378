"""The other pages: home (key points), the sources list, free pages (About), and navigation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from build_tools.arabic import to_western_digits
from build_tools.article import ARTICLES_DIR
from build_tools.citations import Citation
from build_tools.dates import format_date
from build_tools.errors import Problem
from build_tools.loading import LANGUAGES, raw_html_lines, read_source
from build_tools.sources import SOURCES_FILE, Source
from build_tools.ui import (
    LABELS,
    LANGUAGE_NAMES,
    STATUS,
    escape,
    generated_header,
    in_language,
)

if TYPE_CHECKING:
    from build_tools.build import Content

from build_tools.yamlio import dump_yaml

PAGES_DIR = "content_src/pages"


@dataclass(frozen=True)
class Page:
    """A free page written in Markdown, one file per language: ``about.ar.md``."""

    name: str
    files: dict[str, str]
    texts: dict[str, str]


def load_pages(root: Path) -> tuple[list[Page], list[Problem]]:
    """Read ``content_src/pages/NAME.LANG.md``; each page must exist in every language."""
    names = sorted({p.name.split(".")[0] for p in (root / PAGES_DIR).glob("*.md")})
    pages, problems = [], []
    for name in names:
        files = {lang: f"{PAGES_DIR}/{name}.{lang}.md" for lang in LANGUAGES}
        texts = {}
        for lang, rel in files.items():
            if not (root / rel).exists():
                problems.append(Problem(rel, 0, f"missing translation: '{name}' needs {rel}"))
                continue
            text, found = read_source(root / rel, rel, root)
            problems += found
            if text is not None:
                problems += [
                    Problem(rel, n, "raw HTML is not allowed; use Markdown")
                    for n in raw_html_lines(text)
                ]
                if not text.lstrip().startswith("# "):
                    problems.append(Problem(rel, 1, "a page starts with its title: '# Title'"))
                texts[lang] = text
        if len(texts) == len(LANGUAGES):
            pages.append(Page(name, files, texts))
    return pages, problems


def render_page(page: Page, lang: str) -> str:
    return generated_header(page.files[lang]) + "\n" + to_western_digits(page.texts[lang])


def render_sources(sources: dict[str, Source], cited: dict[str, list[Citation]], lang: str) -> str:
    """Every source of the registry, each with links to the places that cite it."""
    labels = LABELS[lang]
    levels = labels["list_separator"].join(
        STATUS[k][lang] for k in ("official", "reported", "estimate", "low")
    )
    lines = [
        generated_header(SOURCES_FILE),
        f"# {labels['sources']}",
        "",
        f"{labels['sources_intro']} {levels}.",
        "",
    ]
    for source in sorted(sources.values(), key=registry_order):
        lines += [source_entry(source, lang), f"{{: #{source.id.lower()} .source-entry }}", ""]
        lines += [_backlinks(cited.get(source.id, []), lang), "{: .cited-in }", ""]
    return "\n".join(lines)


def _backlinks(places: list[Citation], lang: str) -> str:
    labels = LABELS[lang]
    if not places:
        return labels["not_cited"]
    links = labels["list_separator"].join(f"[{escape(c.label)}]({c.target})" for c in places)
    return f"{labels['cited_in']}: {links}"


def source_entry(source: Source, lang: str) -> str:
    """One source as a Markdown paragraph: id, publisher, title, date, language, reliability,
    and a link shown as its site's name (the full address is printed on paper, site.css).
    Give the paragraph the class ``source-entry``: a bibliography gets no glossary links."""
    labels = LABELS[lang]
    date = format_date(source.date, lang) if source.date else labels["undated"]
    if source.date and source.approximate:
        date = f"{date} ({STATUS['estimate'][lang]})"
    language = LANGUAGE_NAMES[lang].get(source.language, source.language)
    return (
        f"**\\[{source.id}\\]** {escape(source.publisher)}: "
        f"{in_language(f'*“{escape(source.title)}”*', source.language)}. "
        f"{escape(date)}. {labels['language']}: {language}. "
        f"{labels['reliability']}: {STATUS[source.reliability][lang]}. "
        f"{in_language(f'[{escape(_site_name(source.url))}]({source.url})', 'en')}"
    )


def _site_name(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def registry_order(source: Source) -> tuple[int, str]:
    number = source.id[1:].rstrip("abcdefghijklmnopqrstuvwxyz")
    return int(number), source.id


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
