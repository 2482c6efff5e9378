"""The import graph of build_tools/ runs one way: no cycle, ``TYPE_CHECKING`` imports included."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "build_tools"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Each module of build_tools/ and the modules of build_tools/ it imports (anywhere in it)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py") if "node_modules" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    targets.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_build_tools_has_no_import_cycle() -> None:
    graph = import_graph()
    assert "build_tools.build" in graph and "build_tools.content" in graph["build_tools.build"]
    assert cycles(graph) == []


def test_the_site_build_imports_nothing_from_the_development_tools() -> None:
    graph = import_graph()
    assert any(name.startswith("build_tools.dev.") for name in graph)
    into_dev = {
        name: sorted(t for t in targets if t.startswith("build_tools.dev"))
        for name, targets in graph.items()
        if not name.startswith("build_tools.dev")
    }
    assert {name: found for name, found in into_dev.items() if found} == {}
