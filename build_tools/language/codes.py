"""The site's languages, as types: a language code, the languages in order (Arabic first), and
a text in every one of them, which every component of the content model uses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypeGuard

Lang = Literal["ar", "en"]
LANGUAGES: tuple[Lang, ...] = ("ar", "en")
"""Arabic first: the author's language, the site's root, the language every page has."""

Bilingual = Mapping[Lang, str]
"""A text in each language: ``{"ar": "…", "en": "…"}``."""


def is_lang(code: object) -> TypeGuard[Lang]:
    return code in LANGUAGES


def as_lang(code: str) -> Lang:
    """``code`` as a language of the site; :class:`ValueError` for any other (a configuration
    that names a language the site does not have)."""
    if not is_lang(code):
        raise ValueError(f"unknown language '{code}'; expected one of {', '.join(LANGUAGES)}")
    return code
