"""Run a GitHub Actions job's ``run:`` steps in order: the nearest offline equivalent of the job.

``python -m build_tools.dev.workflow_steps .github/workflows/deploy.yml build`` clones the
repository (plus, as one more commit, its working tree) and runs the job's ``run:`` steps there,
in order, as ``shell: bash`` runs them (``-eo pipefail``), stopping at the first failure. Each
step gets the workflow's, job's and its own ``env:``, ``CI=true``, ``GITHUB_ACTIONS=true``,
``GITHUB_WORKSPACE``, ``RUNNER_TEMP`` and its
``GITHUB_OUTPUT``/``GITHUB_ENV``/``GITHUB_STEP_SUMMARY`` files. ``uses:`` steps are skipped (the
clone stands for actions/checkout). ``${{ expression }}`` in ``env:`` takes the caller's value
or an earlier ``steps.ID.outputs.NAME``; anything else this runner cannot do as GitHub would
(another expression, a ``run:`` step's ``if:``, a shell but bash) is an error. Unlike the
container, the steps run on this machine as its user (root, as there), with its environment
(package indexes, certificates, pip's cache) minus virtualenv, pytest and git variables.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")
BASH = ["bash", "--noprofile", "--norc", "-eo", "pipefail"]
STEP_KEYS = {"name", "id", "run", "env", "shell", "uses", "with", "if"}
DROPPED = ("PYTEST_", "GITHUB_", "RUNNER_", "VIRTUAL_ENV", "PYTHON", "GIT_DIR", "GIT_INDEX_FILE")


@dataclass
class JobRun:
    """What a job's steps left behind."""

    ran: list[str] = field(default_factory=list)
    """The names of the steps that ran, in order (``uses:`` steps never do)."""
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    """Each step id's outputs, as the step wrote them to ``GITHUB_OUTPUT``."""
    summary: str = ""
    """The job summary: what the steps wrote to ``GITHUB_STEP_SUMMARY``, in order."""


class WorkflowError(Exception):
    """A job this runner cannot run as written, or a step of it that failed."""


class StepFailed(WorkflowError):
    """A step exited non-zero; ``run`` is what the job did up to it, that step included."""

    def __init__(self, message: str, run: JobRun) -> None:
        super().__init__(message)
        self.run = run


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


def snapshot(root: Path, dest: Path) -> Path:
    """Clone ``root`` into ``dest`` and commit its working tree there (ignored files left out)."""
    subprocess.run(["git", "clone", "--quiet", str(root), str(dest)], check=True)
    git(dest, "remote", "remove", "origin")  # a step that pushes never reaches ``root``
    listed = set(git(root, "ls-files", "-z", "-co", "--exclude-standard").split("\0")) - {""}
    for name in listed | set(git(dest, "ls-files", "-z").split("\0")) - {""}:
        source, target = root / name, dest / name
        target.unlink(missing_ok=True)  # then, unless gone from the working tree, copied:
        if name in listed and source.is_symlink():
            target.symlink_to(os.readlink(source))
        elif name in listed and source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(dest, "add", "--all")
    if git(dest, "status", "--porcelain"):
        who = ["-c", "user.name=workflow_steps", "-c", "user.email=workflow-steps@localhost"]
        git(dest, *who, "commit", "--quiet", "--no-verify", "-m", "The working tree")
    return dest


def substitute(text: str, known: Mapping[str, str], where: str) -> str:
    def value(found: re.Match[str]) -> str:
        if found.group(1) not in known:
            raise WorkflowError(f"{where}: no value for ${{{{ {found.group(1)} }}}}")
        return known[found.group(1)]

    return EXPRESSION.sub(value, text)


def pairs(path: Path) -> dict[str, str]:
    """The ``NAME=value`` lines a step wrote (the one form these workflows use)."""
    split = (line.partition("=") for line in path.read_text(encoding="utf-8").splitlines())
    return {name: value for name, equals, value in split if equals}


