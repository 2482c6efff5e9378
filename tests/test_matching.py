"""Finding terms in Arabic and English text: clitics, variants, multi-word terms, Latin inside
Arabic, and the words that must not match."""

from __future__ import annotations

import pytest

from build_tools.arabic import TermIndex

FORMS = {
    "chip": ["الرقائق", "رقاقة", "شرائح", "شريحة"],
    "processor": ["معالجات", "معالج"],
    "inference": ["الاستدلال"],
    "training": ["التدريب"],
    "data-labelling": ["وسم البيانات"],
    "ai": ["الذكاء الاصطناعي"],
    "semiconductors": ["أشباه الموصلات"],
    "interconnect": ["الاتصال البيني بين المعالجات"],
    "self-sufficiency": ["الاكتفاء الذاتي التكنولوجي"],
    "export-controls": ["القيود الأمريكية على تصدير الرقائق المتقدمة"],
    "nvidia": ["إنفيديا"],
    "huawei": ["هواوي"],
    "beijing": ["بكين"],
    "liang": ["ليانغ وينفنغ"],
    "h20": ["H20"],
    "ascend": ["Ascend"],
    "cuda": ["CUDA"],
    "deepseek": ["DeepSeek", "ديب سيك"],
    "growing-pains": ["آلام نمو"],
    "model": ["نموذج"],
    "large-model": ["النماذج الضخمة"],
}
EN_FORMS = {
    "chip": ["chip"],
    "gpu": ["GPU"],
    "nvidia": ["Nvidia"],
    "export-controls": ["export controls"],
    "entity-list": ["Entity List"],
    "technology": ["technology"],
    "h20": ["H20"],
}
ARABIC = TermIndex(FORMS)
ENGLISH = TermIndex(EN_FORMS)


def found(index: TermIndex, text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.term) for m in index.find(text)]


ARABIC_CASES = [
    # clitics on a word that has the article in the glossary
    ("تطوير الرقائق الصينية", "الرقائق", "chip"),
    ("تطوير رقائق صينية", "رقائق", "chip"),
    ("والرقائق الصينية", "والرقائق", "chip"),
    ("بالرقائق الصينية", "بالرقائق", "chip"),
    ("للرقائق الصينية", "للرقائق", "chip"),
    ("فالرقائق أقل كفاءة", "فالرقائق", "chip"),
    ("وبالرقائق أيضًا", "وبالرقائق", "chip"),
    ("وللرقائق دور", "وللرقائق", "chip"),
    ("كالرقائق الأمريكية", "كالرقائق", "chip"),
    ("ورقائق أخرى", "ورقائق", "chip"),
    # variants and their clitics
    ("استخدام شرائح إنفيديا", "شرائح", "chip"),
    ("بشرائح H20", "بشرائح", "chip"),
    ("رقاقة واحدة", "رقاقة", "chip"),
    ("رقاقه واحدة", "رقاقه", "chip"),  # ة written ه
    ("معالجات هواوي", "معالجات", "processor"),
    ("بمعالجات هواوي", "بمعالجات", "processor"),
    ("والمعالجات الصينية", "والمعالجات", "processor"),
    # diacritics, tatweel, alef and hamza forms
    ("الرّقائق", "الرّقائق", "chip"),
    ("الرقـــائق", "الرقـــائق", "chip"),
    ("الإستدلال", "الإستدلال", "inference"),
    ("لمرحلة “الاستدلال” (inference)", "الاستدلال", "inference"),
    ("بالاستدلال", "بالاستدلال", "inference"),
    ("انفيديا", "انفيديا", "nvidia"),
    ("إنفيديا", "إنفيديا", "nvidia"),
    ("وإنفيديا", "وإنفيديا", "nvidia"),
    ("لإنفيديا", "لإنفيديا", "nvidia"),
    ("في مرحلة التدريب", "التدريب", "training"),
    ("بعد اكتمال تدريب النموذج", "تدريب", "training"),
    ("وتدريب", "وتدريب", "training"),
    # multi-word terms, longest match
    ("عملية وسم البيانات", "وسم البيانات", "data-labelling"),
    ("ووسم البيانات", "ووسم البيانات", "data-labelling"),
    ("قطاع الذكاء الاصطناعي", "الذكاء الاصطناعي", "ai"),
    ("للذكاء الاصطناعي", "للذكاء الاصطناعي", "ai"),
    ("أشباه الموصلات الصينية", "أشباه الموصلات", "semiconductors"),
    ("من حيث الاتصال البيني بين المعالجات،", "الاتصال البيني بين المعالجات", "interconnect"),
    ("لتحقيق الاكتفاء الذاتي التكنولوجي", "الاكتفاء الذاتي التكنولوجي", "self-sufficiency"),
    (
        "في ظل القيود الأمريكية على تصدير الرقائق المتقدمة.",
        "القيود الأمريكية على تصدير الرقائق المتقدمة",
        "export-controls",
    ),
    ("مؤسس الشركة ليانغ وينفنغ أعرب", "ليانغ وينفنغ", "liang"),
    ("هذه “آلام نمو” طبيعية", "آلام نمو", "growing-pains"),
    ("تدريب النماذج الضخمة.", "النماذج الضخمة", "large-model"),
    # Latin inside Arabic
    ("بيع شرائح H20 للسوق", "H20", "h20"),
    ("معالجات “Ascend” من هواوي", "Ascend", "ascend"),
    ("منصة CUDA من إنفيديا", "CUDA", "cuda"),
    ("واجهت DeepSeek مشكلات", "DeepSeek", "deepseek"),
    ("شركة ديب سيك الصينية", "ديب سيك", "deepseek"),
    ("توجه بكين نحو", "بكين", "beijing"),
    ("وبكين", "وبكين", "beijing"),
]


