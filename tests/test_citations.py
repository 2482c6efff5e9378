"""The sources page links every source to every place on the site that cites it, checked on the
built pages in Chromium both ways: each backlink lands on something that cites that source, and
each citation on the site has its backlink."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from build_tools.language.codes import Lang

pytestmark = pytest.mark.browser

# The sources each citing place names: a glossary term (its heading and what follows, up to the
# next heading), a timeline event, a row of the chip table, a whole page (home, article).
CITED_BY_PLACE = """() => {
  const ids = root => Array.from(root.querySelectorAll('a.cite'), a => a.href)
    .map(h => (h.match(/sources\\.html#(src-[0-9a-f]{8})$/) || [])[1]).filter(Boolean);
  const places = {};
  const add = (key, found) => { if (found.length) places[key] = [...new Set(found)]; };
  const page = location.pathname.split('/').pop();
  document.querySelectorAll('li.event[id], tr[id^="chip-"], .correction-notice[id]').forEach(
    el => add(page + '#' + el.id, ids(el)));
  const sections = page === 'corrections.html' ? 'h2[id]:not(#references)' : 'h3[id], h2#meaning';
  document.querySelectorAll('.md-typeset :is(' + sections + ')').forEach(h => {
    const box = document.createElement('div');
    for (let n = h.nextElementSibling; n && !/^H[1-3]$/.test(n.tagName); n = n.nextElementSibling)
      box.appendChild(n.cloneNode(true));
    add(page + '#' + h.id, ids(box));
  });
  // Besides those, a page cites as a whole (the home page, an article, a free page).
  const content = document.querySelector('.md-content').cloneNode(true);
  content.querySelectorAll('li.event, tr[id^="chip-"], .correction-notice, .para-events')
    .forEach(e => e.remove());  // cited there
  if (!content.querySelector(sections)) { add(page, ids(content)); }
  return places;
}"""
BACKLINKS = """() => Object.fromEntries(Array.from(document.querySelectorAll('p.cited-in'), p => {
  let entry = p.previousElementSibling;  // the source's entry, above the report it relays
  while (!entry.id) { entry = entry.previousElementSibling; }
  return [entry.id,
    Array.from(p.querySelectorAll('a'), a => a.getAttribute('href').replace(/^\\.\\//, ''))];
}))"""
CITING_PAGES = [
    "index.html",
    "deepseek-r2-delay.html",
    "glossary.html",
    "timeline.html",
    "about.html",
    "corrections.html",
]


def places_citing(page: Page, base: str) -> dict[str, set[str]]:
    cited: dict[str, set[str]] = {}
    for name in [*CITING_PAGES, "chips.html"]:
        page.goto(base + name)
        for place, sources in page.evaluate(CITED_BY_PLACE).items():
            for source in sources:
                cited.setdefault(source, set()).add(place)
    return cited


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_citation_has_its_backlink_and_no_other(
    built_site: tuple[Path, str], browser: Browser, lang: Lang
) -> None:
    base = built_site[1] + ("" if lang == "ar" else "en/")
    page = browser.new_page()
    cited = places_citing(page, base)
    page.goto(base + "sources.html")
    backlinks = {source: set(links) for source, links in page.evaluate(BACKLINKS).items()}
    page.close()
    assert len(backlinks) > 100 and set(cited) <= set(backlinks)
    missing = {s: cited[s] - backlinks.get(s, set()) for s in cited}
    extra = {s: links - cited.get(s, set()) for s, links in backlinks.items()}
    assert {s: m for s, m in missing.items() if m} == {}
    assert {s: e for s, e in extra.items() if e} == {}
