"""A contributor's content edit never breaks a golden test: the goldens are rendered from the small
site of tests/fixtures/site/, not from content_src/. The edits (tests/content_edits.py) are made
in a copy of the project, which is then built and its golden tests run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from build_tools.cli import main
from tests.conftest import ROOT
from tests.content_edits import edit_content

COPIED = ("content_src", "docs", "build_tools", "tests", "mkdocs.yml", "mkdocs.en.yml")


def golden_test_files() -> list[str]:
    """Every test module that compares with a golden file."""
    return sorted(
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "tests").glob("test_*.py")
        if p.name != Path(__file__).name and "assert_golden(" in p.read_text("utf-8")
    )


def test_golden_tests_are_found() -> None:
    assert {"tests/test_site_golden.py", "tests/test_glossary.py"} <= set(golden_test_files())


def test_a_content_edit_breaks_no_golden_test(tmp_path: Path) -> None:
    skip = shutil.ignore_patterns("__pycache__", "node_modules", "golden_report*")
    for name in COPIED:
        source, target = ROOT / name, tmp_path / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=skip)
        else:
            shutil.copy2(source, target)
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")  # markers, test paths
    changed = edit_content(tmp_path)
    assert main(["--root", str(tmp_path), "build"]) == 0
    docs_changed = subprocess.run(
        ["git", "diff", "--no-index", "--stat", str(ROOT / "docs"), str(tmp_path / "docs")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert docs_changed.returncode == 1, f"the edits of {changed} changed nothing in docs/"
    tests = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "not browser",
            *golden_test_files(),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert tests.returncode == 0, tests.stdout[-4000:]
