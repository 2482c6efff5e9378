"""The glossary (``content_src/glossary.yml``): terms in both languages, checked, and indexed
for linking; where each term appears in the articles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools.arabic import TermIndex, form_key
from build_tools.content.article import Article
from build_tools.content.claims import Claim, Expiry, parse_expiry, parse_status
from build_tools.content.loading import ID_RE, read_yaml_list, unique_by_id
from build_tools.content.resolution import References
from build_tools.content.yamlio import Mapping
from build_tools.errors import Problem, Problems
from build_tools.language.codes import LANGUAGES, Lang

GLOSSARY_FILE = "content_src/glossary.yml"


@dataclass(frozen=True)
class TermText:
    """A term in one language."""

    term: str
    variants: tuple[str, ...]
    """Other forms that the matcher should find (clitics and spellings are folded already)."""
    definition: str

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.term, *self.variants)


@dataclass(frozen=True)
class Term:
    id: str
    texts: dict[Lang, TermText]
    related: tuple[str, ...]
    sources: tuple[str, ...]
    status: str | None
    """How sure the definition's facts are, when it says (estimate and low are shown)."""
    expiry: Expiry | None
    line: int


@dataclass(frozen=True)
class Usage:
    """A paragraph of an article in which a term appears."""

    article: Article
    block_id: str
    number: int
    """The paragraph's position in the article, from 1."""


def load_glossary(root: Path, refs: References) -> tuple[list[Term], list[Problem]]:
    """Read and check the glossary; every problem is returned, with its line."""
    if not (root / GLOSSARY_FILE).exists():
        return [], []
    data, found = read_yaml_list(root, GLOSSARY_FILE, "terms")
    if data is None:
        return [], found.items
    terms = unique_by_id([_term(item, found) for item in data["terms"]], GLOSSARY_FILE, "id", found)
    for term in terms.values():
        for related in term.related:
            if related not in terms:
                found.add(
                    GLOSSARY_FILE, term.line, f"'{term.id}' is related to unknown id '{related}'"
                )
        refs.add(GLOSSARY_FILE, term.line, "source", term.sources)
    found.extend(_shared_forms(list(terms.values())))
    return list(terms.values()), found.items


def _term(item: object, found: Problems) -> Term | None:
    if not isinstance(item, Mapping):
        found.add(GLOSSARY_FILE, 1, "each term must be a mapping with id, ar, en, …")
        return None
    term_id = str(item.get("id") or "")
    if not ID_RE.match(term_id):
        found.add(
            GLOSSARY_FILE, item.line_of("id"), f"id '{term_id}' must be lower-case a-z, 0-9 and -"
        )
        return None
    texts = {}
    for lang in LANGUAGES:
        part = item.get(lang)
        if not isinstance(part, Mapping) or not str(part.get("term") or "").strip():
            found.add(GLOSSARY_FILE, item.line, f"'{term_id}' is missing its '{lang}' term")
            continue
        definition = str(part.get("definition") or "").strip()
        if not definition:
            found.add(
                GLOSSARY_FILE,
                part.line_of("definition"),
                f"'{term_id}' has an empty '{lang}' definition",
            )
        variants = tuple(str(v) for v in part.get("variants") or ())
        texts[lang] = TermText(str(part["term"]).strip(), variants, definition)
    related = tuple(str(r) for r in item.get("related") or ())
    cited = tuple(str(s) for s in item.get("sources") or ())
    status = parse_status(item, GLOSSARY_FILE, found)
    expiry = parse_expiry(item, GLOSSARY_FILE, found)
    return Term(term_id, texts, related, cited, status, expiry, item.line)


def _shared_forms(terms: list[Term]) -> list[Problem]:
    """Two terms whose forms would match the same words."""
    problems = []
    for lang in LANGUAGES:
        owners: dict[tuple[str, ...], Term] = {}
        for term in terms:
            for form in term.texts[lang].forms if lang in term.texts else ():
                key = form_key(form)
                other = owners.setdefault(key, term)
                if other is not term:
                    problems.append(
                        Problem(
                            GLOSSARY_FILE,
                            term.line,
                            f"'{term.id}' and '{other.id}' (line {other.line}) both match "
                            f"the {lang} words '{form}'",
                        )
                    )
    return problems


def term_index(terms: list[Term], lang: Lang) -> TermIndex:
    return TermIndex({t.id: t.texts[lang].forms for t in terms})


def usages(terms: list[Term], articles: list[Article], lang: Lang) -> dict[str, list[Usage]]:
    """For each term, the article paragraphs (in ``lang``) where it appears."""
    index = term_index(terms, lang)
    found: dict[str, list[Usage]] = {t.id: [] for t in terms}
    for article in articles:
        paragraphs = [b for b in article.texts[lang].blocks if b.kind == "paragraph"]
        for number, block in enumerate(paragraphs, start=1):
            for term_id in dict.fromkeys(m.term for m in index.find(block.text)):
                found[term_id].append(Usage(article, block.id, number))
    return found


def term_claims(terms: list[Term]) -> list[Claim]:
    return [
        Claim(
            GLOSSARY_FILE,
            t.line,
            f"term '{t.id}'",
            t.sources,
            t.status,
            {lang: text.definition for lang, text in t.texts.items()},
            t.expiry,
        )
        for t in terms
    ]
