"""The other pages: home (key points), the sources list, free pages (About), and navigation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools.arabic import to_western_digits
from build_tools.article import ARTICLES_DIR, Article
from build_tools.dates import format_date
from build_tools.errors import Problem
from build_tools.loading import LANGUAGES, raw_html_lines, read_source
from build_tools.sources import SOURCES_FILE, Source, check_citations
from build_tools.ui import (
    LABELS,
    LANGUAGE_NAMES,
    STATUS,
    cite,
    escape,
    generated_header,
    in_language,
)
from build_tools.yamlio import Mapping, dump_yaml, load_yaml

HOME_FILE = "content_src/home.yml"
PAGES_DIR = "content_src/pages"
KEY_POINTS = 5


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
            text, found = read_source(root / rel, rel)
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


def load_home(
    root: Path, articles: list[Article], sources: dict[str, Source]
) -> tuple[Mapping | None, list[Problem]]:
    """Read and check ``home.yml``: five key points, each in both languages, linked, sourced."""
    text, problems = read_source(root / HOME_FILE, HOME_FILE)
    data, yaml_problems = load_yaml(text, HOME_FILE) if text is not None else (None, [])
    problems += yaml_problems
    if not isinstance(data, Mapping):
        return None, problems or [Problem(HOME_FILE, 1, "expected a mapping")]
    anchors = {f"{a.slug}#{b.id}" for a in articles for b in a.texts["ar"].blocks}
    anchors |= {a.slug for a in articles}
    points = data.get("key_points") or []
    if len(points) != KEY_POINTS:
        problems.append(
            Problem(
                HOME_FILE,
                data.line_of("key_points"),
                f"expected {KEY_POINTS} key points, found {len(points)}",
            )
        )
    for item in [data.get("title"), data.get("intro"), *points, data.get("since")]:
        problems += _check_bilingual(item, data.line)
    for point in points:
        link = str(point.get("link", "")) if isinstance(point, Mapping) else ""
        unloaded = (root / ARTICLES_DIR / link.split("#")[0]).is_dir() and link.split("#")[
            0
        ] not in {a.slug for a in articles}  # its own errors are reported already
        if isinstance(point, Mapping) and link not in anchors and not unloaded:
            problems.append(
                Problem(
                    HOME_FILE,
                    point.line_of("link"),
                    f"link '{point.get('link')}' is not an article or article#paragraph-id",
                )
            )
    for item in [*points, data.get("since")]:
        if isinstance(item, Mapping):
            problems += check_citations(
                [str(s) for s in item.get("sources") or []],
                sources,
                HOME_FILE,
                item.line_of("sources"),
            )
    return data, problems


def _check_bilingual(item: object, line: int) -> list[Problem]:
    if not isinstance(item, Mapping):
        return [Problem(HOME_FILE, line, "expected a mapping with 'ar' and 'en' texts")]
    return [
        Problem(HOME_FILE, item.line, f"missing translation: no '{lang}' text")
        for lang in LANGUAGES
        if not str(item.get(lang) or "").strip()
    ]


def render_home(home: Mapping, articles: list[Article], lang: str) -> str:
    labels = LABELS[lang]
    lines = [
        generated_header(HOME_FILE),
        f"# {escape(home['title'][lang])}",
        "",
        escape(home["intro"][lang]),
        "",
        f"## {labels['key_points']}",
        "",
    ]
    for number, point in enumerate(home["key_points"], start=1):
        link = (
            str(point["link"]).replace("#", ".md#")
            if "#" in point["link"]
            else f"{point['link']}.md"
        )
        lines.append(
            f"{number}. {escape(point[lang])} {cite(point['sources'], lang)} "
            f"[{labels['read_article']}]({link})"
        )
    since = home["since"]
    lines += [
        "",
        f"## {labels['since']}",
        "",
        f"{escape(since[lang])} {cite(since['sources'], lang)}",
        "",
        f"## {labels['articles']}",
        "",
    ]
    lines += [f"- [{escape(a.texts[lang].title)}]({a.slug}.md)" for a in articles]
    return "\n".join(lines) + "\n"


def render_sources(sources: dict[str, Source], lang: str) -> str:
    labels = LABELS[lang]
    levels = ", ".join(f"{STATUS[k][lang]}" for k in ("official", "reported", "estimate", "low"))
    lines = [
        generated_header(SOURCES_FILE),
        f"# {labels['sources']}",
        "",
        f"{labels['sources_intro']} {levels}.",
        "",
    ]
    for source in sorted(sources.values(), key=_registry_order):
        date = format_date(source.date, lang) if source.date else labels["undated"]
        if source.date and source.approximate:
            date = f"{date} ({STATUS['estimate'][lang]})"
        language = LANGUAGE_NAMES[lang].get(source.language, source.language)
        lines += [
            f"**\\[{source.id}\\]** {escape(source.publisher)}: "
            f"{in_language(f'*“{escape(source.title)}”*', source.language)}. "
            f"{escape(date)}. {labels['language']}: {language}. "
            f"{labels['reliability']}: {STATUS[source.reliability][lang]}. "
            f"{in_language(f'[{escape(source.url)}]({source.url})', 'en')}",
            f"{{: #{source.id.lower()} }}",
            "",
        ]
    return "\n".join(lines)


def _registry_order(source: Source) -> tuple[int, str]:
    number = source.id[1:].rstrip("abcdefghijklmnopqrstuvwxyz")
    return int(number), source.id


def render_nav(articles: list[Article], pages: list[Page], lang: str) -> str:
    labels = LABELS[lang]
    nav: list[dict[str, str]] = [{labels["home"]: "index.md"}]
    nav += [{a.texts[lang].title: f"{a.slug}.md"} for a in articles]
    nav.append({labels["sources"]: "sources.md"})
    nav += [{_page_title(p.texts[lang]): f"{p.name}.md"} for p in pages]
    return (
        f"# Generated by build_tools from {ARTICLES_GLOB} and {PAGES_DIR}/. Do not edit.\n"
        + dump_yaml(nav)
    )


ARTICLES_GLOB = "content_src/articles/*"


def _page_title(text: str) -> str:
    return text.lstrip()[2:].split("\n", 1)[0].strip()
