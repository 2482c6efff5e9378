"""The sources registry (``content_src/sources.yml``): every citation on the site resolves here.

Each source says what it is (its ``kind``), and a relay of someone else's report names the
report it relays (its ``original``). The registry refuses what no news desk would cite: the
hosts and addresses listed in ``content_src/editorial_rules.yml``, a wiki rated official, an
official source that is not primary, one address listed twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from build_tools.content.addresses import check_addresses, host_of, on_host
from build_tools.content.editorial_rules import Rules
from build_tools.content.loading import read_yaml_list, unique_by_id
from build_tools.content.yamlio import Mapping
from build_tools.errors import Problem, Problems
from build_tools.language.cldr import language_name
from build_tools.language.dates import PartialDate, parse_date

SOURCES_FILE = "content_src/sources.yml"
RELIABILITY = ("official", "reported", "estimate", "low")
KINDS = {
    "vendor": "primary",
    "government": "primary",
    "company": "primary",
    "filing": "primary",
    "wire": "news",
    "newspaper": "news",
    "broadcaster": "news",
    "news-site": "news",
    "trade-press": "trade-press",
    "think-tank": "analysis",
    "academic": "analysis",
    "analyst": "analysis",
    "law-firm": "analysis",
    "blog": "secondary",
    "aggregator": "secondary",
    "repost": "secondary",
    "wiki": "secondary",
    "ai-encyclopedia": "secondary",
    "forum": "secondary",
    "retailer": "secondary",
}
"""Each kind of source and its class, strongest class first (shared/design/editorial.md)."""
CLASSES = ("primary", "news", "trade-press", "analysis", "secondary")
PRIMARY_KINDS = tuple(k for k, c in KINDS.items() if c == "primary")
ENCYCLOPEDIA_KINDS = ("wiki", "ai-encyclopedia")
_ID_RE = re.compile(r"^S\d+[a-z]?$")
_LANG_RE = re.compile(r"^[a-z]{2}$")
_REQUIRED = ("id", "title", "publisher", "url", "language", "reliability", "kind")


@dataclass(frozen=True)
class Original:
    """The report a relay repeats: "Reuters, via X"."""

    publisher: str
    title: str
    date: PartialDate | None
    url: str | None
    """Only when the original itself was seen; never a guessed address."""
    kind: str


@dataclass(frozen=True)
class Source:
    """One publication that the site cites."""

    id: str
    """Registry id, as in ``shared/research/facts.md``: ``S86``, ``S85b``. Never shown."""
    title: str
    publisher: str
    url: str
    date: PartialDate | None
    """Publication date as far as it is known; ``None`` when the source shows none."""
    approximate: bool
    """True when ``date`` was inferred from the content rather than printed."""
    language: str
    reliability: str
    """``official``, ``reported``, ``estimate`` or ``low`` (see the About page)."""
    kind: str
    """What the publication is: one of :data:`KINDS`."""
    original: Original | None
    file: str
    line: int

    @property
    def evidence(self) -> str:
        """The class this source counts as: a relay counts as the report it repeats."""
        return KINDS[self.original.kind if self.original else self.kind]


def load_sources(root: Path, rules: Rules) -> tuple[dict[str, Source], list[Problem]]:
    """Read and validate the registry; return sources by id and every problem found."""
    data, found = read_yaml_list(root, SOURCES_FILE, "sources")
    if data is None:
        return {}, found.items
    items = [_validate_source(item, rules, found) for item in data["sources"]]
    sources = unique_by_id(items, SOURCES_FILE, "source id", found)
    check_addresses(list(sources.values()), rules, found)
    return sources, found.items


def _validate_source(item: object, rules: Rules, found: Problems) -> Source | None:
    if not isinstance(item, Mapping):
        found.add(SOURCES_FILE, 1, "each source must be a mapping with id, title, publisher, …")
        return None
    missing = [k for k in _REQUIRED if not str(item.get(k) or "").strip()]
    for key in missing:
        found.add(SOURCES_FILE, item.line, f"source is missing '{key}'")
    checks = [
        ("id", _ID_RE.match(str(item.get("id", ""))), "an id like S86 or S85b"),
        ("url", re.match(r"^https?://\S+$", str(item.get("url", ""))), "an http(s) URL"),
        (
            "language",
            _LANG_RE.match(code := str(item.get("language", ""))) and language_name(code, "en"),
            "a two-letter language code that CLDR knows (ar, en, zh …)",
        ),
        ("reliability", item.get("reliability") in RELIABILITY, "one of " + ", ".join(RELIABILITY)),
        ("kind", item.get("kind") in KINDS, "one of " + ", ".join(KINDS)),
    ]
    for key, ok, expected in checks:
        if key not in missing and not ok:
            found.add(
                SOURCES_FILE,
                item.line_of(key),
                f"'{key}' is '{item.get(key)}'; expected {expected}",
            )
    date = _date(item, "date", found)
    original = _original(item, found)
    if missing or any(not ok for _, ok, _ in checks):
        return None
    source = Source(
        str(item["id"]),
        str(item["title"]),
        str(item["publisher"]),
        str(item["url"]),
        date,
        bool(item.get("approximate", False)),
        str(item["language"]),
        str(item["reliability"]),
        str(item["kind"]),
        original,
        SOURCES_FILE,
        item.line,
    )
    _check_kind(source, item, rules, found)
    return source


def _date(item: Mapping, key: str, found: Problems) -> PartialDate | None:
    if not item.get(key):
        return None
    try:
        return parse_date(str(item[key]))
    except ValueError as err:
        found.add(SOURCES_FILE, item.line_of(key), str(err))
        return None


def _original(item: Mapping, found: Problems) -> Original | None:
    """``original: {publisher, title, kind, date, url}``: the report this source relays."""
    part = item.get("original")
    if part is None:
        return None
    fields = ("publisher", "title", "kind")
    if not isinstance(part, Mapping) or any(not str(part.get(k) or "").strip() for k in fields):
        found.add(
            SOURCES_FILE,
            item.line_of("original"),
            "original needs 'publisher', 'title' and 'kind' (and 'date', 'url' when known)",
        )
        return None
    if part["kind"] not in KINDS:
        found.add(
            SOURCES_FILE,
            part.line_of("kind"),
            f"original 'kind' is '{part['kind']}'; expected one of {', '.join(KINDS)}",
        )
        return None
    url = str(part["url"]) if part.get("url") else None
    return Original(
        str(part["publisher"]),
        str(part["title"]),
        _date(part, "date", found),
        url,
        str(part["kind"]),
    )


def _check_kind(source: Source, item: Mapping, rules: Rules, found: Problems) -> None:
    """Official means the party itself said it; a wiki is a wiki, whatever it is called."""
    host = host_of(source.url)
    encyclopedia = any(on_host(host, h) for h in rules.encyclopedia_hosts)
    if encyclopedia and source.kind not in ENCYCLOPEDIA_KINDS:
        found.add(
            SOURCES_FILE,
            item.line_of("kind"),
            f"'{host}' is a wiki or AI-written encyclopedia; expected kind "
            f"{' or '.join(ENCYCLOPEDIA_KINDS)}, not '{source.kind}'",
        )
    if source.reliability == "official" and (encyclopedia or source.evidence != "primary"):
        found.add(
            SOURCES_FILE,
            item.line_of("reliability"),
            f"a {source.kind} is not an official source: official means the vendor, a "
            "government, the company itself or an official filing (kind "
            f"{', '.join(PRIMARY_KINDS)}); rate it reported, "
            "estimate or low",
        )


def registry_order(source: Source) -> tuple[int, str]:
    """S2 before S10 before S10b: a stable order for lists that have no better one."""
    number = source.id[1:].rstrip("abcdefghijklmnopqrstuvwxyz")
    return int(number), source.id
