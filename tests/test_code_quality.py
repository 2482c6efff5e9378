"""The code stays ruff- and mypy --strict-clean (the standards in the developers' guide)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "build_tools", "tests"],
        ["ruff", "format", "--check", "build_tools", "tests"],
        ["mypy"],
    ],
)
def test_tool_is_clean(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
