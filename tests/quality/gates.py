"""The quality gates, as functions that return problems: each problem is one readable line.

Used on the real site (tests/test_quality_gates.py) and on a deliberately broken copy
(tests/test_quality_broken_page.py), so the same code is shown both to pass and to fail.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from build_tools.dev import lighthouse as build_tools_lighthouse
from build_tools.dev.pages_server import site_pages

if TYPE_CHECKING:
    from playwright.sync_api import Page, Request, Response

ROOT = Path(__file__).resolve().parents[2]
NODE = ROOT / "build_tools" / "node"
AXE = NODE / "node_modules" / "axe-core" / "axe.min.js"
VNU = NODE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MINIMUM_SCORES = {"performance": 0.98, "accessibility": 1, "best-practices": 1, "seo": 1}
"""Lighthouse's categories, for the mobile and the desktop preset alike."""


def axe_violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.1 A and AA rules on the page as it is now."""
    page.evaluate(AXE.read_text(encoding="utf-8"))  # not a <script>: the page's CSP allows none
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        WCAG_21_AA,
    )
    return [
        f"axe {v['id']} ({v['impact']}): {node['target']} {node['failureSummary']!r}"
        for v in result["violations"]
        for node in v["nodes"]
    ]


def record_requests(page: Page, base: str) -> list[str]:
    """Start recording what goes wrong with the page's requests; the list fills as it loads."""
    problems: list[str] = []

    def on_request(request: Request) -> None:
        if not request.url.startswith((base, "data:")):
            problems.append(f"request to another host: {request.url}")

    def on_response(response: Response) -> None:
        if response.status >= 400 and not response.url.endswith("/404.html"):
            problems.append(f"HTTP {response.status}: {response.url}")

    page.on("request", on_request)
    page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url} ({r.failure})"))
    page.on("response", on_response)
    page.on(
        "console",
        lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    return problems


def horizontal_overflow(page: Page) -> list[str]:
    """The page scrolls sideways, or an element sticks out of the viewport (named)."""
    found = page.evaluate(
        """() => {
        // Lay out what content-visibility would skip until scrolled to, so it is measured too.
        for (const el of document.querySelectorAll('*'))
            if (getComputedStyle(el).contentVisibility === 'auto')
                el.style.contentVisibility = 'visible';
        const width = document.documentElement.clientWidth, out = [];
        if (document.documentElement.scrollWidth > width)
            out.push(`page is ${document.documentElement.scrollWidth}px wide in ${width}px`);
        for (const el of document.body.querySelectorAll('*')) {
            const box = el.getBoundingClientRect();
            if (!box.width || getComputedStyle(el).visibility === 'hidden') continue;
            if (el.closest('.md-sidebar, [hidden], .md-search, .md-overlay')) continue;
            let clipped = false;
            for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
                const s = getComputedStyle(up);
                if (s.overflowX !== 'visible' && s.overflowX !== 'clip' || s.position === 'fixed') {
                    const b = up.getBoundingClientRect();
                    if (b.left >= -1 && b.right <= width + 1) { clipped = true; break; }
                }
            }
            if (!clipped && (box.right > width + 1 || box.left < -1))
                out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}` +
                    `${typeof el.className === 'string' && el.className
                        ? '.' + el.className.split(' ')[0] : ''}` +
                    ` spans ${Math.round(box.left)}..${Math.round(box.right)}px of ${width}px`);
        }
        return out.slice(0, 10);
    }"""
    )
    return list(found)


_DESCRIBE = """const describe = el => `<${el.tagName.toLowerCase()}` +
    (el.id ? ` id=${el.id}` : '') +
    (el.getAttribute('href') ? ` href=${el.getAttribute('href')}` : '') +
    (typeof el.className === 'string' && el.className
        ? ` class=${el.className.split(' ')[0]}` : '') +
    `> "${(el.textContent || el.getAttribute('aria-label') || '').trim()
        .replace(/\\s+/g, ' ').slice(0, 40)}"`;
"""
_MARK_FOCUSABLE = (
    "() => {"
    + _DESCRIBE
    + """
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const shown = el => {
        if (el.disabled || el.tabIndex < 0 || el.closest('[inert], [hidden]')) return false;
        const s = getComputedStyle(el), box = el.getBoundingClientRect();
        return s.visibility !== 'hidden' && s.display !== 'none' && box.width > 0 && box.height > 0;
    };
    const all = [...document.querySelectorAll(selector)].filter(shown);
    all.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
    return all.map(describe);
}"""
)
_RECORD_FOCUS = (
    "() => {"
    + _DESCRIBE
    + """
    window.__focusLog = [];
    const hasRing = e => { const s = getComputedStyle(e);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1)
            || s.boxShadow !== 'none'; };
    document.addEventListener('focusin', () => {
        const el = document.activeElement;
        if (!el || el === document.body) return;
        // A visually hidden input (the theme's colour-scheme switch) shows focus on its label.
        const next = el.nextElementSibling;
        const ring = hasRing(el) || [...(el.labels || [])].some(hasRing)
            || (el.tagName === 'INPUT' && next && next.tagName === 'LABEL' && hasRing(next));
        const box = el.getBoundingClientRect();
        const inView = box.bottom > 0 && box.right > 0
            && box.top < innerHeight && box.left < innerWidth;
        window.__focusLog.push({id: el.getAttribute('data-kbd'), ring, inView, html: describe(el)});
    });
    if (document.activeElement) document.activeElement.blur();
    scrollTo(0, 0);
}"""
)


def keyboard_problems(page: Page) -> list[str]:
    """Tab from the top: every visible interactive element gets focus, with a visible ring."""
    labels = page.evaluate(_MARK_FOCUSABLE)
    page.evaluate(_RECORD_FOCUS)
    for _ in range(len(labels) + 5):
        page.keyboard.press("Tab")
    log = page.evaluate("window.__focusLog")
    reached: set[str] = set()
    problems: list[str] = []
    for state in log:
        if state["id"] is not None:
            if state["id"] in reached:
                break  # back at the start: the cycle is complete
            reached.add(state["id"])
        if not state["ring"]:
            problems.append(f"focus not visible (no outline): {state['html']}")
        if not state["inView"]:
            problems.append(f"focused element is off screen: {state['html']}")
    missed = [label for i, label in enumerate(labels) if str(i) not in reached]
    problems += [f"not reachable by Tab: {label}" for label in missed]
    return problems


def nu_errors(site: Path) -> list[str]:
    """The Nu HTML Checker (vnu-jar, on the machine's Java) on every page: its errors."""
    files = [str(site / page) for page in site_pages(site)]
    java = shutil.which("java") or "java"
    done = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(done.stderr or done.stdout)
    return [
        f"{Path(unquote(urlsplit(m.get('url', '')).path)).relative_to(site)}:"
        f"{m.get('lastLine', '?')}: {m['message']}"
        for m in report["messages"]
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]


class _Links(HTMLParser):
    """The addresses a page refers to, and the ids it defines."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(str(values[name]))
        attribute = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src"}
        if tag in attribute and values.get(attribute[tag]):
            self.refs.append(str(values[attribute[tag]]))


def broken_links(site: Path, site_url: str) -> list[str]:
    """Links, images, styles and scripts that point at a missing file or a missing #fragment."""
    parsed: dict[Path, _Links] = {}

    def links_of(path: Path) -> _Links:
        if path not in parsed:
            parsed[path] = _Links()
            parsed[path].feed(path.read_text(encoding="utf-8"))
        return parsed[path]

    root = urlsplit(site_url)
    problems = []
    for page in site_pages(site):
        here = f"{site_url}{page}"
        for ref in links_of(site / page).refs:
            target = urlsplit(urljoin(here, ref))
            if target.scheme not in ("http", "https") or target.netloc != root.netloc:
                continue  # mailto:, data:, other hosts: not ours to check
            relative = unquote(target.path).removeprefix(root.path)
            file = site / (relative or "index.html")
            if file.is_dir():
                file = file / "index.html"
            if not file.is_file():
                problems.append(f"{page}: broken link {ref} (no {relative})")
            elif (
                target.fragment
                and file.suffix == ".html"
                and unquote(target.fragment) not in links_of(file).ids
            ):
                problems.append(f"{page}: broken link {ref} (no #{target.fragment})")
    return problems


def lighthouse(urls: list[str], presets: str = "mobile,desktop") -> list[dict[str, Any]]:
    """Lighthouse (npm, pinned) on each URL with each preset, in one Debian Chromium.

    The performance score moves by a point or two from run to run (Lighthouse simulates a slow
    phone from timings taken on this machine), so a run below the threshold is repeated twice
    and the median of the three decides, as Lighthouse's own documentation advises.
    """
    runs = build_tools_lighthouse.run(urls, presets)
    for index, run in enumerate(runs):
        minimum = MINIMUM_SCORES["performance"]
        if (run["scores"]["performance"] or 0) < minimum:
            again = build_tools_lighthouse.run([run["url"]] * 2, run["preset"])
            trio = sorted([run, *again], key=lambda r: float(r["scores"]["performance"] or 0))
            runs[index] = {**trio[1], "repeats": [r["scores"]["performance"] for r in trio]}
    return runs


def lighthouse_problems(run: dict[str, Any]) -> list[str]:
    """Categories under the thresholds, with the audits that cost the points."""
    preset = str(run["preset"])
    scores = run["scores"]
    problems = [
        f"Lighthouse {preset} {category}: {scores[category]} < {minimum}"
        for category, minimum in MINIMUM_SCORES.items()
        if scores[category] is None or scores[category] < minimum
    ]
    if problems:
        problems += [f"  audit {a['id']}: {a['score']} {a['value']}" for a in run["failed"]]
    return problems
