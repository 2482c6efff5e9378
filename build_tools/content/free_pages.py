"""Free pages written in Markdown (``content_src/pages/NAME.LANG.md``, such as About): load,
check and render them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from build_tools.content.claims import Claim, Expiry, parse_expiry
from build_tools.content.loading import raw_html_lines, read_source, split_front_matter
from build_tools.content.resolution import References
from build_tools.content.yamlio import Mapping
from build_tools.errors import Problem, Problems
from build_tools.language.codes import LANGUAGES, Bilingual, Lang

PAGES_DIR = "content_src/pages"


@dataclass(frozen=True)
class Page:
    """A free page written in Markdown, one file per language: ``about.ar.md``. A page that
    states figures cites its sources in front matter (``sources: [S12]``), as does one true only
    as of a date (``as_of:``, ``until:``); both go in the Arabic file."""

    name: str
    files: Bilingual
    texts: Bilingual
    sources: tuple[str, ...] = ()
    expiry: Expiry | None = None
    line: int = 1
    first_lines: dict[Lang, int] = field(default_factory=dict)
    """Per language, the line of its file where the page's text begins (after front matter)."""

    def title(self, lang: Lang) -> str:
        return page_title(self.texts[lang])


def load_pages(root: Path, refs: References) -> tuple[list[Page], list[Problem]]:
    """Read ``content_src/pages/NAME.LANG.md``; each page must exist in every language."""
    names = sorted({p.name.split(".")[0] for p in (root / PAGES_DIR).glob("*.md")})
    pages, found = [], Problems()
    for name in names:
        files = {lang: f"{PAGES_DIR}/{name}.{lang}.md" for lang in LANGUAGES}
        texts, front, firsts = {}, Mapping(), {}
        for lang, rel in files.items():
            if not (root / rel).exists():
                found.add(rel, 0, f"missing translation: '{name}' needs {rel}")
                continue
            text, problems = read_source(root / rel, rel, root)
            found.extend(problems)
            if text is None:
                continue
            if text.startswith("---"):
                data, text, first, problems = split_front_matter(text, rel)
                found.extend(problems)
                front = data if isinstance(data, Mapping) and lang == LANGUAGES[0] else front
            else:
                first = 1
            found.extend(
                Problem(rel, n, "raw HTML is not allowed; use Markdown")
                for n in raw_html_lines(text, first)
            )
            if not text.lstrip().startswith("# "):
                found.add(rel, first, "a page starts with its title: '# Title'")
            texts[lang], firsts[lang] = text, first
        cited = tuple(str(s) for s in front.get("sources") or ())
        refs.add(files[LANGUAGES[0]], front.line_of("sources"), "source", cited)
        expiry = parse_expiry(front, files[LANGUAGES[0]], found) if front else None
        if len(texts) == len(LANGUAGES):
            pages.append(Page(name, files, texts, cited, expiry, front.line or 1, firsts))
    return pages, found.items


def page_claims(pages: list[Page]) -> list[Claim]:
    return [
        Claim(
            p.files[LANGUAGES[0]],
            p.line,
            f"page '{p.name}'",
            p.sources,
            None,
            p.texts,
            p.expiry,
            places={lang: (p.files[lang], p.first_lines.get(lang, 1)) for lang in p.files},
        )
        for p in pages
    ]


def page_title(text: str) -> str:
    return text.lstrip()[2:].split("\n", 1)[0].strip()
