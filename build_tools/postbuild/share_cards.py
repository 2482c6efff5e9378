"""Share cards: the 1200×630 PNG that apps show when a page is shared (``og:image``).

Drawn at build time, offline, with the site's own fonts (Noto Sans Arabic and Noto Sans, merged
into one font so that Latin words inside Arabic titles have glyphs) and Pillow's RAQM layout
engine: HarfBuzz joins the Arabic letters, FriBiDi orders mixed-direction text. Without RAQM
(Debian: libraqm0, libfribidi0) Pillow would draw isolated letters left to right, so the build
stops instead (tests/test_share_cards.py proves the shaping against HarfBuzz itself).
"""

from __future__ import annotations

import functools
import hashlib
import io
from pathlib import Path

import fontTools
import PIL
from fontTools.merge import Merger
from PIL import Image, ImageDraw, ImageFont, features

from build_tools.cache import cache_dir, store
from build_tools.errors import ToolFailure
from build_tools.language.codes import Lang
from build_tools.language.typography import direction, right_to_left

CARDS_DIR = "assets/cards"
WIDTH, HEIGHT = 1200, 630
MARGIN = 80
FONTS = Path(__file__).parent.parent / "fonts"
BACKGROUND, TEXT, MUTED, ACCENT = "#1a237e", "#ffffff", "#c5cae9", "#8c9eff"
TITLE_SIZES = (68, 60, 52, 44)
TITLE_TOP, TITLE_BOTTOM, LINE_HEIGHT = MARGIN + 110, HEIGHT - MARGIN - 60, 1.55


class ShapingUnavailable(ToolFailure):
    """Pillow cannot shape Arabic here: its RAQM layout engine (libraqm, libfribidi) is missing."""


@functools.cache
def _merged_font() -> bytes:
    """Noto Sans Arabic Bold with Noto Sans Bold's Latin glyphs: one font for mixed titles.

    Merging takes seconds and its result depends only on the two fonts and fontTools, so it is
    kept in the user's cache under a key made of those (a warm build reads it back)."""
    _require_shaping()
    cached = cache_dir() / f"card-font-{_font_key()}.ttf"
    if cached.exists():
        return cached.read_bytes()
    merged = Merger().merge([str(source) for source in _FONT_SOURCES])
    out = io.BytesIO()
    merged.save(out)
    store(cached, out.getvalue())
    return out.getvalue()


_FONT_SOURCES = (FONTS / "NotoSansArabic-Bold.ttf", FONTS / "NotoSans-Bold.ttf")


def _require_shaping() -> None:
    if not features.check("raqm"):
        raise ShapingUnavailable(
            "share cards need Pillow's RAQM layout engine to join and order Arabic letters; "
            "install libraqm0 and libfribidi0 (apt-get install -y libraqm0 libfribidi0)"
        )


@functools.cache
def _font_key() -> str:
    """What the merged font depends on: the two fonts and fontTools."""
    key = hashlib.sha256(fontTools.version.encode())
    for source in _FONT_SOURCES:
        key.update(source.read_bytes())
    return key.hexdigest()[:16]


@functools.cache
def _card_key() -> bytes:
    """What every card depends on besides its texts: the font, Pillow, RAQM and this drawing
    code."""
    versions = f"{PIL.__version__} {features.version('raqm')} {_font_key()}"
    return versions.encode() + Path(__file__).read_bytes()


def card(title: str, site_name: str, footer: str, lang: Lang) -> bytes:
    """:func:`render_card`, kept in the user's cache under a key made of everything it depends
    on: a warm build reads unchanged cards back instead of drawing them again."""
    _require_shaping()
    key = hashlib.sha256(_card_key())
    for text in (title, site_name, footer, lang):
        key.update(b"\0" + text.encode())
    cached = cache_dir() / "cards" / f"{key.hexdigest()[:24]}.png"
    if cached.exists():
        return cached.read_bytes()
    png = render_card(title, site_name, footer, lang)
    store(cached, png)
    return png


def card_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_merged_font()), size, layout_engine=ImageFont.Layout.RAQM)


def render_line(text: str, size: int, lang: Lang) -> Image.Image:
    """One line of text, black on white, as the cards draw it (for the shaping test)."""
    font = card_font(size)
    width = int(font.getlength(text, direction=direction(lang), language=lang)) + 2 * size
    image = Image.new("L", (width, 3 * size), 255)
    x = width - size if right_to_left(lang) else size
    _draw(ImageDraw.Draw(image), (x, size // 2), text, font, lang, 0)
    return image


def render_card(title: str, site_name: str, footer: str, lang: Lang) -> bytes:
    """The PNG of one page's card: the site's name, the page's title, the site's address."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    start = WIDTH - MARGIN if right_to_left(lang) else MARGIN
    draw.rectangle((MARGIN, MARGIN - 24, WIDTH - MARGIN, MARGIN - 18), fill=ACCENT)
    _draw(draw, (start, MARGIN + 10), site_name, card_font(34), lang, MUTED)
    size, lines = _fit(title, lang)
    for number, line in enumerate(lines):
        y = TITLE_TOP + int(number * size * LINE_HEIGHT)
        _draw(draw, (start, y), line, card_font(size), lang, TEXT)
    _draw(draw, (start, HEIGHT - MARGIN - 30), footer, card_font(28), lang, MUTED)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _fit(title: str, lang: Lang) -> tuple[int, list[str]]:
    """The largest size at which the title's lines fit above the footer, and those lines; at the
    smallest size, a title too long is cut at a word and ends with an ellipsis."""
    for size in TITLE_SIZES:
        lines = _wrap(title, card_font(size), lang, WIDTH - 2 * MARGIN)
        room = int((TITLE_BOTTOM - TITLE_TOP) / (size * LINE_HEIGHT))
        if len(lines) <= room:
            return size, lines
    font, last = card_font(size), lines[room - 1].split()
    while len(last) > 1 and _width(" ".join([*last, "…"]), font, lang) > WIDTH - 2 * MARGIN:
        last.pop()
    return size, [*lines[: room - 1], " ".join([*last, "…"])]


def _wrap(text: str, font: ImageFont.FreeTypeFont, lang: Lang, width: int) -> list[str]:
    """Lines broken between words in reading order; each line is then laid out by RAQM."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        fits = _width(candidate, font, lang) <= width
        if lines and fits:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _width(text: str, font: ImageFont.FreeTypeFont, lang: Lang) -> float:
    return font.getlength(text, direction=direction(lang), language=lang)


def _draw(
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    text: str,
    font: ImageFont.FreeTypeFont,
    lang: Lang,
    fill: str | int,
) -> None:
    anchor = "ra" if right_to_left(lang) else "la"
    draw.text(
        xy, text, font=font, fill=fill, anchor=anchor, direction=direction(lang), language=lang
    )


def write_cards(
    site: Path, titles: dict[str, str], site_name: str, footer: str, lang: Lang
) -> None:
    """A card for each page (``titles``: by the page's Markdown file), in ``site/CARDS_DIR``."""
    for src_uri, title in titles.items():
        target = site / CARDS_DIR / f"{src_uri.removesuffix('.md')}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(card(title, site_name, footer, lang))
