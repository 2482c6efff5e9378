"""Interface wording in both languages, and the small Markdown helpers every renderer shares."""

from __future__ import annotations

import html
import re

from build_tools.arabic import split_runs, to_western_digits
from build_tools.claims import Expiry
from build_tools.dates import format_date

LABELS: dict[str, dict[str, str]] = {
    "ar": {
        "home": "الرئيسية",
        "sources": "المصادر",
        "articles": "المقالات",
        "by": "بقلم",
        "published": "تاريخ النشر",
        "undated": "غير مؤرخ على الصفحة",
        "original_note": "نص المقال كما نُشر، دون تعديل. المصدر:",
        "translation_of": "ترجمة إلى الإنجليزية:",
        "read_article": "اقرأ المقال",
        "key_points": "ما حدث في خمس نقاط",
        "since": "ماذا حدث بعد ذلك",
        "sources_intro": "كل رقم وتاريخ في نصوصنا على هذا الموقع يحيل إلى "
        "مصدر من هذه القائمة. تصنيف الموثوقية:",
        "glossary": "المصطلحات",
        "chips": "مقارنة الرقائق",
        "timeline": "الخط الزمني",
        "search": "بحث",
        "explore": "استكشف",
        "about_timeline": "الأحداث بترتيبها من 2019 إلى اليوم، ولكل تاريخ مصدره",
        "about_chips": "أرقام رقائق إنفيديا وهواوي وكامبريكون، ومدى التأكد من كل رقم",
        "about_glossary": "شرح المصطلحات والأسماء الواردة في المقال",
        "about_sources": "كل المصادر التي يستند إليها الموقع، مع درجة موثوقيتها",
        "on_timeline": "على الخط الزمني",
        "glossary_intro": "شرح موجز لمصطلحات المقال وأسمائه. تُربط أول مرة يرد فيها كل مصطلح "
        "في صفحة ما بمدخله هنا، مع تعريفه عند المرور عليه أو لمسه.",
        "in_other": "بالإنجليزية",
        "related": "مصطلحات ذات صلة",
        "appears_in": "يرد في",
        "paragraph": "الفقرة",
        "language": "اللغة",
        "reliability": "الموثوقية",
        "link": "الرابط",
        "cited_as": "انظر المصادر",
        "cited_in": "يرد في",
        "not_cited": "لا يرد بعد في صفحات الموقع.",
        "list_separator": "، ",
        "corrections": "التصحيحات",
        "page_published": "نُشرت هذه الصفحة في",
        "page_updated": "آخر تحديث",
        "correction": "تصحيح",
        "no_corrections": "لا تصحيحات حتى الآن.",
        "corrected_page": "الصفحة",
        "corrected_place": "الموضع المصحَّح",
        "corrections_log": "سجل التصحيحات",
        "about_corrections": "كل خطأ صحّحناه بعد النشر، بتاريخه",
        "references": "مصادر هذه الصفحة",
        "in_sources": "في قائمة المصادر",
        "kind": "النوع",
        "via": "عبر",
        "original": "التقرير الأصلي",
        "as_of": "آخر تحقق:",
        "around": "نحو",
        "qualifier_separator": "؛ ",
        "disputed": "محل شك",
        "sources_by_kind": "المصادر مرتبة بحسب نوعها، من الأقوى إلى الأضعف:",
    },
    "en": {
        "home": "Home",
        "sources": "Sources",
        "articles": "Articles",
        "by": "By",
        "published": "Published",
        "undated": "not dated on the page",
        "original_note": "This is a translation. The Arabic original is the author's text; source:",
        "translation_of": "Arabic original:",
        "read_article": "Read the article",
        "key_points": "What happened, in five points",
        "since": "What happened next",
        "sources_intro": "Every figure and date in our own texts on this site "
        "cites a source from this list. Reliability levels:",
        "glossary": "Glossary",
        "chips": "Chip comparison",
        "timeline": "Timeline",
        "search": "Search",
        "explore": "Explore",
        "about_timeline": "the events in order from 2019 to today, each date with its source",
        "about_chips": "the figures for Nvidia, Huawei and Cambricon chips, and how sure each is",
        "about_glossary": "the terms and names in the article, explained",
        "about_sources": "every source the site relies on, with its reliability",
        "on_timeline": "On the timeline",
        "glossary_intro": "Short explanations of the terms and names in the article. The first "
        "use of each term on a page links here, and shows its definition on hover, focus or tap.",
        "in_other": "In Arabic",
        "related": "Related terms",
        "appears_in": "Appears in",
        "paragraph": "paragraph",
        "language": "Language",
        "reliability": "Reliability",
        "link": "Link",
        "cited_as": "see Sources",
        "cited_in": "Cited in",
        "not_cited": "Not cited on the site yet.",
        "list_separator": ", ",
        "corrections": "Corrections",
        "page_published": "This page was published on",
        "page_updated": "Last updated",
        "correction": "Correction",
        "no_corrections": "No corrections so far.",
        "corrected_page": "Page",
        "corrected_place": "the corrected passage",
        "corrections_log": "corrections log",
        "about_corrections": "every error we corrected after publication, with its date",
        "references": "Sources cited on this page",
        "in_sources": "in the list of sources",
        "kind": "Type",
        "via": "via",
        "original": "Original report",
        "as_of": "as of",
        "around": "around",
        "qualifier_separator": "; ",
        "disputed": "disputed",
        "sources_by_kind": "The sources are grouped by class, strongest first:",
    },
}

