"""Hostile sources: each case breaks a copy of the project on purpose, then the build runs in a
separate process under a time limit. It must stop with the expected messages (exit 1) within
the limit: no crash, no hang, nothing written to docs/ or anywhere else in the project."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from build_tools.content.yamlio import MAX_DEPTH
from tests.build_errors import expected_stderr
from tests.conftest import tree_digest

SECONDS = 30  # the whole build takes about 2 s; a hang or a blow-up takes far longer
RAW_HTML = "raw HTML is not allowed; write plain text"
HTML_MESSAGES = {  # by folder of content_src/
    "articles": "raw HTML is not allowed in article text; write plain text",
    "pages": "raw HTML is not allowed; use Markdown",
}
ARTICLE = "content_src/articles/deepseek-r2-delay"
# A text field of every kind of source: (file, where the payload goes: at the end of the first
# match of the pattern, at the start of a paragraph or of a value).
PARAGRAPH = r"^(?=[^-#{\s][^:]{20,}$)"  # a body line: front matter lines have a colon
FIELDS = [
    (f"{ARTICLE}/article.ar.md", PARAGRAPH),
    (f"{ARTICLE}/article.en.md", r"^title: "),  # front matter
    ("content_src/pages/about.ar.md", PARAGRAPH),
    ("content_src/home.yml", r"^\s+ar: "),
    ("content_src/glossary.yml", r"^\s+definition: "),
    ("content_src/chips.yml", r'\{ar: "'),
    ("content_src/timeline.yml", r"^\s+ar: "),
    ("content_src/sources.yml", r"^\s+title: "),
]
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]


def inject(project: Path, rel: str, pattern: str, payload: str) -> int:
    """Insert ``payload`` where ``pattern`` first matches; return the number of that line."""
    path = project / rel
    lines = path.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines):
        if found := re.search(pattern, line):
            lines[number] = f"{line[: found.end()]}{payload} {line[found.end() :]}"
            path.write_text("\n".join(lines), encoding="utf-8")
            return number + 1
    raise AssertionError(f"nothing matches {pattern} in {rel}")


def markup_in_every_field(p: Path) -> list[str]:
    return [
        f"{rel}:{inject(p, rel, pattern, PAYLOADS[i % 2])}: "
        + HTML_MESSAGES.get(rel.split("/")[1], RAW_HTML)
        for i, (rel, pattern) in enumerate(FIELDS)
    ]


def script_links(p: Path) -> list[str]:
    links = ["[a](javascript:alert(1))", "![b](data:text/html;base64,PHNjcmlwdD4=)"]
    return [
        f"{rel}:{inject(p, rel, pattern, link)}: link with a {scheme}: address; "
        "only http(s) addresses and pages of the site"
        for (rel, pattern), link, scheme in zip(
            [FIELDS[0], FIELDS[2]], links, ["javascript", "data"], strict=True
        )
    ]


def bidi_trick(p: Path) -> list[str]:
    rel, pattern = FIELDS[4]
    line = inject(p, rel, pattern, "\u202egnp.exe")  # RIGHT-TO-LEFT OVERRIDE
    return [
        f"{rel}:{line}: invisible bidi control character U+202E RIGHT-TO-LEFT OVERRIDE; remove "
        "it (the build isolates mixed-direction text itself)"
    ]


def billion_laughs(p: Path) -> list[str]:
    rel = "content_src/timeline.yml"
    laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    laughs += [
        f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    (p / rel).write_text("\n".join(laughs) + "\n", encoding="utf-8")
    return [f"{rel}:1: YAML anchor &a is not allowed; write every value out in full"]


def deeply_nested(p: Path) -> list[str]:
    rel = "content_src/chips.yml"
    (p / rel).write_text("chips: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    return [f"{rel}:1: nested more than {MAX_DEPTH} levels deep; content needs far fewer"]


def ten_megabytes(p: Path) -> list[str]:
    rel = FIELDS[0][0]
    (p / rel).write_text("ا" * 5_000_000 + "\n", encoding="utf-8")
    return [f"{rel}: is 10,000,001 bytes; a source file may have at most 1,000,000"]


def binary_garbage(p: Path) -> list[str]:
    rel = "content_src/glossary.yml"
    (p / rel).write_bytes(bytes(range(256)) * 64)
    return [f"{rel}:2: not UTF-8 (byte 0x80); save the file as UTF-8"]


def control_characters(p: Path) -> list[str]:
    rel, pattern = FIELDS[7]
    line = inject(p, rel, pattern, "\x00\x1b[2J")
    return [f"{rel}:{line}: control character U+0000; this is not a text file, or remove it"]


def symlink_outside(p: Path) -> list[str]:
    rel = "content_src/pages/about.en.md"
    (p / rel).unlink()
    os.symlink("/etc/hostname", p / rel)
    target = Path("/etc/hostname").resolve()
    return [
        f"{rel}: links to {target}, outside the repository; put the file itself in the repository"
    ]


CASES: dict[str, Callable[[Path], list[str]]] = {
    f.__name__: f
    for f in [
        markup_in_every_field,
        script_links,
        bidi_trick,
        billion_laughs,
        deeply_nested,
        ten_megabytes,
        binary_garbage,
        control_characters,
        symlink_outside,
    ]
}


@pytest.mark.parametrize("case", CASES)
def test_hostile_source_is_refused_in_time_and_nothing_is_written(case: str, project: Path) -> None:
    expected = CASES[case](project)
    before = tree_digest(project)
    outside = sorted(project.parent.iterdir())
    done = subprocess.run(
        [sys.executable, "-m", "build_tools", "--root", str(project), "build"],
        capture_output=True,
        text=True,
        timeout=SECONDS,  # raises, and fails the test, on a hang
        check=False,
    )
    assert done.returncode == 1, done.stderr[-2000:]  # not a crash (negative) nor success
    assert done.stderr.splitlines() == expected_stderr(expected)
    assert tree_digest(project) == before
    assert sorted(project.parent.iterdir()) == outside
