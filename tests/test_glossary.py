"""The glossary: its checks, its pages, and the linked article in both languages."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import markdown
import pytest

from build_tools.arabic import TermIndex
from build_tools.content.reader import load_content
from build_tools.glue.bidi_markdown import BidiIsolationExtension
from build_tools.glue.glossary_markdown import GlossaryExtension, GlossaryLinks
from build_tools.language.codes import Lang
from build_tools.render.glossary_page import render_terms_json
from tests.build_errors import assert_build_reports
from tests.conftest import FULL_SITE, GOLDEN
from tests.golden_files import assert_golden
from tests.small_site import rendered_small_site

GLOSSARY = "content_src/glossary.yml"


@functools.cache
def _terms(lang: Lang) -> list[dict[str, Any]]:
    """The frozen full site's glossary (tests/fixtures/full-site/), as the build links it."""
    content, _ = load_content(FULL_SITE.parent)
    terms: list[dict[str, Any]] = json.loads(render_terms_json(content.terms, lang))["terms"]
    return terms


def links_for(lang: Lang) -> GlossaryLinks:
    terms = _terms(lang)
    return GlossaryLinks(
        TermIndex({t["id"]: t["forms"] for t in terms}), {t["id"]: t["definition"] for t in terms}
    )


def render(text: str, lang: Lang, links: GlossaryLinks | None = None) -> str:
    md = markdown.Markdown(
        extensions=[
            "attr_list",
            "toc",
            GlossaryExtension(links or links_for(lang)),
            BidiIsolationExtension(lang),
        ]
    )
    return md.convert(text)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_linked_article_matches_golden(lang: Lang, update_goldens: bool) -> None:
    """The small site's article (tests/fixtures/site/), linked to its glossary."""
    site = rendered_small_site()
    terms = json.loads(site[f"{lang}/.glossary.json"])["terms"]
    links = GlossaryLinks(
        TermIndex({t["id"]: t["forms"] for t in terms}), {t["id"]: t["definition"] for t in terms}
    )
    html = render(site[f"{lang}/solar-desalination.md"], lang, links)
    assert 'class="term"' in html
    assert_golden(GOLDEN / "html" / lang / "solar-desalination.html", html + "\n", update_goldens)


def test_first_use_only_and_never_in_headings() -> None:
    html = render("## الرقائق\n\nالرقائق ثم والرقائق و`الرقائق`.\n\nورقائق أخرى.", "ar")
    assert html.count('class="term"') == 1
    assert "<h2" in html and "<h2 id" not in html.split('class="term"')[0].rsplit("<p>", 1)[-1]
    assert re.search(r"<h2[^>]*>الرقائق</h2>", html)
    assert "<code>الرقائق</code>" in html


def test_no_links_in_source_entries_or_text_in_another_language() -> None:
    entry = "**\\[S1\\]** GitHub, DeepSeek: R1 on Ascend chips.\n{: #s1 .source-entry }"
    quoted = 'في عنوانه *“DeepSeek R1 on Ascend”*{: lang="en" dir="ltr" } وحده.'
    assert 'class="term"' not in render(f"{entry}\n\n{quoted}", "ar")
    assert render("DeepSeek", "ar").count('class="term"') == 1  # the same term, linked elsewhere


def test_definitions_are_in_the_page_language() -> None:
    ar = render("تدريب النماذج", "ar")
    en = render("training models", "en")
    ar_tip = re.search(r'role="tooltip"[^>]*>(.*?)</span>', ar)
    en_tip = re.search(r'role="tooltip"[^>]*>(.*?)</span>', en)
    assert ar_tip and en_tip
    assert re.search("[ء-ي]", ar_tip.group(1)) and not re.search("[a-z]{4}", ar_tip.group(1))
    assert not re.search("[ء-ي]", en_tip.group(1))


