"""Debian's Chromium, as the browser tests and the benchmark start it (no downloaded browser)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

EXECUTABLE = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
"""Without the background-networking flags Chromium tries to reach Google's hosts at start."""


class ChromiumMissing(RuntimeError):
    """The browser tests and benchmarks need Debian's Chromium, and it is not installed."""


def launch(playwright: Playwright) -> Browser:
    if not Path(EXECUTABLE).exists():
        raise ChromiumMissing(
            f"no Chromium at {EXECUTABLE}: install it with `bash build_tools/setup.sh "
            "--with-browser` (Debian's chromium package), or run only the tests that need no "
            'browser: `.venv/bin/python -m pytest -m "not browser"`'
        )
    return playwright.chromium.launch(executable_path=EXECUTABLE, args=ARGS)
