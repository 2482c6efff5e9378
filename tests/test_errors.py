"""Bad input: one message per problem with file:line, all at once, exit 1, docs/ untouched."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from build_tools.arabic import fingerprint
from build_tools.cli import main
from tests.build_errors import expected_stderr
from tests.conftest import tree_digest

ARTICLE = "content_src/articles/deepseek-r2-delay"
AR, EN = f"{ARTICLE}/article.ar.md", f"{ARTICLE}/article.en.md"


def edit(project: Path, rel: str, old: str, new: str) -> None:
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(project: Path, rel: str, needle: str, nth: int = 1) -> int:
    """1-based line of the nth line containing ``needle``: messages are checked against it."""
    lines = [
        n
        for n, line in enumerate((project / rel).read_text("utf-8").split("\n"), 1)
        if needle in line + "\n"  # a needle ending in a newline matches the end of a line
    ]
    return lines[nth - 1]


def broken_front_matter(p: Path) -> list[str]:
    edit(p, AR, "category: علوم وتكنولوجيا", "category: [علوم وتكنولوجيا")
    return [f"{AR}:{line_of(p, AR, 'lang: ar')}: invalid YAML: did not find expected ',' or ']'"]


def english_id_missing(p: Path) -> list[str]:
    text = (p / EN).read_text("utf-8")
    paragraph = text[text.index("{#p3 ") : text.index("## Strategic")]
    (p / EN).write_text(text.replace(paragraph, ""), encoding="utf-8")
    return [
        f"{EN}:{line_of(p, EN, '## Effects')}: paragraph 'p3' ({AR}:{line_of(p, AR, '{#p3}')}) "
        "has no translation here"
    ]


def english_id_duplicated(p: Path) -> list[str]:
    edit(p, EN, "{#p4 ar=8b2d0b0e}", "{#p3 ar=8b2d0b0e}")
    return [
        f"{EN}:{line_of(p, EN, '## Strategic')}: paragraph 'p4' ({AR}:{line_of(p, AR, '{#p4}')}) "
        "has no translation here",
        f"{EN}:{line_of(p, EN, '{#p3', 2)}: duplicate id 'p3' (first at line "
        f"{line_of(p, EN, '{#p3')})",
    ]


def english_id_extra(p: Path) -> list[str]:
    text = (p / EN).read_text("utf-8")
    (p / EN).write_text(
        text + "\n{#p9 ar=0000abcd}\nA paragraph the Arabic does not have.\n", encoding="utf-8"
    )
    return [f"{EN}:{line_of(p, EN, '{#p9')}: id 'p9' is not in {AR}; remove it or add it there"]


def bidi_control(p: Path) -> list[str]:
    edit(
        p,
        "content_src/sources.yml",
        "title: DeepSeek delays new model",
        "title: \u202eDeepSeek delays new model",
    )
    line = line_of(p, "content_src/sources.yml", "\u202e")
    return [
        f"content_src/sources.yml:{line}: invisible bidi control character U+202E "
        "RIGHT-TO-LEFT OVERRIDE; remove it (the build isolates mixed-direction text itself)"
    ]


def unknown_language(p: Path) -> list[str]:
    edit(p, EN, "lang: en", "lang: fr")
    return [f"{EN}:{line_of(p, EN, 'lang: fr')}: unknown language 'fr'; expected one of ar, en"]


def empty_article(p: Path) -> list[str]:
    for rel in (AR, EN):
        text = (p / rel).read_text("utf-8")
        (p / rel).write_text(text[: text.index("\n---\n") + 5], encoding="utf-8")
    body_line = len((p / AR).read_text("utf-8").split("\n"))
    # One mistake, one message: the links into the article (home page, timeline) are not
    # reported as broken too.
    return [
        f"{AR}:{body_line}: the article has no paragraphs; add at least one paragraph "
        "'{#p1}' with its text"
    ]


def not_utf8(p: Path) -> list[str]:
    path = p / "content_src/pages/about.en.md"
    path.write_bytes(path.read_bytes() + "\nCafé\n".encode("latin-1"))
    line = len(path.read_bytes().split(b"\n")) - 1
    return [f"content_src/pages/about.en.md:{line}: not UTF-8 (byte 0xe9); save the file as UTF-8"]


def unknown_source(p: Path) -> list[str]:
    edit(p, "content_src/home.yml", "    sources: [", "    sources: [S999, ")
    line = line_of(p, "content_src/home.yml", "S999")
    return [
        f"content_src/home.yml:{line}: unknown source id 'S999'; add it to "
        "content_src/sources.yml or use one of its ids"
    ]


def impossible_date(p: Path) -> list[str]:
    edit(p, AR, "earliest: 2025-08-14", "earliest: 2025-02-30")
    return [
        f"{AR}:{line_of(p, AR, 'earliest')}: published.earliest: '2025-02-30' is not a "
        "calendar date"
    ]


def raw_html(p: Path) -> list[str]:
    edit(
        p,
        "content_src/pages/about.ar.md",
        "## سياسة المصادر",
        "<script>x</script>\n\n## سياسة المصادر",
    )
    line = line_of(p, "content_src/pages/about.ar.md", "<script>")
    return [f"content_src/pages/about.ar.md:{line}: raw HTML is not allowed; use Markdown"]


def missing_page_translation(p: Path) -> list[str]:
    (p / "content_src/pages/about.en.md").unlink()
    return [
        "content_src/pages/about.en.md: missing translation: 'about' needs "
        "content_src/pages/about.en.md"
    ]


def missing_home_translation(p: Path) -> list[str]:
    home = p / "content_src/home.yml"  # the intro's English, whatever it says
    text = home.read_text("utf-8")
    home.write_text(re.sub(r"(\nintro:\n  ar: [^\n]*\n)  en:", r"\1  fr:", text), "utf-8")
    return [
        f"content_src/home.yml:{line_of(p, 'content_src/home.yml', 'intro:') + 1}: missing "
        "translation: no 'en' text"
    ]


def duplicate_source(p: Path) -> list[str]:
    text = (p / "content_src/sources.yml").read_text("utf-8")
    start = text.index("  - id: ")
    block = text[start : text.index("  - id: ", start + 1)]
    source_id = block.split("\n", 1)[0].removeprefix("  - id: ")
    (p / "content_src/sources.yml").write_text(text.rstrip("\n") + "\n" + block, encoding="utf-8")
    first, second = (line_of(p, "content_src/sources.yml", f"id: {source_id}\n", n) for n in (1, 2))
    return [
        f"content_src/sources.yml:{second}: duplicate source id '{source_id}' (first defined at "
        f"line {first})"
    ]


def duplicate_key(p: Path) -> list[str]:
    edit(p, "content_src/home.yml", "intro:", "title:\n  ar: ب\n  en: b\nintro:")
    first, second = (line_of(p, "content_src/home.yml", "title:", n) for n in (1, 2))
    return [f"content_src/home.yml:{second}: duplicate key 'title' (first at line {first})"]


def with_caveat(p: Path, caveat: str) -> int:
    """The article's caveat replaced by ``caveat`` (YAML lines); returns its first line."""
    text = (p / AR).read_text("utf-8")
    text = re.sub(r"\ncaveat:\n(  .*\n)+", "\n", text)
    text = text.replace("imported_from: source.ar.txt\n", "imported_from: source.ar.txt\n" + caveat)
    (p / AR).write_text(text, encoding="utf-8")
    return line_of(p, AR, "caveat:")


