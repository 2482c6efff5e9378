"""Reference resolution (build_tools/content/resolution.py): loaders note what their files name
elsewhere; one pass, once every part is loaded, checks each reference against its registry."""

from __future__ import annotations

import pytest

from build_tools.content.resolution import (
    References,
    Registries,
    Registry,
    unresolved,
)

KNOWN = Registries(
    source={"S1"},
    article={"story"},
    paragraph={"story#p1"},
    anchor={"story", "story#p1", "story#h1"},
    term={"gpu"},
    chip={"h20"},
)


@pytest.mark.parametrize(
    ("registry", "target", "message"),
    [
        ("source", "S9", "unknown source id 'S9'; add it to content_src/sources.yml or use one of "
         "its ids"),
        ("article", "other", "unknown article 'other'"),
        ("paragraph", "story#p9", "unknown article paragraph (slug#p1) 'story#p9'"),
        ("anchor", "story#p9", "link 'story#p9' is not an article or article#paragraph-id"),
        ("term", "tpu", "unknown glossary term 'tpu'"),
        ("chip", "b200", "unknown chip 'b200'"),
    ],
)  # fmt: skip
def test_each_kind_of_unknown_reference_is_one_message(
    registry: Registry, target: str, message: str
) -> None:
    refs = References()
    refs.add("content_src/x.yml", 7, registry, [target])
    assert [str(p) for p in unresolved(refs.items, KNOWN)] == [f"content_src/x.yml:7: {message}"]


@pytest.mark.parametrize(
    ("registry", "target"),
    [("source", "S1"), ("article", "story"), ("paragraph", "story#p1"), ("anchor", "story#h1"),
     ("term", "gpu"), ("chip", "h20")],
)  # fmt: skip
def test_a_known_reference_resolves(registry: Registry, target: str) -> None:
    refs = References()
    refs.add("content_src/x.yml", 7, registry, [target])
    assert unresolved(refs.items, KNOWN) == []


def test_nothing_is_checked_against_a_part_with_problems_of_its_own() -> None:
    """One mistake, one message: a broken glossary does not make every term "unknown"."""
    refs = References()
    refs.add("content_src/timeline.yml", 3, "term", ["gpu", "tpu"])
    refs.add("content_src/timeline.yml", 4, "source", ["S9"])
    messages = [p.message for p in unresolved(refs.items, Registries(source={"S1"}))]
    assert messages == [
        "unknown source id 'S9'; add it to content_src/sources.yml or use one of its ids"
    ]


def test_every_reference_of_a_line_is_checked() -> None:
    refs = References()
    refs.add("content_src/chips.yml", 12, "source", ["S1", "S2", "S3"])
    assert [p.message.split(";")[0] for p in unresolved(refs.items, KNOWN)] == [
        "unknown source id 'S2'",
        "unknown source id 'S3'",
    ]
