"""Golden-file comparison with a unified diff, and ``--update-goldens`` to rewrite them."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest


def assert_golden(path: Path, actual: str, update: bool) -> None:
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"no golden file {path}; run pytest --update-goldens and review it")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            f"{path} (golden)",
            "actual output",
        )
        pytest.fail("output differs from the golden file:\n" + "".join(diff))