def caveat_without_english(p: Path) -> list[str]:
    line = with_caveat(p, "caveat:\n  ar: تستند الرواية إلى تقرير واحد.\n  sources: [S999]\n")
    return [
        f"{AR}:{line + 1}: caveat: missing translation: no 'en' text",
        f"{AR}:{line + 2}: unknown source id 'S999'; add it to content_src/sources.yml or use "
        "one of its ids",
    ]


def caveat_breaks_the_house_style(p: Path) -> list[str]:
    line = with_caveat(
        p,
        "caveat:\n  ar: أفادت تقارير بأن الرواية تخص H100 و H20.\n"
        "  en: The account concerns the H100 and H20.\n  sources: [S300]\n",
    )
    what = "the caveat of 'deepseek-r2-delay'"
    return [
        f"{AR}:{line + 1}: {what} (Arabic): 'و H20.': attach و to the word it joins: «وH20», "
        "not «و H20»",
        f"{AR}:{line + 1}: {what}: the Arabic says 'reported' and the English does not; qualify "
        "both languages alike (content_src/style.yml, hedges and outlets)",
    ]


def placeholder_left_in_a_definition(p: Path) -> list[str]:
    glossary = "content_src/glossary.yml"
    edit(p, glossary, "definition: Chinese artificial", "definition: TODO Chinese artificial")
    return [
        f"{glossary}:{line_of(p, glossary, '- id: deepseek')}: term 'deepseek' (English): 'TODO' "
        "is a placeholder: replace it with the text (the build refuses placeholders in our own "
        "text)"
    ]


