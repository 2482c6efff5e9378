"""The workflows' jobs do what they say when their steps run (build_tools/dev/workflow_steps.py).

The runner itself is checked on small workflows. The pull request's regeneration logic (its
`compare` step, verbatim from pr.yml) and its `commit` and `report` jobs run on small git
repositories, with a stand-in `gh` that records its calls. The deploy job's steps, and a web
edit's whole way from a content_src/ change to the bot's commit, run in a fresh clone of this
repository: minutes, so browser-marked (the full suite only).
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from build_tools.dev.workflow_steps import JobRun, StepFailed, WorkflowError, run_job, snapshot
from tests.conftest import ROOT

PR = ROOT / ".github" / "workflows" / "pr.yml"
DEPLOY = ROOT / ".github" / "workflows" / "deploy.yml"
HUMAN = ["-c", "user.name=Web Editor", "-c", "user.email=editor@example.com"]
BOT = ["-c", "user.name=github-actions[bot]"]
BOT += ["-c", "user.email=41898282+github-actions[bot]@users.noreply.github.com"]
SAME_REPOSITORY = "github.event.pull_request.head.repo.full_name == github.repository"
PULL_REQUEST = {
    "github.event.pull_request.base.ref": "main",
    "github.event.pull_request.head.ref": "web-edit",
    "github.server_url": "https://github.com",
    "github.repository": "owner/site",
    "github.run_id": "42",
    "github.token": "not-a-token",
}
FAKE_GH = '#!/bin/sh\nprintf "%s\\n" "$*" >> "$GH_CALLS"\n'


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def workflow(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "workflow.yml"
    write(path, "defaults:\n  run:\n    shell: bash\n" + text)
    return path


def only_step(tmp_path: Path, job: str, step_id: str) -> Path:
    """A workflow of one job: ``step_id`` of pr.yml's ``job``, verbatim, with the workflow's env."""
    data: dict[str, Any] = yaml.safe_load(PR.read_text(encoding="utf-8"))
    [step] = [step for step in data["jobs"][job]["steps"] if step.get("id") == step_id]
    small = {"defaults": data["defaults"], "env": data["env"], "jobs": {job: {"steps": [step]}}}
    path = tmp_path / f"{step_id}.yml"
    write(path, yaml.safe_dump(small, sort_keys=False))
    return path


@pytest.fixture
def fake_gh(tmp_path: Path) -> dict[str, str]:
    """``env`` for run_job: a ``gh`` that writes its arguments to the file ``GH_CALLS`` names."""
    write(tmp_path / "bin" / "gh", FAKE_GH)
    (tmp_path / "bin" / "gh").chmod(0o755)
    path = f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}"
    return {"PATH": path, "GH_CALLS": str(tmp_path / "gh-calls")}


@pytest.fixture
def branch(tmp_path: Path) -> tuple[Path, Path]:
    """A bare ``origin`` with ``main`` and a clone on a new branch ``web-edit``."""
    origin, work = tmp_path / "origin.git", tmp_path / "work"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(origin))
    git(tmp_path, "init", "--quiet", "-b", "main", str(work))
    write(work / "content_src" / "home.yml", "title: One\n")
    write(work / "docs" / "index.md", "# One\n")
    git(work, "add", "--all")
    git(work, *HUMAN, "commit", "--quiet", "-m", "Base")
    git(work, "remote", "add", "origin", str(origin))
    git(work, "push", "--quiet", "origin", "main")
    git(work, "checkout", "--quiet", "-b", "web-edit")
    return origin, work


def commit(work: Path, who: list[str], files: dict[str, str]) -> None:
    for name, text in files.items():
        write(work / name, text)
    git(work, "add", "--all")
    git(work, *who, "commit", "--quiet", "-m", f"Edit {', '.join(files)}")


def compare(tmp_path: Path, work: Path, same_repository: bool) -> JobRun:
    context = PULL_REQUEST | {SAME_REPOSITORY: str(same_repository).lower()}
    return run_job(only_step(tmp_path, "regenerate", "compare"), "regenerate", work, context)


def test_steps_run_in_order_with_their_env_outputs_and_summary(tmp_path: Path) -> None:
    path = workflow(tmp_path, """\