STATUS = {
    "official": {"ar": "رسمي", "en": "official"},
    "reported": {"ar": "وفق تقارير", "en": "reported"},
    "estimate": {"ar": "تقديري", "en": "estimate"},
    "low": {"ar": "مصدر ضعيف", "en": "weak source"},
    "conflicting": {"ar": "تتضارب المصادر", "en": "sources disagree"},
    "undisclosed": {"ar": "غير معلن", "en": "undisclosed"},
    "not_applicable": {"ar": "لا ينطبق", "en": "not applicable"},
}
"""Uncertainty wording, the same everywhere (``shared/design/editorial.md``)."""

MARKERS = {
    "official": "●",
    "reported": "◐",
    "estimate": "○",
    "low": "○",
    "conflicting": "⇄",
    "undisclosed": "–",
    "not_applicable": "∅",
}
"""A visible sign for each status, always shown next to its words (never colour alone)."""

CLASS_NAMES = {
    "primary": {"ar": "مصادر أولية", "en": "Primary sources"},
    "news": {"ar": "وسائل إعلام إخبارية", "en": "News media"},
    "trade-press": {"ar": "صحافة تقنية متخصصة", "en": "Trade press"},
    "analysis": {"ar": "جهات بحثية وتحليلية", "en": "Analysis"},
    "secondary": {"ar": "مصادر ثانوية", "en": "Secondary sources"},
}
"""The classes of source (build_tools/sources.py KINDS), as the sources page names them."""

KIND_NAMES = {
    "vendor": {"ar": "الشركة المطوِّرة للمنتج", "en": "vendor"},
    "government": {"ar": "جهة حكومية", "en": "government body"},
    "company": {"ar": "الشركة المعنية بالخبر", "en": "company in the story"},
    "filing": {"ar": "إفصاح رسمي", "en": "official filing"},
    "wire": {"ar": "وكالة أنباء", "en": "news agency"},
    "newspaper": {"ar": "صحيفة", "en": "newspaper"},
    "broadcaster": {"ar": "هيئة بث", "en": "broadcaster"},
    "news-site": {"ar": "موقع إخباري", "en": "news site"},
    "trade-press": {"ar": "صحافة تقنية متخصصة", "en": "trade press"},
    "think-tank": {"ar": "مركز أبحاث", "en": "think tank"},
    "academic": {"ar": "جهة أكاديمية", "en": "academic institution"},
    "analyst": {"ar": "جهة تحليل", "en": "analyst firm"},
    "law-firm": {"ar": "مكتب محاماة", "en": "law firm"},
    "blog": {"ar": "مدونة", "en": "blog"},
    "aggregator": {"ar": "موقع تجميع محتوى", "en": "aggregator"},
    "repost": {"ar": "إعادة نشر", "en": "repost"},
    "wiki": {"ar": "موسوعة مفتوحة (ويكي)", "en": "wiki"},
    "ai-encyclopedia": {"ar": "موسوعة يكتبها الذكاء الاصطناعي", "en": "AI-written encyclopedia"},
    "forum": {"ar": "منتدى", "en": "forum"},
    "retailer": {"ar": "متجر", "en": "retailer"},
}

LANGUAGE_NAMES = {
    "ar": {
        "ar": "العربية",
        "en": "الإنجليزية",
        "zh": "الصينية",
        "de": "الألمانية",
        "ja": "اليابانية",
        "es": "الإسبانية",
        "pl": "البولندية",
        "hu": "المجرية",
        "cs": "التشيكية",
        "it": "الإيطالية",
        "fr": "الفرنسية",
        "ko": "الكورية",
    },
    "en": {
        "ar": "Arabic",
        "en": "English",
        "zh": "Chinese",
        "de": "German",
        "ja": "Japanese",
        "es": "Spanish",
        "pl": "Polish",
        "hu": "Hungarian",
        "cs": "Czech",
        "it": "Italian",
        "fr": "French",
        "ko": "Korean",
    },
}

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}])")


def escape(text: str) -> str:
    """Plain text -> Markdown that shows exactly that text, digits per the site policy."""
    text = to_western_digits(text).replace("&", "&amp;").replace("<", "&lt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^([#>+\-]|\d+\.)", r"\\\1", text)


def generated_header(source: str) -> str:
    """The comment that opens every generated page; the MkDocs hook reads the source from it."""
    return (
        f"<!-- Generated by build_tools from {source}. Do not edit this file: "
        f"edit {source} and run `python -m build_tools build`. -->\n"
    )


def isolated_html(text: str, lang: str) -> str:
    """Plain text as HTML for a page in ``lang``, other-direction runs isolated (for raw HTML
    blocks, which the Markdown extension does not see)."""
    out = []
    for run in split_runs(to_western_digits(text), lang):
        piece = html.escape(run.text, quote=False)
        out.append(
            f'<bdi dir="{run.direction}" lang="{run.lang}">{piece}</bdi>'
            if run.direction
            else piece
        )
    return "".join(out)


def in_language(markdown: str, lang: str) -> str:
    """Attributes for an inline element whose text is in ``lang``: it is isolated as a whole."""
    direction = "rtl" if lang == "ar" else "ltr"
    return f'{markdown}{{: lang="{lang}" dir="{direction}" }}'


def qualifiers(status: str | None, expiry: Expiry | None, lang: str) -> str:
    """What a reader is told about a statement's certainty and date: ``(تقديري؛ حتى …)``.
    Only the weak statuses are said; "as of" whenever the statement expires."""
    said = [STATUS[status][lang]] if status in ("estimate", "low") else []
    if expiry:
        said.append(f"{LABELS[lang]['as_of']} {format_date(expiry.as_of, lang)}")
    return f"({LABELS[lang]['qualifier_separator'].join(said)})" if said else ""
