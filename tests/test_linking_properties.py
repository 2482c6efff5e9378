"""Properties of the glossary linker on arbitrary Arabic and Latin text (hypothesis)."""

from __future__ import annotations

import functools
import json
import xml.etree.ElementTree as etree

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.arabic import TermIndex
from build_tools.content.reader import load_content
from build_tools.glue.bidi_markdown import BidiIsolationExtension
from build_tools.glue.glossary_markdown import GlossaryExtension, GlossaryLinks, TermLinker
from build_tools.language.codes import Lang
from build_tools.render.glossary_page import render_terms_json
from tests.conftest import FULL_SITE


@functools.cache
def glossary(lang: Lang) -> dict[str, list[str]]:
    content, _ = load_content(FULL_SITE.parent)  # the frozen full site's terms
    terms = json.loads(render_terms_json(content.terms, lang))["terms"]
    return {t["id"]: t["forms"] for t in terms}


def links(lang: Lang) -> GlossaryLinks:
    forms = glossary(lang)
    return GlossaryLinks(TermIndex(forms), {term: f"definition of {term}" for term in forms})


CLITICS = ["", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "وبال", "ولل"]
FILLER = [
    "الشركة",
    "في",
    "من",
    "شرائحها",
    "معالجة",
    "بكينيات",
    "تدريبات",
    "الرقي",
    "نموذجها",
    "data",
    "H200",
    "x",
    "2025",
    "٢٠٢٥",
    "R",
    "Ascendant",
]
MARKS = ["،", ".", "“", "”", "(", ")", "«", "»", "ـ", "\u064e", "-", ":"]


def arabic_words() -> st.SearchStrategy[str]:
    term_forms = st.sampled_from(sorted({f for forms in glossary("ar").values() for f in forms}))
    clitic_form = st.builds(
        lambda c, f: c + f if f[:1] > "\u0600" else f, st.sampled_from(CLITICS), term_forms
    )
    return st.one_of(clitic_form, term_forms, st.sampled_from(FILLER), st.sampled_from(MARKS))


def lines() -> st.SearchStrategy[str]:
    words = st.lists(arabic_words(), min_size=1, max_size=14).map(" ".join)
    return st.one_of(words, words.map(lambda w: "## " + w), words.map(lambda w: f"`{w}` {w}"))


def documents() -> st.SearchStrategy[str]:
    return st.lists(lines(), min_size=1, max_size=6).map("\n\n".join)


def html_tree(text: str, with_links: bool) -> etree.Element:
    extensions: list[markdown.Extension] = [BidiIsolationExtension("ar")]
    if with_links:
        extensions.insert(0, GlossaryExtension(links("ar")))
    html = markdown.Markdown(extensions=extensions).convert(text)
    return etree.fromstring(f"<div>{html}</div>")


def visible_text(element: etree.Element) -> str:
    if "term-tip" in element.get("class", ""):
        return element.tail or ""
    inner = "".join(visible_text(child) for child in element)
    return (element.text or "") + inner + (element.tail or "")


PROPERTIES = settings(max_examples=150, deadline=None)


@PROPERTIES
@given(documents())
def test_linking_never_changes_the_visible_text(text: str) -> None:
    assert visible_text(html_tree(text, True)) == visible_text(html_tree(text, False))


@PROPERTIES
@given(documents())
def test_linking_is_idempotent(text: str) -> None:
    tree = html_tree(text, True)
    before = etree.tostring(tree, encoding="unicode")
    TermLinker(markdown.Markdown(), links("ar")).run(tree)
    assert etree.tostring(tree, encoding="unicode") == before


@PROPERTIES
@given(documents())
def test_no_nested_links_none_in_code_or_headings_and_one_per_term(text: str) -> None:
    tree = html_tree(text, True)
    for link in tree.iter("a"):
        assert [inner for inner in link.iter("a") if inner is not link] == []
    for tag in ("code", "h1", "h2", "h3", "h4", "h5", "h6"):
        for element in tree.iter(tag):
            assert list(element.iter("a")) == [], etree.tostring(element, encoding="unicode")
    terms = [a.get("href") for a in tree.iter("a") if a.get("class") == "term"]
    assert len(terms) == len(set(terms))
    tips = [s.get("id") for s in tree.iter("span") if s.get("role") == "tooltip"]
    assert tips == [f"tip-{href.rpartition('#')[2]}" for href in terms if href]
