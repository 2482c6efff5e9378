"""MkDocs glue (listed under ``hooks:`` in mkdocs.yml): each hook hands MkDocs' objects to the
pure functions of build_tools and keeps nothing between calls; what a build needs to remember is
kept in its own configuration (``config.extra``).

- language plumbing: the English build lives under ``en/``; ``<html>`` gets ``dir``; templates
  get absolute alternates and the switcher target (:mod:`.site_config`);
- navigation from the generated ``.nav.yml``; the page registry from ``.pages.json`` (each page's
  kind, source file, description and share data); glossary links and bidi isolation as Markdown
  extensions;
- "edit this page" points at the page's source in content_src/, as the registry names it;
- every page: a Content-Security-Policy with the hash of each inline script, and
  ``rel="noopener noreferrer"`` on outside links (:mod:`.theme_html`);
- after the build, one stylesheet, the share cards and the Atom feed (:mod:`build_tools.postbuild`);
- ``mkdocs serve`` watches content_src/ (not the generated docs/) and regenerates docs/ before
  each rebuild, so one edit makes one rebuild and never a loop.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.livereload import LiveReloadServer  # noqa: E402
from mkdocs.structure.files import Files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from build_tools.arabic import TermIndex  # noqa: E402
from build_tools.errors import ContentError, ToolFailure  # noqa: E402
from build_tools.glue.bidi_markdown import BidiIsolationExtension  # noqa: E402
from build_tools.glue.glossary_markdown import GlossaryExtension, GlossaryLinks  # noqa: E402
from build_tools.glue.site_config import (  # noqa: E402
    edit_url,
    i18n,
    language_roots,
    published_languages,
    serving,
    with_alternates,
)
from build_tools.glue.theme_html import finished, with_search_body  # noqa: E402
from build_tools.language.codes import LANGUAGES, Lang, as_lang  # noqa: E402
from build_tools.language.ui import LABELS  # noqa: E402
from build_tools.postbuild.share_cards import write_cards  # noqa: E402
from build_tools.postbuild.stylesheet import one_stylesheet  # noqa: E402
from build_tools.render.feed import FEED_FILE, FEED_PAGE, render_feed  # noqa: E402
from build_tools.render.page_meta import META_FILE, json_ld, with_addresses  # noqa: E402

log = logging.getLogger("mkdocs.hooks.build_tools")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if serving(
        sys.argv
    ):  # a preview: docs/ from content_src/ first, so that what is read is current
        _regenerate_docs()
    lang = _lang(config)
    docs = Path(config.docs_dir)
    roots = language_roots(config.site_url or "")
    config.site_url = roots[lang]
    config.extra["scope"] = urlsplit(roots[LANGUAGES[0]]).path  # one colour-scheme choice
    config.extra["alternate"] = True  # shows our partials/alternate.html switcher
    config.extra["pages"] = _read_json(docs / META_FILE).get("pages", {})
    # The languages each page is published in: its alternates, sitemap entry and switcher.
    published = published_languages(docs.parent, config.extra["pages"])
    config.extra["i18n"] = i18n(lang, roots, (docs / FEED_FILE).exists(), published)
    if (docs / ".nav.yml").exists():
        config.nav = yaml.safe_load((docs / ".nav.yml").read_text(encoding="utf-8"))
    terms = _read_json(docs / ".glossary.json").get("terms")
    if terms:
        index = TermIndex({t["id"]: t["forms"] for t in terms})
        links = GlossaryLinks(index, {t["id"]: t["definition"] for t in terms})
        _extensions(config).append(GlossaryExtension(links))
    _extensions(config).append(BidiIsolationExtension(lang))
    return config


def _regenerate_docs() -> None:
    """What ``python -m build_tools build`` does; a problem is logged and the preview goes on."""
    from build_tools.build import build

    try:
        result = build(ROOT)
    except ContentError as err:
        for problem in err.problems:
            log.error(str(problem))
        return
    for warning in result.warnings:
        log.warning(str(warning))


def on_serve(
    server: LiveReloadServer, config: MkDocsConfig, builder: Callable[..., None]
) -> LiveReloadServer:
    # Contributors edit content_src/; docs/ is written by on_config during the rebuild, so
    # watching it too would only trigger a second, empty rebuild.
    server.unwatch(config.docs_dir)
    server.watch(str(ROOT / "content_src"))
    return server


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    for extension in _extensions(config):  # the glossary page links its entries itself
        if isinstance(extension, GlossaryExtension):
            extension.links.enabled = page.file.src_uri != "glossary.md"
    entry = config.extra["pages"].get(page.file.src_uri, {})
    if entry.get("kind") == "search" and serving(sys.argv):
        markdown = _without_search(markdown, _lang(config))
    page.edit_url = edit_url(config.repo_url, config.edit_uri, entry.get("source"))
    if "structured_data" in entry:  # the template's <meta> and JSON-LD (render/page_meta.py)
        roots = config.extra["i18n"]["roots"]
        share = with_addresses(entry, roots, _lang(config), config.site_name)
        page.meta["description"] = share["description"]
        page.meta["share"] = share
        page.meta["json_ld"] = json_ld(share["structured_data"])
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return with_alternates(html, config.extra["i18n"]["switch"], page.url)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    kind = config.extra["pages"].get(page.file.src_uri, {}).get("kind")
    if kind != "search":  # search indexes the content, not the navigation
        output = with_search_body(output, 3 if kind == "article" else None)
    return finished(output, _lang(config), config.site_url or "")


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if not template_name.endswith(".html"):  # sitemap.xml
        return output
    return finished(output, _lang(config), config.site_url or "")  # 404.html


def on_post_build(config: MkDocsConfig) -> None:
    site, lang = Path(config.site_dir), _lang(config)
    address = urlsplit(config.extra["i18n"]["roots"][LANGUAGES[0]])
    titles = {
        uri: entry["title"] for uri, entry in config.extra["pages"].items() if "title" in entry
    }
    try:
        one_stylesheet(site)
        write_cards(
            site, titles, config.site_name, (address.netloc + address.path).rstrip("/"), lang
        )
    except ToolFailure as err:  # MkDocs prints a PluginError as one line, no traceback
        raise PluginError(str(err)) from err
    entries = Path(config.docs_dir) / FEED_FILE
    if entries.exists():  # the Atom feed, with this language's absolute addresses
        feed = render_feed(
            entries.read_text("utf-8"), config.site_url or "", config.site_name, lang
        )
        (site / FEED_PAGE).write_bytes(feed)


def _without_search(markdown: str, lang: Lang) -> str:
    """A preview has no search index: the search page says so instead of offering a search box."""
    note = f'<p class="search-status" role="note">{LABELS[lang]["search_when_built"]}</p>'
    form = '<form class="site-search"'
    if form not in markdown:  # the search page's template (render/templates/search.html)
        raise PluginError(
            f"the search page has no {form}>, so the preview cannot replace the search box; "
            "check build_tools/render/templates/search.html"
        )
    return markdown.replace(form, f'{note}\n<form hidden class="site-search"', 1)


def _lang(config: MkDocsConfig) -> Lang:
    """The language this configuration builds (``theme.language``), one of the site's."""
    try:
        return as_lang(config.theme["language"])
    except ValueError as err:  # one line from MkDocs, no traceback
        raise PluginError(f"theme.language: {err}") from err


def _extensions(config: MkDocsConfig) -> list[Any]:
    """MkDocs types ``markdown_extensions`` as names, but Python-Markdown also takes extension
    objects, which is how an extension that carries data (the glossary's terms) is added."""
    return cast("list[Any]", config.markdown_extensions)


def _read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
