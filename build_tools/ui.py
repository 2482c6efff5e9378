"""Interface wording in both languages, and the small Markdown helpers every renderer shares."""

from __future__ import annotations

import html
import re

from build_tools.arabic import split_runs, to_western_digits
from build_tools.claims import Expiry
from build_tools.dates import format_date
from build_tools.typography import direction, typography

LABELS: dict[str, dict[str, str]] = {
    "ar": {
        "home": "الرئيسية",
        "sources": "المصادر",
        "articles": "المقالات",
        "by": "بقلم",
        "published": "تاريخ نشر المقال الأصلي",
        "original_article": "المقال الأصلي",
        "article_undated": "غير مؤرخ في صفحته",
        "published_in": "نُشر في الفترة",
        "published_on": "نُشر في",
        "undated": "لا تحمل صفحته تاريخًا",
        "original_note": "نص المقال كما نُشر، دون تعديل. الناشر الأصلي:",
        "translation_of": "ترجمتنا إلى الإنجليزية:",
        "translation_partial": "الترجمة قيد الإنجاز: تظهر الفقرات التي لم تُترجم بعد بنصها الأصلي، "
        "وتسبق كلًّا منها عبارة تشير إلى ذلك.",
        "untranslated": "لم تُترجم هذه الفقرة بعد، وهذا نصها الأصلي:",
        "read_article": "اقرأ المقال",
        "key_points": "ما حدث في خمس نقاط",
        "since": "ماذا حدث بعد ذلك؟",
        "why_it_matters": "ما أهمية ذلك؟",
        "caveat": "قبل أن تقرأ",
        "unknown_origin": "غير معروف",
        "sources_intro": "كل رقم وتاريخ في نصوصنا على هذا الموقع يستند إلى "
        "مصدر من هذه القائمة. درجات الموثوقية:",
        "glossary": "المصطلحات",
        "chips": "مقارنة الرقائق",
        "timeline": "الخط الزمني",
        "search": "بحث",
        "search_when_built": "لا يعمل البحث في المعاينة السريعة (mkdocs serve)، بل في الموقع "
        "بعد بنائه كاملًا: شغّل الأمر python -m build_tools site، ثم اعرض المجلد site/ عبر خادم "
        "محلي.",
        "explore": "استكشف",
        "about_timeline": "أحداث القصة بترتيبها الزمني، ولكل تاريخ مصدره",
        "about_chips": "أرقام رقائق إنفيديا وهواوي وكامبريكون، ومدى التأكد من كل رقم",
        "about_glossary": "شرح المصطلحات والأسماء الواردة في المقال",
        "about_sources": "كل المصادر التي يستند إليها الموقع، مع درجة موثوقية كلٍّ منها",
        "on_timeline": "في الخط الزمني",
        "glossary_intro": "شرح موجز لمصطلحات المقال وأسمائه. في كل صفحة من الموقع، يُربط أول "
        "ذكر لكل مصطلح بمدخله هنا، ويظهر تعريفه عند تمرير المؤشر عليه أو الانتقال إليه بلوحة "
        "المفاتيح أو لمسه.",
        "in_other": "بالإنجليزية",
        "related": "مصطلحات ذات صلة",
        "appears_in": "يرد في",
        "paragraph": "الفقرة",
        "language": "اللغة",
        "reliability": "الموثوقية",
        "cited_in": "يُستشهد به في",
        "not_cited": "لا تستشهد به أي صفحة في الموقع.",
        "corrections": "التصحيحات",
        "page_published": "نشرنا هذه الصفحة في",
        "page_updated": "آخر تحديث",
        "correction": "تصحيح",
        "correction_of": "تصحيح",
        "in_log": "في سجل التصحيحات",
        "on_corrected_page": "في الصفحة المصحَّحة",
        "no_corrections": "لا توجد تصحيحات.",
        "corrected_page": "الصفحة المصحَّحة",
        "corrected_place": "انظر الموضع المصحَّح",
        "corrections_log": "سجل التصحيحات",
        "references": "مصادر هذه الصفحة",
        "in_sources": "في قائمة المصادر",
        "kind": "النوع",
        "via": "عبر",
        "original": "المصدر الأصلي",
        "as_of": "آخر تحقق:",
        "around": "نحو",
        "disputed": "محل شك",
        "sources_by_kind": "المصادر مجمّعة في فئات، من الأقوى إلى الأضعف:",
    },
    "en": {
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
        "translation_partial": "Translation in progress: passages not yet translated are shown "
        "in the original Arabic and marked as such.",
        "untranslated": "Not yet translated. The original Arabic:",
        "read_article": "Read the article",
        "key_points": "What happened, in five points",
        "since": "What happened next",
        "why_it_matters": "Why it matters",
        "caveat": "Before you read",
        "unknown_origin": "unknown",
        "sources_intro": "Every figure and date in our own writing on this site "
        "is backed by a source from this list. Reliability levels:",
        "glossary": "Glossary",
        "chips": "Chip comparison",
        "timeline": "Timeline",
        "search": "Search",
        "search_when_built": "Search does not work in the quick preview (mkdocs serve), only "
        "in the fully built site: run python -m build_tools site, then serve the site/ folder "
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
    "trade-press": {"ar": "صحافة تقنية متخصصة", "en": "Specialist tech press"},
    "analysis": {"ar": "جهات بحثية وتحليلية", "en": "Research and analysis"},
    "secondary": {"ar": "مصادر ثانوية", "en": "Secondary sources"},
}
"""The classes of source (build_tools/sources.py KINDS), as the sources page names them."""

KIND_NAMES = {
    "vendor": {"ar": "الشركة المطوِّرة للمنتج", "en": "maker of the product"},
    "government": {"ar": "جهة حكومية", "en": "government body"},
    "company": {"ar": "الشركة المعنية بالخبر", "en": "company in the story"},
    "filing": {"ar": "إفصاح رسمي", "en": "official filing"},
    "wire": {"ar": "وكالة أنباء", "en": "news agency"},
    "newspaper": {"ar": "صحيفة", "en": "newspaper"},
    "broadcaster": {"ar": "محطة بث", "en": "broadcaster"},
    "news-site": {"ar": "موقع إخباري", "en": "news site"},
    "trade-press": {"ar": "صحافة تقنية متخصصة", "en": "specialist tech press"},
    "think-tank": {"ar": "مركز أبحاث", "en": "think tank"},
    "academic": {"ar": "جهة أكاديمية", "en": "academic institution"},
    "analyst": {"ar": "شركة تحليل", "en": "analyst firm"},
    "law-firm": {"ar": "مكتب محاماة", "en": "law firm"},
    "blog": {"ar": "مدونة", "en": "blog"},
    "aggregator": {"ar": "موقع يجمع الأخبار", "en": "news aggregator"},
    "repost": {"ar": "نسخة معاد نشرها", "en": "republished copy"},
    "wiki": {"ar": "موسوعة مفتوحة (ويكي)", "en": "wiki"},
    "ai-encyclopedia": {"ar": "موسوعة يكتبها الذكاء الاصطناعي", "en": "AI-written encyclopedia"},
    "forum": {"ar": "منتدى", "en": "forum"},
    "retailer": {"ar": "متجر", "en": "retailer"},
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
    return f'{markdown}{{: lang="{lang}" dir="{direction(lang)}" }}'


def before_full_stop(text: str, said: str) -> str:
    """``said`` (a bracketed qualifier) inside the sentence it qualifies: «… علنًا (آخر تحقق: …).»,
    "… publicly (last checked: …).", not after its full stop."""
    if not said:
        return text
    if text.endswith("."):
        return f"{text[:-1]} {said}."
    return f"{text} {said}"


def qualifiers(status: str | None, expiry: Expiry | None, lang: str) -> str:
    """What a reader is told about a statement's certainty and date: ``(تقديري؛ حتى …)``.
    Only the weak statuses are said; "as of" whenever the statement expires."""
    said = [STATUS[status][lang]] if status in ("estimate", "low") else []
    if expiry:
        said.append(f"{LABELS[lang]['as_of']} {format_date(expiry.as_of, lang)}")
    return f"({typography(lang).clauses(said)})" if said else ""
