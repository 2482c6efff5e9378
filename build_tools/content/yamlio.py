"""YAML reading that remembers line numbers and rejects duplicate keys.

Every mapping comes back as :class:`Mapping`, a ``dict`` that also knows the line of each key, so
that validation can point at ``file:line`` long after parsing.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node

from build_tools.errors import Problem


class Mapping(dict[str, Any]):
    """A YAML mapping with the 1-based line of the mapping and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines = {}

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser: 5x faster


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader that records lines and reports duplicate keys instead of overwriting."""

    duplicates: list[tuple[int, str, int]]

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> Mapping:
        result = Mapping()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = str(self.construct_object(key_node, deep=deep))
            line = key_node.start_mark.line + 1
            if key in result.key_lines:
                self.duplicates.append((line, key, result.key_lines[key]))
            result.key_lines[key] = line
            result[key] = self.construct_object(value_node, deep=deep)
        return result


_Loader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    lambda loader, node: loader.construct_mapping(node, deep=True),
)
# Dates stay strings: the build parses them itself to report bad ones with their line.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


MAX_DEPTH = 20
"""Deepest nesting of lists and mappings accepted (the content needs 4; libyaml's composer would
crash the interpreter on a few thousand)."""


def load_yaml(text: str, file: str, first_line: int = 1) -> tuple[Any, list[Problem]]:
    """Parse ``text``; return the data and the problems (syntax errors, duplicate keys, aliases,
    nesting too deep).

    ``first_line`` is the line of ``text``'s first line within ``file`` (for front matter).
    """
    offset = first_line - 1
    shape = _shape_problems(text, file, offset)
    if shape:
        return None, shape
    loader = _Loader(text)
    loader.duplicates = []
    try:
        node: Node | None = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = (mark.line + 1 + offset) if mark else first_line
        reason = err.problem or str(err)
        return None, [Problem(file, line, f"invalid YAML: {reason}")]
    except yaml.YAMLError as err:  # the reader's: a character YAML does not allow
        position = getattr(err, "position", 0)
        line = text[:position].count("\n") + 1 + offset
        return None, [Problem(file, line, f"invalid YAML: {getattr(err, 'reason', err)}")]
    finally:
        loader.dispose()
    problems = [
        Problem(file, line + offset, f"duplicate key '{key}' (first at line {first + offset})")
        for line, key, first in loader.duplicates
    ]
    _shift_lines(data, offset)
    return data, problems


def _shape_problems(text: str, file: str, offset: int) -> list[Problem]:
    """Anchors, aliases and excessive nesting, found from libyaml's event stream (a flat loop,
    safe on any input) before anything is built from it. Anchors and aliases are refused
    outright: they make "billion laughs" documents, and content has no use for them."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            line = (event.start_mark.line if event.start_mark else 0) + 1 + offset
            if anchor := getattr(event, "anchor", None):  # &name (an alias needs one first)
                message = f"YAML anchor &{anchor} is not allowed; write every value out in full"
                return [Problem(file, line, message)]
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return [
                        Problem(
                            file,
                            line,
                            f"nested more than {MAX_DEPTH} levels deep; content needs far fewer",
                        )
                    ]
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return []  # reported, with its line, by the parse that follows
    return []


def _shift_lines(data: Any, offset: int) -> None:
    if not offset:
        return
    if isinstance(data, Mapping):
        data.line += offset
        data.key_lines = {k: v + offset for k, v in data.key_lines.items()}
        for value in data.values():
            _shift_lines(value, offset)
    elif isinstance(data, list):
        for item in data:
            _shift_lines(item, offset)


def dump_yaml(data: Any) -> str:
    """Dump plain data as readable block YAML, keeping Arabic as it is."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
