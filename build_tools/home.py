"""The home page (``content_src/home.yml``): what happened, in five key points."""

from __future__ import annotations

from pathlib import Path

from build_tools.article import Article
from build_tools.errors import Problem
from build_tools.loading import LANGUAGES, raw_html_problems, read_source
from build_tools.sources import Source, check_citations
from build_tools.ui import LABELS, cite, escape, generated_header
from build_tools.yamlio import Mapping, load_yaml

HOME_FILE = "content_src/home.yml"
KEY_POINTS = 5


def load_home(
    root: Path, articles: list[Article] | None, sources: dict[str, Source]
) -> tuple[Mapping | None, list[Problem]]:
    """Read and check ``home.yml``: five key points, each in both languages, linked, sourced.

    ``articles`` is ``None`` when they have problems of their own: links into them are then
    not checked, so that one mistake gives one message."""
    text, problems = read_source(root / HOME_FILE, HOME_FILE, root)
    data, yaml_problems = load_yaml(text, HOME_FILE) if text is not None else (None, [])
    problems += yaml_problems
    problems += raw_html_problems(text or "", HOME_FILE)
    if not isinstance(data, Mapping):
        return None, problems or [Problem(HOME_FILE, 1, "expected a mapping")]
    anchors = {f"{a.slug}#{b.id}" for a in articles or () for b in a.texts["ar"].blocks}
    anchors |= {a.slug for a in articles or ()}
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
        if isinstance(point, Mapping) and articles is not None and link not in anchors:
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


EXPLORE = ("timeline", "chips", "glossary", "sources")
"""Pages the home page points to when the site has them, in this order."""


def render_home(home: Mapping, articles: list[Article], pages: set[str], lang: str) -> str:
    """``pages``: the names of the site's other pages (``timeline``, ``chips`` …)."""
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
    explore = [name for name in EXPLORE if name in pages]
    if explore:
        lines += ["", f"## {labels['explore']}", ""]
        lines += [f"- [{labels[name]}]({name}.md): {labels[f'about_{name}']}" for name in explore]
    return "\n".join(lines) + "\n"
