"""What every built page gets before it is written: a Content-Security-Policy computed from the
page itself, and outside links that neither hand the site's window nor its address to the
sites they open.

The policy allows this site's own files only, and of inline scripts exactly those in the page,
each by its SHA-256 hash: a script injected into a page, or a ``javascript:`` link, does not
run. Pages with the search box may also compile WebAssembly (Pagefind's index reader).
Fonts and the theme's icons are ``data:`` URLs inside the stylesheets.
"""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import urlsplit

_INLINE_SCRIPT_RE = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
_DATA_TYPES = ("application/json", "application/ld+json")
_LINK_RE = re.compile(r"<a\s(?P<attrs>[^>]*)>")
_HREF_RE = re.compile(r'\bhref="(?P<href>https?://[^"]*)"')
_REL_RE = re.compile(r'\srel="(?P<rel>[^"]*)"')
_CHARSET = '<meta charset="utf-8">'
_SAFE_REL = ("noopener", "noreferrer")


def script_hashes(html: str) -> list[str]:
    """``'sha256-…'`` for each inline script the page runs (data blocks are not scripts)."""
    hashes = []
    for script in _INLINE_SCRIPT_RE.finditer(html):
        attrs = script["attrs"]
        if "src=" in attrs or any(f'type="{t}"' in attrs for t in _DATA_TYPES):
            continue
        digest = hashlib.sha256(script["body"].encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return list(dict.fromkeys(hashes))


def content_security_policy(html: str) -> str:
    scripts = " ".join(["'self'", *script_hashes(html)])
    if 'class="site-search"' in html:
        scripts += " 'wasm-unsafe-eval'"
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
        ]
    )


def with_policy(html: str) -> str:
    """The page with its policy first in ``<head>``, before anything it governs."""
    if _CHARSET not in html:
        raise ValueError(f"no {_CHARSET} to put the Content-Security-Policy after")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(html)}">'
    return html.replace(_CHARSET, f"{_CHARSET}\n    {meta}", 1)


def with_safe_outside_links(html: str, site_url: str) -> str:
    """``rel="noopener noreferrer"`` on every link to another host, added to any rel it has."""
    own_host = urlsplit(site_url).hostname

    def secure(link: re.Match[str]) -> str:
        attrs = link["attrs"]
        href = _HREF_RE.search(attrs)
        if not href or urlsplit(href["href"]).hostname == own_host:
            return link[0]
        rel = _REL_RE.search(attrs)
        tokens = rel["rel"].split() if rel else []
        tokens += [t for t in _SAFE_REL if t not in tokens]
        value = f' rel="{" ".join(tokens)}"'
        attrs = _REL_RE.sub(value, attrs, count=1) if rel else attrs + value
        return f"<a {attrs}>"

    return _LINK_RE.sub(secure, html)
