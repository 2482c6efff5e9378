"""What a source's address may be: hosts and address patterns the desk refuses, and one page
cited under one id only (``www.``, the scheme and a final ``/`` do not make another page)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol
from urllib.parse import urlsplit

from build_tools.content.editorial_rules import Rules
from build_tools.errors import Problems


class Addressed(Protocol):
    """A registry entry as far as its address goes (:class:`~.sources.Source` is one)."""

    @property
    def id(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def file(self) -> str: ...
    @property
    def line(self) -> int: ...


def check_addresses(sources: Sequence[Addressed], rules: Rules, found: Problems) -> None:
    """Refused hosts and address patterns, and one address cited under two ids."""
    seen: dict[str, Addressed] = {}
    for source in sources:
        host, address = host_of(source.url), address_key(source.url)
        for refusal in rules.refused_hosts:
            if on_host(host, refusal.match):
                found.add(source.file, source.line, f"'{host}' is refused: {refusal.why}")
        parts = urlsplit(source.url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        path += f"#{parts.fragment}" if parts.fragment else ""
        for refusal in rules.refused_urls:
            if re.search(refusal.match, path, re.IGNORECASE):
                found.add(source.file, source.line, f"'{source.url}' is refused: {refusal.why}")
        first = seen.setdefault(address, source)
        if first is not source:
            found.add(
                source.file,
                source.line,
                f"'{source.url}' is already source {first.id} (line {first.line}); "
                "cite that id instead",
            )


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def on_host(host: str, listed: str) -> bool:
    return host == listed or host.endswith("." + listed)


def address_key(url: str) -> str:
    """The address with what does not change the page left out: scheme, www., a final /."""
    parts = urlsplit(url)
    host = host_of(url).removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"
