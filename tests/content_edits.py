"""Edits a contributor might make to content_src/, all valid: used to show that no test depends
on today's wording of the content (tests/test_content_edits.py)."""

from __future__ import annotations

from pathlib import Path

NEW_CORRECTION = """  - id: edit-test-correction
    date: 2026-12-02
    page: about
    text:
      ar: صُحّحت جملة في هذه الصفحة.
      en: A sentence on this page was corrected.
"""


def _replace_first(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{path}: '{old}' not found (the edit needs updating)"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_content(root: Path) -> list[str]:
    """Change a definition, an about page, the home page's intro, an event title, a paragraph's
    translation, and add a correction; return the files changed."""
    src = root / "content_src"
    changed = []
    for rel, marker, extra in [
        ("glossary.yml", "    en:\n", None),
        ("pages/about.en.md", "\n- ", "- Contributors edit this list. "),
        ("home.yml", "intro:\n  ar: ", None),
        ("timeline.yml", "      en: ", None),
    ]:
        path = src / rel
        text = path.read_text("utf-8")
        at = text.index(marker) + len(marker)
        if rel == "glossary.yml":  # the first English definition: one word more
            at = text.index("definition: ", at) + len("definition: ")
            path.write_text(text[:at] + "In short, " + text[at:], encoding="utf-8")
        elif extra:
            path.write_text(text[:at] + extra + text[at:], encoding="utf-8")
        elif rel == "home.yml":
            path.write_text(text[:at] + text[at:].replace("شرح", "عرض", 1), encoding="utf-8")
        else:
            path.write_text(text[:at] + "In brief, " + text[at:], encoding="utf-8")
        changed.append(rel)
    corrections = src / "corrections.yml"
    text = corrections.read_text("utf-8")
    at = text.index("\ncorrections:\n") + len("\ncorrections:\n")
    corrections.write_text(text[:at] + NEW_CORRECTION + text[at:], encoding="utf-8")
    changed.append("corrections.yml")
    return changed
