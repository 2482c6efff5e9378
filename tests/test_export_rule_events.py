"""The two US export-rule events as corrected (issue 15), on fixture content
(tests/fixtures/export-rules): the October 2022 rules needed both tests, TPP 4,800 and 600 GB/s
links; the October 2023 revision dropped the link test, kept 4,800 and took effect on 17 November.
Each event is official and must stay backed by a primary source; the events have goldens."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from build_tools.content.editorial_rules import load_rules
from build_tools.content.evidence import check_claims
from build_tools.content.resolution import References, Registries, unresolved
from build_tools.content.sources import load_sources
from build_tools.content.timeline import Event, event_claims, load_timeline
from build_tools.language.codes import Lang
from build_tools.language.dates import PartialDate
from build_tools.render.references import number_citations
from build_tools.render.timeline_page import render_timeline
from tests.conftest import FIXTURES, GOLDEN
from tests.golden_files import assert_golden

FIXTURE = FIXTURES / "export-rules"
TIMELINE = "content_src/timeline.yml"
TODAY = PartialDate(2026, 12, 1)


def load(root: Path) -> tuple[list[Event], list[str]]:
    rules, found = load_rules(root)
    sources, more = load_sources(root, rules)
    refs = References()
    events, loaded = load_timeline(root, refs)
    problems = [*found, *more, *loaded, *unresolved(refs.items, Registries(sources))]
    problems += check_claims(event_claims(events), sources, rules, TODAY).problems
    return events, [str(p) for p in sorted(problems)]


def rendered(events: list[Event], lang: Lang) -> str:
    rules, _ = load_rules(FIXTURE)
    sources, _ = load_sources(FIXTURE, rules)
    return number_citations(render_timeline(events, {}, lang).body, sources, lang)


def event_html(page: str, event_id: str) -> str:
    found = re.search(rf'<li [^>]*id="ev-{event_id}">.*?</li>', page, re.S)
    assert found, event_id
    return found.group(0)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_two_export_rule_events_match_their_goldens(lang: Lang, update_goldens: bool) -> None:
    events, problems = load(FIXTURE)
    assert problems == [] and [e.id for e in events] == [
        "us-export-rules-2022",
        "us-export-rules-2023",
    ]
    page = rendered(events, lang)
    both = "\n".join(event_html(page, e.id) for e in events) + "\n"
    assert_golden(GOLDEN / f"timeline/export-rules.{lang}.html", both, update_goldens)


def test_2022_needs_both_tests_and_2023_drops_the_link_test() -> None:
    events, _ = load(FIXTURE)
    first, second = (e.description["en"] for e in events)
    assert "both tests" in first and "4,800 or more" in first and "600 GB/s or more" in first
    assert "dropping the interconnect test" in second and "TPP) threshold of 4,800" in second
    assert "took effect on 17 November 2023" in second
    page = rendered(events, "en")
    assert '<time datetime="2022-10-07">' in event_html(page, "us-export-rules-2022")
    assert not re.search(r"\bS\d+\b", page)  # numbered citations, no registry ids


def test_an_official_event_that_loses_its_primary_sources_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "fixture"
    shutil.copytree(FIXTURE, root)
    path = root / TIMELINE
    text = path.read_text("utf-8")
    path.write_text(text.replace("sources: [S359, S58, S360, S201]", "sources: [S360]"), "utf-8")
    line = text[: text.index("  - id: us-export-rules-2022")].count("\n") + 1
    _, problems = load(root)
    assert problems == [
        f"{TIMELINE}:{line}: event 'us-export-rules-2022' is official but cites no primary "
        "source (vendor, government, company, filing); cite one, or give it the status reported"
    ]
