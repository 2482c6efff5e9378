"""Reading source files: strict UTF-8, no bidi controls, front matter with line numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from build_tools.arabic import find_bidi_controls
from build_tools.errors import Problem, Problems
from build_tools.yamlio import Mapping, load_yaml

LANGUAGES = ("ar", "en")
"""The site's languages, Arabic first."""

_RAW_HTML_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--")


def read_source(path: Path, rel: str) -> tuple[str | None, list[Problem]]:
    """Read a source file as UTF-8; report undecodable bytes and bidi controls by line."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return None, [
            Problem(rel, line, f"not UTF-8 (byte 0x{data[err.start]:02x}); save the file as UTF-8")
        ]
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    problems = [
        Problem(
            rel,
            line,
            f"invisible bidi control character {name}; remove it "
            "(the build isolates mixed-direction text itself)",
        )
        for line, name in find_bidi_controls(text)
    ]
    return text, problems


def raw_html_lines(text: str, first_line: int = 1) -> list[int]:
    """Lines of ``text`` that contain raw HTML tags or comments (not allowed in sources)."""
    lines = []
    in_code = False
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.lstrip().startswith("```"):
            in_code = not in_code
        elif not in_code and _RAW_HTML_RE.search(re.sub(r"`[^`]*`", "", line)):
            lines.append(number)
    return lines


def split_front_matter(text: str, rel: str) -> tuple[Any, str, int, list[Problem]]:
    """Split ``---`` YAML front matter from a Markdown body.

    Returns the parsed front matter (``None`` when absent or broken), the body, the line number
    of the body's first line, and problems.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return (
            None,
            text,
            1,
            [
                Problem(
                    rel,
                    1,
                    "missing front matter: the file must start "
                    "with a line '---', then YAML, then '---'",
                )
            ],
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        return (
            None,
            text,
            1,
            [Problem(rel, 1, "front matter is not closed: add a line '---' after the YAML")],
        )
    data, problems = load_yaml("\n".join(lines[1:end]), rel, first_line=2)
    if data is not None and not isinstance(data, Mapping):
        problems.append(Problem(rel, 2, "front matter must be a YAML mapping (key: value)"))
        data = None
    return data, "\n".join(lines[end + 1 :]), end + 2, problems


def read_yaml_list(root: Path, rel: str, key: str) -> tuple[Mapping | None, Problems]:
    """Read a YAML source whose top level holds a list under ``key``; raw HTML is refused.

    Returns the data (``None`` when it cannot be used) and the problems found so far.
    """
    found = Problems()
    text, problems = read_source(root / rel, rel)
    found.extend(problems)
    if text is None:
        return None, found
    data, problems = load_yaml(text, rel)
    found.extend(problems)
    found.extend(
        Problem(rel, n, "raw HTML is not allowed; write plain text") for n in raw_html_lines(text)
    )
    if not isinstance(data, Mapping) or not isinstance(data.get(key), list):
        if not found:
            found.add(rel, 1, f"expected a mapping with a list '{key}:'")
        return None, found
    return data, found


class _Identified(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def line(self) -> int: ...


T = TypeVar("T", bound=_Identified)


def unique_by_id(items: Iterable[T | None], rel: str, label: str, found: Problems) -> dict[str, T]:
    """Items by id; a repeated id is a problem at its line, naming the first one's."""
    unique: dict[str, T] = {}
    for item in items:
        if item is None:
            continue
        if item.id in unique:
            found.add(
                rel,
                item.line,
                f"duplicate {label} '{item.id}' (first defined at line {unique[item.id].line})",
            )
        else:
            unique[item.id] = item
    return unique
