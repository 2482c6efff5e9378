"""The search page in each language: a search box over the Pagefind index of that language.

The query is folded in the browser by the same rules as :mod:`build_tools.arabic` (the rules
are written into the page as data), so «والرقائق» looks up what «الرقائق» does.
"""

from __future__ import annotations

from build_tools.arabic import search_folding
from build_tools.language.codes import Lang
from build_tools.language.ui import RESULT_COUNTS, SEARCH_PAGE
from build_tools.render.html import macros, script_json, text
from build_tools.render.markdown import PageText


def render_search(lang: Lang) -> PageText:
    words = SEARCH_PAGE[lang]
    before, _, after = words["none_help"].partition("{glossary}")
    form = macros("search.html").search(
        bundle="pagefind/pagefind.js" if lang == "ar" else "../pagefind/pagefind.js",
        words=words,
        none_help_before=before,
        none_help_after=after,
        folding=script_json(search_folding()),
        counts=script_json(RESULT_COUNTS[lang]),
    )
    return PageText(f"# {words['title']}", text(form) + "\n")
