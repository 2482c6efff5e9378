"""The site's one stylesheet, ``assets/stylesheets/site.css``, written after the build: the
theme's rules purged of what no page uses (:mod:`.css_purge`), its palette, and the site's own
rules (main.html links it); the theme's other stylesheets, source maps and scripts removed."""

from __future__ import annotations

import shutil
from pathlib import Path

from build_tools.errors import ToolFailure
from build_tools.postbuild.css_purge import WORD_RE, bundle, purge

SHEETS = "assets/stylesheets"


def one_stylesheet(site: Path) -> None:
    used: set[str] = set()
    for page in site.rglob("*.html"):
        used.update(WORD_RE.findall(page.read_text(encoding="utf-8")))
    sheets = site / SHEETS
    theme_css, palette_css = _only(sheets, "main.*.min.css"), _only(sheets, "palette.*.min.css")
    own_css = sheets / "site.css"
    own_css.write_text(
        bundle(
            purge(theme_css.read_text(encoding="utf-8"), used),
            palette_css.read_text(encoding="utf-8"),
            own_css.read_text(encoding="utf-8"),
        ),
        encoding="utf-8",
    )
    for leftover in [theme_css, palette_css, *sheets.glob("*.css.map")]:
        leftover.unlink()
    shutil.rmtree(site / "assets/javascripts", ignore_errors=True)


def _only(folder: Path, pattern: str) -> Path:
    """The one file of the theme that matches ``pattern``; the theme changed if there is none
    or several."""
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        names = ", ".join(p.name for p in found) or "none"
        raise ToolFailure(
            f"the theme's stylesheets changed: expected one {pattern} in {folder}, found "
            f"{names}; update build_tools/postbuild/stylesheet.py"
        )
    return found[0]
