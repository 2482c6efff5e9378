"""Reading source files: strict UTF-8, no bidi controls, front matter with line numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from build_tools.arabic import find_bidi_controls
from build_tools.content.yamlio import Mapping, load_yaml
from build_tools.errors import Problem, Problems
from build_tools.language.codes import LANGUAGES, Bilingual

"""The site's languages, Arabic first."""

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
"""An id (a term, a chip, an event, a correction, a page) and an article's folder name:
lower-case a-z, 0-9 and ``-``, not starting with ``-`` (each loader's message says so)."""

MAX_SOURCE_BYTES = 1_000_000
"""Largest source file accepted: the longest article is about 10 KB."""
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A Markdown link or image whose target runs script or embeds a document: [text](javascript:…),
# <data:…>, or a reference definition [id]: vbscript:…
_UNSAFE_URL_RE = re.compile(
    r"(?:\]\(\s*<?|<|^\s*\[[^\]]+\]:\s*<?)((?:javascript|vbscript|data|file)\s*:)",
    re.IGNORECASE,
)
_RAW_HTML_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--")


def read_source(path: Path, rel: str, root: Path | None = None) -> tuple[str | None, list[Problem]]:
    """Read a source file as UTF-8; report, by line, what no source may contain: undecodable
    bytes, control characters, bidi controls, links that run script. Files over 1 MB and links
    to files outside ``root`` are refused unread."""
    refused = _refused_unread(path, rel, root)
    if refused:
        return None, [refused]
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return None, [
            Problem(rel, line, f"not UTF-8 (byte 0x{data[err.start]:02x}); save the file as UTF-8")
        ]
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    lines = list(enumerate(text.split("\n"), start=1))
    controls = [
        Problem(
            rel,
            n,
            f"control character U+{ord(found[0]):04X}; this is not a text file, or remove it",
        )
        for n, content in lines
        if (found := _CONTROL_RE.search(content))
    ]
    if controls:  # not text: nothing more is read from it
        return None, controls
    bidi = [
        Problem(
            rel,
            n,
            f"invisible bidi control character {name}; remove it "
            "(the build isolates mixed-direction text itself)",
        )
        for n, name in find_bidi_controls(text)
    ]
    unsafe = [
        Problem(
            rel,
            n,
            f"link with a {url[1].rstrip(': ').lower()}: address; only "
            "http(s) addresses and pages of the site",
        )
        for n, content in lines
        if (url := _UNSAFE_URL_RE.search(content))
    ]
    return text, bidi + unsafe


def _refused_unread(path: Path, rel: str, root: Path | None) -> Problem | None:
    """A link to a file outside the repository, or a file too large to be a source."""
    if root is not None and not path.resolve().is_relative_to(root.resolve()):
        return Problem(
            rel,
            0,
            f"links to {path.resolve()}, outside the repository; "
            "put the file itself in the repository",
        )
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        return Problem(
            rel, 0, f"is {size:,} bytes; a source file may have at most {MAX_SOURCE_BYTES:,}"
        )
    return None


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


def raw_html_problems(text: str, rel: str) -> list[Problem]:
    """One problem per line of a YAML source that holds raw HTML."""
    return [
        Problem(rel, n, "raw HTML is not allowed; write plain text") for n in raw_html_lines(text)
    ]


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
    text, problems = read_source(root / rel, rel, root)
    found.extend(problems)
    if text is None:
        return None, found
    data, problems = load_yaml(text, rel)
    found.extend(problems)
    found.extend(raw_html_problems(text, rel))
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


def bilingual(item: Mapping, key: str, rel: str, what: str, found: Problems) -> Bilingual:
    """``item[key]`` in every language (``{ar: …, en: …}``); each missing one is a problem."""
    part = item.get(key)
    texts = {}
    for lang in LANGUAGES:
        value = str(part.get(lang) or "").strip() if isinstance(part, Mapping) else ""
        if not value:
            found.add(rel, item.line_of(key), f"{what} is missing its {lang} {key}")
        texts[lang] = value
    return texts
