"""What a reader sees, in headless Chromium (Debian's), on the site served like GitHub Pages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from build_tools.dev.pages_server import site_pages
from build_tools.language.codes import Lang

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context.new_page()
    context.close()


def test_lang_and_dir_on_every_page(built_site: tuple[Path, str], page: Page) -> None:
    site, base = built_site
    for path in site_pages(site):
        page.goto(base + path)
        lang, direction = ("en", "ltr") if path.startswith("en/") else ("ar", "rtl")
        state = page.evaluate("""() => [document.documentElement.lang,
            document.documentElement.dir, getComputedStyle(document.body).direction]""")
        assert state == [lang, direction, direction], path


def test_switcher_reaches_the_same_page_in_the_other_language(
    built_site: tuple[Path, str], page: Page
) -> None:
    site, base = built_site
    for path in site_pages(site):
        if path.endswith("404.html"):
            continue
        page.goto(base + path)
        page.click("a.lang-switch")
        other = path.removeprefix("en/") if path.startswith("en/") else "en/" + path
        assert page.url == base + other, path
        assert page.evaluate("document.documentElement.lang") == (
            "ar" if path.startswith("en/") else "en"
        )


def test_mixed_text_runs_are_isolated_and_read_in_order(
    built_site: tuple[Path, str], page: Page
) -> None:
    _, base = built_site
    page.goto(base + "deepseek-r2-delay.html")
    runs = page.eval_on_selector_all(
        "article p bdi",
        "els => els.map(e => [e.textContent, e.dir, e.lang, getComputedStyle(e).unicodeBidi])",
    )
    texts = {text for text, *_ in runs}
    assert {"DeepSeek", "R2", "“Ascend”", "(inference)", "(data labelling)", "H20"} <= texts
    assert all(rest == ["ltr", "en", "isolate"] for _, *rest in runs)
    # “Ascend” reads left to right with its quotes outside the word, and (inference) comes
    # after (to the left of) “الاستدلال” in the right-to-left sentence.
    boxes = page.evaluate("""() => {
        const p = document.getElementById('p2');
        const bdi = [...p.querySelectorAll('bdi')].find(b => b.textContent === '(inference)');
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let node, range = document.createRange();
        while ((node = walker.nextNode())) {
            const at = node.data.indexOf('الاستدلال');
            if (at >= 0) { range.setStart(node, at); range.setEnd(node, at + 9); break; }
        }
        const quote = document.createRange(), word = document.createRange();
        const ascend = [...document.querySelectorAll('#p1 bdi')]
            .find(b => b.textContent === '“Ascend”').firstChild;
        quote.setStart(ascend, 0); quote.setEnd(ascend, 1);
        word.setStart(ascend, 1); word.setEnd(ascend, 2);
        return {arabic: range.getBoundingClientRect().left,
                inference: bdi.getBoundingClientRect().right,
                quote: quote.getBoundingClientRect().left,
                letter: word.getBoundingClientRect().left};
    }""")
    assert boxes["inference"] <= boxes["arabic"]
    assert boxes["quote"] < boxes["letter"]
    page.goto(base + "en/deepseek-r2-delay.html")
    arabic = page.eval_on_selector_all(
        "article [lang=ar]", "els => els.map(e => [e.dir, getComputedStyle(e).unicodeBidi])"
    )
    assert arabic and all(run == ["rtl", "isolate"] for run in arabic)


def drawn_with(page: Page, selector: str) -> dict[str, int]:
    """The fonts Chromium actually used to draw an element's text, with glyph counts."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    used = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {font["familyName"]: font["glyphCount"] for font in used}


def test_text_is_drawn_with_the_self_hosted_fonts_from_the_first_load(
    built_site: tuple[Path, str], page: Page
) -> None:
    _, base = built_site
    page.goto(base + "deepseek-r2-delay.html")
    arabic = drawn_with(page, "#p1")
    assert set(arabic) == {"Noto Sans Arabic", "Noto Sans"}, arabic  # Arabic and its Latin runs
    assert arabic["Noto Sans Arabic"] > 300
    assert set(drawn_with(page, "h1")) == {"Noto Sans Arabic", "Noto Sans"}
    page.goto(base + "en/deepseek-r2-delay.html")
    assert set(drawn_with(page, "#p1")) == {"Noto Sans"}
    assert set(drawn_with(page, "a[lang=ar]")) == {"Noto Sans Arabic"}


def test_edit_link_opens_the_source_in_content_src(
    built_site: tuple[Path, str], page: Page
) -> None:
    _, base = built_site
    for path, source in (
        ("deepseek-r2-delay.html", "content_src/articles/deepseek-r2-delay/article.ar.md"),
        ("en/about.html", "content_src/pages/about.en.md"),
        ("index.html", "content_src/home.yml"),
    ):
        page.goto(base + path)
        href = page.get_attribute("a[rel~=edit]", "href")
        assert href is not None and href.endswith("/edit/main/" + source), href


def definitions(site: Path, lang: Lang) -> dict[str, str]:
    data = json.loads((site.parent / "docs" / lang / ".glossary.json").read_text("utf-8"))
    return {term["id"]: term["definition"] for term in data["terms"]}


def test_definition_popover_by_keyboard_hover_and_escape(
    built_site: tuple[Path, str], page: Page
) -> None:
    site, base = built_site
    page.goto(base + "deepseek-r2-delay.html")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('term')"):
            break
    term = page.locator("a.term:focus")
    term_id = (term.get_attribute("href") or "").rpartition("#")[2]
    tip = page.locator(f"#tip-{term_id}")
    expect(tip).to_be_visible()
    expect(tip).to_have_attribute("role", "tooltip")
    expect(term).to_have_accessible_name(term.inner_text())
    expect(term).to_have_accessible_description(definitions(site, "ar")[term_id])
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    page.keyboard.press("Tab")  # the next term opens again
    expect(page.locator("a.term:focus + .term-tip")).to_be_visible()
    page.mouse.move(0, 0)
    other = page.locator("a.term").nth(5)
    other.hover()
    expect(page.locator(f"#{other.get_attribute('aria-describedby')}")).to_be_visible()


