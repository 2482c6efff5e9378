"""The timeline (``content_src/timeline.yml``): dated, sourced events, checked and ordered."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools.content.claims import Claim, Expiry, parse_expiry, parse_status
from build_tools.content.loading import ID_RE, bilingual, read_yaml_list, unique_by_id
from build_tools.content.resolution import References, Registry
from build_tools.content.yamlio import Mapping
from build_tools.errors import Problem, Problems
from build_tools.language.codes import Bilingual
from build_tools.language.dates import PartialDate, parse_date

TIMELINE_FILE = "content_src/timeline.yml"
CATEGORIES = ("deepseek", "nvidia", "huawei", "cambricon", "us-policy", "china-policy")


@dataclass(frozen=True)
class Event:
    id: str
    start: PartialDate
    end: PartialDate | None
    approximate: bool
    status: str
    """``official`` (a government or the party itself), ``reported``, ``estimate`` or ``low``."""
    category: str
    title: Bilingual
    description: Bilingual
    sources: tuple[str, ...]
    paragraphs: tuple[str, ...]
    """``slug#p2``: the article paragraphs the event concerns (they link back)."""
    terms: tuple[str, ...]
    chips: tuple[str, ...]
    publication_of: str | None
    """The slug of the article whose publication this event is, if it is one."""
    expiry: Expiry | None
    line: int


def load_timeline(root: Path, refs: References) -> tuple[list[Event], list[Problem]]:
    """Read and check the events; return them in date order (input order does not matter)."""
    if not (root / TIMELINE_FILE).exists():
        return [], []
    data, found = read_yaml_list(root, TIMELINE_FILE, "events")
    if data is None:
        return [], found.items
    items = [_event(item, refs, found) for item in data["events"]]
    events = unique_by_id(items, TIMELINE_FILE, "id", found)
    ordered = sorted(events.values(), key=lambda e: (e.start, e.end or e.start, e.id))
    return ordered, found.items


def _event(item: object, noted: References, found: Problems) -> Event | None:
    if not isinstance(item, Mapping) or not ID_RE.match(str(item.get("id", ""))):
        line = item.line if isinstance(item, Mapping) else 1
        found.add(TIMELINE_FILE, line, "each event needs an id of lower-case a-z, 0-9 and -")
        return None
    start, end = _dates(item, found)
    if item.get("category") not in CATEGORIES:
        found.add(
            TIMELINE_FILE,
            item.line_of("category"),
            f"category '{item.get('category')}'; expected one of {', '.join(CATEGORIES)}",
        )
    what = f"'{item['id']}'"
    texts = {
        key: bilingual(item, key, TIMELINE_FILE, what, found) for key in ("title", "description")
    }
    refs = {
        key: tuple(str(v) for v in item.get(key) or ())
        for key in ("sources", "paragraphs", "terms", "chips")
    }
    _note_refs(item, refs, noted, found)
    publication = item.get("publication_of")
    if publication is not None:
        noted.add(TIMELINE_FILE, item.line_of("publication_of"), "article", [str(publication)])
    status = parse_status(item, TIMELINE_FILE, found, required=True)
    expiry = parse_expiry(item, TIMELINE_FILE, found)
    if start is None or status is None:
        return None
    return Event(
        str(item["id"]),
        start,
        end,
        bool(item.get("approximate")),
        status,
        str(item.get("category")),
        texts["title"],
        texts["description"],
        refs["sources"],
        refs["paragraphs"],
        refs["terms"],
        refs["chips"],
        str(publication) if publication else None,
        expiry,
        item.line,
    )


def _dates(item: Mapping, found: Problems) -> tuple[PartialDate | None, PartialDate | None]:
    dates: dict[str, PartialDate | None] = {"date": None, "end": None}
    for key in dates:
        if key == "date" or item.get(key):
            try:
                dates[key] = parse_date(str(item.get(key, "")))
            except ValueError as err:
                found.add(TIMELINE_FILE, item.line_of(key), f"{key}: {err}")
    start, end = dates["date"], dates["end"]
    precision = item.get("precision")
    if start and precision is not None and precision != start.precision:
        found.add(
            TIMELINE_FILE,
            item.line_of("precision"),
            f"precision '{precision}' does not "
            f"match the date '{item['date']}' (a {start.precision}); expected "
            f"{start.precision}, or a date written to the {precision}",
        )
    if start and end and (end.precision != start.precision or end <= start):
        found.add(
            TIMELINE_FILE,
            item.line_of("end"),
            f"end '{item['end']}' must be later than "
            f"'{item['date']}' and written to the same precision ({start.precision})",
        )
    return start, end


def _note_refs(
    item: Mapping, refs: dict[str, tuple[str, ...]], noted: References, found: Problems
) -> None:
    if not refs["sources"]:
        found.add(TIMELINE_FILE, item.line, f"'{item['id']}' needs its sources")
    registries: tuple[tuple[str, Registry], ...] = (
        ("sources", "source"),
        ("paragraphs", "paragraph"),
        ("terms", "term"),
        ("chips", "chip"),
    )
    for key, registry in registries:
        noted.add(TIMELINE_FILE, item.line_of(key), registry, refs[key])


def event_claims(events: list[Event]) -> list[Claim]:
    return [
        Claim(
            TIMELINE_FILE,
            e.line,
            f"event '{e.id}'",
            e.sources,
            e.status,
            {lang: f"{e.title[lang]} {e.description[lang]}" for lang in e.title},
            e.expiry,
        )
        for e in events
    ]
