"""The MkDocs glue's logic, without MkDocs: the theme patches (and their loud failure when the
theme's markup changes), language settings, edit links, the preview test, alternates."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from build_tools.errors import ToolFailure
from build_tools.glue import mkdocs_hooks
from build_tools.glue.site_config import (
    edit_url,
    i18n,
    language_roots,
    published_languages,
    serving,
    with_alternates,
)
from build_tools.glue.theme_html import finished, replace_once, with_search_body
from build_tools.language.codes import as_lang
from build_tools.postbuild.stylesheet import one_stylesheet

PAGE = (
    '<html lang="ar" class="no-js"><head><meta charset="utf-8"><script>go()</script></head><body>'
    '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">'
    '<input class="md-toggle" type="checkbox" id="__search" autocomplete="off">'
    '<article class="md-content__inner md-typeset"><p>نص</p></article></body></html>'
)


def test_a_finished_page_has_its_direction_and_no_autocomplete_on_the_toggles() -> None:
    html = finished(PAGE, "ar", "https://example.org/")
    assert '<html lang="ar" dir="rtl" class="no-js">' in html
    assert 'id="__drawer">' in html and 'id="__search">' in html
    assert "autocomplete" not in html
    assert '<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy"' in html


def test_a_page_without_its_charset_cannot_get_its_policy() -> None:
    with pytest.raises(PluginError, match=r"^the theme's HTML changed: no <meta charset"):
        finished(PAGE.replace('<meta charset="utf-8">', ""), "ar", "https://example.org/")


@pytest.mark.parametrize(
    ("missing", "what"),
    [
        ('<html lang="ar" class="no-js">', "the page's direction"),
        ('id="__drawer" autocomplete="off">', "the drawer toggle without autocomplete"),
        ('id="__search" autocomplete="off">', "the search toggle without autocomplete"),
    ],
)
def test_a_theme_patch_that_finds_nothing_stops_the_build(missing: str, what: str) -> None:
    changed = PAGE.replace(missing, missing.replace('"', "'"))
    with pytest.raises(PluginError) as caught:
        finished(changed, "ar", "https://example.org/")
    assert str(caught.value).startswith(f"the theme's HTML changed: {what} found no ")
    assert str(caught.value).endswith("update build_tools/glue/theme_html.py for the new markup")


def test_replace_once_replaces_only_the_first() -> None:
    assert replace_once("a a", "a", "b", "x") == "b a"


def test_the_search_body_is_marked_and_articles_weigh_more() -> None:
    assert "data-pagefind-body>" in with_search_body(PAGE, None)
    weighted = with_search_body(PAGE, 3)
    assert 'md-typeset" data-pagefind-body data-pagefind-weight="3">' in weighted
    with pytest.raises(PluginError, match="the search index's page body"):
        with_search_body("<article>", None)


def test_each_language_has_its_root_the_arabic_at_the_top() -> None:
    assert language_roots("https://example.org/site") == {
        "ar": "https://example.org/site/",
        "en": "https://example.org/site/en/",
    }


def test_the_switcher_offers_the_other_language_with_its_direction() -> None:
    roots = language_roots("https://example.org/")
    settings = i18n("en", roots, True, {"index.md": ["ar", "en"]})
    assert settings["switch"] == [{"code": "ar", "name": "العربية", "dir": "rtl", "prefix": "../"}]
    assert settings["search"] == "Search" and settings["published"] == {"index.md": ["ar", "en"]}
    assert i18n("ar", roots, False, {})["switch"][0]["prefix"] == "en/"


@pytest.mark.parametrize(
    ("repo", "edit", "source", "expected"),
    [
        ("https://github.com/o/r", "edit/main/", "content_src/home.yml",
         "https://github.com/o/r/edit/main/content_src/home.yml"),
        ("https://github.com/o/r/", "/edit/main", "content_src/pages/about.ar.md",
         "https://github.com/o/r/edit/main/content_src/pages/about.ar.md"),
        ("https://github.com/o/r", "edit/main/", "build_tools/render/search_page.py", None),
        ("https://github.com/o/r", "edit/main/", None, None),
        (None, "edit/main/", "content_src/home.yml", None),
    ],
)  # fmt: skip
def test_only_a_page_made_from_content_src_has_an_edit_link(
    repo: str | None, edit: str, source: str | None, expected: str | None
) -> None:
    assert edit_url(repo, edit, source) == expected


def test_a_preview_is_recognised_by_its_command() -> None:
    """Not by its address: a real build may be made for http://127.0.0.1:8000/ too."""
    assert serving(["/venv/bin/mkdocs", "serve", "-a", "127.0.0.1:8000"])
    assert serving(["/venv/lib/mkdocs/__main__.py", "-q", "serve"])
    assert not serving(["/venv/bin/mkdocs", "build", "--strict"])
    assert not serving(["pytest"])


def test_an_alternate_link_points_at_the_same_page_in_the_other_language() -> None:
    switch = [{"code": "en", "prefix": "en/"}]
    html = with_alternates('<a href="alternate:en">English</a>', switch, "chips.html")
    assert html == '<a href="en/chips.html">English</a>'


def test_a_page_not_translated_yet_is_published_in_arabic_only(tmp_path: Path) -> None:
    for path in ("ar/index.md", "en/index.md", "ar/new.md"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("x")
    assert published_languages(tmp_path, ["index.md", "new.md"]) == {
        "index.md": ["ar", "en"],
        "new.md": ["ar"],
    }


def test_a_theme_without_its_stylesheet_is_one_message(tmp_path: Path) -> None:
    (tmp_path / "assets/stylesheets").mkdir(parents=True)
    with pytest.raises(ToolFailure) as caught:
        one_stylesheet(tmp_path)
    assert str(caught.value) == (
        "the theme's stylesheets changed: expected one main.*.min.css in "
        f"{tmp_path}/assets/stylesheets, found none; update build_tools/postbuild/stylesheet.py"
    )


def test_a_configuration_in_a_language_the_site_does_not_have_is_refused() -> None:
    assert as_lang("en") == "en"
    with pytest.raises(ValueError, match=r"^unknown language 'fr'; expected one of ar, en$"):
        as_lang("fr")


def test_the_hook_refuses_a_language_the_site_does_not_have_in_one_line() -> None:
    config = SimpleNamespace(theme={"language": "fr"})
    with pytest.raises(PluginError, match=r"^theme.language: unknown language 'fr'"):
        mkdocs_hooks.on_post_template("x", "404.html", config)  # type: ignore[arg-type]
