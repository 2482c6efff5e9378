"""Two clean builds of one commit, in two folders at two different times, make the same site/
byte for byte; its dates come from the commit, never from the clock."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from build_tools.dev.benchmark import copy_project
from tests.conftest import tree_digest

ROOT = Path(__file__).resolve().parent.parent


def committed() -> int:
    """The time of the project's last commit: the content is judged as of that day (claims that
    expire), so the copy is committed at the same time, plus a few hours into the day."""
    done = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.strip())


def commit_and_build(folder: Path) -> Path:
    project = copy_project(folder)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    stamp = f"@{committed()} +0000"
    git = {**env, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    for command in (
        ["init", "-q"],
        ["add", "-A"],
        ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "c"],
    ):
        subprocess.run(["git", "-C", str(project), *command], env=git, check=True)
    subprocess.run(
        [sys.executable, "-m", "build_tools", "--root", str(project), "site"],
        env={**env, "SITE_URL": "https://example.org/r/"},
        check=True,
        capture_output=True,
    )
    return project / "site"


@pytest.mark.site
def test_two_builds_of_one_commit_are_identical(tmp_path: Path) -> None:
    first = commit_and_build(tmp_path / "one")
    time.sleep(1.1)  # a clock-stamped file (the sitemap's gzip header) would now differ
    second = commit_and_build(tmp_path / "two")
    assert tree_digest(first) == tree_digest(second)
    assert len(tree_digest(first)) > 50
    sitemap = (first / "sitemap.xml.gz").read_bytes()
    assert gzip.decompress(sitemap) == (first / "sitemap.xml").read_bytes()
    header_time = int.from_bytes(sitemap[4:8], "little")
    assert header_time == committed() // 86400 * 86400  # the day of the commit (MkDocs)