def id_starting_with_a_hyphen(p: Path) -> list[str]:
    """One rule for every id (build_tools/content/loading.py ``ID_RE``), the folder names'."""
    timeline = "content_src/timeline.yml"
    edit(p, timeline, "- id: ascend-910-launch", "- id: -ascend-910-launch")
    return [
        f"{timeline}:{line_of(p, timeline, '- id: -ascend')}: each event needs an id of "
        "lower-case a-z, 0-9 and -"
    ]


def several_problems_at_once(p: Path) -> list[str]:
    return sorted(unknown_language(p) + bidi_control(p) + impossible_date(p))


CASES: dict[str, Callable[[Path], list[str]]] = {
    f.__name__: f
    for f in [
        broken_front_matter,
        english_id_missing,
        english_id_duplicated,
        english_id_extra,
        bidi_control,
        unknown_language,
        empty_article,
        not_utf8,
        unknown_source,
        impossible_date,
        raw_html,
        missing_page_translation,
        missing_home_translation,
        duplicate_source,
        duplicate_key,
        caveat_without_english,
        caveat_breaks_the_house_style,
        placeholder_left_in_a_definition,
        id_starting_with_a_hyphen,
        several_problems_at_once,
    ]
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_reported_and_nothing_is_written(
    case: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = CASES[case](project)
    before = tree_digest(project / "docs")
    for command in (["build"], ["build", "--check"]):
        assert main(["--root", str(project), *command]) == 1
        assert capsys.readouterr().err.splitlines() == expected_stderr(expected)
    assert tree_digest(project / "docs") == before


def test_stale_translation_warns_locally_and_fails_under_check(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = "وفقًا لمصادر مطلعة، "
    new_text = (project / AR).read_text("utf-8").split("{#p2}\n", 1)[1].split("\n", 1)[0]
    new_text = new_text.replace(old, "وفقًا لمصادر مطلعة جدًا، ")
    edit(project, AR, old, "وفقًا لمصادر مطلعة جدًا، ")
    message = (
        f"{EN}:{line_of(project, EN, '{#p2')}: translation of 'p2' is stale: the Arabic "
        f"({AR}:{line_of(project, AR, '{#p2}')}) changed since it was translated; "
        f"update the English and set ar={fingerprint(new_text)}"
    )
    before = tree_digest(project / "docs")
    assert main(["--root", str(project), "build", "--check"]) == 1
    captured = capsys.readouterr()
    assert f"error: {message}" in captured.err.splitlines()
    assert "+وفقًا لمصادر مطلعة جدًا" in captured.out  # the diff of the page that would change
    assert tree_digest(project / "docs") == before
    assert main(["--root", str(project), "build"]) == 0
    assert f"warning: {message}" in capsys.readouterr().err.splitlines()
    assert "مطلعة جدًا" in (project / "docs/ar/deepseek-r2-delay.md").read_text("utf-8")
