"""The check every bad-input test makes: the build fails, says exactly what is wrong, and
leaves docs/ byte for byte as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.cli import main
from tests.conftest import tree_digest


def assert_build_reports(
    project: Path, capsys: pytest.CaptureFixture[str], expected: list[str]
) -> None:
    before = tree_digest(project / "docs")
    assert main(["--root", str(project), "build"]) == 1
    err = capsys.readouterr().err.splitlines()
    count = len(expected)
    summary = f"{count} problem{'s' if count > 1 else ''}; nothing was written to docs/."
    assert err == [*sorted(f"error: {m}" for m in expected), summary]
    assert tree_digest(project / "docs") == before
