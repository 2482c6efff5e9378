"""HTML that Markdown cannot express (the chip table and chart, the timeline's events and filter,
the search form), written by the Jinja2 templates in ``templates/`` with autoescaping.

A renderer calls a template's macros with plain text, which the template escapes, and with what
other macros returned (``Markup``), which it keeps. HTML another renderer wrote goes in through
:func:`isolated` only, and JSON for a script element through :func:`script_json`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup, escape

from build_tools.cache import cache_dir, load, store
from build_tools.language.codes import Lang
from build_tools.render.markdown import isolated_html


class _CompiledTemplates(BytecodeCache):
    """Each template compiled once, not in every process: compiling the five costs about 30 ms
    of every ``build`` (Jinja checks each entry against its template's source and version).
    Not Jinja's ``FileSystemBytecodeCache``, which fails the build when its folder is missing or
    cannot be written: here a cache that cannot be used only makes the build slower."""

    def load_bytecode(self, bucket: Bucket) -> None:
        data = load(cache_dir() / "templates" / bucket.key)
        if data is not None:
            try:
                bucket.bytecode_from_string(data)
            except (EOFError, ValueError, TypeError):  # not a compiled template: compile anew
                bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        store(cache_dir() / "templates" / bucket.key, bucket.bytecode_to_string())


_ENVIRONMENT = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=StrictUndefined,  # a misspelt name fails the build instead of printing nothing
    auto_reload=False,  # the templates do not change during a build: no stat() per use
    bytecode_cache=_CompiledTemplates(),
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_SPELLING = {"&#39;": "&#x27;", "&#34;": "&quot;"}


class Macros:
    """The macros of one template, called with keyword arguments: ``macros("x.html").row(…)``."""

    def __init__(self, template: str) -> None:
        self._module = _ENVIRONMENT.get_template(template).module

    def __getattr__(self, name: str) -> Callable[..., Markup]:
        macro: Callable[..., Markup] = getattr(self._module, name)
        return macro


def macros(template: str) -> Macros:
    return Macros(template)


def text(fragment: Markup) -> str:
    """A fragment as page text. MarkupSafe writes ``'`` and ``"`` as ``&#39;`` and ``&#34;``;
    ``html.escape`` and Python-Markdown, which write the rest of each page, as ``&#x27;`` and
    ``&quot;``: one spelling on every page. (Source text cannot hold ``&#39;`` itself: its ``&``
    is escaped.)"""
    out = str(fragment)
    for markupsafe_form, site_form in _SPELLING.items():
        out = out.replace(markupsafe_form, site_form)
    return out


def join(separator: str, fragments: Iterable[Markup | str]) -> Markup:
    """``separator.join(fragments)``, escaping the separator and every plain-text fragment."""
    return escape(separator).join(fragments)


def isolated(words: str, lang: Lang) -> Markup:
    """Plain text for a page in ``lang``, each run in the other direction in a ``<bdi>``."""
    # Safe: isolated_html escapes the text itself (``<`` and ``&``) and adds only its <bdi>s.
    return Markup(isolated_html(words, lang))


def script_json(value: object) -> Markup:
    """``value`` as JSON inside ``<script type="application/json">``, where HTML escaping
    would change the data; ``</`` is written ``<\\/`` so the data cannot end the element."""
    # Safe: in a script element only "</" ends the data, and it cannot occur any more.
    return Markup(json.dumps(value, ensure_ascii=False).replace("</", "<\\/"))
