"""``python -m build_tools check``: every problem of content_src/ as ``file:line: message``,
nothing written; under GitHub Actions each also as an annotation on its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.cli import main
from build_tools.errors import Problem, annotation
from tests.conftest import tree_digest
from tests.test_errors import CASES

BROKEN = ["several_problems_at_once", "raw_html", "not_utf8", "duplicate_source"]


def run_check(project: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    before = tree_digest(project)
    code = main(["--root", str(project), "check"])
    assert tree_digest(project) == before  # nothing written, docs/ or elsewhere
    return code, capsys.readouterr().out.splitlines()


def test_clean_content_passes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check(project, capsys) == (0, ["content_src/: no problems."])


@pytest.mark.parametrize("case", BROKEN)
def test_plain_output_lists_every_problem(
    case: str, project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    expected = sorted(CASES[case](project))
    count = len(expected)
    summary = f"{count} problem{'s' if count > 1 else ''} in content_src/."
    assert run_check(project, capsys) == (1, [*expected, summary])


@pytest.mark.parametrize("case", BROKEN)
def test_github_actions_output_adds_an_annotation_per_problem(
    case: str, project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    expected = sorted(CASES[case](project))
    code, lines = run_check(project, capsys)
    assert code == 1
    annotations = []
    for message in expected:
        where, line, text = message.split(":", 2)
        annotations.append(f"::error file={where},line={line}::{text.strip()}")
    assert lines[:-1] == [x for pair in zip(expected, annotations, strict=True) for x in pair]


def test_stale_translation_is_a_warning(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    rel = "content_src/articles/deepseek-r2-delay/article.ar.md"
    path = project / rel
    path.write_text(path.read_text("utf-8").replace("وفقًا لمصادر مطلعة، ", "وفقًا لمصادر، ", 1))
    code, lines = run_check(project, capsys)
    assert code == 0
    assert lines[0].endswith("(warning)") and "translation of 'p2' is stale" in lines[0]
    assert lines[1].startswith("::warning file=content_src/articles/deepseek-r2-delay/")
    assert lines[-1] == "content_src/: no problems."


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        (Problem("a.yml", 3, "bad"), "::error file=a.yml,line=3::bad"),
        (Problem("a.yml", 0, "too big"), "::error file=a.yml::too big"),
        (
            Problem("a,b:c.yml", 1, "50% off\nnext"),
            "::error file=a%2Cb%3Ac.yml,line=1::50%25 off%0Anext",
        ),
    ],
)
def test_annotation_escapes_what_github_would_misread(problem: Problem, expected: str) -> None:
    assert annotation(problem) == expected
