"""The site's publication record: when each page was published and last updated
(``content_src/dates.yml``) and every correction since (``content_src/corrections.yml``).

The dates come from these files, never from the build clock or the file system: a page's
"last updated" is the later of its own ``updated`` and its newest correction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools.content.claims import Claim
from build_tools.content.loading import ID_RE, bilingual, read_yaml_list, unique_by_id
from build_tools.content.resolution import References
from build_tools.content.yamlio import Mapping
from build_tools.errors import Problem, Problems
from build_tools.language.codes import Bilingual
from build_tools.language.dates import PartialDate, parse_date

DATES_FILE = "content_src/dates.yml"
CORRECTIONS_FILE = "content_src/corrections.yml"
CORRECTIONS_PAGE = "corrections"


@dataclass(frozen=True)
class PageDates:
    id: str
    """The page's name in docs/ without ``.md``: ``index``, ``chips``, an article's slug."""
    published: PartialDate
    updated: PartialDate
    line: int


@dataclass(frozen=True)
class Correction:
    id: str
    date: PartialDate
    page: str
    anchor: str | None
    """Where on the page the corrected text is (``chip-h20``), if it is one place."""
    text: Bilingual
    """What was wrong and what is right, per language (Markdown)."""
    sources: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Publication:
    dates: dict[str, PageDates]
    corrections: tuple[Correction, ...]
    """Newest first."""
    intro: Bilingual

    def corrections_of(self, page: str) -> list[Correction]:
        return [c for c in self.corrections if c.page == page]

    def last_updated(self, page: str) -> PartialDate:
        """The page's ``updated``, or its newest correction; the corrections page changes with
        every correction."""
        logged = self.corrections if page == CORRECTIONS_PAGE else self.corrections_of(page)
        return max([self.dates[page].updated, *(c.date for c in logged)])


def load_publication(
    root: Path, pages: list[str] | None, refs: References
) -> tuple[Publication | None, list[Problem]]:
    """Read both files; every page in ``pages`` needs its dates, and nothing else may have any
    (not checked when ``pages`` is ``None``: the other sources have problems of their own)."""
    dates, found = _load_dates(root, pages)
    data, more = read_yaml_list(root, CORRECTIONS_FILE, "corrections")
    found.extend(more.items)
    if data is None:
        return None, found.items
    intro = bilingual(data, "intro", CORRECTIONS_FILE, "the corrections page", found)
    items = [_correction(item, dates, refs, found) for item in data["corrections"]]
    corrections = unique_by_id(items, CORRECTIONS_FILE, "correction", found).values()
    newest_first = tuple(sorted(corrections, key=lambda c: (c.date, c.line), reverse=True))
    if found.items or dates is None:
        return None, found.items
    return Publication(dates, newest_first, intro), []


def _load_dates(
    root: Path, pages: list[str] | None
) -> tuple[dict[str, PageDates] | None, Problems]:
    found = Problems()
    data, more = read_yaml_list(root, DATES_FILE, "pages")
    found.extend(more.items)
    if data is None:
        return None, found
    items = []
    for item in data["pages"]:
        if not isinstance(item, Mapping) or not _known(item.get("page"), pages):
            line = item.line if isinstance(item, Mapping) else 1
            expected = ", ".join(pages) if pages else "a page name"
            found.add(DATES_FILE, line, f"expected 'page:' with one of {expected}")
            continue
        published = _date(item, "published", DATES_FILE, found)
        updated = _date(item, "updated", DATES_FILE, found) if "updated" in item else published
        if published and updated and updated < published:
            found.add(DATES_FILE, item.line_of("updated"), "updated is before published")
        if published and updated:
            items.append(PageDates(str(item["page"]), published, updated, item.line))
    dates = unique_by_id(items, DATES_FILE, "page", found)
    for page in pages or ():
        if page not in dates and not found.items:
            found.add(
                DATES_FILE,
                0,
                f"page '{page}' needs its dates: '- page: {page}' and 'published: YYYY-MM-DD'",
            )
    return dates, found


def _known(page: object, pages: list[str] | None) -> bool:
    return str(page) in pages if pages is not None else bool(ID_RE.match(str(page)))


def _correction(
    item: object,
    dates: dict[str, PageDates] | None,
    refs: References,
    found: Problems,
) -> Correction | None:
    if not isinstance(item, Mapping) or not ID_RE.match(str(item.get("id", ""))):
        line = item.line if isinstance(item, Mapping) else 1
        found.add(
            CORRECTIONS_FILE, line, "each correction needs an id of lower-case a-z, 0-9 and -"
        )
        return None
    page = str(item.get("page"))
    date = _date(item, "date", CORRECTIONS_FILE, found)
    if dates is not None and page not in dates:
        found.add(
            CORRECTIONS_FILE,
            item.line_of("page"),
            f"unknown page '{page}'; expected one of {', '.join(dates)}",
        )
    elif dates is not None and date and date < dates[page].published:
        found.add(
            CORRECTIONS_FILE,
            item.line_of("date"),
            f"a correction dated {date.iso()} is before the page was published "
            f"({dates[page].published.iso()})",
        )
    text = bilingual(item, "text", CORRECTIONS_FILE, f"correction '{item['id']}'", found)
    cited = tuple(str(s) for s in item.get("sources") or ())
    refs.add(CORRECTIONS_FILE, item.line_of("sources"), "source", cited)
    anchor = item.get("anchor")
    if date is None:
        return None
    return Correction(
        str(item["id"]), date, page, str(anchor) if anchor else None, text, cited, item.line
    )


def _date(item: Mapping, key: str, rel: str, found: Problems) -> PartialDate | None:
    try:
        date = parse_date(str(item.get(key, "")))
    except ValueError as err:
        found.add(rel, item.line_of(key), f"{key}: {err}")
        return None
    if date.precision != "day":
        found.add(rel, item.line_of(key), f"{key}: expected a day, YYYY-MM-DD")
        return None
    return date


def correction_claims(publication: Publication) -> list[Claim]:
    return [
        Claim(CORRECTIONS_FILE, c.line, f"correction '{c.id}'", c.sources, None, c.text)
        for c in publication.corrections
    ]


def correction_subject(
    correction: Correction, titles: dict[str, str], places: dict[str, str]
) -> str:
    """What a correction corrected, as plain text: the page, and the passage when it is named
    («الخط الزمني – ما آل إليه R2»)."""
    place = places.get(f"{correction.page}#{correction.anchor}")
    return titles[correction.page] + (f" – {place}" if place else "")
