"""Failures a maintainer meets (a missing library, a failing tool, no browser): one message
that names the fix, no traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError
from PIL import features

from build_tools import cli
from build_tools.dev import chromium
from build_tools.errors import ToolFailure
from build_tools.glue import mkdocs_hooks
from build_tools.postbuild import search_index, share_cards


def test_a_failing_pagefind_is_one_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def failing(command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 3, "", "Error: no pages found\n")

    monkeypatch.setattr(subprocess, "run", failing)
    with pytest.raises(ToolFailure) as caught:
        search_index.write_index(tmp_path)
    assert str(caught.value) == (
        "Pagefind could not index site/ (exit 3): Error: no pages found; reinstall it with "
        "`bash build_tools/setup.sh` (pagefind[bin] is pinned in pyproject.toml), then run "
        "`python -m build_tools site` again"
    )


def test_the_command_line_prints_a_tool_failure_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def failing(root: Path, check: bool) -> int:
        raise ToolFailure("Pagefind could not index site/ (exit 3): boom")

    monkeypatch.setattr(cli, "_build", failing)
    assert cli.main(["--root", str(tmp_path), "build"]) == 1
    assert capsys.readouterr().err == "error: Pagefind could not index site/ (exit 3): boom\n"


def test_missing_raqm_is_one_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Even with every card in the cache: a machine without RAQM would draw them wrong."""
    monkeypatch.setattr(features, "check", lambda feature: feature != "raqm")
    with pytest.raises(ToolFailure, match=r"^share cards need Pillow.s RAQM layout engine"):
        share_cards.write_cards(tmp_path, {"index.md": "t"}, "s", "example.org", "ar")


def test_mkdocs_stops_on_a_tool_failure_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A failure after the build (here the theme's stylesheets are not there) is a PluginError,
    which MkDocs prints as one line, without a traceback."""
    config = SimpleNamespace(
        site_dir=str(tmp_path),
        docs_dir=str(tmp_path / "docs"),
        site_name="s",
        site_url="https://example.org/",
        theme={"language": "ar"},
        extra={"i18n": {"roots": {"ar": "https://example.org/"}}, "pages": {}},
    )
    with pytest.raises(
        PluginError, match=r"^the theme's stylesheets changed: expected one main\.\*\.min\.css"
    ):
        mkdocs_hooks.on_post_build(config)  # type: ignore[arg-type]


def test_no_chromium_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chromium, "EXECUTABLE", "/nonexistent/chromium")
    with pytest.raises(chromium.ChromiumMissing) as caught:
        chromium.launch(None)  # type: ignore[arg-type]
    assert "bash build_tools/setup.sh --with-browser" in str(caught.value)
    assert 'pytest -m "not browser"' in str(caught.value)
