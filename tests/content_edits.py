"""Edits a contributor might make to content_src/, all valid: used to show that no test depends
on today's wording of the content (tests/test_content_edits.py). They change the data, whatever
its wording or layout, so that they keep working as the content changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # content_src/ refuses YAML anchors


def _edit_yaml(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(text, encoding="utf-8")


def _new_correction(data: dict[str, Any]) -> None:
    taken = {c["id"] for c in data.get("corrections") or []}
    number = next(n for n in range(1, 1000) if f"edit-test-{n}" not in taken)
    correction = {
        "id": f"edit-test-{number}",
        "date": max([c["date"] for c in data.get("corrections") or []], default="2026-12-01"),
        "page": "about",
        "text": {"ar": "صُحّحت جملة في هذه الصفحة.", "en": "A sentence on this page was corrected."},
    }
    data["corrections"] = [correction, *(data.get("corrections") or [])]


def edit_content(root: Path) -> list[str]:
    """Change a definition, an event's title, the home page's intro and the about page, and log
    a correction; return the files changed."""
    src = root / "content_src"

    def definition(data: dict[str, Any]) -> None:
        english = data["terms"][0]["en"]
        english["definition"] = "In short, " + english["definition"]

    def event_title(data: dict[str, Any]) -> None:
        data["events"][0]["title"]["en"] = "In brief, " + data["events"][0]["title"]["en"]

    def intro(data: dict[str, Any]) -> None:
        data["intro"]["en"] += " Contributors maintain it."

    _edit_yaml(src / "glossary.yml", definition)
    _edit_yaml(src / "timeline.yml", event_title)
    _edit_yaml(src / "home.yml", intro)
    _edit_yaml(src / "corrections.yml", _new_correction)
    about = src / "pages/about.en.md"
    about.write_text(about.read_text("utf-8") + "\nContributors edit this page.\n", "utf-8")
    return ["glossary.yml", "timeline.yml", "home.yml", "corrections.yml", "pages/about.en.md"]