@pytest.mark.parametrize(("text", "word", "term"), ARABIC_CASES)
def test_arabic_matches(text: str, word: str, term: str) -> None:
    assert (word, term) in found(ARABIC, text)


NOT_TERMS = [
    "ليانغ",  # only half of a two-word name
    "وسم",  # only half of «وسم البيانات»
    "الاستدلالي",  # a longer, different word
    "التدريبات",  # a longer word
    "H200 وH2",  # Latin inside longer or shorter words
    "Ascendant",
    "بكينيات",
    "نموذجها",  # an attached pronoun makes another word
    "رقائقية",
    "المعالجة",  # same root, different word
    "الرقي",  # too short to strip clitics into a term
    "يبكين",  # ي is no clitic
]


@pytest.mark.parametrize("text", NOT_TERMS)
def test_false_positives(text: str) -> None:
    assert found(ARABIC, text) == []


def test_longest_match_wins_and_matches_do_not_overlap() -> None:
    text = "الاتصال البيني بين المعالجات ومعالجات أخرى"
    assert found(ARABIC, text) == [
        ("الاتصال البيني بين المعالجات", "interconnect"),
        ("ومعالجات", "processor"),
    ]


@pytest.mark.parametrize(
    ("text", "word", "term"),
    [
        ("Chips made in China", "Chips", "chip"),
        ("two GPUs", "GPUs", "gpu"),
        ("Nvidia's revenue", "Nvidia's", "nvidia"),
        ("NVIDIA’s chips", "NVIDIA’s", "nvidia"),
        ("US export controls since 2022", "export controls", "export-controls"),
        ("under Export Control rules", "Export Control", "export-controls"),
        ("the Entity List.", "Entity List", "entity-list"),
        ("American technologies", "technologies", "technology"),
        ("sales of H20 chips", "H20", "h20"),
    ],
)
def test_english_matches(text: str, word: str, term: str) -> None:
    assert (word, term) in found(ENGLISH, text)


@pytest.mark.parametrize("text", ["chipset", "GPUDirect", "H200", "entity", "listing controls"])
def test_english_false_positives(text: str) -> None:
    assert found(ENGLISH, text) == []