def test_glossary_page_order_index_and_backlinks(full_site: Path) -> None:
    page = (full_site / "docs/ar/glossary.md").read_text("utf-8")
    headings = re.findall(r"^### (.+?) \{: #([a-z0-9-]+) \}$", page, flags=re.M)
    arabic = [h for h, _ in headings if not h[0].isascii()]
    keys = [
        re.sub("^ال", "", h.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")) for h in arabic
    ]
    assert keys == sorted(keys)  # Arabic order, ignoring a leading ال
    assert ("الاستدلال", "inference") in headings
    letters = re.findall(r"\[[^\]]+\]\(#(letter-[0-9a-z]+)\)", page)
    assert letters and all(f"{{: #{letter} }}" in page for letter in letters)
    entry = page.split("{: #inference }", 1)[1].split("### ", 1)[0]
    assert '*inference*{: lang="en" dir="ltr" }' in entry  # the other language's term
    assert "(deepseek-r2-delay.md#p2)" in entry  # appears in paragraph 2
    english = (full_site / "docs/en/glossary.md").read_text("utf-8")
    en_terms = [h for h, _ in re.findall(r"^### (.+?) \{: #([a-z0-9-]+) \}$", english, re.M)]
    assert en_terms == sorted(en_terms, key=str.casefold)


def block(project: Path, term_id: str) -> tuple[str, int, int]:
    """The glossary text and where the entry of ``term_id`` starts and ends in it."""
    text = (project / GLOSSARY).read_text("utf-8")
    start = text.index(f"  - id: {term_id}\n")
    end = text.find("\n  - id: ", start + 1)
    return text, start, len(text) if end < 0 else end + 1


def edit(project: Path, term_id: str, old: str, new: str) -> None:
    text, start, end = block(project, term_id)
    assert old in text[start:end]
    entry = text[start:end].replace(old, new, 1)
    (project / GLOSSARY).write_text(text[:start] + entry + text[end:], encoding="utf-8")


def line_of(project: Path, needle: str, nth: int = 1) -> int:
    lines = (project / GLOSSARY).read_text("utf-8").split("\n")
    return [n for n, line in enumerate(lines, 1) if needle in line][nth - 1]


def entry_line(project: Path, term_id: str, nth: int = 1) -> int:
    return line_of(project, f"- id: {term_id}", nth)


def duplicate_id(p: Path) -> list[str]:
    text, start, end = block(p, "inference")
    (p / GLOSSARY).write_text(text.rstrip("\n") + "\n" + text[start:end], encoding="utf-8")
    return [
        f"{GLOSSARY}:{entry_line(p, 'inference', 2)}: duplicate id 'inference' (first "
        f"defined at line {entry_line(p, 'inference')})"
    ]


def shared_form(p: Path) -> list[str]:
    edit(p, "inference", "variants: [استدلال]", "variants: [استدلال, التدريب]")
    # Reported at the later entry, naming the earlier one.
    return [
        f"{GLOSSARY}:{entry_line(p, 'inference')}: 'inference' and 'training' (line "
        f"{entry_line(p, 'training')}) both match the ar words 'التدريب'"
    ]


def unknown_related(p: Path) -> list[str]:
    edit(p, "inference", "related: [training", "related: [trainning")
    return [
        f"{GLOSSARY}:{entry_line(p, 'inference')}: 'inference' is related to unknown id 'trainning'"
    ]


def unknown_source(p: Path) -> list[str]:
    edit(p, "inference", "sources: [", "sources: [S870, ")
    return [
        f"{GLOSSARY}:{entry_line(p, 'inference')}: unknown source id 'S870'; add it to "
        "content_src/sources.yml or use one of its ids"
    ]


def empty_definition(p: Path) -> list[str]:
    edit(p, "inference", "definition: استخدام", "definition: ''\n      note: استخدام")
    return [
        f"{GLOSSARY}:{entry_line(p, 'inference') + 4}: 'inference' has an empty 'ar' definition"
    ]


def missing_language(p: Path) -> list[str]:
    text, start, end = block(p, "inference")
    entry = text[start:end]
    entry = entry[: entry.index("    en:")] + entry[entry.index("    related:") :]
    (p / GLOSSARY).write_text(text[:start] + entry + text[end:], encoding="utf-8")
    return [f"{GLOSSARY}:{entry_line(p, 'inference')}: 'inference' is missing its 'en' term"]


CASES = {
    f.__name__: f
    for f in [
        duplicate_id,
        shared_form,
        unknown_related,
        unknown_source,
        empty_definition,
        missing_language,
    ]
}


@pytest.mark.parametrize("case", CASES)
def test_glossary_mistakes_are_reported_with_their_line(
    case: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_build_reports(project, capsys, CASES[case](project))
