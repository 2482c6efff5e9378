"""The small site of tests/fixtures/site/: content made for the renderers' goldens, so that the
goldens describe the renderers and not today's content (a content edit never breaks them)."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from build_tools.build import render_site
from build_tools.content.reader import load_content
from tests.conftest import FIXTURES

SMALL_SITE = FIXTURES / "site"


@functools.cache
def rendered_small_site() -> dict[str, str]:
    """Every generated text file of the small site's docs/ (fonts aside: tests/test_fonts.py)."""
    content, _ = load_content(SMALL_SITE)
    with tempfile.TemporaryDirectory() as docs:
        outputs = render_site(content, Path(docs))
    return {path: data.decode("utf-8") for path, data in outputs.items() if "/assets/" not in path}