def base_env(workspace: Path, temp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(DROPPED)}
    path = os.environ.get("PATH", os.defpath).split(os.pathsep)
    env["PATH"] = os.pathsep.join(p for p in path if not (Path(p).parent / "pyvenv.cfg").exists())
    env |= {"CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(workspace)}
    return env | {"RUNNER_TEMP": str(temp), "GIT_CONFIG_GLOBAL": str(temp / "gitconfig")}


def run_job(
    workflow: Path,
    job: str,
    workspace: Path,
    context: Mapping[str, str] | None = None,
    env: Mapping[str, str] | None = None,
    log: IO[str] | None = None,
) -> JobRun:
    """Run the ``run:`` steps of ``job`` in ``workspace``, with ``env`` added to each step's."""
    data: dict[Any, Any] = yaml.safe_load(workflow.read_text(encoding="utf-8"))
    spec: dict[str, Any] = data["jobs"][job]
    shell = {**data.get("defaults", {}), **spec.get("defaults", {})}.get("run", {}).get("shell")
    known, run = dict(context or {}), JobRun()
    with tempfile.TemporaryDirectory(prefix="workflow-steps-") as name:
        temp = Path(name)
        job_env = base_env(workspace, temp) | dict(env or {})
        for key, value in {**data.get("env", {}), **spec.get("env", {})}.items():
            job_env[key] = substitute(str(value), known, f"{job}: env {key}")
        for number, step in enumerate(spec["steps"], 1):
            title = str(step.get("name", step.get("run", step.get("uses"))))
            where = f"{workflow.name}: {job}: step {number} ({title})"
            if unknown := set(step) - STEP_KEYS:
                raise WorkflowError(f"{where}: this runner does not know {sorted(unknown)}")
            if "run" not in step:
                continue
            if "if" in step or step.get("shell", shell) != "bash":
                raise WorkflowError(f"{where}: a run step needs `shell: bash` and no `if:`")
            files = {key: temp / f"{number}.{key}" for key in ("OUTPUT", "ENV", "STEP_SUMMARY")}
            for path in files.values():
                path.write_text("", encoding="utf-8")
            (temp / f"{number}.sh").write_text(str(step["run"]), encoding="utf-8")
            here = job_env | {f"GITHUB_{key}": str(path) for key, path in files.items()}
            for key, value in step.get("env", {}).items():
                here[key] = substitute(str(value), known, f"{where}: env {key}")
            if log:
                print(f"\n::group::{title}", file=log, flush=True)
            start = time.monotonic()
            done = subprocess.run(
                [*BASH, str(temp / f"{number}.sh")], cwd=workspace, env=here, stdout=log,
                stderr=subprocess.STDOUT if log else None, check=False,
            )  # fmt: skip
            run.ran.append(title)
            if log:
                print(f"::endgroup:: {time.monotonic() - start:.0f} s", file=log, flush=True)
            run.summary += files["STEP_SUMMARY"].read_text(encoding="utf-8")
            if "id" in step:
                run.outputs[step["id"]] = outputs = pairs(files["OUTPUT"])
                known |= {f"steps.{step['id']}.outputs.{k}": v for k, v in outputs.items()}
            job_env |= pairs(files["ENV"])
            if done.returncode:
                raise StepFailed(f"{where} failed with exit code {done.returncode}", run)
    return run


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m build_tools.dev.workflow_steps WORKFLOW.yml JOB", file=sys.stderr)
        return 2
    root = Path(git(Path.cwd(), "rev-parse", "--show-toplevel").strip())
    with tempfile.TemporaryDirectory(prefix="workflow-clone-") as clone:
        workspace = snapshot(root, Path(clone) / "repo")
        try:
            workflow = workspace / Path(args[0]).resolve().relative_to(root)
            run = run_job(workflow, args[1], workspace, log=sys.stdout)
        except WorkflowError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
    print(f"\n{len(run.ran)} steps passed: {'; '.join(run.ran)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
