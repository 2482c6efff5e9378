"""Lighthouse, pinned in build_tools/node/ (npm), run on Debian's Chromium by a small Node script.

Used by the quality-gate tests and by ``python -m build_tools.dev.benchmark_budget``.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

NODE_DIR = Path(__file__).parent.parent / "node"
SCRIPT = NODE_DIR / "lighthouse-pages.mjs"


def run(urls: list[str], presets: str = "mobile,desktop") -> list[dict[str, Any]]:
    """One summary per URL and preset: scores, metrics (ms), requests, bytes, failed audits."""
    done = subprocess.run(
        ["node", str(SCRIPT), presets, *urls],
        capture_output=True,
        text=True,
        check=False,
        cwd=NODE_DIR,
    )
    if done.returncode:
        raise RuntimeError(f"Lighthouse failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
