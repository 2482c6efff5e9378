"""Every word the English pages show that is not content: labels, how sure a statement is, the
names of source classes and kinds, the chip page and chart, the timeline, the search page, the
name of the language, months and quarters.

The Arabic is :mod:`build_tools.language.ar`, table for table and key for key
(``tests/test_typography.py`` checks it); the typography and direction of both languages are
:mod:`build_tools.language.typography`; :mod:`build_tools.language.ui` gives the renderers every
table by language.
"""

from __future__ import annotations

NAME = "English"
"""The language's name in itself, as the language switcher shows it."""
LABELS = {
    "home": "Home",
    "sources": "Sources",
    "articles": "Articles",
    "by": "By",
    "published": "Original article published",
    "original_article": "Original article",
    "article_undated": "undated",
    "published_in": "published",
    "published_on": "published on",
    "undated": "no date on its page",
    "original_note": "Our English translation. The Arabic original, as its author wrote it, "
    "was published by",
    "translation_of": "Read it in Arabic:",
    "translation_partial": "Translation in progress: passages not yet translated are shown in "
    "the original Arabic and marked as such.",
    "untranslated": "Not yet translated. The original Arabic:",
    "read_article": "Read the article",
    "key_points": "What happened, in five points",
    "since": "What happened next",
    "why_it_matters": "Why it matters",
    "caveat": "Before you read",
    "unknown_origin": "unknown",
    "sources_intro": "Every figure and date in our own writing on this site is backed by a "
    "source from this list. Reliability levels:",
    "glossary": "Glossary",
    "chips": "Chip comparison",
    "timeline": "Timeline",
    "search": "Search",
    "search_when_built": "Search does not work in the quick preview (mkdocs serve), only in "
    "the fully built site: run python -m build_tools site, then serve the site/ folder "
    "with a local web server (README: the two commands).",
    "explore": "Explore",
    "about_timeline": "the events behind the story in order, each date with its source",
    "about_chips": "the figures for Nvidia, Huawei and Cambricon chips, and how sure each is",
    "about_glossary": "the terms and names in the article, explained",
    "about_sources": "every source the site relies on, and how reliable each one is",
    "on_timeline": "On the timeline",
    "glossary_intro": "Short explanations of the terms and names in the article. On every "
    "page, the first mention of each term links to its entry here; point at it, tab to it "
    "or tap it to see the definition.",
    "in_other": "In Arabic",
    "related": "Related terms",
    "appears_in": "Appears in",
    "paragraph": "paragraph",
    "language": "Language",
    "reliability": "Reliability",
    "cited_in": "Cited in",
    "not_cited": "Not cited on any page of the site.",
    "corrections": "Corrections",
    "page_published": "We published this page on",
    "page_updated": "Last updated",
    "correction": "Correction",
    "correction_of": "Correction of",
    "in_log": "in the corrections log",
    "on_corrected_page": "on the corrected page",
    "no_corrections": "There are no corrections.",
    "corrected_page": "Corrected page",
    "corrected_place": "See the corrected passage",
    "corrections_log": "Corrections log",
    "references": "Sources cited on this page",
    "in_sources": "in the list of sources",
    "kind": "Type",
    "via": "via",
    "original": "Original source",
    "as_of": "last checked:",
    "around": "around",
    "disputed": "disputed",
    "sources_by_kind": "The sources are grouped into classes, strongest first:",
}
"""Labels, headings and sentences of the page furniture, by what they name."""
STATUS = {
    "official": "official",
    "reported": "reported",
    "estimate": "estimate",
    "low": "weak source",
    "conflicting": "sources disagree",
    "undisclosed": "undisclosed",
    "not_applicable": "not applicable",
}
"""How sure a statement is, in words: the same everywhere (``shared/design/editorial.md``)."""
CLASS_NAMES = {
    "primary": "Primary sources",
    "news": "News media",
    "trade-press": "Specialist tech press",
    "analysis": "Research and analysis",
    "secondary": "Secondary sources",
}
"""The classes of source (build_tools/content/sources.py KINDS), as the sources page names them."""
KIND_NAMES = {
    "vendor": "maker of the product",
    "government": "government body",
    "company": "company in the story",
    "filing": "official filing",
    "wire": "news agency",
    "newspaper": "newspaper",
    "broadcaster": "broadcaster",
    "news-site": "news site",
    "trade-press": "specialist tech press",
    "think-tank": "think tank",
    "academic": "academic institution",
    "analyst": "analyst firm",
    "law-firm": "law firm",
    "blog": "blog",
    "aggregator": "news aggregator",
    "repost": "republished copy",
    "wiki": "wiki",
    "ai-encyclopedia": "AI-written encyclopedia",
    "forum": "forum",
    "retailer": "retailer",
}
"""What each kind of publication is, as a source's entry says it."""
CHIP_FIELDS = {
    "chip": "Chip",
    "release": "Released",
    "process": "Manufacturing process",
    "fp16": "FP16/BF16 compute (dense)",
    "fp8": "FP8 compute (dense)",
    "int8": "INT8 compute (dense)",
    "memory_type": "Memory type",
    "memory": "Memory capacity",
    "bandwidth": "Memory bandwidth",
    "interconnect": "Interconnect technology",
    "interconnect_bandwidth": "Interconnect bandwidth",
    "power": "Power draw",
    "export": "US export controls",
    "role": "Typical use",
}
"""The chip table's column headings, by field (build_tools/content/chip_cells.py FIELDS)."""
VENDORS = {
    "nvidia": "Nvidia",
    "huawei": "Huawei",
    "cambricon": "Cambricon",
}
"""The chip makers' names."""
CHIPS_PAGE = {
    "title": "Chip comparison",
    "caption": "Nvidia, Huawei and Cambricon chips: specifications",
    "intro": "The numbers behind the article: every value with its source and how sure it is. "
    "Huawei and Cambricon publish few official figures, and sources disagree on the rest. "
    "Select any column heading to sort the table by it; undisclosed values stay at the "
    "bottom.",
    "context": "for comparison",
    "meaning": "What the numbers mean",
    "legend": "How sure each value is",
}
"""The chip comparison page."""
CHART = {
    "title": "Chip performance relative to the H100 (H100 = 100%)",
    "fp16": "FP16/BF16 compute",
    "bandwidth": "Memory bandwidth",
    "interconnect_bandwidth": "Interconnect bandwidth",
    "note": "Values from the comparison table above and its sources; where sources disagree, "
    "the bar runs from the lowest value to the highest.",
    "of": "of the H100",
}
"""The chip chart: its title, each measure, the note under it."""
TIMELINE_PAGE = {
    "title": "Timeline",
    "intro": "The events behind the story in order, from {first} to {last}, each date with its "
    "source and how certain it is. Choose a category to show only its events.",
    "all": "All events",
    "filter": "Show events by category",
    "sources": "Sources",
    "article": "In the article",
    "paragraph": "paragraph",
    "terms": "Terms",
    "chips": "Chips",
    "this_article": "Original article published",
}
"""The timeline page; ``{first}`` and ``{last}`` are years."""
CATEGORY_NAMES = {
    "deepseek": "DeepSeek",
    "nvidia": "Nvidia",
    "huawei": "Huawei",
    "cambricon": "Cambricon",
    "us-policy": "US policy",
    "china-policy": "China policy",
}
"""The timeline's categories (build_tools/content/timeline.py CATEGORIES)."""
SEARCH_PAGE = {
    "title": "Search",
    "label": "Search the site",
    "placeholder": "e.g. chips, H20, inference",
    "none": "No results for this search.",
    "none_help": "No page contains every word you searched for. Try another word or fewer "
    "words, or look the term up in the {glossary}.",
    "glossary": "glossary",
    "noscript": "Search needs JavaScript turned on in your browser.",
}
"""The search page; ``{glossary}`` is the link to the glossary."""
RESULT_COUNTS = {
    "one": "{n} result",
    "other": "{n} results",
}
"""How many pages a search found, one text per CLDR plural category of the language (the page
picks one with ``Intl.PluralRules``; :func:`build_tools.language.cldr.count_text` does the same)."""
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
QUARTERS = ("Q1 {year}", "Q2 {year}", "Q3 {year}", "Q4 {year}")
"""A date known to its quarter."""
