"""The quality gates fail on a deliberately broken page, built in a temporary copy of the project.

The page slips past build_tools (it is written straight into docs/ and built without --strict, as
a careless contributor or a theme change could): an image without alt text, a link to a page that
does not exist, a font requested from another host, and a table too wide for a phone. Each gate
must name its problem.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from build_tools.cli import ENGINE
from build_tools.dev.benchmark import copy_project
from build_tools.dev.pages_server import free_port, serve
from tests.quality import gates

pytestmark = pytest.mark.browser

PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
BROKEN_PAGE = """\
# صفحة معطوبة

<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto">

<p>نص بخط من مضيف آخر.</p>

<img src="broken.png" width="40" height="40">

<p><a href="missing-page.html">صفحة غير موجودة</a></p>

<table class="wide"><tr>{cells}</tr></table>
"""


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    work = copy_project(tmp_path_factory.mktemp("broken"))
    for lang in ("ar", "en"):  # both, so that the language switcher's link resolves
        page = BROKEN_PAGE.replace("{cells}", "<td>عمود</td>" * 40)  # 40 columns: > 900 px
        (work / "docs" / lang / "broken.md").write_text(page, encoding="utf-8")
        (work / "docs" / lang / "broken.png").write_bytes(PIXEL)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
    for config in ("mkdocs.yml", "mkdocs.en.yml"):  # not --strict: the gates must stop it
        command = [sys.executable, "-m", ENGINE, "build", "-q", "-f", str(work / config)]
        done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    server, url = serve(work / "site", port)
    yield work / "site", url
    server.shutdown()


def test_axe_finds_the_missing_alt_text(browser: Browser, broken_site: tuple[Path, str]) -> None:
    page = browser.new_page()
    page.goto(broken_site[1] + "broken.html")
    assert any(v.startswith("axe image-alt (critical)") for v in gates.axe_violations(page))
    page.close()


def test_requests_gate_finds_the_other_host(
    browser: Browser, broken_site: tuple[Path, str]
) -> None:
    page = browser.new_page()
    problems = gates.record_requests(page, broken_site[1])
    page.goto(broken_site[1] + "broken.html", wait_until="networkidle")
    remote = "https://fonts.googleapis.com/css2?family=Roboto"
    # The page's Content-Security-Policy refuses the font stylesheet before it is requested; the
    # gate reports the refusal (without the policy it reports the request itself).
    assert any(
        p == f"request to another host: {remote}"
        or (p.startswith("console error: Refused to load the stylesheet") and remote in p)
        for p in problems
    ), problems
    page.close()


def test_overflow_gate_finds_the_wide_table(
    browser: Browser, broken_site: tuple[Path, str]
) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(broken_site[1] + "broken.html")
    problems = gates.horizontal_overflow(page)
    assert any(p.startswith("page is ") and p.endswith("wide in 360px") for p in problems), problems
    assert any(p.startswith("table.wide spans") for p in problems), problems
    page.close()


def test_link_gate_finds_the_missing_page(broken_site: tuple[Path, str]) -> None:
    assert gates.broken_links(*broken_site) == [
        "broken.html: broken link missing-page.html (no missing-page.html)",
        "en/broken.html: broken link missing-page.html (no en/missing-page.html)",
    ]


def test_nu_checker_finds_the_missing_alt_text(broken_site: tuple[Path, str]) -> None:
    errors = gates.nu_errors(broken_site[0])
    assert errors and all(e.startswith(("broken.html:", "en/broken.html:")) for e in errors)
    assert any("alt" in e for e in errors), errors


def test_lighthouse_scores_the_page_down(broken_site: tuple[Path, str]) -> None:
    (run,) = gates.lighthouse([broken_site[1] + "broken.html"], "mobile")
    problems = gates.lighthouse_problems(run)
    assert any(p.startswith("Lighthouse mobile accessibility") for p in problems), problems
    assert "  audit image-alt: 0 " in problems