env: {LEVEL: workflow}
jobs:
  job:
    env: {WHO: "${{ inputs.who }}"}
    steps:
      - uses: actions/checkout@0000000000000000000000000000000000000000
      - id: first
        run: |
          echo "value=$WHO-$LEVEL-$CI-$GITHUB_ACTIONS" >> "$GITHUB_OUTPUT"
          echo "LATER=yes" >> "$GITHUB_ENV"
          echo "# one" >> "$GITHUB_STEP_SUMMARY"
          pwd > where.txt
      - name: second
        env: {SEEN: "${{ steps.first.outputs.value }}"}
        run: |
          echo "$SEEN $LATER" > seen.txt
          echo "# two" >> "$GITHUB_STEP_SUMMARY"
""")  # fmt: skip
    run = run_job(path, "job", tmp_path, {"inputs.who": "editor"})
    assert run.ran[1] == "second"
    assert run.outputs == {"first": {"value": "editor-workflow-true-true"}}
    assert run.summary == "# one\n# two\n"
    assert (tmp_path / "seen.txt").read_text(encoding="utf-8") == "editor-workflow-true-true yes\n"
    assert (tmp_path / "where.txt").read_text(encoding="utf-8") == f"{tmp_path}\n"


def test_a_failing_step_stops_the_job_even_inside_a_pipe(tmp_path: Path) -> None:
    path = workflow(tmp_path, """\
jobs:
  job:
    steps:
      - run: touch first
      - name: Fails in a pipe
        run: false | cat
      - run: touch third
""")  # fmt: skip
    with pytest.raises(WorkflowError, match=r"step 2 \(Fails in a pipe\) failed with exit code 1"):
        run_job(path, "job", tmp_path)
    assert (tmp_path / "first").exists()
    assert not (tmp_path / "third").exists()


@pytest.mark.parametrize(
    ("step", "message"),
    [
        ('run: echo "${{ github.actor }}"\n        env: {A: "${{ github.actor }}"}', "no value"),
        ("run: echo\n        if: always()", "no `if:`"),
        ("run: echo\n        shell: sh", "`shell: bash`"),
        ("run: echo\n        working-directory: docs", "does not know ['working-directory']"),
    ],
    ids=["unknown expression", "condition", "not bash", "unknown key"],
)
def test_what_the_runner_cannot_run_as_written_is_refused(
    tmp_path: Path, step: str, message: str
) -> None:
    path = workflow(tmp_path, f"jobs:\n  job:\n    steps:\n      - {step}\n")
    with pytest.raises(WorkflowError, match=re.escape(message)):
        run_job(path, "job", tmp_path)


def test_steps_get_the_job_s_environment_not_the_test_s(tmp_path: Path) -> None:
    path = workflow(tmp_path, """\
jobs:
  job:
    steps:
      - run: |
          env > env.txt
          git config --global user.name "Only this run"
