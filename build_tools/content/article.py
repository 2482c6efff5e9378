"""Articles: load both language versions of each, with their metadata, and check them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools.content.article_source import ArticleText, parse_article_text
from build_tools.content.claims import Claim, Expiry, parse_expiry
from build_tools.content.loading import ID_RE, read_source
from build_tools.content.resolution import References
from build_tools.content.translation import check_translation
from build_tools.content.yamlio import Mapping
from build_tools.errors import Problem, Problems
from build_tools.language.codes import LANGUAGES, Bilingual, Lang
from build_tools.language.dates import PartialDate, parse_date

ARTICLES_DIR = "content_src/articles"


@dataclass(frozen=True)
class Published:
    """When an article was published and how that was established."""

    method: str
    """``printed`` (on the page), ``inferred`` (from its content) or ``unknown``."""
    start: PartialDate | None
    end: PartialDate | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """An article in both languages; the Arabic is the author's text."""

    slug: str
    texts: dict[Lang, ArticleText]
    published: Published
    source: str | None
    """Registry id of the article's origin."""
    stale: tuple[Problem, ...]
    """Translations made from an older Arabic text (warnings; failures under ``--check``)."""
    author: Bilingual
    """The author's name as each language's byline gives it (``author.name``, in English
    ``author_name`` when it is spelt otherwise)."""
    category: Bilingual
    """The publisher's section, in each language (front matter ``category``)."""
    caveat: Caveat | None = None
    """What a reader should know before reading it, in our words (front matter ``caveat:``)."""


@dataclass(frozen=True)
class Caveat:
    """A short note of ours in both languages, shown above the article and on the home page:
    what the story rests on and what is unconfirmed."""

    texts: Bilingual
    sources: tuple[str, ...]
    expiry: Expiry | None
    line: int


def load_articles(root: Path, refs: References) -> tuple[list[Article], list[Problem]]:
    """Load every article folder; return the articles and every problem found."""
    articles, problems = [], []
    for folder in sorted(p for p in (root / ARTICLES_DIR).iterdir() if p.is_dir()):
        article, found = _load_article(root, folder, refs)
        problems += found
        if article:
            articles.append(article)
    return articles, problems


def _load_article(
    root: Path, folder: Path, refs: References
) -> tuple[Article | None, list[Problem]]:
    texts: dict[Lang, ArticleText] = {}
    problems: list[Problem] = []
    rel_folder = f"{ARTICLES_DIR}/{folder.name}"
    if not ID_RE.match(folder.name):
        problems.append(Problem(rel_folder, 0, "folder name must be lower-case a-z, 0-9 and -"))
    for lang in LANGUAGES:
        rel = f"{rel_folder}/article.{lang}.md"
        if not (folder / f"article.{lang}.md").exists():
            problems.append(Problem(rel, 0, f"missing: every article needs article.{lang}.md"))
            continue
        raw, found = read_source(folder / f"article.{lang}.md", rel, root)
        parsed, parse_problems = parse_article_text(raw, rel) if raw is not None else (None, [])
        problems += found + parse_problems
        if parsed:
            problems += _check_front(parsed, lang)
            texts[lang] = parsed
    if len(texts) < len(LANGUAGES):
        return None, problems
    problems += _check_not_empty(texts["ar"])
    alignment, stale = check_translation(texts["ar"], texts["en"])
    published, meta_problems = _published(texts["ar"], refs)
    source = texts["ar"].front.get("source")
    if source is not None:
        refs.add(texts["ar"].file, texts["ar"].front.line_of("source"), "source", [str(source)])
    caveat, caveat_problems = _caveat(texts["ar"], refs)
    author, category = _byline(texts)
    article = Article(
        folder.name,
        texts,
        published,
        source and str(source),
        tuple(stale),
        author,
        category,
        caveat,
    )
    return article, problems + alignment + meta_problems + caveat_problems


def _byline(texts: dict[Lang, ArticleText]) -> tuple[Bilingual, Bilingual]:
    """The author's name and the category in each language, from the front matter."""
    author = texts[LANGUAGES[0]].front.get("author")
    name = str(author.get("name", "")) if isinstance(author, Mapping) else ""
    names = {lang: str(text.front.get("author_name", name)) for lang, text in texts.items()}
    names[LANGUAGES[0]] = name  # the author's language: her name as she signs
    return names, {lang: str(text.front.get("category", "")) for lang, text in texts.items()}


