"""What each language publishes. Arabic first: every page is published in Arabic; an article
whose English title and category are not translated yet is left out of the English site
everywhere (its navigation, home page, glossary, timeline links, sources, corrections, feed,
search and sitemap), so that no English page links to a page that does not exist."""

from __future__ import annotations

import dataclasses

from build_tools.content.article import Article
from build_tools.content.model import Content
from build_tools.content.translation import publishable
from build_tools.language.codes import LANGUAGES, Lang


def published_in(article: Article, lang: Lang) -> bool:
    """The author's language always; a translation once it is publishable."""
    return lang == LANGUAGES[0] or publishable(article.texts[lang])


def languages_of(article: Article) -> tuple[str, ...]:
    return tuple(lang for lang in LANGUAGES if published_in(article, lang))


def edition(content: Content, lang: Lang) -> Content:
    """``content`` as the site in ``lang`` shows it: only the articles published in it, and
    nothing that points into the others."""
    articles = [a for a in content.articles if published_in(a, lang)]
    if len(articles) == len(content.articles):
        return content
    left_out = {a.slug for a in content.articles} - {a.slug for a in articles}
    events = [
        dataclasses.replace(
            e, paragraphs=tuple(p for p in e.paragraphs if p.partition("#")[0] not in left_out)
        )
        for e in content.events
    ]
    record = content.publication
    publication = dataclasses.replace(
        record,
        dates={name: d for name, d in record.dates.items() if name not in left_out},
        corrections=tuple(c for c in record.corrections if c.page not in left_out),
    )
    return dataclasses.replace(content, articles=articles, events=events, publication=publication)