""")  # fmt: skip
    run_job(path, "job", tmp_path)
    env = dict(line.split("=", 1) for line in (tmp_path / "env.txt").read_text().splitlines())
    assert "PYTEST_CURRENT_TEST" in os.environ and "PYTEST_CURRENT_TEST" not in env
    assert env["RUNNER_TEMP"] in env["GIT_CONFIG_GLOBAL"]
    assert not Path(env["RUNNER_TEMP"]).exists()  # the run's git configuration went with it


def test_the_snapshot_is_the_working_tree_committed_in_a_clone(tmp_path: Path) -> None:
    root, dest = tmp_path / "root", tmp_path / "clone"
    git(tmp_path, "init", "--quiet", str(root))
    write(root / ".gitignore", "*.log\n")
    write(root / "kept.txt", "committed\n")
    write(root / "gone.txt", "committed\n")
    write(root / "removed.txt", "committed\n")
    git(root, "add", "--all")
    git(root, *HUMAN, "commit", "--quiet", "-m", "First")
    write(root / "kept.txt", "changed\n")
    (root / "gone.txt").unlink()
    git(root, "rm", "--quiet", "removed.txt")
    write(root / "new" / "file.txt", "untracked\n")
    write(root / "ignored.log", "ignored\n")
    snapshot(root, dest)
    assert git(dest, "ls-files").split() == [".gitignore", "kept.txt", "new/file.txt"]
    assert (dest / "kept.txt").read_text(encoding="utf-8") == "changed\n"
    assert not (dest / "ignored.log").exists()
    assert git(dest, "status", "--porcelain") == ""
    assert len(git(dest, "log", "--format=%H").split()) == 2
    assert git(dest, "remote") == ""  # nothing a step pushes reaches the repository
    status = ["D", "gone.txt", "M", "kept.txt", "D", "removed.txt", "??", "new/"]
    assert git(root, "status", "--porcelain").split() == status  # the repository is untouched


def test_docs_that_are_up_to_date_need_nothing(tmp_path: Path, branch: tuple[Path, Path]) -> None:
    _, work = branch
    commit(work, HUMAN, {"content_src/home.yml": "title: One\n# a comment\n"})
    run = compare(tmp_path, work, same_repository=True)
    assert run.outputs == {"compare": {}}
    assert run.summary == ""


def test_a_web_edit_on_this_repository_s_branch_is_handed_to_the_bot(
    tmp_path: Path, branch: tuple[Path, Path]
) -> None:
    _, work = branch
    commit(work, HUMAN, {"content_src/home.yml": "title: Two\n"})
    commit(work, BOT, {"docs/index.md": "# Two\n"})  # the bot's commit after an earlier edit
    commit(work, HUMAN, {"content_src/home.yml": "title: Three\n"})
    write(work / "docs" / "index.md", "# Three\n")  # what the build writes
    write(work / "docs" / "new.md", "# New\n")
    run = compare(tmp_path, work, same_repository=True)
    assert run.outputs == {"compare": {"patch": "true", "push": "true"}}
    assert "the bot commits the regenerated files to web-edit" in run.summary
    git(work, "reset", "--quiet", "--hard")
    git(work, "apply", "--index", "docs.patch")
    assert git(work, "diff", "--cached", "--name-only").split() == ["docs/index.md", "docs/new.md"]


def test_a_merge_of_the_base_branch_does_not_count_as_a_change_by_hand(
    tmp_path: Path, branch: tuple[Path, Path]
) -> None:
    origin, work = branch
    other = tmp_path / "other"
    git(tmp_path, "clone", "--quiet", str(origin), str(other))
    commit(other, HUMAN, {"build_tools/new.py": "print()\n"})
    git(other, "push", "--quiet", "origin", "main")
    commit(work, HUMAN, {"content_src/home.yml": "title: Two\n"})
    git(work, "fetch", "--quiet", "origin")
    git(work, *HUMAN, "merge", "--quiet", "--no-edit", "origin/main")
    write(work / "docs" / "index.md", "# Two\n")
    assert compare(tmp_path, work, same_repository=True).outputs["compare"]["push"] == "true"


@pytest.mark.parametrize(
    ("same_repository", "why"),
    [(True, "changes files outside content_src/ by hand"), (False, "comes from a fork")],
    ids=["edited by hand", "fork"],
)
def test_otherwise_the_job_fails_with_the_command_and_the_patch(
    tmp_path: Path, branch: tuple[Path, Path], same_repository: bool, why: str
) -> None:
    _, work = branch
    commit(work, HUMAN, {"content_src/home.yml": "title: Two\n", "docs/index.md": "# By hand\n"})
    write(work / "docs" / "index.md", "# Two\n")
    with pytest.raises(StepFailed, match="exit code 1") as failed:
        compare(tmp_path, work, same_repository)
    assert failed.value.run.outputs == {"compare": {"patch": "true"}}  # uploaded, never pushed
    summary = failed.value.run.summary
    assert why in summary
    assert ("- `docs/index.md`" in summary) is same_repository
    assert (
        "bash build_tools/setup.sh --python-only && .venv/bin/python -m build_tools build "
        "&& git add docs/" in summary
    )
    assert "`docs-patch` artifact" in summary and "`git apply docs.patch`" in summary
    git(work, "reset", "--quiet", "--hard")
    git(work, "apply", "docs.patch")
    assert (work / "docs" / "index.md").read_text(encoding="utf-8") == "# Two\n"


def test_the_bot_commits_the_patch_and_marks_its_commit_pending(
    tmp_path: Path, branch: tuple[Path, Path], fake_gh: dict[str, str]
) -> None:
    origin, work = branch
    commit(work, HUMAN, {"content_src/home.yml": "title: Two\n"})
    git(work, "push", "--quiet", "origin", "web-edit")
    write(work / "docs" / "index.md", "# Two\n")
    (work / "docs.patch").write_text(git(work, "diff", "--binary"), encoding="utf-8")
    git(work, "checkout", "--quiet", "docs")
    run = run_job(PR, "commit", work, PULL_REQUEST, fake_gh)
    sha = git(origin, "rev-parse", "web-edit").strip()
    assert run.outputs["push"] == {"sha": sha}
    assert git(origin, "log", "-1", "--format=%an <%ae>", "web-edit") == (
        "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\n"
    )
    assert git(origin, "show", "--format=", "--name-only", "web-edit").split() == ["docs/index.md"]
    assert git(origin, "show", "web-edit:docs/index.md") == "# Two\n"
    calls = Path(fake_gh["GH_CALLS"]).read_text(encoding="utf-8")
    assert f"api --method POST repos/owner/site/statuses/{sha} -f state=pending" in calls
    assert "-f context=Check, test and build" in calls


def test_the_bot_commits_nothing_outside_docs(
    tmp_path: Path, branch: tuple[Path, Path], fake_gh: dict[str, str]
) -> None:
    origin, work = branch
    git(work, "push", "--quiet", "origin", "web-edit")
    write(work / "content_src" / "home.yml", "title: Sneaked in\n")
    (work / "docs.patch").write_text(git(work, "diff"), encoding="utf-8")
    git(work, "checkout", "--quiet", "content_src")
    with pytest.raises(WorkflowError, match="exit code 1"):
        run_job(PR, "commit", work, PULL_REQUEST, fake_gh)
    assert git(origin, "rev-parse", "web-edit") == git(origin, "rev-parse", "main")


def test_the_bot_never_overwrites_a_branch_that_moved_on(
    tmp_path: Path, branch: tuple[Path, Path], fake_gh: dict[str, str]
) -> None:
    origin, work = branch
    git(work, "push", "--quiet", "origin", "web-edit")
    other = tmp_path / "other"
    git(tmp_path, "clone", "--quiet", "-b", "web-edit", str(origin), str(other))
    commit(other, HUMAN, {"content_src/home.yml": "title: Newer\n"})
    git(other, "push", "--quiet", "origin", "web-edit")
    write(work / "docs" / "index.md", "# Two\n")
    (work / "docs.patch").write_text(git(work, "diff"), encoding="utf-8")
    git(work, "checkout", "--quiet", "docs")
    with pytest.raises(WorkflowError, match="exit code 1"):
        run_job(PR, "commit", work, PULL_REQUEST, fake_gh)
    assert git(origin, "rev-parse", "web-edit") == git(other, "rev-parse", "HEAD")
    assert not Path(fake_gh["GH_CALLS"]).exists()


@pytest.mark.parametrize(
    ("result", "state"), [("success", "success"), ("failure", "failure"), ("skipped", "failure")]
)
def test_the_report_sets_the_tests_result_on_the_bot_s_commit(
    tmp_path: Path, fake_gh: dict[str, str], result: str, state: str
) -> None:
    context = PULL_REQUEST | {"needs.commit.outputs.sha": "abc123", "needs.test.result": result}
    run_job(PR, "report", tmp_path, context, fake_gh)
    [call] = Path(fake_gh["GH_CALLS"]).read_text(encoding="utf-8").splitlines()
    assert call.startswith(f"api --method POST repos/owner/site/statuses/abc123 -f state={state} ")
    assert "-f context=Check, test and build" in call


@pytest.fixture(scope="module")
def deployed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, float]]:
    """A fresh clone of the repository after the deploy job's steps: the clone, the log, seconds."""
    work = tmp_path_factory.mktemp("deploy")
    workspace, log = snapshot(ROOT, work / "repo"), work / "job.log"
    start = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        try:
            run_job(workspace / ".github/workflows/deploy.yml", "build", workspace, log=out)
        except WorkflowError as err:
            tail = log.read_text(encoding="utf-8")[-6000:]
            pytest.fail(f"{err}\n{tail}", pytrace=False)
    yield workspace, log, time.monotonic() - start


