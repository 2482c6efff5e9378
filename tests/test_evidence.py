"""What every statement rests on (build_tools/content/evidence.py), checked the same way in every
part of content_src/: official needs a primary source, secondary sources alone need a weak status, a
figure in our prose needs a source, a claim that expires carries its dates. Each case appends its
own sources and entries, so the real content can change without breaking a case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from build_tools.cli import main
from tests.build_errors import assert_build_reports

SOURCES, TIMELINE = "content_src/sources.yml", "content_src/timeline.yml"
GLOSSARY, CHIPS = "content_src/glossary.yml", "content_src/chips.yml"


def epoch(day: str) -> str:
    """``SOURCE_DATE_EPOCH`` for a day, far after anything the content dates (claims about the
    future are judged against it)."""
    return str(int(dt.datetime.fromisoformat(f"{day}T00:00:00+00:00").timestamp()))


OWN_SOURCES = """
  - id: S900
    title: A blog post
    publisher: A blog
    url: https://blog.example.org/post
    language: en
    kind: blog
    reliability: low
  - id: S901
    title: A wire report
    publisher: Reuters
    url: https://wire.example.org/report
    language: en
    kind: wire
    reliability: reported
  - id: S902
    title: A datasheet
    publisher: NVIDIA
    url: https://vendor.example.org/datasheet
    language: en
    kind: vendor
    reliability: official
"""


@pytest.fixture(autouse=True)
def build_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cases are judged on the day of the last commit, as CI judges them."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("CI", raising=False)


def own_sources(project: Path) -> None:
    if "id: S900\n" not in (project / SOURCES).read_text("utf-8"):
        append(project, SOURCES, OWN_SOURCES)


def append(project: Path, rel: str, text: str) -> int:
    """Append ``text`` to ``rel`` (whose last top-level key holds the list); its first line."""
    path = project / rel
    before = path.read_text("utf-8").rstrip("\n") + "\n"
    path.write_text(before + text.lstrip("\n"), encoding="utf-8")
    return before.count("\n") + 1


def event(
    project: Path,
    status: str,
    sources: str,
    en: str = "A thing happened.",
    extra: str = "",
) -> int:
    own_sources(project)
    return append(
        project,
        TIMELINE,
        f"""
  - id: test-event
    date: 2025-06-01
    category: deepseek
    status: {status}
{extra}    title:
      ar: حدث
      en: An event
    description:
      ar: وقع أمر.
      en: {en}
    sources: [{sources}]
    paragraphs: []
    terms: []
    chips: []
