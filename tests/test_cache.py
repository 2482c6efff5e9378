"""The build's cache (build_tools/cache.py): what it keeps is used again, and a cache that is
broken or cannot be written only makes the build slower."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from build_tools.cache import cache_dir, load, store
from build_tools.render.html import _CompiledTemplates
from tests.conftest import ROOT

TEMPLATES = ROOT / "build_tools/render/templates"


def test_a_stored_file_is_loaded_and_an_unwritable_cache_is_skipped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "deepseek-r2-explainer"
    store(cache_dir() / "x" / "a.bin", b"made")
    assert load(cache_dir() / "x" / "a.bin") == b"made"
    assert load(cache_dir() / "x" / "missing.bin") is None
    (tmp_path / "file").write_text("not a folder")
    store(tmp_path / "file" / "a.bin", b"made")  # no error: the cache is only skipped


def test_a_template_is_compiled_once_and_a_broken_entry_anew(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def render() -> str:
        environment = Environment(
            loader=FileSystemLoader(TEMPLATES), bytecode_cache=_CompiledTemplates()
        )
        module = environment.get_template("references.html").module
        return str(getattr(module, "time")(iso="2026", shown="x"))  # noqa: B009

    first = render()
    [entry] = (tmp_path / "deepseek-r2-explainer/templates").iterdir()
    assert entry.stat().st_size > 0
    assert render() == first  # from the cache
    entry.write_bytes(b"broken")
    assert render() == first == '<time datetime="2026">x</time>'
