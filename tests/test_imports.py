"""The shape of build_tools/: its folders are the pipeline's stages and imports run one way, from
a stage to itself or to an earlier one (no cycle, ``TYPE_CHECKING`` imports included); few modules
at the top, none long."""

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
    assert "build_tools.content.model" in graph["build_tools.build"]
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


STAGES = (
    "errors",
    "cache",
    "arabic",
    "language",
    "content",
    "render",
    "postbuild",
    "writer",
    "build",
    "glue",
    "import_command",
    "cli",
    "__main__",
    "dev",
)
"""The stages in the order data flows through them (README, "How it fits together")."""


def stage_of(module: str) -> str:
    """``build_tools.render.home_page`` -> ``render``; ``build_tools.cli`` -> ``cli``."""
    return module.split(".")[1]


def backward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{name} imports {target}"
        for name, targets in graph.items()
        if name != "build_tools"
        for target in targets
        if target != "build_tools" and STAGES.index(stage_of(target)) > STAGES.index(stage_of(name))
    )


def test_every_module_is_in_a_stage() -> None:
    stages = {stage_of(name) for name in import_graph() if name != "build_tools"}
    assert stages == set(STAGES)


def test_imports_run_from_a_stage_to_itself_or_an_earlier_one() -> None:
    assert backward_imports(import_graph()) == []


def test_the_stage_check_finds_a_backward_import() -> None:
    graph = {"build_tools.content.x": {"build_tools.render.y"}, "build_tools.render.y": set()}
    assert backward_imports(graph) == ["build_tools.content.x imports build_tools.render.y"]


def test_few_modules_at_the_top_and_none_long() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 12, top
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text("utf-8").splitlines())) > 250
    }
    assert long == {}


def test_no_page_renderer_imports_another_page() -> None:
    """Pages share components (render/markdown.py, references.py, caveat.py, html.py) and the
    model, never another page's renderer; only the composer, render/site.py, reads them all."""
    graph = import_graph()
    pages = {
        name for name in graph if name.startswith("build_tools.render.") and name.endswith("_page")
    }
    assert len(pages) >= 8
    borrowing = {
        name: sorted(targets & pages)
        for name, targets in graph.items()
        if name != "build_tools.render.site" and targets & pages
    }
    assert borrowing == {}
