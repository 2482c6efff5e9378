"""What the sources registry refuses (content_src/sources.yml against the lists of
content_src/editorial_rules.yml): one message per problem with file:line, all at once, exit 1,
docs/ untouched; and a source that passes every rule. Each case appends its own source, so the
real registry can change without breaking a case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from build_tools.cli import main
from tests.build_errors import assert_build_reports

SOURCES = "content_src/sources.yml"
RULES = "content_src/editorial_rules.yml"
GOOD = {
    "id": "S990",
    "title": "A report",
    "publisher": "Reuters",
    "url": "https://www.example-news.org/2025/08/14/a-report",
    "date": "2025-08-14",
    "language": "en",
    "kind": "wire",
    "reliability": "reported",
}


def append_source(project: Path, **fields: str | None) -> int:
    """Append one source (GOOD with ``fields`` changed; ``None`` drops a key); its first line."""
    entry = {**GOOD, **fields}
    lines = [f"  - id: {entry.pop('id')}"]
    lines += [f"    {key}: {value}" for key, value in entry.items() if value is not None]
    path = project / SOURCES
    text = path.read_text("utf-8").rstrip("\n") + "\n"
    path.write_text(text + "\n".join(lines) + "\n", encoding="utf-8")
    return text.count("\n") + 1


def line_in(project: Path, rel: str, needle: str) -> int:
    lines = (project / rel).read_text("utf-8").split("\n")
    return max(n for n, line in enumerate(lines, 1) if needle in line)


def official_not_primary(p: Path) -> list[str]:
    append_source(p, reliability="official")
    return [
        f"{SOURCES}:{line_in(p, SOURCES, 'reliability: official')}: a wire is not an official "
        "source: official means the vendor, a government, the company itself or an official "
        "filing (kind vendor, government, company, filing); rate it reported, estimate or low"
    ]


def wiki_rated_official(p: Path) -> list[str]:
    append_source(
        p, url="https://en.wikipedia.org/wiki/DeepSeek", kind="wiki", reliability="official"
    )
    return [
        f"{SOURCES}:{line_in(p, SOURCES, 'reliability: official')}: a wiki is not an official "
        "source: official means the vendor, a government, the company itself or an official "
        "filing (kind vendor, government, company, filing); rate it reported, estimate or low"
    ]


def encyclopedia_of_another_kind(p: Path) -> list[str]:
    append_source(p, url="https://grokipedia.com/page/Nvidia_H100", kind="trade-press")
    return [
        f"{SOURCES}:{line_in(p, SOURCES, 'kind: trade-press')}: 'grokipedia.com' is a wiki or "
        "AI-written encyclopedia; expected kind wiki or ai-encyclopedia, not 'trade-press'"
    ]


def refused_host(p: Path) -> list[str]:
    line = append_source(p, url="http://goldberglawma.com/?id=news%2Fdeepseek-rushes")
    return [
        f"{SOURCES}:{line}: 'goldberglawma.com' is refused: a law firm's SEO mirror of news stories"
    ]


def tag_and_listing_page(p: Path) -> list[str]:
    url = "https://techpowerup.com/news-tags/chip?page=8"
    line = append_source(p, url=url, kind="trade-press")
    return [
        f"{SOURCES}:{line}: '{url}' is refused: a tag or listing page",
        f"{SOURCES}:{line}: '{url}' is refused: a listing or search page",
    ]


def comment_thread(p: Path) -> list[str]:
    url = "https://www.example-forum.org/thread/557494-1.html"
    line = append_source(p, url=url, kind="forum", reliability="low")
    return [f"{SOURCES}:{line}: '{url}' is refused: a forum thread"]


def duplicate_address(p: Path) -> list[str]:
    first = append_source(p)
    second = append_source(p, id="S991", url="http://example-news.org/2025/08/14/a-report/")
    return [
        f"{SOURCES}:{second}: 'http://example-news.org/2025/08/14/a-report/' is already source "
        f"S990 (line {first}); cite that id instead"
    ]


def unknown_kind(p: Path) -> list[str]:
    append_source(p, kind="newspaper-ish")
    return [
        f"{SOURCES}:{line_in(p, SOURCES, 'newspaper-ish')}: 'kind' is 'newspaper-ish'; expected "
        "one of vendor, government, company, filing, wire, newspaper, broadcaster, news-site, "
        "trade-press, think-tank, academic, analyst, law-firm, blog, aggregator, repost, wiki, "
        "ai-encyclopedia, forum, retailer"
    ]


def missing_kind(p: Path) -> list[str]:
    line = append_source(p, kind=None)
    return [f"{SOURCES}:{line}: source is missing 'kind'"]


def original_without_kind(p: Path) -> list[str]:
    append_source(p, kind="repost", original="{publisher: Reuters, title: A report}")
    return [
        f"{SOURCES}:{line_in(p, SOURCES, 'original:')}: original needs 'publisher', 'title' and "
        "'kind' (and 'date', 'url' when known)"
    ]


def bad_rule_pattern(p: Path) -> list[str]:
    path = p / RULES
    text = path.read_text("utf-8")
    path.write_text(
        text.replace("  refused_urls:\n", '  refused_urls:\n    - {pattern: "(tag", why: a tag}\n'),
        encoding="utf-8",
    )
    needle = '"(tag"'
    return [
        f"{RULES}:{line_in(p, RULES, needle)}: '(tag' is not a regular expression: missing ), "
        "unterminated subpattern at position 0"
    ]


CASES: dict[str, Callable[[Path], list[str]]] = {
    case.__name__: case
    for case in [
        official_not_primary,
        wiki_rated_official,
        encyclopedia_of_another_kind,
        refused_host,
        tag_and_listing_page,
        comment_thread,
        duplicate_address,
        unknown_kind,
        missing_kind,
        original_without_kind,
        bad_rule_pattern,
    ]
}


@pytest.mark.parametrize("case", CASES)
def test_a_source_no_desk_would_cite_is_refused(
    case: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_build_reports(project, capsys, CASES[case](project))


def test_a_relay_of_a_primary_source_may_be_official(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    append_source(
        project,
        url="https://www.example-mirror.org/federal-register-copy",
        kind="repost",
        reliability="official",
        original="{publisher: Federal Register, title: A rule, kind: government, date: 2022-10-13}",
    )
    assert main(["--root", str(project), "check"]) == 0, capsys.readouterr().out


def test_an_extended_list_of_hosts_is_applied(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Editors extend the lists in content_src/editorial_rules.yml; the build applies them."""
    path = project / RULES
    text = path.read_text("utf-8")
    path.write_text(
        text.replace(
            "  refused_hosts:\n", "  refused_hosts:\n    - {host: example-news.org, why: a test}\n"
        ),
        encoding="utf-8",
    )
    line = append_source(project)
    assert main(["--root", str(project), "check"]) == 1
    assert f"{SOURCES}:{line}: 'www.example-news.org' is refused: a test" in capsys.readouterr().out
