"""What each kind of source can support, checked on every statement of the site at once
(shared/design/editorial.md, "Sources"). One pass over all claims, after every part is loaded:

- an ``official`` statement cites at least one primary source;
- nothing rests only on secondary sources unless it says it is an estimate or weak;
- a figure in our prose (a number with a unit) cites a source;
- a statement true only "as of" a date, or about the future, carries that date (``as_of``,
  ``until``); past ``until`` it is reported (a warning, an error where the caller says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_tools.arabic import TermIndex, to_western_digits, without_quotations
from build_tools.content.claims import WEAK, Claim
from build_tools.content.editorial_rules import Rules
from build_tools.content.sources import PRIMARY_KINDS, Source
from build_tools.errors import Problem
from build_tools.language.dates import PartialDate, mentioned_periods


@dataclass(frozen=True)
class Findings:
    problems: tuple[Problem, ...]
    expired: tuple[Problem, ...]
    """Claims past their ``until``: warnings for ``build``, errors for ``check`` under CI."""


def check_claims(
    claims: list[Claim], sources: dict[str, Source], rules: Rules, today: PartialDate
) -> Findings:
    """Every rule on every claim; references to unknown sources are reported by the loaders."""
    figures = _figure_re(rules.units)
    markers = TermIndex(
        {"expiring": [w for words in (rules.expiring or {}).values() for w in words]}
    )
    problems: list[Problem] = []
    expired: list[Problem] = []
    for claim in claims:
        cited = [sources[i] for i in claim.sources if i in sources]
        problems += _support(claim, cited)
        problems += _figures(claim, figures)
        problems += _expiring(claim, markers, today)
        if claim.expiry and claim.expiry.until < today:
            expired.append(
                Problem(
                    claim.file,
                    claim.expiry.line,
                    f"{claim.what} was true as of {claim.expiry.as_of.iso()} and was to be "
                    f"checked again by {claim.expiry.until.iso()}: check it, then update its "
                    "text, as_of and until",
                )
            )
    return Findings(tuple(problems), tuple(expired))


def _support(claim: Claim, cited: list[Source]) -> list[Problem]:
    primary = ", ".join(PRIMARY_KINDS)
    if claim.status == "official" and not any(s.evidence == "primary" for s in cited):
        return [
            Problem(
                claim.file,
                claim.line,
                f"{claim.what} is official but cites no primary source ({primary}); cite one, "
                "or give it the status reported",
            )
        ]
    if cited and claim.status not in WEAK and all(s.evidence == "secondary" for s in cited):
        named = ", ".join(f"{s.id} ({s.kind})" for s in cited)
        return [
            Problem(
                claim.file,
                claim.line,
                f"{claim.what} rests only on secondary sources ({named}); cite a primary, news, "
                "trade-press or analysis source, or give it the status estimate or low",
            )
        ]
    return []


def _figure_re(units: tuple[str, ...]) -> re.Pattern[str]:
    """A number and its unit: ``148 TFLOPS``, ``15%``, ``US$5.5 bn``, ``37 مليارًا``."""
    ordered = sorted(units, key=len, reverse=True)
    latin = "|".join(re.escape(u) for u in ordered if u.isascii())
    arabic = "|".join(re.escape(u) for u in ordered if not u.isascii())
    number = r"\d[\d,]*(?:\.\d+)?"
    alternatives = [rf"(?:US)?\${number}"]
    if latin:
        alternatives.append(rf"{number}\s?(?:{latin})(?![A-Za-z])")
    if arabic:
        alternatives.append(rf"{number}\s?(?:{arabic})")
    return re.compile(rf"(?<![\w.])(?:{'|'.join(alternatives)})")


def _figures(claim: Claim, figures: re.Pattern[str]) -> list[Problem]:
    if claim.sources:
        return []
    return [
        Problem(
            claim.file,
            claim.line,
            f"{claim.what}: '{match.group()}' ({lang}) is a figure; cite its source "
            f"({claim.sources_key})",
        )
        for lang, text in claim.texts.items()
        if (match := figures.search(to_western_digits(text)))
    ]


def _expiring(claim: Claim, markers: TermIndex, today: PartialDate) -> list[Problem]:
    """Words that date a statement, or a date after the build's, need ``as_of`` and ``until``."""
    if claim.expiry:
        return []
    for lang, text in claim.texts.items():
        prose = without_quotations(to_western_digits(text))
        found = [prose[m.start : m.end] for m in markers.find(prose)]
        found += [written for written, start in mentioned_periods(prose) if start > today]
        if found:
            return [
                Problem(
                    claim.file,
                    claim.line,
                    f"{claim.what}: '{found[0]}' ({lang}) makes it true only as of a date; give "
                    "it as_of: YYYY-MM-DD (the day it was checked) and until: YYYY-MM-DD "
                    "(the day to check it again)",
                )
            ]
    return []
