"""Performance budget: ``python -m build_tools.dev.benchmark_budget``. Prints figures; asserts
nothing.

Builds the site in a temporary copy, serves it as GitHub Pages does (gzip, 404.html) on
127.0.0.1, and runs Lighthouse's mobile preset (simulated slow 4G, 4x CPU slowdown) on every page
in both languages: transfer weight, requests, LCP, CLS, TBT, and the performance score, against
the budget. ``--desktop`` adds the desktop preset.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from build_tools.dev import lighthouse
from build_tools.dev.benchmark import build_site, copy_project
from build_tools.dev.pages_server import free_port, serve, site_pages

BUDGET = {"kib": 120.0, "requests": 12, "lcp_s": 1.5, "cls": 0.02}


def row(path: str, run: dict[str, Any]) -> tuple[str, bool]:
    kib = run["transferBytes"] / 1024
    metrics = run["metrics"]
    lcp, cls, tbt = metrics["lcp"] / 1000, metrics["cls"], metrics["tbt"]
    within = (
        kib <= BUDGET["kib"]
        and run["requests"] <= BUDGET["requests"]
        and lcp <= BUDGET["lcp_s"]
        and cls <= BUDGET["cls"]
    )
    score = round(run["scores"]["performance"] * 100)
    text = (
        f"| {path} | {run['preset']} | {kib:.1f} | {run['requests']} | {lcp:.2f} s "
        f"| {cls:.3f} | {tbt:.0f} ms | {score} | {'yes' if within else '**no**'} |"
    )
    return text, within


def main(argv: list[str]) -> None:
    presets = "mobile,desktop" if "--desktop" in argv else "mobile"
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        site = build_site(copy_project(Path(tmp)), base)
        server, _ = serve(site, port)
        try:
            runs = lighthouse.run([base + path for path in site_pages(site)], presets)
        finally:
            server.shutdown()
    print(
        f"Budget per page: ≤ {BUDGET['kib']:.0f} KiB (gzip), ≤ {BUDGET['requests']} requests, "
        f"LCP ≤ {BUDGET['lcp_s']} s, CLS ≤ {BUDGET['cls']} (Lighthouse 12.2.3, simulated mobile)"
    )
    print("\n| Page | Preset | KiB | Requests | LCP | CLS | TBT | Perf | Within |")
    print("|---|---|---|---|---|---|---|---|---|")
    within = 0
    for run in runs:
        text, ok = row(str(run["url"]).removeprefix(base), run)
        within += ok
        print(text)
    print(f"\n{within} of {len(runs)} runs within the budget.")


if __name__ == "__main__":
    main(sys.argv[1:])
