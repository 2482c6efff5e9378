"""The search page in each language: a search box over the Pagefind index of that language.

The query is folded in the browser by the same rules as :mod:`build_tools.arabic` (the rules
are written into the page as data), so «والرقائق» looks up what «الرقائق» does.
"""

from __future__ import annotations

from build_tools.arabic import search_folding
from build_tools.render.html import macros, script_json, text
from build_tools.render.markdown import generated_header

SEARCH_SOURCE = "build_tools/render/search_page.py"
WORDS = {
    "ar": {
        "title": "بحث",
        "label": "ابحث في الموقع",
        "placeholder": "مثلًا: الرقائق، H20، الاستدلال",
        "none": "لا نتائج لهذا البحث.",
        "none_help": "لم نجد صفحة تضم كل كلمات بحثك. جرّب كلمة أخرى أو عددًا أقل من الكلمات، "
        "أو ابحث عن المصطلح في {glossary}.",
        "glossary": "صفحة المصطلحات",
        "noscript": "يتطلب البحث تفعيل JavaScript في متصفحك.",
    },
    "en": {
        "title": "Search",
        "label": "Search the site",
        "placeholder": "e.g. chips, H20, inference",
        "none": "No results for this search.",
        "none_help": "No page contains every word you searched for. Try another word or fewer "
        "words, or look the term up in the {glossary}.",
        "glossary": "glossary",
        "noscript": "Search needs JavaScript turned on in your browser.",
    },
}
COUNTS = {
    "ar": {
        "zero": "لا نتائج",
        "one": "نتيجة واحدة",
        "two": "نتيجتان",
        "few": "{n} نتائج",
        "many": "{n} نتيجة",
        "other": "{n} نتيجة",
    },
    "en": {"one": "{n} result", "other": "{n} results"},
}
"""How many pages a search found, one text per CLDR plural category of the language (the page
picks one with ``Intl.PluralRules``; :func:`build_tools.language.cldr.count_text` does the same)."""


def render_search(lang: str) -> str:
    words = WORDS[lang]
    before, _, after = words["none_help"].partition("{glossary}")
    form = macros("search.html").search(
        bundle="pagefind/pagefind.js" if lang == "ar" else "../pagefind/pagefind.js",
        words=words,
        none_help_before=before,
        none_help_after=after,
        folding=script_json(search_folding()),
        counts=script_json(COUNTS[lang]),
    )
    return "\n".join([generated_header(SEARCH_SOURCE), f"# {words['title']}", "", text(form), ""])
