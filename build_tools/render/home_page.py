"""The home page: what happened, in five key points, then the articles and the other pages."""

from __future__ import annotations

from build_tools.content.article import Article
from build_tools.content.home import Home, Statement
from build_tools.language.codes import Lang
from build_tools.language.ui import LABELS
from build_tools.render.caveat import caveat_lines
from build_tools.render.markdown import PageText, before_full_stop, escape, qualifiers
from build_tools.render.references import cite

EXPLORE = ("timeline", "chips", "glossary", "sources")
"""Pages the home page points to when the site has them, in this order."""


def render_home(home: Home, articles: list[Article], pages: set[str], lang: Lang) -> PageText:
    """``pages``: the names of the site's other pages (``timeline``, ``chips`` …)."""
    labels = LABELS[lang]
    lines = [
        escape(home.intro.texts[lang]),
        "",
    ]
    lines += [line for a in articles if a.caveat for line in caveat_lines(a.caveat, lang)]
    lines += [f"## {labels['key_points']}", ""]
    published = {a.slug for a in articles}  # in this language (build_tools/content/editions.py)
    for number, point in enumerate(home.points, start=1):
        link = point.link.replace("#", ".md#") if "#" in point.link else f"{point.link}.md"
        read = (
            f" [{labels['read_article']}]({link})" if point.link.split("#")[0] in published else ""
        )
        lines.append(f"{number}. {_said(point, lang)}{read}")
    if home.why:
        lines += ["", f"## {labels['why_it_matters']}", ""]
        lines += [f"- {_said(point, lang)}" for point in home.why]
    lines += ["", f"## {labels['since']}", "", _said(home.since, lang), ""]
    lines += [f"## {labels['articles']}", ""]
    lines += [f"- [{escape(a.texts[lang].title)}]({a.slug}.md)" for a in articles]
    explore = [name for name in EXPLORE if name in pages]
    if explore:
        lines += ["", f"## {labels['explore']}", ""]
        lines += [f"- [{labels[name]}]({name}.md): {labels[f'about_{name}']}" for name in explore]
    title = f"# {escape(home.title.texts[lang])}"
    return PageText(title, "\n".join(lines) + "\n", home.intro.texts[lang])


def _said(statement: Statement, lang: Lang) -> str:
    said = qualifiers(statement.status, statement.expiry, lang)
    parts = [before_full_stop(escape(statement.texts[lang]), said), cite(statement.sources)]
    return " ".join(p for p in parts if p)