@pytest.mark.browser
def test_the_deploy_job_s_steps_pass_in_a_fresh_clone(deployed: tuple[Path, Path, float]) -> None:
    workspace, log, seconds = deployed
    job = yaml.safe_load(DEPLOY.read_text(encoding="utf-8"))["jobs"]["build"]
    text = log.read_text(encoding="utf-8")
    groups = [line.removeprefix("::group::") for line in text.splitlines() if "::group::" in line]
    assert groups == [step["name"] for step in job["steps"] if "run" in step]
    assert (workspace / "site" / "index.html").is_file()
    assert (workspace / "site" / "en" / "index.html").is_file()
    assert " passed" in text and " failed" not in text
    times = [line.split()[-2] for line in text.splitlines() if line.startswith("::endgroup::")]
    print(f"\nthe deploy job's steps took {seconds:.0f} s:", ", ".join(times), "s")


@pytest.mark.browser
def test_a_web_edit_becomes_the_bot_s_commit_with_docs_up_to_date(
    deployed: tuple[Path, Path, float], tmp_path: Path, fake_gh: dict[str, str]
) -> None:
    workspace, _, _ = deployed
    origin, head = tmp_path / "origin.git", tmp_path / "head"
    git(tmp_path, "clone", "--quiet", "--bare", str(workspace), str(origin))
    if (current := git(workspace, "branch", "--show-current").strip()) != "main":
        git(origin, "branch", "-m", current, "main")
    git(workspace, "remote", "add", "origin", str(origin))
    git(workspace, "fetch", "--quiet", "origin")
    git(workspace, "checkout", "--quiet", "-b", "web-edit")
    about = workspace / "content_src" / "pages" / "about.en.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nAdded in the web editor.\n", "utf-8")
    git(workspace, "add", "--all")
    git(workspace, *HUMAN, "commit", "--quiet", "-m", "Edit about.en.md")
    git(workspace, "push", "--quiet", "origin", "web-edit")
    regenerate = workspace / ".github/workflows/pr.yml"
    context = PULL_REQUEST | {SAME_REPOSITORY: "true"}
    run = run_job(regenerate, "regenerate", workspace, context)
    assert run.outputs["compare"] == {"patch": "true", "push": "true"}
    git(tmp_path, "clone", "--quiet", "-b", "web-edit", str(origin), str(head))
    (head / "docs.patch").write_bytes((workspace / "docs.patch").read_bytes())
    run_job(regenerate, "commit", head, PULL_REQUEST, fake_gh)
    assert git(origin, "show", "--format=%an", "--name-only", "web-edit").split() == [
        "github-actions[bot]",
        "docs/en/about.md",
    ]
    python = workspace / ".venv" / "bin" / "python"
    check = [str(python), "-m", "build_tools", "--root", str(head), "build", "--check"]
    done = subprocess.run(check, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
