"""Arabic first: an imported article publishes in Arabic at once; its English page is left out
everywhere until its title and category are translated, then shows what is translated and marks
the rest. What is still to translate is a warning, never an error (also under CI)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from build_tools.cli import main
from build_tools.content.translation import UNTRANSLATED
from build_tools.language.codes import Lang
from tests.conftest import FIXTURES, tree_digest

RAW = FIXTURES / "second-article" / "solar-desalination.ar.txt"
TRANSLATED = FIXTURES / "second-article" / "article.en.md"
SLUG = "solar-desalination"
SITE = "https://arabic-explainers.github.io/deepseek-r2/"


def imported(project: Path, date: str = "2026-12-02") -> Path:
    assert main(["--root", str(project), "import", str(RAW), "--date", date]) == 0
    return project / "content_src/articles" / SLUG


def translate_start(folder: Path) -> None:
    """The title, the category and the first paragraph translated; the rest still to do."""
    done = TRANSLATED.read_text("utf-8").split("\n\n")
    en = folder / "article.en.md"
    text = en.read_text("utf-8")
    front, first = done[0], done[1]
    text = front + "\n\n" + first + "\n\n" + text.split("\n\n", 2)[2]
    en.write_text(text, encoding="utf-8")


def docs_text(project: Path, lang: Lang) -> str:
    folder = project / "docs" / lang
    return "".join(p.read_text("utf-8") for p in folder.glob("*") if p.is_file())


def test_import_dates_the_article_with_the_day_of_the_import(project: Path) -> None:
    dates = project / "content_src/dates.yml"
    before = dates.read_text("utf-8")
    imported(project)
    after = dates.read_text("utf-8")
    assert after == before + f"  - page: {SLUG}\n    published: 2026-12-02\n"  # comments kept
    assert (
        main(["--root", str(project), "import", str(RAW), "--force", "--date", "2027-01-01"]) == 0
    )
    assert dates.read_text("utf-8") == after  # an article keeps the date it was published


def test_an_untranslated_article_publishes_in_arabic_only(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(project)
    capsys.readouterr()
    assert main(["--root", str(project), "build"]) == 0
    warnings = capsys.readouterr().err.splitlines()
    en_file = f"content_src/articles/{SLUG}/article.en.md"
    ids = [re.search(r"'([a-z0-9]+)' is not translated yet", w) for w in warnings]
    assert [m[1] for m in ids if m] == ["title", "category", "p1", "p2", "s1", "p3", "s2", "p4"]
    assert all(w.startswith(f"warning: {en_file}:") for w in warnings)
    ar = (project / "docs/ar" / f"{SLUG}.md").read_text("utf-8")
    assert "محطة تحلية" in ar and "alternate:en" not in ar  # no link to a missing translation
    assert not (project / "docs/en" / f"{SLUG}.md").exists()
    assert SLUG not in docs_text(project, "en")  # navigation, home, feed, metadata, glossary
    assert SLUG in (project / "docs/ar/.nav.yml").read_text("utf-8")
    assert SLUG in (project / "docs/ar/.feed.json").read_text("utf-8")
    assert "TODO" not in docs_text(project, "ar") + docs_text(project, "en")
    assert main(["--root", str(project), "build", "--check"]) == 0  # a warning, not a failure


def test_check_under_github_actions_warns_about_what_is_untranslated(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(project)
    capsys.readouterr()
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["--root", str(project), "check"]) == 0
    out = capsys.readouterr().out
    en_file = f"content_src/articles/{SLUG}/article.en.md"
    assert f"::warning file={en_file},line=9::'p1' is not translated yet" in out
    assert "::error" not in out and "content_src/: no problems." in out


def test_a_partly_translated_article_shows_the_original_where_untranslated(
    project: Path,
) -> None:
    translate_start(imported(project))
    assert main(["--root", str(project), "build"]) == 0
    en = (project / "docs/en" / f"{SLUG}.md").read_text("utf-8")
    assert "# Solar-powered desalination plant begins trial operation" in en
    assert "Translation in progress" in en
    assert "A small seawater desalination plant" in en
    assert "{: #p1 }" in en
    assert '{: #p2 .untranslated lang="ar" dir="rtl" }' in en
    assert en.count("Not yet translated. The original Arabic:") == 3  # p2, p3, p4
    assert re.search(r'^## .+ \{: #s1 \.untranslated lang="ar" dir="rtl" \}$', en, re.M)
    assert "TODO" not in en and UNTRANSLATED not in docs_text(project, "en")
    ar = (project / "docs/ar" / f"{SLUG}.md").read_text("utf-8")
    assert "alternate:en" in ar  # now there is an English page to link to
    assert SLUG in (project / "docs/en/.nav.yml").read_text("utf-8")


def test_an_invalid_dates_file_stops_the_import_before_anything_is_written(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dates = project / "content_src/dates.yml"
    dates.write_text("pages: [\n", encoding="utf-8")
    before = tree_digest(project / "content_src")
    assert main(["--root", str(project), "import", str(RAW)]) == 1
    assert "content_src/dates.yml" in capsys.readouterr().err
    assert tree_digest(project / "content_src") == before


@pytest.mark.site
def test_the_site_leaves_out_the_english_until_it_is_translated(project: Path) -> None:
    folder = imported(project)
    assert main(["--root", str(project), "site"]) == 0
    site = project / "site"
    page = (site / f"{SLUG}.html").read_text("utf-8")
    alternates = re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', page)
    assert alternates == [("ar", f"{SITE}{SLUG}.html"), ("x-default", f"{SITE}{SLUG}.html")]
    assert re.search(r'class="md-header__button lang-switch" href="en/index.html"', page)
    assert not (site / "en" / f"{SLUG}.html").exists()
    for name in ("sitemap.xml", "feed.xml", "index.html", "timeline.html", "glossary.html"):
        assert SLUG not in (site / "en" / name).read_text("utf-8"), name
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    entry = sitemap.split(f"<loc>{SITE}{SLUG}.html</loc>", 1)[1].split("</url>", 1)[0]
    assert f"{SITE}en/{SLUG}.html" not in entry
    assert SLUG in (site / "feed.xml").read_text("utf-8")
    every_file = "".join(
        p.read_text("utf-8", errors="replace")
        for p in site.rglob("*")
        if p.suffix in {".html", ".xml", ".json"}
    )
    assert "TODO" not in every_file
    # Translated: the English page joins the site, with its alternates.
    shutil.copy(TRANSLATED, folder / "article.en.md")
    assert main(["--root", str(project), "site"]) == 0
    page = (site / f"{SLUG}.html").read_text("utf-8")
    assert f'hreflang="en" href="{SITE}en/{SLUG}.html"' in page
    english = (site / "en" / f"{SLUG}.html").read_text("utf-8")
    assert re.search(r'<bdi dir="rtl" lang="ar">\(التناضح العكسي\)</bdi>', english)
    assert SLUG in (site / "en/sitemap.xml").read_text("utf-8")
    ar = (project / "docs/ar" / f"{SLUG}.md").read_text("utf-8")
    assert "1200 متر مكعب" in ar and "١٢٠٠" not in ar  # the digit policy
    assert "١٢٠٠" in (folder / "source.ar.txt").read_text("utf-8")  # the original is kept
