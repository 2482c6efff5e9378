"""The check every bad-input test makes: the build fails, says exactly what is wrong, and
leaves docs/ byte for byte as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.cli import main
from tests.conftest import tree_digest


def expected_stderr(messages: list[str]) -> list[str]:
    """What a failed build prints: each message as an error, sorted, then the summary."""
    count = len(messages)
    summary = f"{count} problem{'s' if count > 1 else ''}; nothing was written to docs/."
    return [*sorted(f"error: {m}" for m in messages), summary]


def assert_build_reports(
    project: Path, capsys: pytest.CaptureFixture[str], expected: list[str]
) -> None:
    before = tree_digest(project / "docs")
    assert main(["--root", str(project), "build"]) == 1
    assert capsys.readouterr().err.splitlines() == expected_stderr(expected)
    assert tree_digest(project / "docs") == before
