"""The Arabic text module: digits, normalisation, fingerprints, bidi controls and runs."""

from __future__ import annotations

import re

import pytest

from build_tools.arabic import (
    ARABIC_BLOCK,
    ARABIC_LETTERS,
    Run,
    find_bidi_controls,
    fingerprint,
    is_arabic,
    normalise,
    split_runs,
    to_western_digits,
)
from build_tools.language.codes import Lang
from build_tools.language.typography import direction
from tests.conftest import ROOT


def test_digit_policy_turns_arabic_indic_digits_western() -> None:
    assert to_western_digits("٢٠٢٥ و۱۲") == "2025 و12"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("الرّقائق", "الرقايق"),  # shadda removed, hamza on yeh folded
        ("الرقـــائق", "الرقايق"),  # tatweel removed
        ("أإآٱ", "اااا"),  # alef forms
        ("مقارنة", "مقارنه"),  # ة / ه
        ("على", "علي"),  # ى / ي
        ("مؤسس", "موسس"),  # hamza on waw
        ("H20 Ascend", "h20 ascend"),  # Latin case
    ],
)
def test_normalise(text: str, folded: str) -> None:
    assert normalise(text) == folded


def test_fingerprint_ignores_whitespace_layout_but_not_words() -> None:
    assert fingerprint("نص  عربي\n") == fingerprint("نص عربي")
    assert fingerprint("نص عربي") != fingerprint("نص عربى")
    assert len(fingerprint("x")) == 8


def test_bidi_controls_are_found_with_their_line() -> None:
    text = "سطر أول\nسطر \u202eثان\nثالث \u2067x\u2069"
    assert find_bidi_controls(text) == [
        (2, "U+202E RIGHT-TO-LEFT OVERRIDE"),
        (3, "U+2067 RIGHT-TO-LEFT ISOLATE"),
        (3, "U+2069 POP DIRECTIONAL ISOLATE"),
    ]


def isolated(text: str, lang: Lang) -> list[str]:
    return [run.text for run in split_runs(text, direction(lang)) if run.direction]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("معالجات “Ascend” من هواوي", ["“Ascend”"]),
        ("لمرحلة “الاستدلال” (inference)، وهي", ["(inference)"]),
        ("وسم البيانات (data labelling)، دفعت", ["(data labelling)"]),
        ("نموذجها الجديد R2 بعد", ["R2"]),
        ("شرائح H20 للسوق", ["H20"]),
        ("عرض نطاق 3.35 TB/s للذاكرة.", ["3.35 TB/s"]),
        ("رقائق Ascend، ما أجبرها", ["Ascend"]),  # the Arabic comma stays outside
        ("في يناير 2025 وبين 14–20", []),  # numbers alone stay in the flow
    ],
)
def test_latin_runs_in_arabic_are_isolated_with_their_quotes(text: str, runs: list[str]) -> None:
    assert isolated(text, "ar") == runs


def test_runs_cover_the_whole_text_in_order() -> None:
    text = "باستخدام معالجات “Ascend” من هواوي"
    runs = split_runs(text, "rtl")
    assert "".join(r.text for r in runs) == text
    assert runs[1] == Run("“Ascend”", "ltr", "en")


def test_arabic_runs_in_english_are_isolated() -> None:
    assert isolated("The word «الرقائق» and إسراء أبو العنين, 2025.", "en") == [
        "«الرقائق»",
        "إسراء أبو العنين",
    ]
    assert isolated("No Arabic here, 2025.", "en") == []


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        (
            "عنوان “Nvidia, AMD to pay US 15pc of AI chip sales to China, reports”. 12 أغسطس",
            ["“Nvidia, AMD to pay US 15pc of AI chip sales to China, reports”"],
        ),
        (
            "المصدر Semafor: “DeepSeek delays (citing the Financial Times)”. في",
            ["Semafor: “DeepSeek delays (citing the Financial Times)”"],
        ),
        (
            "الرابط https://theworldinminutes.com/?p=41049 هنا",
            ["https://theworldinminutes.com/?p=41049"],
        ),
    ],
)
def test_latin_phrases_with_punctuation_stay_one_run(text: str, runs: list[str]) -> None:
    assert isolated(text, "ar") == runs


def test_an_arabic_title_with_a_latin_word_in_english_text() -> None:
    # The Latin word splits the Arabic title: each Arabic part is isolated; pages that know a
    # whole string is Arabic mark it with lang and dir themselves.
    assert isolated("Arabic original: تأجيل إطلاق نموذج DeepSeek الجديد، بسبب.", "en") == [
        "تأجيل إطلاق نموذج",
        "الجديد، بسبب",
    ]


def test_the_arabic_blocks_hold_every_arabic_letter_and_nothing_latin() -> None:
    """One definition of the Arabic script's code points (the font subset and its CSS
    ``unicode-range``); the letters the matching and bidi code use are all inside it."""
    letters = re.compile(f"[{ARABIC_LETTERS}]")
    assert all(is_arabic(chr(c)) for c in range(0x10000) if letters.match(chr(c)))
    assert all(is_arabic(c) for c in "ب\u08a0ﻻ")  # Arabic, Extended-A, a presentation form
    assert not any(is_arabic(c) for c in "a\u200d\ufe0f")  # Latin, a joiner, a selector
    assert re.fullmatch(f"[{ARABIC_BLOCK}]+", "الرقائق،٢٠٢٥")


def test_the_themes_script_matches_arabic_words_as_build_tools_arabic_does() -> None:
    """The search script in the page is JavaScript, so it writes the Arabic block itself: it
    must be the one :data:`build_tools.arabic.text.ARABIC_BLOCK` defines."""
    script = (ROOT / "build_tools/theme/main.html").read_text("utf-8")
    ranges = set(re.findall(r"\\u0[0-9a-f]{3}-\\u0[0-9a-f]{3}", script, re.IGNORECASE))
    expected = ARABIC_BLOCK.encode("unicode_escape").decode("ascii")
    assert ranges == {expected}
