"""Each language's typography, counts and language names (build_tools/language/: typography.py,
cldr.py)."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from build_tools.build import render_site
from build_tools.content.reader import load_content
from build_tools.language import ar, en, ui
from build_tools.language.cldr import count_text, language_name, missing_forms, plural_category
from build_tools.language.codes import LANGUAGES, Lang
from build_tools.language.typography import direction, heading_problem, typography
from build_tools.language.ui import RESULT_COUNTS as COUNTS
from tests.conftest import FULL_SITE

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("lang", "listed", "clauses", "question", "quoted"),
    [
        ("ar", "أ، ب، ج", "أ؛ ب", "ماذا حدث؟", "«نص»"),
        ("en", "a, b, c", "a; b", "What next?", "“text”"),
    ],
)
def test_each_language_has_its_own_marks(
    lang: Lang, listed: str, clauses: str, question: str, quoted: str
) -> None:
    marks = typography(lang)
    items = listed.replace("، ", ", ").split(", ")
    assert marks.join(items) == listed
    assert marks.clauses(clauses.replace("؛ ", "; ").split("; ")) == clauses
    assert marks.question(question.rstrip("?؟") + "?") == question
    assert marks.question(question) == question  # once
    assert marks.quote(quoted[1:-1]) == quoted


def test_a_number_keeps_its_unit_on_its_line() -> None:
    assert typography("ar").quantity("80", "GB") == "80\u00a0GB"
    assert typography("en").quantity("15", "%") == "15%"
    assert typography("en").quantity("7", "") == "7"


def test_direction_of_every_language() -> None:
    assert (direction("ar"), direction("en"), direction("zh")) == ("rtl", "ltr", "ltr")


@pytest.mark.parametrize(
    ("text", "lang", "problem"),
    [
        (
            "ماذا حدث بعد ذلك",
            "ar",
            "the heading 'ماذا حدث بعد ذلك' asks a question: end it with '؟'",
        ),
        (
            "لماذا يهم ذلك?",
            "ar",
            "the heading 'لماذا يهم ذلك?' ends with the Latin '?'; Arabic uses '؟'",
        ),
        (
            "Why does it matter",
            "en",
            "the heading 'Why does it matter' asks a question: end it with '?'",
        ),
        ("Why it matters", "en", None),  # a noun clause, not a question
        ("ماذا حدث بعد ذلك؟", "ar", None),
        ("ما حدث في خمس نقاط", "ar", None),  # ما as a relative, not a question
        ("What happened, in five points", "en", None),
        ("What is this site?", "en", None),
    ],
)
def test_question_headings_end_with_the_question_mark(
    text: str, lang: Lang, problem: str | None
) -> None:
    assert heading_problem(text, lang) == problem


ARABIC_COUNTS = [
    (0, "zero", "لا نتائج"),
    (1, "one", "نتيجة واحدة"),
    (2, "two", "نتيجتان"),
    (3, "few", "3 نتائج"),
    (10, "few", "10 نتائج"),
    (11, "many", "11 نتيجة"),
    (99, "many", "99 نتيجة"),
    (100, "other", "100 نتيجة"),
    (103, "few", "103 نتائج"),
]


@pytest.mark.parametrize(("count", "category", "text"), ARABIC_COUNTS)
def test_arabic_counts_take_all_six_plural_forms(count: int, category: str, text: str) -> None:
    assert plural_category(count, "ar") == category
    assert count_text(count, COUNTS["ar"], "ar") == text


@pytest.mark.parametrize(
    ("count", "category", "text"),
    [(0, "other", "0 results"), (1, "one", "1 result"), (2, "other", "2 results")],
)
def test_english_counts_are_one_or_other(count: int, category: str, text: str) -> None:
    assert plural_category(count, "en") == category
    assert count_text(count, COUNTS["en"], "en") == text


def test_every_count_has_a_text_for_every_category() -> None:
    assert {lang: missing_forms(COUNTS[lang], lang) for lang in LANGUAGES} == {"ar": [], "en": []}
    assert missing_forms({"one": "x"}, "ar") == ["few", "many", "other", "two", "zero"]


def test_every_language_of_the_sources_has_a_name_in_both_languages() -> None:
    """Whatever codes the registry holds today: each has a CLDR name, never the bare code."""
    registry = yaml.safe_load((FULL_SITE / "sources.yml").read_text("utf-8"))
    codes = {str(s["language"]) for s in registry["sources"]}
    for code in codes:
        for lang in ("ar", "en"):
            name = language_name(code, lang)
            assert name and name != code, (code, lang)


@pytest.mark.parametrize(
    ("code", "ar", "en"),
    [
        ("es", "الإسبانية", "Spanish"),
        ("pl", "البولندية", "Polish"),
        ("ro", "الرومانية", "Romanian"),
    ],
)
def test_language_names_come_from_cldr(code: str, ar: str, en: str) -> None:
    assert (language_name(code, "ar"), language_name(code, "en")) == (ar, en)
    assert language_name("qq", "en") is None


ARABIC_THEN_LATIN_MARK = r"[\u0600-\u06ff][)»*]?\s?[,;?](?!\d)|[,;]\s?[\u0600-\u06ff]"


@pytest.fixture(scope="module")
def repository_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    content, _ = load_content(FULL_SITE.parent)  # the frozen full site (tests/fixtures/)
    rendered = render_site(content, tmp_path_factory.mktemp("docs"))
    return {path: data.decode() for path, data in rendered.items() if path.endswith(".md")}


def test_every_page_punctuates_in_its_own_language(repository_pages: dict[str, str]) -> None:
    """The renderers' own separators and marks, on every generated page: no «،» «؛» «؟» on an
    English page, no Latin comma, semicolon or question mark after Arabic on an Arabic one."""
    wrong = []
    for path, text in repository_pages.items():
        body = "\n".join(line for line in text.splitlines() if not line.startswith("<!--"))
        if path.startswith("en/"):
            wrong += [(path, m.group()) for m in re.finditer(r".{0,20}[،؛؟].{0,5}", body)]
        else:
            wrong += [(path, m.group()) for m in re.finditer(ARABIC_THEN_LATIN_MARK, body)]
    assert wrong == []


def interface_strings(module: ModuleType) -> list[str]:
    """Every string of a language's wording module: each table's texts, and its name."""
    tables = [value for name, value in vars(module).items() if name.isupper()]
    found = []
    for table in tables:
        if isinstance(table, str):
            found.append(table)
        else:
            found += list(table.values()) if isinstance(table, dict) else list(table)
    return found


def test_no_interface_string_asks_without_its_question_mark() -> None:
    """Every label, heading and caption the renderers write (not only today's headings)."""
    problems = [
        problem
        for lang in LANGUAGES
        for text in interface_strings(ar if lang == "ar" else en)
        if (problem := heading_problem(text, lang))
    ]
    assert problems == []
    assert "ماذا تعني الأرقام؟" in interface_strings(ar)  # the chip page's tables are read too
    assert heading_problem(ar.LABELS["since"], "ar") is None  # «ماذا حدث بعد ذلك؟»
    assert heading_problem("ماذا تعني الأرقام", "ar") is not None


def shape(module: ModuleType) -> dict[str, object]:
    """Each table of a wording module: its keys and the placeholders of each text, or its
    length."""
    found: dict[str, object] = {}
    for name, table in vars(module).items():
        if not name.isupper() or name == "RESULT_COUNTS":  # CLDR's categories: see above
            continue
        if isinstance(table, dict):
            found[name] = {key: sorted(re.findall(r"{\w+}", text)) for key, text in table.items()}
        else:
            found[name] = len(table) if isinstance(table, tuple) else type(table).__name__
    return found


def test_both_languages_have_the_same_tables_keys_and_placeholders() -> None:
    """A label only one language has is a page that fails in the other; a ``{first}`` only one
    language writes is a year the other never shows."""
    assert shape(ar) == shape(en)
    assert shape(ar)["TIMELINE_PAGE"]["intro"] == ["{first}", "{last}"]  # type: ignore[index]
    assert set(ui.LABELS) == set(ui.MONTHS) == {"ar", "en"}
