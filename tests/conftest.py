"""Shared fixtures: the repository, throw-away copies of it, and the golden-file update flag."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
# The project's own copy of the article as received; tests/test_importer.py checks it against
# the reference in ../shared/ when that is present.
SHARED_SOURCE = ROOT / "content_src" / "articles" / "deepseek-r2-delay" / "source.ar.txt"
REFERENCE_SOURCE = ROOT.parent / "shared" / "source" / "deepseek-r2-delay.ar.txt"
_COPY = ("content_src", "docs", "mkdocs.yml", "mkdocs.en.yml", "build_tools")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that builds the whole site (``site``) is left out of the contributor lane,
    ``pytest -m "not browser"``, like one that needs a browser: the lane stays under 2 minutes."""
    for item in items:
        if item.get_closest_marker("site") or "built_site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.site)
            item.add_marker(pytest.mark.browser)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite the golden files from the current output",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


FULL_SITE = FIXTURES / "full-site" / "content_src"
"""A copy of content_src/ frozen for the tests that break it word for word (its README)."""
_NO_NODE = shutil.ignore_patterns("__pycache__", "*.pyc", "node_modules")


@pytest.fixture(scope="session")
def full_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen full site with the build tools and configurations, its docs/ built once."""
    from build_tools.build import build

    root = tmp_path_factory.mktemp("full-site")
    shutil.copytree(FULL_SITE, root / "content_src")
    for name in ("build_tools", "mkdocs.yml", "mkdocs.en.yml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=_NO_NODE)
        else:
            shutil.copy2(source, root / name)
    shutil.copytree(ROOT / "docs", root / "docs")  # the fonts' subsets, reused where they fit
    build(root)
    return root


@pytest.fixture
def project(tmp_path: Path, full_site: Path) -> Path:
    """A copy of the frozen full site (sources, docs, configs, build tools) to break or extend:
    its content is tests/fixtures/full-site/, not content_src/, which contributors edit."""
    for name in _COPY:
        source = full_site / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=_NO_NODE)
        else:
            shutil.copy2(source, tmp_path / name)
    return tmp_path


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    """A copy of the small site of tests/fixtures/site/ (its content_src/ only): content that
    tests may rely on word for word, unlike content_src/, which contributors edit."""
    shutil.copytree(FIXTURES / "site" / "content_src", tmp_path / "content_src")
    return tmp_path


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the hash of its bytes: compare before and after."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The whole site built for, and served from, a free port on 127.0.0.1 (gzip, 404.html)."""
    import os
    import subprocess
    import sys

    from build_tools.dev.pages_server import free_port, serve

    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    work = tmp_path_factory.mktemp("site")
    for name in _COPY:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=shutil.ignore_patterns("node_modules"))
        else:
            shutil.copy2(source, work / name)
    env = {**os.environ, "SITE_URL": base}
    subprocess.run(
        [sys.executable, "-m", "build_tools", "--root", str(work), "site"],
        check=True,
        env=env,
        capture_output=True,
    )
    server, url = serve(work / "site", port)
    assert url == base
    yield work / "site", url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, for the browser tests."""
    from playwright.sync_api import sync_playwright

    from build_tools.dev import chromium

    with sync_playwright() as playwright:
        try:
            launched = chromium.launch(playwright)
        except chromium.ChromiumMissing as err:  # one line naming the fix, no traceback
            pytest.fail(str(err), pytrace=False)
        yield launched
        launched.close()
