"""Command line: ``python -m build_tools import|check|build|site``. Errors become messages here."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from build_tools import build as build_module
from build_tools import writer
from build_tools.content import reader
from build_tools.errors import ContentError, Problem, ToolFailure, annotation
from build_tools.import_command import run_import
from build_tools.postbuild.search_index import write_index
from build_tools.render.links import check_links

ENGINE = "mkdocs"
"""The site generator's module: ``properdocs`` when we switch (README: decisions), with the pin in
pyproject.toml. Every build, test and benchmark runs ``python -m ENGINE``."""


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.root.resolve()
    try:
        if args.command == "import":
            print(run_import(root, args.raw, args.slug, args.force, args.date))
            return 0
        if args.command == "check":
            return _check(root)
        if args.command == "build":
            return _build(root, args.check)
        return _site(root)
    except ContentError as err:
        if args.command == "check":
            return _report_check(err.problems, [])
        untouched = "content_src/" if args.command == "import" else "docs/"
        return _report(err.problems, untouched)
    except ToolFailure as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except OSError as err:  # a missing or unreadable file named on the command line
        print(f"error: {err.filename}: {err.strerror}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m build_tools", description=__doc__)
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="project folder (default: the current folder)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    imp = commands.add_parser(
        "import", help="turn a scraped article into content_src/articles/SLUG/"
    )
    imp.add_argument("raw", type=Path, help="the scraped text file (UTF-8)")
    imp.add_argument("--slug", help="folder name (default: from the file name)")
    imp.add_argument("--force", action="store_true", help="overwrite an existing article")
    imp.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        help="the day it is published on this site, YYYY-MM-DD, for dates.yml (default: today)",
    )
    commands.add_parser(
        "check",
        help="validate all of content_src/ and write nothing; under GitHub Actions, problems "
        "are also annotations on the lines of the pull request",
    )
    build_parser = commands.add_parser("build", help="render docs/ from content_src/")
    build_parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; print the diff and fail when docs/ is out of date",
    )
    commands.add_parser("site", help="build docs/, then both languages of the site into site/")
    return parser


def _report(problems: list[Problem], untouched: str) -> int:
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    count = len(problems)
    print(
        f"{count} problem{'s' if count != 1 else ''}; nothing was written to {untouched}.",
        file=sys.stderr,
    )
    return 1


def _check(root: Path) -> int:
    """Under CI, a claim past the day to check it again fails the check: the pull request
    shows it on its line; on a contributor's machine it is a warning. What is still to
    translate is a warning everywhere (Arabic first)."""
    loaded = reader.load_all(root)
    check_links(build_module.render_site(loaded.content, root / "docs"))  # reads, never writes
    if _under_ci():
        return _report_check(loaded.expired, [*loaded.warnings, *loaded.untranslated])
    return _report_check([], [*loaded.warnings, *loaded.expired, *loaded.untranslated])


def _under_ci() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true" or os.environ.get("CI") == "true"


def _report_check(problems: list[Problem], warnings: list[Problem]) -> int:
    """``file:line: message`` per problem, on stdout; and annotations under GitHub Actions."""
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for level, found in (("error", problems), ("warning", warnings)):
        for problem in found:
            print(f"{problem}" if level == "error" else f"{problem} (warning)")
            if annotate:
                print(annotation(problem, level))
    count = len(problems)
    if count:
        print(f"{count} problem{'s' if count != 1 else ''} in content_src/.")
        return 1
    print("content_src/: no problems.")
    return 0


def _build(root: Path, check: bool) -> int:
    result = build_module.build(root, check=check)
    label = "error" if check else "warning"
    for warning in result.warnings:
        print(f"{label}: {warning}", file=sys.stderr)
    for claim in result.expired:  # `check` under CI fails on these
        print(f"warning: {claim}", file=sys.stderr)
    for untranslated in result.untranslated:  # Arabic first: never a failure
        print(f"warning: {untranslated}", file=sys.stderr)
    for rel in result.plan.unknown:
        print(
            f"warning: docs/{rel} is not generated by build_tools; edit content_src/ instead",
            file=sys.stderr,
        )
    if check:
        if result.plan.changed:
            sys.stdout.write(writer.diff(root / "docs", result.plan))
            print("docs/ is out of date: run `python -m build_tools build`", file=sys.stderr)
        return 1 if result.plan.changed or result.warnings else 0
    changes = result.plan
    print(
        f"docs/: {len(changes.write)} written, {len(changes.remove)} removed"
        if changes.changed
        else "docs/ is up to date"
    )
    return 0


CONFIGS = {"mkdocs.yml": "", "mkdocs.en.yml": "en"}
"""Each language's MkDocs configuration and its folder in ``site/``."""


def _site(root: Path) -> int:
    code = _build(root, check=False)
    if code:
        return code
    environment = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": reader.source_date_epoch(root),
    }
    shutil.rmtree(root / "site", ignore_errors=True)
    # Both languages at once, each into a folder of its own (the root language's build empties
    # site/ first), then moved into place: the same files as one after the other, in half the time.
    with tempfile.TemporaryDirectory(dir=root, prefix=".site-") as partial:
        builds = []
        for config, folder in CONFIGS.items():
            command = [sys.executable, "-m", ENGINE, "build", "--strict", "--config-file"]
            command.append(str(root / config))
            if folder:
                command += ["--site-dir", str(Path(partial) / folder)]
            builds.append(
                subprocess.Popen(
                    command,
                    cwd=root,
                    env=environment,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    text=True,
                )
            )
        outputs = [build.communicate()[0] for build in builds]
        for output in outputs:  # one language's messages, then the other's
            sys.stderr.write(output)
        if any(build.returncode for build in builds):
            return 1
        for folder in filter(None, CONFIGS.values()):
            shutil.move(Path(partial) / folder, root / "site" / folder)
    # The search index, one per language, its words folded like the search box's queries.
    write_index(root / "site")
    print(
        f"site/: built ({root / 'site'}); preview: python -m http.server 8000 "
        "--bind 127.0.0.1 --directory site"
    )
    return 0
