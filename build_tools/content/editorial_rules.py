"""The editorial rules as data (``content_src/editorial_rules.yml``): hosts and addresses no
source may have, which hosts are encyclopedias, what makes a figure or an expiring claim in
prose, and the memory stacks the chip table is checked against. Editors extend the file; this
module only reads and validates it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from build_tools.content.loading import read_source
from build_tools.content.yamlio import Mapping, load_yaml
from build_tools.errors import Problem, Problems
from build_tools.language.codes import LANGUAGES

RULES_FILE = "content_src/editorial_rules.yml"


@dataclass(frozen=True)
class Refusal:
    """A host or an address pattern that no source may have, and why."""

    match: str
    """A host (it matches its subdomains too) or a regular expression on the address's path."""
    why: str


@dataclass(frozen=True)
class MemoryType:
    """One kind of stacked memory: the largest stack, and one stack's bandwidth range."""

    type: str
    stack_gb: float
    stack_gbps: tuple[float, float]
    """GB/s of one stack at the slowest and at the fastest grade."""
    sources: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Rules:
    refused_hosts: tuple[Refusal, ...] = ()
    encyclopedia_hosts: tuple[str, ...] = ()
    refused_urls: tuple[Refusal, ...] = ()
    units: tuple[str, ...] = ()
    """What follows a number to make it a figure: TFLOPS, GB/s, %…"""
    expiring: dict[str, tuple[str, ...]] | None = None
    """Per language, the words that make a statement true only as of a date."""
    memory: tuple[MemoryType, ...] = ()
    line: int = 0


def load_rules(root: Path) -> tuple[Rules, list[Problem]]:
    """Read the rules; without the file, no rule applies (a project of one's own)."""
    if not (root / RULES_FILE).exists():
        return Rules(), []
    found = Problems()
    text, problems = read_source(root / RULES_FILE, RULES_FILE, root)
    found.extend(problems)
    data, problems = load_yaml(text or "", RULES_FILE)
    found.extend(problems)
    if not isinstance(data, Mapping):
        if not found:
            found.add(RULES_FILE, 1, "expected a mapping with 'sources', 'prose' and 'chips'")
        return Rules(), found.items
    sources, prose, chips = (_part(data, key) for key in ("sources", "prose", "chips"))
    expiring = _part(prose, "expiring")
    rules = Rules(
        tuple(_refusals(sources, "refused_hosts", "host", found)),
        tuple(str(h).lower() for h in sources.get("encyclopedia_hosts") or ()),
        tuple(_refusals(sources, "refused_urls", "pattern", found)),
        tuple(str(u) for u in prose.get("units") or ()),
        {lang: tuple(str(w) for w in expiring.get(lang) or ()) for lang in LANGUAGES},
        tuple(m for m in (_memory(item, found) for item in chips.get("memory") or ()) if m),
        data.line,
    )
    return rules, found.items


def _part(data: Mapping, key: str) -> Mapping:
    part = data.get(key)
    return part if isinstance(part, Mapping) else Mapping()


def _refusals(part: Mapping, key: str, field: str, found: Problems) -> list[Refusal]:
    refusals = []
    for item in part.get(key) or ():
        if not isinstance(item, Mapping) or not item.get(field) or not item.get("why"):
            line = item.line if isinstance(item, Mapping) else part.line_of(key)
            found.add(RULES_FILE, line, f"each of '{key}' needs '{field}' and 'why'")
            continue
        if field == "pattern":
            try:
                re.compile(str(item[field]))
            except re.error as err:
                found.add(
                    RULES_FILE, item.line, f"'{item[field]}' is not a regular expression: {err}"
                )
                continue
        match = str(item[field])  # a host is lower-cased; a pattern is matched ignoring case
        refusals.append(Refusal(match.lower() if field == "host" else match, str(item["why"])))
    return refusals


def _memory(item: object, found: Problems) -> MemoryType | None:
    span = item.get("stack_gbps") if isinstance(item, Mapping) else None
    numbers = [v for v in span or () if isinstance(v, int | float) and not isinstance(v, bool)]
    size = item.get("stack_gb") if isinstance(item, Mapping) else None
    if (
        not isinstance(item, Mapping)
        or not item.get("type")
        or not isinstance(size, int | float)
        or len(numbers) != 2
        or not 0 < numbers[0] <= numbers[1]
    ):
        line = item.line if isinstance(item, Mapping) else 1
        found.add(
            RULES_FILE,
            line,
            "each memory type needs 'type', 'stack_gb' (a number) and 'stack_gbps' "
            "([slowest, fastest] GB/s of one stack)",
        )
        return None
    sources = tuple(str(s) for s in item.get("sources") or ())
    return MemoryType(
        str(item["type"]), float(size), (float(numbers[0]), float(numbers[1])), sources, item.line
    )
