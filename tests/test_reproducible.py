"""Two clean builds of one commit, in two folders at two different times, make the same site/
byte for byte; its dates come from the commit, never from the clock."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
from pathlib import Path

from build_tools.benchmark import copy_project
from tests.conftest import tree_digest

COMMITTED = "2026-01-02T03:04:05+00:00"


def commit_and_build(folder: Path) -> Path:
    project = copy_project(folder)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    git = {**env, "GIT_AUTHOR_DATE": COMMITTED, "GIT_COMMITTER_DATE": COMMITTED}
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


def test_two_builds_of_one_commit_are_identical(tmp_path: Path) -> None:
    first = commit_and_build(tmp_path / "one")
    time.sleep(1.1)  # a clock-stamped file (the sitemap's gzip header) would now differ
    second = commit_and_build(tmp_path / "two")
    assert tree_digest(first) == tree_digest(second)
    assert len(tree_digest(first)) > 50
    sitemap = (first / "sitemap.xml.gz").read_bytes()
    assert gzip.decompress(sitemap) == (first / "sitemap.xml").read_bytes()
    header_time = int.from_bytes(sitemap[4:8], "little")
    assert header_time == 1767312000  # 2026-01-02T00:00Z: the day of the commit (MkDocs)
