"""What the Unicode CLDR says about a language, read through Babel (pinned; Material already
needs it): the plural category of a count, and the name of a language in another language.

No hand-made tables: Arabic has six plural categories (zero, one, two, few, many, other) and
their rules are not obvious (103 is "few", 111 "many", 100 "other"); the browser's
``Intl.PluralRules`` applies the same CLDR rules to counts shown by the scripts."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from babel import Locale, UnknownLocaleError

from build_tools.language.codes import Lang

CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@cache
def _locale(lang: Lang) -> Locale:
    return Locale.parse(lang)


def plural_categories(lang: Lang) -> frozenset[str]:
    """The categories ``lang`` distinguishes (``other`` always among them)."""
    return _locale(lang).plural_form.tags | {"other"}


def plural_category(count: int, lang: Lang) -> str:
    return str(_locale(lang).plural_form(count))


def count_text(count: int, forms: Mapping[str, str], lang: Lang) -> str:
    """``forms`` has one text per category of ``lang``, ``{n}`` standing for the count:
    ``count_text(2, {"two": "نتيجتان", …}, "ar")`` is «نتيجتان»."""
    return forms[plural_category(count, lang)].replace("{n}", str(count))


def missing_forms(forms: Mapping[str, str], lang: Lang) -> list[str]:
    """The categories of ``lang`` that ``forms`` has no text for."""
    return sorted(plural_categories(lang) - set(forms))


def language_name(code: str, lang: Lang) -> str | None:
    """The name of the language ``code`` (``es``) written in ``lang``: «الإسبانية», "Spanish";
    ``None`` when CLDR does not know the code."""
    try:
        name = _locale(lang).languages.get(code)
    except (UnknownLocaleError, ValueError):
        return None
    return str(name) if name else None
