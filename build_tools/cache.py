"""The cache of what is slow to make and the same from build to build (share cards, compiled
templates), in ``$XDG_CACHE_HOME/deepseek-r2-explainer`` (``~/.cache`` by default). A cache that
cannot be read or written only makes the build slower: it never fails it."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """Where derived files that are slow to make are kept between builds."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "deepseek-r2-explainer"


def store(path: Path, data: bytes) -> None:
    """Write ``data`` whole or not at all; a cache that cannot be written is only slower."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError:
        pass


def load(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
