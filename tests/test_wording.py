"""The house style (content_src/style.yml) on small fixture claims: one case, one exact message."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.content.claims import Claim
from build_tools.content.wording import STYLE_FILE, check_wording, load_style
from build_tools.errors import Problem

STYLE = """
terms:
  - concept: {ar: نموذج يحل المسألة خطوة بخطوة, en: a model that reasons step by step}
    use: {ar: نموذج تفكير, en: reasoning model}
    avoid: {ar: [استدلالي], en: [thinking model]}
punctuation:
  ar:
    - {pattern: '(?<![\\w])و (?=[A-Za-z0-9])', why: attach و}
    - {pattern: '[\\u0600-\\u06ff]\\s*,', why: Arabic comma}
  en:
    - {pattern: '«[^»\\n]*»|[«»]', why: English quotes}
hedges:
  reported:
    en: [reported, according to]
    ar: [وفق تقارير, بحسب, أفادت]
  around:
    en: [about, around]
    ar: [نحو]
outlets:
  - {en: [Financial Times, FT], ar: [فايننشال تايمز]}
  - {en: [The Information], ar: [ذا إنفورميشن]}
"""


@pytest.fixture(scope="module")
def style(tmp_path_factory: pytest.TempPathFactory) -> object:
    root = tmp_path_factory.mktemp("style")
    (root / "content_src").mkdir()
    (root / STYLE_FILE).write_text(STYLE, encoding="utf-8")
    loaded, problems = load_style(root)
    assert problems == []
    return loaded


def claim(ar: str, en: str) -> Claim:
    return Claim("content_src/timeline.yml", 7, "event 'x'", ("S1",), None, {"ar": ar, "en": en})


def at(message: str, line: int = 7) -> Problem:
    return Problem("content_src/timeline.yml", line, f"event 'x'{message}")


PARITY = "qualify both languages alike (content_src/style.yml, hedges and outlets)"
CASES = [
    (
        "avoided term",
        "أطلقت نموذجها الاستدلالي R1",
        "It launched its reasoning model R1",
        [at(" (Arabic): 'الاستدلالي': use 'نموذج تفكير'")],
    ),
    (
        "avoided term, English",
        "نموذج تفكير",
        "a thinking model",
        [at(" (English): 'thinking model': use 'reasoning model'")],
    ),
    (
        "detached wa",
        "رقاقتا H100 و H20",
        "the H100 and H20 chips",
        [at(" (Arabic): 'و H20': attach و")],
    ),
    (
        "Latin comma in Arabic",
        "هواوي, وإنفيديا",
        "Huawei and Nvidia",
        [at(" (Arabic): 'ي,': Arabic comma")],
    ),
    (
        "guillemets in English",
        "قال «نعم»",
        "said «yes»",
        [at(" (English): '«yes»': English quotes")],
    ),
    (
        "reported only in English",
        "اتفاق أُعلن في أغسطس",
        "a deal reported in August",
        [at(f": the English says 'reported' and the Arabic does not; {PARITY}")],
    ),
    (
        "around against nearly",
        "نحو 600 مليار دولار",
        "US$600 bn",
        [at(f": the Arabic says 'around' and the English does not; {PARITY}")],
    ),
    (
        "an outlet named in one language",
        "أفادت تقارير",
        "The Information reported",
        [at(f": the English names The Information and the Arabic does not; {PARITY}")],
    ),
    ("FT in Latin letters counts", "أفادت FT", "the FT reported", []),
    ("towards is not around", "توجه بكين نحو تقليل الاعتماد", "Beijing's drive to rely less", []),
    ("quoted status words count", "أصبحت «وفق تقارير»", "are now reported", []),
    ("alike", "بحسب فايننشال تايمز، نحو 600", "according to the FT, about 600", []),
]


@pytest.mark.parametrize(
    ("ar", "en", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_house_style(style: object, ar: str, en: str, expected: list[Problem]) -> None:
    assert check_wording([claim(ar, en)], style) == expected  # type: ignore[arg-type]


def test_a_free_page_names_the_line_and_file_of_each_language(style: object) -> None:
    page = Claim(
        "content_src/pages/about.ar.md",
        1,
        "page 'about'",
        (),
        None,
        {"ar": "# عن الموقع\n\n## ماذا نفعل\n", "en": "# About\n\n## Why does it matter\n"},
        places={
            "ar": ("content_src/pages/about.ar.md", 4),
            "en": ("content_src/pages/about.en.md", 1),
        },
    )
    assert check_wording([page], style) == [  # type: ignore[arg-type]
        Problem(
            "content_src/pages/about.ar.md",
            6,
            "page 'about' (Arabic): the heading 'ماذا نفعل' asks a question: end it with '؟'",
        ),
        Problem(
            "content_src/pages/about.en.md",
            3,
            "page 'about' (English): the heading 'Why does it matter' asks a question: "
            "end it with '?'",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "terms:\n  - {concept: {en: x}, use: {ar: x, en: x}}\n",
            "each term needs 'concept' and 'use', each with ar: and en:",
        ),
        ("punctuation:\n  ar:\n    - {pattern: '(', why: x}\n", "'(' is not a regular expression"),
        ("punctuation:\n  ar:\n    - {pattern: x}\n", "each rule needs 'pattern' and 'why'"),
    ],
)
def test_a_broken_style_file_is_refused(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "content_src").mkdir()
    (tmp_path / STYLE_FILE).write_text(text, encoding="utf-8")
    _, problems = load_style(tmp_path)
    assert len(problems) == 1 and problems[0].message.startswith(message)
    assert problems[0].file == STYLE_FILE and problems[0].line == 3 - ("terms" in text)


def test_the_real_style_file_is_valid() -> None:
    _, problems = load_style(Path(__file__).resolve().parent.parent)
    assert problems == []