""",
    )


def term(project: Path, ar: str, en: str, sources: str = "", extra: str = "") -> int:
    own_sources(project)
    return append(
        project,
        GLOSSARY,
        f"""
  - id: test-term
    ar:
      term: مصطلح اختبار
      variants: []
      definition: {ar}
    en:
      term: test term
      variants: []
      definition: {en}
    related: []
    sources: [{sources}]
{extra}""",
    )


def official_without_primary(p: Path) -> list[str]:
    line = event(p, "official", "S901")
    return [
        f"{TIMELINE}:{line}: event 'test-event' is official but cites no primary source (vendor, "
        "government, company, filing); cite one, or give it the status reported"
    ]


def only_secondary_sources(p: Path) -> list[str]:
    line = event(p, "reported", "S900")
    return [
        f"{TIMELINE}:{line}: event 'test-event' rests only on secondary sources (S900 (blog)); "
        "cite a primary, news, trade-press or analysis source, or give it the status estimate "
        "or low"
    ]


def figure_without_source(p: Path) -> list[str]:
    line = term(p, "تُصنع بتقنية 7 nm.", "It is made on a 7 nm node.")
    return [
        f"{GLOSSARY}:{line}: term 'test-term': '7 nm' (ar) is a figure; cite its source "
        "('sources:')",
        f"{GLOSSARY}:{line}: term 'test-term': '7 nm' (en) is a figure; cite its source "
        "('sources:')",
    ]


def claim_as_of_a_date(p: Path) -> list[str]:
    line = term(p, "رقاقة لا تزال تُباع.", "A chip that is still on sale.", "S901")
    return [
        f"{GLOSSARY}:{line}: term 'test-term': 'لا تزال' (ar) makes it true only as of a date; "
        "give it as_of: YYYY-MM-DD (the day it was checked) and until: YYYY-MM-DD (the day to "
        "check it again)"
    ]


def claim_about_the_future(p: Path) -> list[str]:
    line = event(p, "reported", "S901", en="The chip is due in Q4 2099.")
    return [
        f"{TIMELINE}:{line}: event 'test-event': 'Q4 2099' (en) makes it true only as of a date; "
        "give it as_of: YYYY-MM-DD (the day it was checked) and until: YYYY-MM-DD (the day to "
        "check it again)"
    ]


def as_of_without_until(p: Path) -> list[str]:
    line = event(p, "reported", "S901", extra="    as_of: 2025-11-20\n")
    return [
        f"{TIMELINE}:{line}: a claim that expires needs both as_of: (the day it was checked) and "
        "until: (the day to check it again)"
    ]


def until_before_as_of(p: Path) -> list[str]:
    line = event(p, "reported", "S901", extra="    as_of: 2025-11-20\n    until: 2025-11-01\n")
    return [f"{TIMELINE}:{line + 5}: until (2025-11-01) must be after as_of"]


def weak_chip_value_not_marked(p: Path) -> list[str]:
    own_sources(p)
    text = (p / CHIPS).read_text("utf-8")
    old = text[text.index("    power: ", text.index("  - id: h100\n")) :].split("\n", 1)[0]
    (p / CHIPS).write_text(
        text.replace(old, "    power: {value: 700, unit: W, status: reported, sources: [S900]}", 1),
        encoding="utf-8",
    )
    line = (p / CHIPS).read_text("utf-8")[: (p / CHIPS).read_text("utf-8").index("sources: [S900]")]
    return [
        f"{CHIPS}:{line.count(chr(10)) + 1}: chip 'h100' power rests only on secondary sources "
        "(S900 (blog)); cite a primary, news, trade-press or analysis source, or give it the "
        "status estimate or low"
    ]


CASES: dict[str, Callable[[Path], list[str]]] = {
    case.__name__: case
    for case in [
        official_without_primary,
        only_secondary_sources,
        figure_without_source,
        claim_as_of_a_date,
        claim_about_the_future,
        as_of_without_until,
        until_before_as_of,
        weak_chip_value_not_marked,
    ]
}


@pytest.mark.parametrize("case", CASES)
def test_a_statement_without_the_backing_it_needs_is_refused(
    case: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_build_reports(project, capsys, CASES[case](project))


def test_what_passes_every_rule_is_built(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Official with a primary source; weak sources with a weak status; a figure with its
    source; a claim that expires with its dates, and the page says "as of"."""
    event(
        project,
        "official",
        "S902, S900",
        en="It still ships 7 nm chips, due again in Q4 2099.",
        extra="    as_of: 2025-11-20\n    until: 2099-01-01\n",
    )
    term(project, "تدوينة تقول 5 nm.", "A blog says 5 nm.", "S900", extra="    status: low\n")
    assert main(["--root", str(project), "build"]) == 0, capsys.readouterr().err
    timeline = (project / "docs/en/timeline.md").read_text("utf-8")
    # the day it was checked, inside the sentence it dates
    assert (
        'It still ships 7 nm chips, due again in Q4 2099 <span class="as-of">'
        "(last checked: 20 November 2025)</span>." in timeline
    )
    glossary = (project / "docs/ar/glossary.md").read_text("utf-8")
    assert "(مصدر ضعيف)" in glossary.split("### مصطلح اختبار", 1)[1].split("###", 1)[0]


def expired_claim(project: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A claim to be checked again by 1 June 2099, and a build on 1 July 2099."""
    line = event(
        project, "reported", "S901", extra="    as_of: 2099-01-10\n    until: 2099-06-01\n"
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch("2099-07-01"))
    return (
        f"{TIMELINE}:{line + 4}: event 'test-event' was true as of 2099-01-10 and was to be "
        "checked again by 2099-06-01: check it, then update its text, as_of and until"
    )


def test_an_expired_claim_is_a_warning_for_build(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    message = expired_claim(project, monkeypatch)
    assert main(["--root", str(project), "build"]) == 0
    assert f"warning: {message}" in capsys.readouterr().err.splitlines()


def test_an_expired_claim_is_a_warning_for_check_on_a_contributors_machine(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    message = expired_claim(project, monkeypatch)
    assert main(["--root", str(project), "check"]) == 0
    assert f"{message} (warning)" in capsys.readouterr().out.splitlines()


def test_an_expired_claim_fails_check_under_ci(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    message = expired_claim(project, monkeypatch)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["--root", str(project), "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert message in out
    line = message.split(":", 2)[1]
    assert any(o.startswith(f"::error file={TIMELINE},line={line}::") for o in out)


def test_the_build_date_comes_from_source_date_epoch_not_the_clock(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same content, judged on the day before its until: no warning."""
    message = expired_claim(project, monkeypatch)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch("2099-05-31"))
    assert main(["--root", str(project), "check"]) == 0
    assert f"{message} (warning)" not in capsys.readouterr().out
