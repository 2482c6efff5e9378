"""ProperDocs, the maintained continuation of MkDocs 1.x, builds this site as MkDocs 1.6.1 does,
byte for byte but for the generator tag, and stops on the same warnings: switching engines is a
change we know works (README, *Decisions*). The first run installs ``.venv-properdocs/`` from
PyPI (``build_tools/dev/properdocs_env.py``); later runs reuse it until a pin changes."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from build_tools.content.reader import source_date_epoch
from build_tools.dev import properdocs_env
from build_tools.dev.benchmark import COPY
from build_tools.dev.pages_server import free_port
from build_tools.errors import ToolFailure
from tests.conftest import ROOT

pytestmark = pytest.mark.browser  # full suite only: 35 s the first time (PyPI), then 16 s

GENERATOR_RE = re.compile(rb'<meta name="generator" content="([^"]*)">')
PROBE_HOOK = """\
import logging

def on_post_build(config):
    logging.getLogger("mkdocs.hooks.probe").warning("probe: a hook's warning")
"""


@pytest.fixture(scope="module")
def properdocs_python() -> Path:
    try:
        return properdocs_env.ensure(ROOT)
    except ToolFailure as err:
        failure = str(err)
    pytest.fail(failure, pytrace=False)  # no PyPI: one line, and an error, never a skip


def _copy(target: Path) -> Path:
    """What the benchmark copies of the project, less the Node tools (145 MB)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in COPY:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "node_modules")
            shutil.copytree(ROOT / name, target / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, target / name)
    return target.resolve()


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _differences(ours: dict[str, bytes], theirs: dict[str, bytes]) -> list[str]:
    """Each file missing from one build, or differing beyond its generator tag, with its first
    differing lines."""
    found = [f"only in the MkDocs build: {rel}" for rel in sorted(ours.keys() - theirs.keys())]
    found += [f"only in the ProperDocs build: {rel}" for rel in sorted(theirs.keys() - ours.keys())]
    for rel in sorted(ours.keys() & theirs.keys()):
        if GENERATOR_RE.sub(b"", ours[rel]) != GENERATOR_RE.sub(b"", theirs[rel]):
            lines = difflib.unified_diff(
                ours[rel].decode(errors="replace").splitlines(),
                theirs[rel].decode(errors="replace").splitlines(),
                f"mkdocs/{rel}",
                f"properdocs/{rel}",
                n=0,
                lineterm="",
            )
            found.append("\n".join(line[:300] for line in list(lines)[:8]))
    return found


def test_properdocs_builds_the_same_site_byte_for_byte(
    tmp_path: Path, properdocs_python: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITE_URL", "https://example.org/r/")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", source_date_epoch(ROOT))
    mkdocs_project = _copy(tmp_path / "mkdocs")
    done = subprocess.run(
        [sys.executable, "-m", "build_tools", "--root", str(mkdocs_project), "site"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    properdocs_project = _copy(tmp_path / "properdocs")
    properdocs_env.build_site(properdocs_project, properdocs_python)

    ours, theirs = _files(mkdocs_project / "site"), _files(properdocs_project / "site")
    assert len(ours) > 50
    differences = _differences(ours, theirs)
    assert not differences, f"{len(differences)} files differ:\n" + "\n".join(differences)
    pages = [rel for rel in ours if rel.endswith(".html")]
    material = f"mkdocs-material-{metadata.version('mkdocs-material')}"
    properdocs = properdocs_env.PROPERDOCS.split("==")[1]
    for built, engine in (
        (ours, f"mkdocs-{metadata.version('mkdocs')}"),
        (theirs, f"mkdocs-ProperDocs {properdocs}"),
    ):
        tags = {tag for rel in pages for tag in GENERATOR_RE.findall(built[rel])}
        assert tags == {f"{engine}, {material}".encode()}


def test_properdocs_strict_stops_on_the_warnings_mkdocs_stops_on(
    tmp_path: Path, properdocs_python: Path
) -> None:
    """Its own link check under our ``validation:`` settings, and a warning logged under
    ``mkdocs.*``, where Material and our hooks log."""
    project = _copy(tmp_path)
    (project / "docs/ar/broken.md").write_text("# معطوبة\n\n[هنا](missing.md)\n", encoding="utf-8")
    (project / "probe_hook.py").write_text(PROBE_HOOK, encoding="utf-8")
    config = project / "mkdocs.yml"
    hooks = "  - build_tools/glue/mkdocs_hooks.py\n"
    text = config.read_text(encoding="utf-8")
    assert hooks in text
    config.write_text(text.replace(hooks, hooks + "  - probe_hook.py\n"), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    warnings = {}
    for engine, python in (("mkdocs", Path(sys.executable)), ("properdocs", properdocs_python)):
        command = [str(python), "-m", engine, "build", "--strict", "-f", str(config)]
        done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
        assert done.returncode == 1, done.stderr[-3000:]
        assert done.stdout.strip() == "Aborted with 3 warnings in strict mode!", done.stdout
        warnings[engine] = [line for line in done.stderr.splitlines() if "WARNING" in line]
    assert any("probe: a hook's warning" in line for line in warnings["properdocs"])
    assert any("'missing.md'" in line for line in warnings["properdocs"])
    assert warnings["properdocs"] == warnings["mkdocs"]


def _versions(python: Path) -> dict[str, str]:
    listing = "import importlib.metadata as m\nfor d in m.distributions(): print(d.name, d.version)"
    done = subprocess.run([str(python), "-c", listing], capture_output=True, text=True, check=True)
    pairs = (line.lower().replace("_", "-").split() for line in done.stdout.splitlines())
    return {name: version for name, version in pairs}


def test_the_properdocs_env_is_venv_with_properdocs_for_mkdocs(properdocs_python: Path) -> None:
    ours, theirs = _versions(Path(sys.executable)), _versions(properdocs_python)
    installers = {"pip", "setuptools"}  # each venv's own; no build uses them
    assert sorted(theirs.keys() - ours.keys() - installers) == ["properdocs"]
    assert "mkdocs" not in theirs
    shared = theirs.keys() & ours.keys() - installers
    assert {name: (ours[name], theirs[name]) for name in shared if ours[name] != theirs[name]} == {}


def test_without_pypi_the_install_is_one_clear_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_bytes((ROOT / "pyproject.toml").read_bytes())
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)  # no extra indexes, no local wheels
    monkeypatch.delenv("PIP_FIND_LINKS", raising=False)
    monkeypatch.setenv("PIP_INDEX_URL", f"http://127.0.0.1:{free_port()}/simple/")
    monkeypatch.setenv("PIP_RETRIES", "0")
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    with pytest.raises(ToolFailure) as caught:
        properdocs_env.ensure(tmp_path)
    message = str(caught.value)
    assert message.startswith("could not install ProperDocs into .venv-properdocs/ (exit 1)")
    assert "it needs PyPI the first time" in message
    assert "\n" not in message
    assert not (tmp_path / properdocs_env.VENV / ".installed-plan.txt").exists()