def _check_front(text: ArticleText, lang: Lang) -> list[Problem]:
    front, rel = text.front, text.file
    problems = []
    if front.get("lang") not in LANGUAGES:
        problems.append(
            Problem(
                rel,
                front.line_of("lang"),
                f"unknown language '{front.get('lang')}'; expected one of {', '.join(LANGUAGES)}",
            )
        )
    elif front.get("lang") != lang:
        problems.append(
            Problem(
                rel,
                front.line_of("lang"),
                f"lang is '{front.get('lang')}' but the file name says '{lang}'",
            )
        )
    required = ["title", "category"] + (["title_fingerprint"] if lang != "ar" else ["author"])
    problems += [
        Problem(rel, front.line, f"front matter is missing '{key}'")
        for key in required
        if not front.get(key)
    ]
    author = front.get("author")
    if lang == "ar" and author and not (isinstance(author, Mapping) and author.get("name")):
        problems.append(Problem(rel, front.line_of("author"), "author needs a 'name'"))
    return problems


def _check_not_empty(text: ArticleText) -> list[Problem]:
    if any(block.kind == "paragraph" for block in text.blocks):
        return []
    return [
        Problem(
            text.file,
            text.body_line,
            "the article has no paragraphs; add at least one paragraph '{#p1}' with its text",
        )
    ]


def _published(ar: ArticleText, refs: References) -> tuple[Published, list[Problem]]:
    data = ar.front.get("published")
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        problems.append(
            Problem(
                ar.file,
                ar.front.line_of("published"),
                "published must be a mapping with method (printed, inferred or unknown) and dates",
            )
        )
        return Published("unknown", None, None, ()), problems
    method = str(data.get("method", "unknown"))
    if method not in ("printed", "inferred", "unknown"):
        problems.append(
            Problem(
                ar.file,
                data.line_of("method"),
                f"published.method is '{method}'; expected printed, inferred or unknown",
            )
        )
    dates: dict[str, PartialDate | None] = {}
    for key in ("earliest", "latest"):
        try:
            dates[key] = parse_date(str(data[key])) if data.get(key) else None
        except ValueError as err:
            problems.append(Problem(ar.file, data.line_of(key), f"published.{key}: {err}"))
            dates[key] = None
    cited = tuple(str(s) for s in data.get("sources") or ())
    refs.add(ar.file, data.line_of("sources"), "source", cited)
    start, end = dates["earliest"], dates["latest"] or dates["earliest"]
    if method != "unknown" and "earliest" not in data:
        problems.append(
            Problem(
                ar.file,
                data.line,
                "published needs 'earliest' (and 'latest' for a range) unless method is unknown",
            )
        )
    return Published(method, start, end, cited), problems


def _caveat(ar: ArticleText, refs: References) -> tuple[Caveat | None, list[Problem]]:
    """The optional ``caveat:`` of the Arabic front matter: ``ar:``, ``en:``, ``sources:``."""
    data = ar.front.get("caveat")
    if data is None:
        return None, []
    found = Problems()
    if not isinstance(data, Mapping):
        found.add(ar.file, ar.front.line_of("caveat"), "caveat must be a mapping with ar: and en:")
        return None, found.items
    texts = {lang: " ".join(str(data.get(lang) or "").split()) for lang in LANGUAGES}
    for lang in (lang for lang, text in texts.items() if not text):
        found.add(ar.file, data.line, f"caveat: missing translation: no '{lang}' text")
    cited = tuple(str(s) for s in data.get("sources") or ())
    refs.add(ar.file, data.line_of("sources"), "source", cited)
    expiry = parse_expiry(data, ar.file, found)
    return (None if found else Caveat(texts, cited, expiry, data.line)), found.items


def article_claims(articles: list[Article]) -> list[Claim]:
    """The statements we wrote about each article (its caveat); the author's text is not ours."""
    return [
        Claim(
            a.texts["ar"].file,
            a.caveat.line,
            f"the caveat of '{a.slug}'",
            a.caveat.sources,
            None,
            a.caveat.texts,
            a.caveat.expiry,
        )
        for a in articles
        if a.caveat
    ]
