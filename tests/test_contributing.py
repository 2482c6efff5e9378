"""The contributing guides work as written: a contributor who follows CONTRIBUTING.md literally
(append the example term and event where it says, run the commands of its checks block) gets a
clean build with the new term and event on the generated pages. The Arabic guide has the same
examples, and every relative link in either guide leads somewhere."""

from __future__ import annotations

import html
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from build_tools.language.codes import Lang
from tests.conftest import FULL_SITE

ROOT = Path(__file__).resolve().parent.parent
GUIDES: dict[Lang, Path] = {"en": ROOT / "CONTRIBUTING.md", "ar": ROOT / "CONTRIBUTING.ar.md"}
MARKERS = ("glossary", "timeline", "checks")

_MARKER_RE = re.compile(r"^<!-- example: ([a-z]+) -->$", re.MULTILINE)
_FENCE_RE = re.compile(r"^( *)```([\w-]*)\n(.*?)^\1```$", re.MULTILINE | re.DOTALL)
_LINK_RE = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
_APPEND_RE = re.compile(r"end of `([^`]+)`")
_KEY_RE = re.compile(r"top-level key `([a-z_]+):`")


def _guide(lang: Lang) -> str:
    return GUIDES[lang].read_text(encoding="utf-8")


def _example(text: str, name: str) -> tuple[str, str]:
    """The language and body of the fenced block right after ``<!-- example: NAME -->``."""
    found = re.search(
        rf"^<!-- example: {name} -->\n```([\w-]+)\n(.*?)^```$", text, re.MULTILINE | re.DOTALL
    )
    assert found, f"no fenced block right after <!-- example: {name} -->"
    return found.group(1), found.group(2)


def _instruction(text: str, name: str) -> str:
    """The paragraph just before the marker: the sentence that says where the example goes."""
    before = text[: text.index(f"<!-- example: {name} -->")].rstrip("\n")
    return before.rsplit("\n\n", 1)[-1]


def _append_example(project: Path, guide: str, name: str) -> Any:
    """Do what the guide says: append the block to the end of the file it names, under the
    top-level key it names (which must be the file's last one). Returns the parsed entries."""
    lang, block = _example(guide, name)
    assert lang == "yaml"
    sentence = " ".join(_instruction(guide, name).split())
    target, key = _APPEND_RE.search(sentence), _KEY_RE.search(sentence)
    assert target and key, f"the {name} example does not say which file and key it goes under"
    path = project / target.group(1)
    original = path.read_text(encoding="utf-8")
    top_level = re.findall(r"^([a-z_]+):", original, re.MULTILINE)
    assert top_level[-1] == key.group(1), f"{target.group(1)} does not end with {key.group(1)}:"
    path.write_text(original.rstrip("\n") + "\n" + block, encoding="utf-8")
    return yaml.safe_load(block)


def _commands(block: str) -> list[list[str]]:
    """The block's commands, ``.venv/bin/python`` replaced by the interpreter running the tests."""
    commands = []
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        argv = shlex.split(line)
        assert argv[:3] == [".venv/bin/python", "-m", "build_tools"], line
        assert argv[3] in ("check", "build"), f"the checks block runs check and build only: {line}"
        commands.append([sys.executable, *argv[1:]])
    return commands


def _page_text(path: Path) -> str:
    """A generated page's text without its markup (the build wraps Latin runs in <bdi>)."""
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


def test_following_the_guide_adds_the_term_and_the_event(project: Path) -> None:
    guide = _guide("en")
    (term,) = _append_example(project, guide, "glossary")
    (event,) = _append_example(project, guide, "timeline")
    lang, block = _example(guide, "checks")
    assert lang == "sh"
    commands = _commands(block)
    assert commands, "the checks block has no command"
    for command in commands:
        done = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"{shlex.join(command[1:])}:\n{done.stdout}{done.stderr}"
    for page_lang in ("ar", "en"):
        glossary = _page_text(project / "docs" / page_lang / "glossary.md")
        assert term["id"] in glossary
        assert term[page_lang]["term"] in glossary
        timeline = _page_text(project / "docs" / page_lang / "timeline.md")
        assert f"ev-{event['id']}" in (project / "docs" / page_lang / "timeline.md").read_text(
            encoding="utf-8"
        )
        assert event["title"][page_lang] in timeline
        assert event["description"][page_lang] in timeline


def test_the_examples_are_new() -> None:
    """The examples add entries; they do not repeat ones the site the guide is followed on has."""
    guide = _guide("en")
    for name, file in (("glossary", "glossary.yml"), ("timeline", "timeline.yml")):
        (entry,) = yaml.safe_load(_example(guide, name)[1])
        existing = (FULL_SITE / file).read_text(encoding="utf-8")
        assert f"- id: {entry['id']}\n" not in existing


def test_both_guides_have_the_same_markers_and_blocks() -> None:
    texts = {lang: _guide(lang) for lang in GUIDES}
    for text in texts.values():
        assert tuple(_MARKER_RE.findall(text)) == MARKERS
    blocks = {
        lang: [
            (m.group(2), m.group(3).replace("\n" + m.group(1), "\n")) for m in _FENCE_RE.finditer(t)
        ]
        for lang, t in texts.items()
    }
    assert blocks["ar"] == blocks["en"]
    for name in MARKERS:
        assert _example(texts["ar"], name) == _example(texts["en"], name)
        # The sentence before each example names the same files and keys in both languages.
        names = {
            lang: set(re.findall(r"`([^`]+)`", _instruction(t, name))) for lang, t in texts.items()
        }
        assert names["ar"] == names["en"], name


@pytest.mark.parametrize("lang", GUIDES)
def test_each_guide_links_to_the_other_at_the_top(lang: Lang) -> None:
    other = next(path.name for other_lang, path in GUIDES.items() if other_lang != lang)
    head = "\n".join(_guide(lang).splitlines()[:5])
    assert f"]({other})" in head


def _anchors(text: str) -> set[str]:
    """GitHub's anchors for the headings of ``text``: lower case, punctuation dropped, spaces
    to hyphens (Arabic letters kept)."""
    prose = _FENCE_RE.sub("", text)
    headings = re.findall(r"^#{1,6} (.+)$", prose, re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("lang", GUIDES)
def test_relative_links_lead_to_existing_files(lang: Lang) -> None:
    text = _guide(lang)
    prose = _FENCE_RE.sub("", text)
    links = [
        link
        for link in _LINK_RE.findall(prose)
        if not re.match(r"^[a-z][a-z0-9+.-]*:", link)  # http:, https:, mailto:
    ]
    assert links
    for link in links:
        path, _, fragment = link.partition("#")
        if path:
            assert (GUIDES[lang].parent / path).exists(), link
        elif fragment:
            assert fragment in _anchors(text), link
