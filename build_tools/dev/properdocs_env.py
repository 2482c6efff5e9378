"""The site built with ProperDocs instead of MkDocs, from a virtual environment of its own.

MkDocs 1.6.1 (pyproject.toml) has had no release since August 2024. ProperDocs is the 1.x line
carried on by MkDocs's former maintainers: ``python -m properdocs build`` first aliases every
``mkdocs.*`` import to ``properdocs.*`` (``properdocs/replacement.py``; Material's imports and our
hooks' ``mkdocs.exceptions``), makes the ``mkdocs`` logger a child of its own (so ``--strict``
counts their warnings), and reads Material's ``mkdocs.themes`` entry point and our ``mkdocs.yml``
files unchanged. It must not replace MkDocs in ``.venv/``, so ``.venv-properdocs/`` holds the same
packages at the versions ``.venv/`` has, with MkDocs swapped for ProperDocs: two builds then differ
only by the engine (``tests/test_properdocs.py``).

    .venv/bin/python -m build_tools.dev.properdocs_env [--root PATH]

creates that environment, or reuses it when its plan is unchanged, then builds ``site/`` with it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from build_tools.content.reader import source_date_epoch
from build_tools.errors import ToolFailure

PROPERDOCS = "properdocs==1.6.7"
"""The one ProperDocs pin; at the switch it replaces ``mkdocs==1.6.1`` in pyproject.toml."""
VENV = ".venv-properdocs"
CONFIGS = ("mkdocs.yml", "mkdocs.en.yml")
_STAMP = ".installed-plan.txt"  # the plan last installed (setup.sh does the same for npm)
_INDEX = (
    "import sys, pathlib, build_tools.postbuild.search_index as s; "
    "s.write_index(pathlib.Path(sys.argv[1]))"
)


@dataclass(frozen=True)
class Plan:
    """What ``.venv-properdocs/`` holds."""

    requirements: tuple[str, ...]
    """Installed with their dependencies: ProperDocs, pyproject's runtime pins but MkDocs and
    Material, and Material's own dependencies but MkDocs."""
    without_dependencies: tuple[str, ...]
    """Material's pin, installed alone: its metadata requires ``mkdocs``."""
    constraints: tuple[str, ...]
    """``name==version`` of every package the build uses in this interpreter (``.venv/``), so
    that the engine is the only difference."""

    def text(self) -> str:
        """The plan as the stamp holds it; another Python or any other pin means reinstalling."""
        lines = [f"# Python {sys.version.split()[0]}", *self.requirements]
        lines += ["# --no-deps", *self.without_dependencies]
        return "\n".join([*lines, "# --constraint", *self.constraints, ""])


def plan(root: Path) -> Plan:
    """The plan for ``root``: its pyproject.toml, the versions this interpreter has installed."""
    pins = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    dependencies = [Requirement(line) for line in pins["project"]["dependencies"]]
    named = {canonicalize_name(r.name) for r in dependencies}
    requirements, alone = [PROPERDOCS], []
    for requirement in dependencies:
        name = canonicalize_name(requirement.name)
        if name == "mkdocs-material":
            alone.append(str(requirement))
            needs = {canonicalize_name(r.name) for r in _requires(name, set())}
            requirements += sorted(needs - named - {"mkdocs"})  # at .venv/'s versions
        elif name != "mkdocs":
            requirements.append(str(requirement))
    return Plan(tuple(requirements), tuple(alone), tuple(sorted(_installed(dependencies))))


def _requires(distribution: str, extras: set[str]) -> list[Requirement]:
    """What ``distribution`` needs on this platform with ``extras``."""
    found = []
    for line in metadata.requires(distribution) or []:
        requirement = Requirement(line)
        marker = requirement.marker
        if marker is None or any(marker.evaluate({"extra": e}) for e in {"", *extras}):
            found.append(requirement)
    return found


def _installed(roots: list[Requirement]) -> set[str]:
    """``name==version`` of ``roots`` and everything they need, as installed here."""
    pins: dict[str, str] = {}
    todo, walked = list(roots), set()
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if (name, *sorted(requirement.extras)) in walked:
            continue
        walked.add((name, *sorted(requirement.extras)))
        try:
            pins[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # not installed here: pip chooses
        todo += _requires(name, set(requirement.extras))
    return {f"{name}=={version}" for name, version in pins.items()}


def ensure(root: Path) -> Path:
    """The Python of ``root/.venv-properdocs``, installed from :func:`plan` unless the stamp
    shows that plan installed. Raises :class:`ToolFailure` when pip fails (no network)."""
    venv = root / VENV
    python = venv / "bin" / "python"
    wanted = plan(root)
    stamp = venv / _STAMP
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted.text():
        return python
    _run([sys.executable, "-m", "venv", "--clear", str(venv)], "create")
    constraints = venv / "constraints.txt"
    constraints.write_text("\n".join([*wanted.constraints, ""]), encoding="utf-8")
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    pip += ["--constraint", str(constraints)]
    _run([*pip, *wanted.requirements], "install ProperDocs into")
    _run([*pip, "--no-deps", *wanted.without_dependencies], "install Material into")
    stamp.write_text(wanted.text(), encoding="utf-8")  # last: a failed install is retried
    return python


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        detail = (done.stderr or done.stdout).strip().splitlines()[-2:]
        raise ToolFailure(
            f"could not {what} {VENV}/ (exit {done.returncode}); it needs PyPI the first time and "
            "whenever a pin changes: " + " / ".join(detail or ["no output"])
        )


def build_site(root: Path, python: Path) -> None:
    """``python -m build_tools site`` run by ProperDocs's ``python``: docs/, each language with
    ``properdocs build --strict``, then the search index, with the same date and settings."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": source_date_epoch(root)}
    steps = [[str(python), "-m", "build_tools", "--root", str(root), "build"]]
    steps += [[str(python), "-m", "properdocs", "build", "--strict", "-f", c] for c in CONFIGS]
    steps += [[str(python), "-c", _INDEX, str(root / "site")]]
    shutil.rmtree(root / "site", ignore_errors=True)
    for command in steps:
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
        if done.returncode:
            raise ToolFailure(f"`{' '.join(command[1:4])}` failed:\n{done.stderr[-3000:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_tools.dev.properdocs_env")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder")
    root = parser.parse_args(argv).root.resolve()
    try:
        build_site(root, ensure(root))
    except ToolFailure as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"site/: built with {PROPERDOCS} from {root / VENV}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
