"""Importing scraped articles: the R2 article and a second article of our own writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.cli import main
from build_tools.content.importer import parse_scraped
from tests.conftest import FIXTURES, GOLDEN, REFERENCE_SOURCE, SHARED_SOURCE
from tests.golden_files import assert_golden

RAW_ARTICLES = {
    "deepseek-r2-delay": SHARED_SOURCE,
    "solar-desalination": FIXTURES / "second-article" / "solar-desalination.ar.txt",
}


@pytest.mark.parametrize("slug", sorted(RAW_ARTICLES))
def test_import_matches_golden(slug: str, tmp_path: Path, update_goldens: bool) -> None:
    raw = RAW_ARTICLES[slug]
    assert main(["--root", str(tmp_path), "import", str(raw), "--slug", slug]) == 0
    folder = tmp_path / "content_src" / "articles" / slug
    assert (folder / "source.ar.txt").read_bytes() == raw.read_bytes()
    for name in ("article.ar.md", "article.en.md"):
        assert_golden(
            GOLDEN / "import" / slug / name, (folder / name).read_text("utf-8"), update_goldens
        )


def test_r2_article_structure_and_author() -> None:
    article, problems = parse_scraped(SHARED_SOURCE.read_text("utf-8"), "raw.txt")
    assert problems == [] and article is not None
    assert article.category == "علوم وتكنولوجيا"
    assert article.title.startswith("تأجيل إطلاق نموذج DeepSeek")
    assert [b.kind[0] for b in article.blocks] == list("phphphphp")
    assert (article.author, article.byline, article.bio) == (
        "إسراء أبو العنين",
        "إسراء حموده ابوالعنين",
        "صحفية مصرية «تحت التمرين»",
    )


def test_furniture_is_dropped_and_text_kept_verbatim() -> None:
    raw = SHARED_SOURCE.read_text("utf-8")
    article, _ = parse_scraped(raw, "raw.txt")
    assert article is not None
    text = "\n".join(b.text for b in article.blocks)
    for furniture in (
        "إقرأ أيضا",
        "مساعٍ فرنسية",
        "مقالات ذات صلة",
        "اترك تعليقاً",
        "بريدك الإلكتروني",
        "زر الذهاب",
        "\u00a0",
    ):
        assert furniture not in text
    for block in article.blocks:
        assert block.text in raw  # verbatim: every paragraph is a line of the original


def test_second_article_headings_questions_and_lead_paragraphs() -> None:
    raw = RAW_ARTICLES["solar-desalination"].read_text("utf-8")
    article, _ = parse_scraped(raw, "raw.txt")
    assert article is not None
    assert [(b.id, b.kind) for b in article.blocks] == [
        ("p1", "paragraph"),
        ("p2", "paragraph"),
        ("s1", "heading"),
        ("p3", "paragraph"),
        ("s2", "heading"),
        ("p4", "paragraph"),
    ]
    assert article.blocks[2].text == "كيف تعمل المحطة؟"
    assert (article.author, article.bio) == ("محمد السيد", "كاتب متخصص في شؤون الطاقة")


def test_import_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--root", str(tmp_path), "import", str(SHARED_SOURCE), "--slug", "x"]
    assert main(args) == 0
    assert main(args) == 1
    assert "content_src/articles/x: already exists; use --force" in capsys.readouterr().err


def test_import_of_an_empty_page_explains_the_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = tmp_path / "empty.ar.txt"
    raw.write_text("تصنيف\n\n\u00a0\n", encoding="utf-8")
    assert main(["--root", str(tmp_path), "import", str(raw)]) == 1
    assert (
        "empty.ar.txt:1: expected a category line, a title and at least one paragraph"
        in capsys.readouterr().err
    )


@pytest.mark.skipif(not REFERENCE_SOURCE.exists(), reason="no ../shared/ beside the repository")
def test_the_kept_original_is_the_article_as_received_byte_for_byte() -> None:
    assert SHARED_SOURCE.read_bytes() == REFERENCE_SOURCE.read_bytes()


def test_import_of_a_missing_file_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(tmp_path), "import", str(tmp_path / "nope.ar.txt")]) == 1
    assert (
        capsys.readouterr().err == f"error: {tmp_path / 'nope.ar.txt'}: No such file or directory\n"
    )
    assert not (tmp_path / "content_src").exists()
