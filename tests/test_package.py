"""A real install: the wheel carries every module, template, font and asset of build_tools, and
the site builds from it alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tracked(under: str) -> list[str]:
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", under], check=True, capture_output=True, text=True
    )
    return [line for line in listed.stdout.splitlines() if line]


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout


@pytest.mark.site
def test_the_wheel_carries_everything_and_the_site_builds_from_it(tmp_path: Path) -> None:
    source = tmp_path / "source"  # what git holds: no build/ or egg-info left in the repository
    for rel in ["pyproject.toml", "README.md", *_tracked("build_tools")]:
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, source / rel)
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    pip = [sys.executable, "-m", "pip"]
    _run(
        [*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", "wheel", "./source"],
        tmp_path,
        env,
    )
    (wheel,) = (tmp_path / "wheel").glob("*.whl")
    carried = set(zipfile.ZipFile(wheel).namelist())
    assert sorted(set(_tracked("build_tools")) - carried) == []

    installed = tmp_path / "installed"
    _run(
        [*pip, "install", "-q", "--no-deps", "--target", str(installed), str(wheel)], tmp_path, env
    )
    project = tmp_path / "project"  # the content, and build_tools only as installed
    for name in ("content_src", "docs"):
        shutil.copytree(ROOT / name, project / name)
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy2(ROOT / name, project / name)
    (project / "build_tools").symlink_to(installed / "build_tools", target_is_directory=True)
    env["PYTHONPATH"] = str(installed)
    where = _run(
        [sys.executable, "-c", "import build_tools; print(build_tools.__file__)"], project, env
    )
    assert Path(where.strip()).resolve().is_relative_to(installed.resolve())
    _run([sys.executable, "-m", "build_tools", "--root", str(project), "site"], project, env)
    for page in ("index.html", "en/index.html", "pagefind/pagefind.js", "assets/cards/index.png"):
        assert (project / "site" / page).is_file(), page
