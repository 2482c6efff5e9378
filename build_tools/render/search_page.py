"""The search page in each language: a search box over the Pagefind index of that language.

The query is folded in the browser by the same rules as :mod:`build_tools.arabic` (the rules
are written into the page as data), so «والرقائق» looks up what «الرقائق» does.
"""

from __future__ import annotations

import html
import json

from build_tools.arabic import search_folding
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
    bundle = "pagefind/pagefind.js" if lang == "ar" else "../pagefind/pagefind.js"
    rules = json.dumps(search_folding(), ensure_ascii=False)
    counts = json.dumps(COUNTS[lang], ensure_ascii=False)
    glossary = f'<a href="glossary.html">{html.escape(words["glossary"])}</a>'
    help_text = html.escape(words["none_help"]).replace("{glossary}", glossary)
    return "\n".join(
        [
            generated_header(SEARCH_SOURCE),
            f"# {words['title']}",
            "",
            f'<form class="site-search" role="search" action="search.html" '
            f'data-pagefind="{bundle}" data-none="{html.escape(words["none"])}">',
            f'<label for="search-query">{words["label"]}</label>',
            f'<input id="search-query" name="q" type="search" autocomplete="off" dir="auto" '
            f'placeholder="{html.escape(words["placeholder"])}">',
            "</form>",
            '<p id="search-status" class="search-status" role="status" aria-live="polite"></p>',
            f'<p id="search-none" class="search-none" hidden>{help_text}</p>',
            '<ol id="search-results" class="search-results"></ol>',
            f"<noscript><p>{words['noscript']}</p></noscript>",
            f'<script type="application/json" id="search-folding">{rules}</script>',
            f'<script type="application/json" id="search-counts">{counts}</script>',
            "",
        ]
    )
