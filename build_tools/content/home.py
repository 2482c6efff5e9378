"""The home page (``content_src/home.yml``): what happened, in five key points."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_tools.content.claims import Claim, Expiry, parse_expiry, parse_status
from build_tools.content.loading import raw_html_problems, read_source
from build_tools.content.resolution import References
from build_tools.content.yamlio import Mapping, load_yaml
from build_tools.errors import Problem, Problems
from build_tools.language.codes import LANGUAGES, Bilingual

HOME_FILE = "content_src/home.yml"
KEY_POINTS = 5


@dataclass(frozen=True)
class Statement:
    """A text of the home page in both languages, with what backs it."""

    texts: Bilingual
    sources: tuple[str, ...]
    status: str | None
    expiry: Expiry | None
    line: int
    link: str = ""
    """For a key point: the article paragraph it summarises (``slug#p2``)."""


@dataclass(frozen=True)
class Home:
    title: Statement
    intro: Statement
    points: tuple[Statement, ...]
    since: Statement
    why: tuple[Statement, ...] = ()
    """"Why it matters": a few points of ours, each sourced (``why_it_matters:``)."""


def load_home(root: Path, refs: References) -> tuple[Home | None, list[Problem]]:
    """Read and check ``home.yml``: five key points, each in both languages, linked, sourced
    (the links and sources are noted in ``refs``, resolved once everything is loaded)."""
    text, problems = read_source(root / HOME_FILE, HOME_FILE, root)
    data, yaml_problems = load_yaml(text, HOME_FILE) if text is not None else (None, [])
    found = Problems([*problems, *yaml_problems, *raw_html_problems(text or "", HOME_FILE)])
    if not isinstance(data, Mapping):
        return None, found.items or [Problem(HOME_FILE, 1, "expected a mapping")]
    points = data.get("key_points") or []
    if len(points) != KEY_POINTS:
        found.add(
            HOME_FILE,
            data.line_of("key_points"),
            f"expected {KEY_POINTS} key points, found {len(points)}",
        )
    parts = {
        key: _statement(data.get(key), data, refs, found) for key in ("title", "intro", "since")
    }
    statements = [_statement(point, data, refs, found) for point in points]
    why = [_statement(point, data, refs, found) for point in data.get("why_it_matters") or []]
    for point in statements:
        if point:
            refs.add(HOME_FILE, point.line, "anchor", [point.link])
    title, intro, since = parts["title"], parts["intro"], parts["since"]
    if title is None or intro is None or since is None or None in statements + why or found:
        return None, found.items
    kept = tuple(p for p in statements if p)
    return Home(title, intro, kept, since, tuple(w for w in why if w)), found.items


def _statement(item: object, data: Mapping, refs: References, found: Problems) -> Statement | None:
    if not isinstance(item, Mapping):
        found.add(HOME_FILE, data.line, "expected a mapping with 'ar' and 'en' texts")
        return None
    texts = {lang: str(item.get(lang) or "").strip() for lang in LANGUAGES}
    for lang in (lang for lang, text in texts.items() if not text):
        found.add(HOME_FILE, item.line, f"missing translation: no '{lang}' text")
    cited = tuple(str(s) for s in item.get("sources") or [])
    refs.add(HOME_FILE, item.line_of("sources"), "source", cited)
    status = parse_status(item, HOME_FILE, found)
    expiry = parse_expiry(item, HOME_FILE, found)
    link = str(item.get("link", ""))
    return Statement(texts, cited, status, expiry, item.line, link)


def home_claims(home: Home) -> list[Claim]:
    named = [("the title", home.title), ("the intro", home.intro)]
    named += [("'what happened next'", home.since)]
    named += [(f"key point {n}", point) for n, point in enumerate(home.points, start=1)]
    named += [(f"'why it matters' point {n}", w) for n, w in enumerate(home.why, start=1)]
    return [
        Claim(HOME_FILE, s.line, what, s.sources, s.status, s.texts, s.expiry) for what, s in named
    ]
