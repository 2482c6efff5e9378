"""Benchmark: ``python -m build_tools.dev.benchmark``. Prints figures; asserts nothing.

Import, generation and ``build --check`` times; ``mkdocs build`` time; a warm whole build against a
stock Material build of the same pages; peak memory of the whole build against ``mkdocs build``
alone; and each article page's requests and transfer weight as
GitHub Pages would serve it (gzip), measured in Chromium.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from build_tools.build import build
from build_tools.cli import ENGINE
from build_tools.dev import chromium
from build_tools.dev.pages_server import free_port, serve
from build_tools.import_command import run_import
from build_tools.language.codes import LANGUAGES

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Request

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "content_src" / "articles" / "deepseek-r2-delay" / "source.ar.txt"
COPY = ("content_src", "docs", "mkdocs.yml", "mkdocs.en.yml", "build_tools")
_PEAK_RSS = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def copy_project(target: Path) -> Path:
    for name in COPY:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, target / name, ignore=shutil.ignore_patterns("__pycache__", "node_modules")
            )
        else:
            shutil.copy2(source, target / name)
    return target


def build_site(project: Path, base: str) -> Path:
    """``python -m build_tools site`` for ``project``, as served from ``base``."""
    env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "build_tools", "--root", str(project), "site"],
        env=env,
        check=True,
        capture_output=True,
    )
    return project / "site"


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def mkdocs_commands(project: Path) -> list[list[str]]:
    return [
        [
            sys.executable,
            "-m",
            ENGINE,
            "build",
            "--strict",
            "--quiet",
            "-f",
            str(project / config),
        ]
        for config in ("mkdocs.yml", "mkdocs.en.yml")
    ]


def stock_material_commands(project: Path) -> list[list[str]]:
    """A stock Material build of the same pages, both languages: the theme's defaults (its
    search plugin included), without our templates, hooks, share cards or search index."""
    commands = []
    for lang in LANGUAGES:
        config = project / f"stock.{lang}.yml"
        config.write_text(
            f"site_name: stock\ndocs_dir: docs/{lang}\nsite_dir: stock-site/{lang}\n"
            f"theme:\n  name: material\n  language: {lang}\n"
            "markdown_extensions: [attr_list, toc]\n",
            encoding="utf-8",
        )
        commands.append([sys.executable, "-m", ENGINE, "build", "--quiet", "-f", str(config)])
    return commands


def run_all(commands: list[list[str]], project: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for command in commands:
        subprocess.run(command, cwd=project, env=env, check=True, capture_output=True)


def peak_rss_mib(command: list[str], project: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    out = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS, *command],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(out.strip()) / 1024


_CLS = """() => new Promise(done => {
    let shift = 0;
    new PerformanceObserver(list => list.getEntries().forEach(e => {
        if (!e.hadRecentInput) shift += e.value; }))
        .observe({type: 'layout-shift', buffered: true});
    setTimeout(() => done(shift), 500);
})"""


def page_weight(browser: Browser, url: str) -> tuple[int, float, float]:
    """Requests, transferred KiB (encoded bodies and headers) and layout shift of one load."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    requests: list[Request] = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.goto(url, wait_until="networkidle")
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    shift = float(page.evaluate(_CLS))
    page.close()
    return len(requests), total / 1024, shift


def page_weights(site: Path, base: str) -> list[tuple[str, int, float, float]]:
    from playwright.sync_api import sync_playwright

    server, _ = serve(site, int(base.rsplit(":", 1)[1].strip("/")))
    try:
        with sync_playwright() as playwright:
            browser = chromium.launch(playwright)
            paths = ("deepseek-r2-delay.html", "en/deepseek-r2-delay.html")
            rows = [(path, *page_weight(browser, base + path)) for path in paths]
            browser.close()
    finally:
        server.shutdown()
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        project = copy_project(work / "project")
        imports = work / "imports"
        counter = iter(range(1000))
        import_s = median_seconds(
            lambda: run_import(imports, SOURCE, f"a{next(counter)}", force=False), 5
        )
        generate_s = median_seconds(lambda: build(project), 5)
        check_s = median_seconds(lambda: build(project, check=True), 5)
        cli_check_s = median_seconds(
            lambda: subprocess.run(
                [sys.executable, "-m", "build_tools", "--root", str(project), "build", "--check"],
                check=True,
                capture_output=True,
            ),
            3,
        )
        shutil.rmtree(project / "docs")
        cold_s = median_seconds(lambda: build(project), 1)
        mkdocs_s = median_seconds(lambda: run_all(mkdocs_commands(project), project), 3)
        mkdocs_rss = max(peak_rss_mib(c, project) for c in mkdocs_commands(project))
        shutil.rmtree(project / "docs")
        cold_site_rss = peak_rss_mib(
            [sys.executable, "-m", "build_tools", "--root", str(project), "site"], project
        )
        site_rss = peak_rss_mib(
            [sys.executable, "-m", "build_tools", "--root", str(project), "site"], project
        )
        site_command = [sys.executable, "-m", "build_tools", "--root", str(project), "site"]
        warm_site_s = median_seconds(lambda: run_all([site_command], project), 3)
        stock_s = median_seconds(lambda: run_all(stock_material_commands(project), project), 3)
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        weights = page_weights(build_site(project, base), base)

    generation = import_s + generate_s
    print("Build (median of repeated runs)")
    print(f"  import (scraped text -> content_src):   {import_s * 1000:8.1f} ms")
    print(f"  generation (build, docs/ up to date):   {generate_s * 1000:8.1f} ms")
    print(f"  generation, cold (fonts subset anew):   {cold_s * 1000:8.1f} ms")
    print(f"  build --check, in process:              {check_s * 1000:8.1f} ms")
    print(
        f"  build --check, whole command:           {cli_check_s * 1000:8.1f} ms"
        "   (target <= 500 ms)"
    )
    print(f"  mkdocs build, both languages:           {mkdocs_s * 1000:8.1f} ms")
    print(
        f"  import + generation / mkdocs build:     {generation / mkdocs_s:8.1%}   (target <= 10%)"
    )
    print(f"  whole build, warm (build_tools site):   {warm_site_s * 1000:8.1f} ms")
    print(f"  stock Material build of the same pages: {stock_s * 1000:8.1f} ms")
    print(
        f"  warm whole build / stock Material:      {warm_site_s / stock_s:8.2f}x   (target <= 2x)"
    )
    print("Peak memory (max RSS of the largest process; the two languages build at once)")
    print(f"  mkdocs build alone:                     {mkdocs_rss:8.1f} MiB")
    print(
        f"  whole build (python -m build_tools site): {site_rss:6.1f} MiB"
        f"   ({site_rss / mkdocs_rss:.2f}x; target <= 1.5x)"
    )
    print(
        f"  whole build, cold (fonts subset anew):  {cold_site_rss:8.1f} MiB"
        f"   ({cold_site_rss / mkdocs_rss:.2f}x)"
    )
    print("Article page as GitHub Pages serves it (gzip), Chromium at 360 px")
    for path, requests, kib, shift in weights:
        print(f"  {path:28s} {requests:3d} requests {kib:7.1f} KiB  CLS {shift:.3f}")
    print("  (targets: at most 12 requests and 120 KiB)")


if __name__ == "__main__":
    main()
