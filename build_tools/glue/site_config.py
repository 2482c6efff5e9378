"""What the hooks work out from the configuration and the generated data, as pure functions:
each language's settings for the templates, a page's entry in the registry, its edit link, and
whether MkDocs is serving a preview."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

from build_tools.language.codes import LANGUAGES, Lang
from build_tools.language.typography import direction
from build_tools.language.ui import LABELS, NAMES


def language_roots(site_url: str) -> dict[str, str]:
    """Where each language's site starts: the Arabic at the root, the others under their code
    (``mkdocs.en.yml`` inherits the root's ``site_url``)."""
    root = site_url.rstrip("/") + "/"
    return {code: root + ("" if code == LANGUAGES[0] else f"{code}/") for code in LANGUAGES}


def i18n(
    lang: Lang, roots: Mapping[str, str], has_feed: bool, published: Mapping[str, list[str]]
) -> dict[str, Any]:
    """What the templates (main.html, partials/alternate.html, sitemap.xml) know of languages;
    ``published``: the languages of each page (:func:`published_languages`)."""
    return {
        "lang": lang,
        "published": dict(published),
        "search": LABELS[lang]["search"],  # the theme's Arabic «إبحث» lacks its hamza
        "feed": has_feed,
        "languages": list(LANGUAGES),
        "roots": dict(roots),
        "switch": [
            {
                "code": code,
                "name": NAMES[code],
                "dir": direction(code),
                "prefix": "../" if lang != LANGUAGES[0] else f"{code}/",
            }
            for code in LANGUAGES
            if code != lang
        ],
    }


def published_languages(docs: Path, pages: Iterable[str]) -> dict[str, list[str]]:
    """For each page (``index.md`` …), the languages of ``docs/`` that publish it (Arabic first:
    an article not translated yet is Arabic only)."""
    return {page: [c for c in LANGUAGES if (docs / c / page).exists()] for page in pages}


def edit_url(repo_url: str | None, edit_uri: str | None, source: str | None) -> str | None:
    """The page that edits ``source`` in the repository: only a page made from ``content_src/``
    has one (the search page is made by code)."""
    if not repo_url or not edit_uri or not source or not source.startswith("content_src/"):
        return None  # no edit_uri: MkDocs' way of saying "no edit links"
    base = urljoin(repo_url.rstrip("/") + "/", edit_uri.strip("/") + "/")
    return urljoin(base, quote(source))


def serving(argv: Sequence[str]) -> bool:
    """Whether this process is ``mkdocs serve`` (or ``properdocs serve``): its command line
    (``sys.argv``) names the command; MkDocs tells no hook but ``on_startup``, which keeps it
    nowhere."""
    command = next((arg for arg in argv[1:] if not arg.startswith("-")), None)
    return command == "serve"


_ALTERNATE_RE = re.compile(r'href="alternate:([a-z]{2})"')


def with_alternates(html: str, switch: Sequence[Mapping[str, str]], url: str) -> str:
    """``alternate:en`` in a page's links means the same page in English (and so on)."""
    prefixes = {s["code"]: s["prefix"] for s in switch}
    return _ALTERNATE_RE.sub(lambda m: f'href="{prefixes[m[1]]}{url}"', html)
