"""The house style (``content_src/style.yml``), checked on everything we write: one word for
each concept, each language's punctuation, question headings, and the two languages of an entry
qualifying it alike (the same hedges, the same outlets named). The author's article is not ours
and is not checked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from build_tools.arabic import TermIndex, without_quotations
from build_tools.content.claims import Claim
from build_tools.content.loading import read_source
from build_tools.content.translation import PLACEHOLDER
from build_tools.content.yamlio import Mapping, load_yaml
from build_tools.errors import Problem, Problems
from build_tools.language.codes import LANGUAGES, Lang
from build_tools.language.typography import heading_problem

STYLE_FILE = "content_src/style.yml"
NUMBER_HEDGES = ("around", "nearly")
"""Hedge groups that qualify a number: their words count only before one («نحو 600»), not in
«توجه بكين نحو تقليل…»."""
_NUMBER_AFTER = re.compile(r"^\s*(US\$|\$|€|¥)?\s*\d")
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English"}


@dataclass(frozen=True)
class Punctuation:
    pattern: re.Pattern[str]
    why: str


@dataclass(frozen=True)
class Style:
    avoid: dict[str, dict[str, str]] = field(default_factory=dict)
    """Per language, each form to avoid -> what to use instead."""
    punctuation: dict[str, tuple[Punctuation, ...]] = field(default_factory=dict)
    hedges: dict[str, dict[Lang, tuple[str, ...]]] = field(default_factory=dict)
    """Per group (reported, estimate…), per language, its words."""
    outlets: tuple[dict[Lang, tuple[str, ...]], ...] = ()


def load_style(root: Path) -> tuple[Style, list[Problem]]:
    """Read the house style; without the file, no rule applies (a project of one's own)."""
    if not (root / STYLE_FILE).exists():
        return Style(), []
    found = Problems()
    text, problems = read_source(root / STYLE_FILE, STYLE_FILE, root)
    data, yaml_problems = load_yaml(text or "", STYLE_FILE)
    found.extend([*problems, *yaml_problems])
    if not isinstance(data, Mapping):
        return Style(), found.items or [Problem(STYLE_FILE, 1, "expected a mapping")]
    avoid: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for term in data.get("terms") or ():
        use = term.get("use") if isinstance(term, Mapping) else None
        concept = term.get("concept") if isinstance(term, Mapping) else None
        if not (_bilingual(concept) and _bilingual(use)):
            line = term.line if isinstance(term, Mapping) else data.line_of("terms")
            found.add(
                STYLE_FILE, line, "each term needs 'concept' and 'use', each with ar: and en:"
            )
            continue
        assert isinstance(term, Mapping) and isinstance(use, Mapping)
        for lang, forms in (term.get("avoid") or Mapping()).items():
            for form in forms or ():
                avoid.setdefault(str(lang), {})[str(form)] = str(use.get(lang, ""))
    punctuation: dict[str, tuple[Punctuation, ...]] = {}
    for lang, rules in (data.get("punctuation") or Mapping()).items():
        punctuation[str(lang)] = tuple(_punctuation(rules or (), found))
    hedges = {
        str(group): {lang: tuple(str(w) for w in words.get(lang) or ()) for lang in LANGUAGES}
        for group, words in (data.get("hedges") or Mapping()).items()
        if isinstance(words, Mapping)
    }
    outlets = tuple(
        {lang: tuple(str(n) for n in o.get(lang) or ()) for lang in LANGUAGES}
        for o in data.get("outlets") or ()
        if isinstance(o, Mapping)
    )
    return Style(avoid, punctuation, hedges, outlets), found.items


def _bilingual(value: object) -> bool:
    return isinstance(value, Mapping) and all(value.get(lang) for lang in LANGUAGES)


def _punctuation(rules: object, found: Problems) -> list[Punctuation]:
    out = []
    for rule in rules if isinstance(rules, list) else ():
        if not isinstance(rule, Mapping) or not rule.get("pattern") or not rule.get("why"):
            found.add(STYLE_FILE, getattr(rule, "line", 1), "each rule needs 'pattern' and 'why'")
            continue
        try:
            out.append(Punctuation(re.compile(str(rule["pattern"])), str(rule["why"])))
        except re.error as err:
            found.add(
                STYLE_FILE, rule.line, f"'{rule['pattern']}' is not a regular expression: {err}"
            )
    return out


def check_wording(claims: list[Claim], style: Style) -> list[Problem]:
    """Every rule of the house style on every claim, with the file and line of each breach."""
    avoid = {lang: TermIndex({f: [f] for f in forms}) for lang, forms in style.avoid.items()}
    hedges = {
        lang: TermIndex({group: words[lang] for group, words in style.hedges.items()})
        for lang in LANGUAGES
    }
    outlets = {
        lang: TermIndex(
            {
                o["en"][0] if o["en"] else str(n): [*o[lang], *o["en"]]
                for n, o in enumerate(style.outlets)
            }
        )
        for lang in LANGUAGES
    }
    problems: list[Problem] = []
    for claim in claims:
        qualified: dict[str, set[str]] = {}
        for lang, text in claim.texts.items():
            problems += _breaches(claim, lang, text, style, avoid.get(lang))
            # Quotations count here: «وفق تقارير» quoted as a status is still said.
            qualified[lang] = _hedges(text, hedges[lang]) | {
                f"names {m.term}" for m in outlets[lang].find(text)
            }
        problems += _parity(claim, qualified)
    return problems


def _breaches(
    claim: Claim, lang: Lang, text: str, style: Style, avoid: TermIndex | None
) -> list[Problem]:
    """What one language's text of a claim breaks: a word to avoid (quotations aside), the
    language's punctuation, a question heading, a placeholder."""
    prose = without_quotations(text)
    problems = [
        _at(claim, lang, m.start, f"'{prose[m.start : m.end]}': use '{style.avoid[lang][m.term]}'")
        for m in (avoid.find(prose) if avoid else ())
    ]
    for rule in style.punctuation.get(lang, ()):
        problems += [
            _at(claim, lang, m.start(), f"'{_snippet(text, m)}': {rule.why}")
            for m in rule.pattern.finditer(text)
        ]
    problems += _headings(claim, lang, text)
    return problems + [
        _at(
            claim,
            lang,
            m.start(),
            "'TODO' is a placeholder: replace it with the text (the build refuses "
            "placeholders in our own text)",
        )
        for m in PLACEHOLDER.finditer(text)
    ]


def _snippet(prose: str, match: re.Match[str]) -> str:
    """The match and the rest of the word after it: «و H20», not «و»."""
    rest = re.match(r"\S*", prose[match.end() :])
    return (match.group() + (rest.group() if rest else "")).strip()


def _hedges(prose: str, index: TermIndex) -> set[str]:
    return {
        m.term
        for m in index.find(prose)
        if m.term not in NUMBER_HEDGES or _NUMBER_AFTER.match(prose[m.end :])
    }


def _headings(claim: Claim, lang: Lang, text: str) -> list[Problem]:
    problems = []
    for match in re.finditer(r"^#{1,6}[ \t]+(.+?)[ \t]*(\{:.*\})?$", text, re.M):
        problem = heading_problem(match.group(1), lang)
        if problem:
            problems.append(_at(claim, lang, match.start(), problem))
    return problems


def _parity(claim: Claim, qualified: dict[str, set[str]]) -> list[Problem]:
    """What one language says of an entry's certainty or its source, the other says too."""
    if set(qualified) != set(LANGUAGES):
        return []
    problems = []
    for lang in LANGUAGES:
        for other in (o for o in LANGUAGES if o != lang):
            for word in sorted(qualified[lang] - qualified[other]):
                said = word if word.startswith("names ") else f"says '{word}'"
                problems.append(
                    Problem(
                        claim.file,
                        claim.line,
                        f"{claim.what}: the {LANGUAGE_NAMES[lang]} {said} and the "
                        f"{LANGUAGE_NAMES[other]} does not; qualify both languages alike "
                        f"({STYLE_FILE}, hedges and outlets)",
                    )
                )
    return problems


def _at(claim: Claim, lang: Lang, offset: int, message: str) -> Problem:
    """A problem at the line of ``offset`` in the ``lang`` text of ``claim``."""
    file, first = claim.places.get(lang, (claim.file, claim.line))
    line = first + claim.texts[lang][:offset].count("\n") if lang in claim.places else first
    return Problem(file, line, f"{claim.what} ({LANGUAGE_NAMES[lang]}): {message}")
