"""Every word the Arabic pages show that is not content: labels, how sure a statement is, the
names of source classes and kinds, the chip page and chart, the timeline, the search page, the
name of the language, months and quarters.

The English is :mod:`build_tools.language.en`, table for table and key for key
(``tests/test_typography.py`` checks it); the typography and direction of both languages are
:mod:`build_tools.language.typography`; :mod:`build_tools.language.ui` gives the renderers every
table by language.
"""

from __future__ import annotations

from build_tools import arabic

NAME = "العربية"
"""The language's name in itself, as the language switcher shows it."""
LABELS = {
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
    "sources_intro": "كل رقم وتاريخ في نصوصنا على هذا الموقع يستند إلى مصدر من هذه القائمة. "
    "درجات الموثوقية:",
    "glossary": "المصطلحات",
    "chips": "مقارنة الرقائق",
    "timeline": "الخط الزمني",
    "search": "بحث",
    "search_when_built": "لا يعمل البحث في المعاينة السريعة (mkdocs serve)، بل في الموقع بعد "
    "بنائه كاملًا: شغّل الأمر python -m build_tools site، ثم اعرض المجلد site/ عبر خادم "
    "محلي.",
    "explore": "استكشف",
    "about_timeline": "أحداث القصة بترتيبها الزمني، ولكل تاريخ مصدره",
    "about_chips": "أرقام رقائق إنفيديا وهواوي وكامبريكون، ومدى التأكد من كل رقم",
    "about_glossary": "شرح المصطلحات والأسماء الواردة في المقال",
    "about_sources": "كل المصادر التي يستند إليها الموقع، مع درجة موثوقية كلٍّ منها",
    "on_timeline": "في الخط الزمني",
    "glossary_intro": "شرح موجز لمصطلحات المقال وأسمائه. في كل صفحة من الموقع، يُربط أول ذكر "
    "لكل مصطلح بمدخله هنا، ويظهر تعريفه عند تمرير المؤشر عليه أو الانتقال إليه بلوحة "
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
}
"""Labels, headings and sentences of the page furniture, by what they name."""
STATUS = {
    "official": "رسمي",
    "reported": "وفق تقارير",
    "estimate": "تقديري",
    "low": "مصدر ضعيف",
    "conflicting": "تتضارب المصادر",
    "undisclosed": "غير معلن",
    "not_applicable": "لا ينطبق",
}
"""How sure a statement is, in words: the same everywhere (``shared/design/editorial.md``)."""
CLASS_NAMES = {
    "primary": "مصادر أولية",
    "news": "وسائل إعلام إخبارية",
    "trade-press": "صحافة تقنية متخصصة",
    "analysis": "جهات بحثية وتحليلية",
    "secondary": "مصادر ثانوية",
}
"""The classes of source (build_tools/content/sources.py KINDS), as the sources page names them."""
KIND_NAMES = {
    "vendor": "الشركة المطوِّرة للمنتج",
    "government": "جهة حكومية",
    "company": "الشركة المعنية بالخبر",
    "filing": "إفصاح رسمي",
    "wire": "وكالة أنباء",
    "newspaper": "صحيفة",
    "broadcaster": "محطة بث",
    "news-site": "موقع إخباري",
    "trade-press": "صحافة تقنية متخصصة",
    "think-tank": "مركز أبحاث",
    "academic": "جهة أكاديمية",
    "analyst": "شركة تحليل",
    "law-firm": "مكتب محاماة",
    "blog": "مدونة",
    "aggregator": "موقع يجمع الأخبار",
    "repost": "نسخة معاد نشرها",
    "wiki": "موسوعة مفتوحة (ويكي)",
    "ai-encyclopedia": "موسوعة يكتبها الذكاء الاصطناعي",
    "forum": "منتدى",
    "retailer": "متجر",
}
"""What each kind of publication is, as a source's entry says it."""
CHIP_FIELDS = {
    "chip": "الرقاقة",
    "release": "تاريخ الإطلاق",
    "process": "تقنية التصنيع",
    "fp16": "حوسبة FP16/BF16 (دون احتساب التناثر)",
    "fp8": "حوسبة FP8 (دون احتساب التناثر)",
    "int8": "حوسبة INT8 (دون احتساب التناثر)",
    "memory_type": "نوع الذاكرة",
    "memory": "سعة الذاكرة",
    "bandwidth": "عرض نطاق الذاكرة",
    "interconnect": "تقنية الاتصال البيني",
    "interconnect_bandwidth": "سرعة الاتصال البيني",
    "power": "استهلاك الطاقة",
    "export": "قيود التصدير الأمريكية",
    "role": "الاستخدام المعتاد",
}
"""The chip table's column headings, by field (build_tools/content/chip_cells.py FIELDS)."""
VENDORS = {
    "nvidia": "إنفيديا",
    "huawei": "هواوي",
    "cambricon": "كامبريكون",
}
"""The chip makers' names."""
CHIPS_PAGE = {
    "title": "مقارنة الرقائق",
    "caption": "مواصفات رقائق إنفيديا وهواوي وكامبريكون",
    "intro": "أرقام الرقائق التي يتناولها المقال: لكل قيمة مصدرها ومدى التأكد منها. ولا تنشر "
    "هواوي وكامبريكون إلا قليلًا من الأرقام الرسمية، وتختلف المصادر في غيرها. اضغط على "
    "عنوان أي عمود لترتيب الجدول بحسبه، وتبقى القيم غير المعلنة في آخره.",
    "context": "للمقارنة",
    "meaning": "ماذا تعني الأرقام؟",
    "legend": "مدى التأكد من كل قيمة",
}
"""The chip comparison page."""
CHART = {
    "title": "أداء الرقائق نسبةً إلى H100 (H100 = 100%)",
    "fp16": "قدرة الحوسبة بدقة FP16/BF16",
    "bandwidth": "عرض نطاق الذاكرة",
    "interconnect_bandwidth": "سرعة الاتصال البيني",
    "note": "القيم مأخوذة من جدول المقارنة أعلاه ومن مصادره، وإذا تضاربت المصادر امتد الشريط "
    "من أدنى قيمة إلى أعلاها.",
    "of": "من قيمة H100",
}
"""The chip chart: its title, each measure, the note under it."""
TIMELINE_PAGE = {
    "title": "الخط الزمني",
    "intro": "أحداث القصة بترتيبها الزمني من {first} إلى {last}، ولكل تاريخ مصدره ومدى التأكد "
    "منه. اختر فئة لعرض أحداثها وحدها.",
    "all": "كل الأحداث",
    "filter": "عرض الأحداث بحسب الفئة",
    "sources": "المصادر",
    "article": "في المقال",
    "paragraph": "الفقرة",
    "terms": "المصطلحات",
    "chips": "الرقائق",
    "this_article": "نشر المقال الأصلي",
}
"""The timeline page; ``{first}`` and ``{last}`` are years."""
CATEGORY_NAMES = {
    "deepseek": "DeepSeek",
    "nvidia": "إنفيديا",
    "huawei": "هواوي",
    "cambricon": "كامبريكون",
    "us-policy": "السياسة الأمريكية",
    "china-policy": "السياسة الصينية",
}
"""The timeline's categories (build_tools/content/timeline.py CATEGORIES)."""
SEARCH_PAGE = {
    "title": "بحث",
    "label": "ابحث في الموقع",
    "placeholder": "مثلًا: الرقائق، H20، الاستدلال",
    "none": "لا نتائج لهذا البحث.",
    "none_help": "لم نجد صفحة تضم كل كلمات بحثك. جرّب كلمة أخرى أو عددًا أقل من الكلمات، أو "
    "ابحث عن المصطلح في {glossary}.",
    "glossary": "صفحة المصطلحات",
    "noscript": "يتطلب البحث تفعيل JavaScript في متصفحك.",
}
"""The search page; ``{glossary}`` is the link to the glossary."""
RESULT_COUNTS = {
    "zero": "لا نتائج",
    "one": "نتيجة واحدة",
    "two": "نتيجتان",
    "few": "{n} نتائج",
    "many": "{n} نتيجة",
    "other": "{n} نتيجة",
}
"""How many pages a search found, one text per CLDR plural category of the language (the page
picks one with ``Intl.PluralRules``; :func:`build_tools.language.cldr.count_text` does the same)."""
MONTHS = arabic.MONTHS_AR
"""Egyptian month names, as the source article writes them (:mod:`build_tools.arabic`)."""
QUARTERS = (
    "الربع الأول من {year}",
    "الربع الثاني من {year}",
    "الربع الثالث من {year}",
    "الربع الرابع من {year}",
)
"""A date known to its quarter."""
