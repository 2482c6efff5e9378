"""The theme's stylesheet, purged of rules no page can use and bundled with its palette and the
site's rules: unit cases, then the proof that matters, in Chromium: every element of every page
gets the same computed style as with the theme's full stylesheets, on a phone (light) and a wide
screen (dark)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import material
import pytest
from playwright.sync_api import Browser, Route

from build_tools.dev.pages_server import site_pages
from build_tools.postbuild.css_purge import bundle, purge

THEME_SHEETS = Path(material.__file__).parent / "templates/assets/stylesheets"
OWN_CSS = Path(__file__).parent.parent / "build_tools/theme/assets/stylesheets/site.css"

USED = {"md-typeset", "md-nav", "focus-visible"}


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        (".md-typeset p{margin:0}", ".md-typeset p{margin:0}"),
        (".md-post p{margin:0}", ""),
        (".md-post,.md-nav{color:red}", ".md-nav{color:red}"),
        (".md-nav:not(.md-post){color:red}", ".md-nav:not(.md-post){color:red}"),
        (":is(.md-post,.md-tabs) a{color:red}", ":is(.md-post,.md-tabs) a{color:red}"),
        ('a[href$=".md-post"]{color:red}', 'a[href$=".md-post"]{color:red}'),
        (
            "@media print{.md-post{display:none}.md-nav{display:none}}",
            "@media print{.md-nav{display:none}}",
        ),
        ("@media print{.md-post{display:none}}", ""),
        ("@keyframes md-post{0%{opacity:0}}", "@keyframes md-post{0%{opacity:0}}"),
        ('.md-nav:after{content:"}{"}.md-post{x:y}', '.md-nav:after{content:"}{"}'),
        ('@charset "UTF-8";a{b:c}', '@charset "UTF-8";\na{b:c}'),
        ("a{b:c}/*# sourceMappingURL=main.css.map*/", "a{b:c}"),
    ],
)
def test_purge(css: str, expected: str) -> None:
    assert purge(css, USED) == expected


def test_bundle_keeps_order_and_one_charset_first() -> None:
    joined = bundle(
        '@charset "UTF-8";a{b:c}\n/*# sourceMappingURL=main.css.map*/',
        '@charset "UTF-8";d{e:f}',
        "/* ours */ g{h:i}",
    )
    assert joined == '@charset "UTF-8";\na{b:c}\nd{e:f}\n/* ours */ g{h:i}\n'


def test_unbalanced_stylesheet_is_refused() -> None:
    with pytest.raises(ValueError, match="unbalanced"):
        purge(".md-nav{color:red", USED)


# Every element's computed style (custom properties included), hashed, one per element.
COMPUTED = """() => Array.from(document.querySelectorAll('*'), e => {
  const s = getComputedStyle(e);
  const text = Array.from(s, p => p + ':' + s.getPropertyValue(p)).sort().join(';');
  let hash = 0;
  for (let i = 0; i < text.length; i++) { hash = (hash * 31 + text.charCodeAt(i)) | 0; }
  return e.tagName + ' ' + hash;
})"""


@pytest.mark.browser
@pytest.mark.parametrize(("width", "scheme"), [(360, "light"), (1280, "dark")])
def test_purged_stylesheet_styles_every_element_as_the_themes(
    built_site: tuple[Path, str], browser: Browser, width: int, scheme: Literal["light", "dark"]
) -> None:
    site, base = built_site
    [theme_css] = THEME_SHEETS.glob("main.*.min.css")
    [palette_css] = THEME_SHEETS.glob("palette.*.min.css")
    full = bundle(*(p.read_text("utf-8") for p in (theme_css, palette_css, OWN_CSS)))
    bundled = [p.stat().st_size for p in site.rglob("assets/stylesheets/*.css")]
    assert len(bundled) == 2 and all(size < len(full.encode()) / 2 for size in bundled)

    def full_theme_css(route: Route) -> None:
        route.fulfill(body=full, content_type="text/css; charset=utf-8")

    context = browser.new_context(
        viewport={"width": width, "height": 800}, color_scheme=scheme, reduced_motion="reduce"
    )
    ours, theirs = context.new_page(), context.new_page()
    theirs.route("**/assets/stylesheets/site.css", full_theme_css)
    differences: list[str] = []
    for path in site_pages(site):
        ours.goto(base + path)
        theirs.goto(base + path)
        for mine, expected in zip(ours.evaluate(COMPUTED), theirs.evaluate(COMPUTED), strict=True):
            if mine != expected:
                differences.append(f"{path}: {mine.split(' ', 1)[0]}")
    context.close()
    assert differences == []
