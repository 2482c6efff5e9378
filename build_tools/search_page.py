"""The search page in each language: a search box over the Pagefind index of that language.

The query is folded in the browser by the same rules as :mod:`build_tools.arabic` (the rules
are written into the page as data), so «والرقائق» looks up what «الرقائق» does.
"""

from __future__ import annotations

import html
import json

from build_tools.arabic import search_folding
from build_tools.ui import generated_header

SEARCH_SOURCE = "build_tools/search_page.py"
WORDS = {
    "ar": {
        "title": "بحث",
        "label": "ابحث في الموقع",
        "placeholder": "مثلًا: الرقائق، H20، الاستدلال",
        "found": "{n} نتيجة",
        "none": "لا نتائج لهذا البحث.",
        "noscript": "يحتاج البحث إلى تفعيل JavaScript في المتصفح.",
    },
    "en": {
        "title": "Search",
        "label": "Search the site",
        "placeholder": "e.g. chips, H20, inference",
        "found": "{n} results",
        "none": "No results for this search.",
        "noscript": "Search needs JavaScript to be enabled in your browser.",
    },
}


def render_search(lang: str) -> str:
    words = WORDS[lang]
    bundle = "pagefind/pagefind.js" if lang == "ar" else "../pagefind/pagefind.js"
    rules = json.dumps(search_folding(), ensure_ascii=False)
    attrs = " ".join(f'data-{k}="{html.escape(words[k])}"' for k in ("found", "none"))
    return "\n".join(
        [
            generated_header(SEARCH_SOURCE),
            f"# {words['title']}",
            "",
            f'<form class="site-search" role="search" action="search.html" '
            f'data-pagefind="{bundle}" {attrs}>',
            f'<label for="search-query">{words["label"]}</label>',
            f'<input id="search-query" name="q" type="search" autocomplete="off" dir="auto" '
            f'placeholder="{html.escape(words["placeholder"])}">',
            "</form>",
            '<p id="search-status" class="search-status" role="status" aria-live="polite"></p>',
            '<ol id="search-results" class="search-results"></ol>',
            f"<noscript><p>{words['noscript']}</p></noscript>",
            f'<script type="application/json" id="search-folding">{rules}</script>',
            "",
        ]
    )