def test_definition_popover_by_tap(built_site: tuple[Path, str], browser: Browser) -> None:
    _, base = built_site
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    page.goto(base + "en/deepseek-r2-delay.html")
    term = page.locator("a.term").nth(2)
    tip = page.locator(f"#{term.get_attribute('aria-describedby')}")
    term.scroll_into_view_if_needed()
    term.tap()
    expect(tip).to_be_visible()
    assert page.url == base + "en/deepseek-r2-delay.html"  # the first tap only shows it
    term.tap()
    page.wait_for_url("**/en/glossary.html#*")
    context.close()


def test_each_page_shows_only_its_own_language_definitions(
    built_site: tuple[Path, str], page: Page
) -> None:
    site, base = built_site
    for path in site_pages(site):
        lang: Lang = "en" if path.startswith("en/") else "ar"
        expected = definitions(site, lang)
        page.goto(base + path)
        tips = page.eval_on_selector_all(
            ".term-tip", "els => els.map(e => [e.id, e.textContent.trim()])"
        )
        for tip_id, text in tips:
            assert text == expected[tip_id.removeprefix("tip-")], (path, tip_id)
        if path.endswith("glossary.html"):
            assert tips == []  # the glossary page does not link to itself


def column_values(page: Page, column: int) -> list[str]:
    return page.eval_on_selector_all(  # type: ignore[no-any-return]
        "table.chips-table tbody tr",
        f"rows => rows.map(r => r.cells[{column}].dataset.sort)",
    )


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_chip_table_sorts_by_keyboard_with_missing_values_last(
    built_site: tuple[Path, str], page: Page, lang: Lang
) -> None:
    _, base = built_site
    page.goto(base + ("en/" if lang == "en" else "") + "chips.html")
    headers = page.locator("table.chips-table thead th")
    fp8 = headers.nth(4)  # chip, release, process, FP16, FP8
    button = fp8.locator("button")
    button.focus()
    page.keyboard.press("Enter")
    expect(fp8).to_have_attribute("aria-sort", "ascending")
    values = column_values(page, 4)
    present = [float(v) for v in values if v]
    assert present == sorted(present) and values[len(present) :] == [""] * (
        len(values) - len(present)
    )
    page.keyboard.press("Space")
    expect(fp8).to_have_attribute("aria-sort", "descending")
    values = column_values(page, 4)
    present = [float(v) for v in values if v]
    assert present == sorted(present, reverse=True) and "" not in values[: len(present)]
    assert values[len(present) :] == [""] * (len(values) - len(present))  # still last
    headers.nth(0).locator("button").click()  # the chip names, in the page's language order
    expect(headers.nth(0)).to_have_attribute("aria-sort", "ascending")
    assert fp8.get_attribute("aria-sort") is None
    names = column_values(page, 0)
    in_order = page.evaluate(
        "names => names.slice().sort("
        "  new Intl.Collator(document.documentElement.lang, {numeric: true}).compare)",
        names,
    )
    assert names == in_order and len(names) == 9


def test_chip_page_works_without_javascript(built_site: tuple[Path, str], browser: Browser) -> None:
    _, base = built_site
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(base + "chips.html")
    assert page.locator("table.chips-table tbody tr").count() == 9
    assert page.locator("table.chips-table button").count() == 0  # plain headings, all data
    assert page.locator("table.chips-table caption").inner_text()
    svg = page.locator("svg.chips-chart")
    assert svg.locator("title").text_content() and svg.locator("desc").text_content()
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1]
    context.close()


def visible_categories(page: Page) -> set[str]:
    return set(
        page.eval_on_selector_all(
            "ol.events > li",
            "items => items.filter(i => i.offsetParent !== null).map(i => i.dataset.category)",
        )
    )


def test_timeline_list_and_time_are_in_the_accessibility_tree(
    built_site: tuple[Path, str], page: Page
) -> None:
    _, base = built_site
    page.goto(base + "timeline.html")
    events = page.locator("ol.events > li").count()
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    roles = [n.get("role", {}).get("value") for n in nodes if not n.get("ignored")]
    assert roles.count("listitem") >= events >= 20
    assert roles.count("time") >= events
    assert page.locator("ol.events time[datetime]").count() >= events


def test_timeline_filter_without_javascript(built_site: tuple[Path, str], browser: Browser) -> None:
    _, base = built_site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "timeline.html")
    assert len(visible_categories(page)) >= 5
    page.click('.timeline-filter a[href="#filter-nvidia"]')
    assert visible_categories(page) == {"nvidia"}
    page.goto(base + "en/timeline.html#filter-us-policy")
    assert visible_categories(page) == {"us-policy"}
    context.close()


def test_timeline_filter_with_javascript_by_keyboard(
    built_site: tuple[Path, str], page: Page
) -> None:
    _, base = built_site
    page.goto(base + "en/timeline.html")
    huawei = page.locator('.timeline-filter button[data-category="huawei"]')
    huawei.focus()
    page.keyboard.press("Enter")
    expect(huawei).to_have_attribute("aria-pressed", "true")
    assert visible_categories(page) == {"huawei"}
    everything = page.locator('.timeline-filter button[data-category=""]')
    everything.focus()
    page.keyboard.press("Space")
    expect(everything).to_have_attribute("aria-pressed", "true")
    assert len(visible_categories(page)) >= 5
