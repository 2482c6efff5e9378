"""The few changes we make to the HTML Material writes, as pure functions. Each expects exact
markup of the theme; when a new version writes it otherwise, the build stops and says which
change found nothing to change, instead of publishing pages without it."""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from build_tools.language.codes import Lang
from build_tools.language.typography import direction
from build_tools.postbuild.hardening import with_policy, with_safe_outside_links

SEARCH_BODY = '<article class="md-content__inner md-typeset">'
"""Where the theme puts a page's content: what the search index reads."""


def replace_once(html: str, old: str, new: str, what: str) -> str:
    """``html`` with the first ``old`` replaced; :class:`PluginError` naming ``what`` when the
    markup is not there (the theme changed)."""
    if old not in html:
        raise PluginError(
            f"the theme's HTML changed: {what} found no {old!r}; "
            "update build_tools/glue/theme_html.py for the new markup"
        )
    return html.replace(old, new, 1)


def with_search_body(html: str, weight: int | None) -> str:
    """The page's content marked as what Pagefind indexes (not the navigation); ``weight`` ranks
    the articles, which the site explains, first among equal matches."""
    ranked = f' data-pagefind-weight="{weight}"' if weight else ""
    marked = f'<article class="md-content__inner md-typeset" data-pagefind-body{ranked}>'
    return replace_once(html, SEARCH_BODY, marked, "the search index's page body")


def finished(html: str, lang: Lang, site_url: str) -> str:
    """``dir`` on ``<html>``, outside links that open safely, the Content-Security-Policy
    (build_tools/postbuild/hardening.py); and no ``autocomplete`` on the theme's two hidden
    checkboxes, where HTML does not allow it (the Nu HTML Checker's only errors on a stock
    Material page)."""
    for toggle in ("drawer", "search"):
        html = replace_once(
            html,
            f'type="checkbox" id="__{toggle}" autocomplete="off">',
            f'type="checkbox" id="__{toggle}">',
            f"the {toggle} toggle without autocomplete",
        )
    html = replace_once(
        html,
        f'<html lang="{lang}" class="no-js">',
        f'<html lang="{lang}" dir="{direction(lang)}" class="no-js">',
        "the page's direction",
    )
    try:
        return with_policy(with_safe_outside_links(html, site_url))
    except ValueError as err:  # no <meta charset> to put the policy after
        raise PluginError(
            f"the theme's HTML changed: {err}; update build_tools/postbuild/hardening.py"
        ) from err
