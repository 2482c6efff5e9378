"""Share cards draw Arabic joined and right to left: proved against HarfBuzz itself.

The expected image of a line is built here without Pillow's text layout at all: HarfBuzz
(uharfbuzz) shapes the text into glyph ids and positions, fontTools gives each glyph's outline,
and the outlines are filled into a bitmap. The card code's own rendering of the same line must
cover the same pixels; the same comparison against the line drawn unshaped (isolated letters), or
joined but left to right, must fail, so a card with disconnected or reversed Arabic cannot pass.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import uharfbuzz as hb
from fontTools.merge import Merger
from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, features

from build_tools.language.codes import Lang
from build_tools.postbuild.share_cards import (
    HEIGHT,
    MARGIN,
    WIDTH,
    ShapingUnavailable,
    _fit,
    _merged_font,
    _width,
    card_font,
    render_card,
    render_line,
)

# The cards need Pillow's RAQM layout (Debian's libraqm0 and libfribidi0), a system library
# only the site build uses: these run with it, in the full suite, not in the contributor lane.
pytestmark = pytest.mark.site

SIZE = 64
Run = tuple[str, str]  # text, "rtl" or "ltr"


class _Outline(BasePen):  # type: ignore[misc]  # fontTools is untyped
    """Glyph outlines as polygons (curves flattened), in pixels, y down."""

    def __init__(self, glyph_set: object, scale: float, x: float, baseline: float) -> None:
        super().__init__(glyph_set)
        self.contours: list[list[tuple[float, float]]] = []
        self.scale, self.x, self.baseline = scale, x, baseline

    def _point(self, pt: tuple[float, float]) -> tuple[float, float]:
        return self.x + pt[0] * self.scale, self.baseline - pt[1] * self.scale

    def _moveTo(self, pt: tuple[float, float]) -> None:
        self.contours.append([self._point(pt)])
        self.current = pt

    def _lineTo(self, pt: tuple[float, float]) -> None:
        self.contours[-1].append(self._point(pt))
        self.current = pt

    def _curveToOne(
        self, p1: tuple[float, float], p2: tuple[float, float], p3: tuple[float, float]
    ) -> None:
        p0 = self.current
        for step in range(1, 9):
            t = step / 8
            point = tuple(
                (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t**2 * c + t**3 * d
                for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
            )
            self.contours[-1].append(self._point((point[0], point[1])))
        self.current = p3

    def _closePath(self) -> None:
        pass


def glyphs(run: Run, shaped: bool) -> Iterator[tuple[int, int, int, int]]:
    """(glyph id, x advance, x offset, y offset) in left-to-right visual order."""
    text, direction = run
    font = hb.Font(hb.Face(_merged_font()))
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = direction
    hb.shape(font, buffer, {} if shaped else {f: False for f in ("init", "medi", "fina", "rlig")})
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        yield info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset


def expected_line(runs: list[Run], shaped: bool = True) -> Image.Image:
    """The line as HarfBuzz lays it out, runs given in visual order, filled even-odd."""
    ttfont = TTFont(io.BytesIO(_merged_font()))
    order, glyph_set = ttfont.getGlyphOrder(), ttfont.getGlyphSet()
    scale = SIZE / ttfont["head"].unitsPerEm
    image = Image.new("1", (40 * SIZE, 3 * SIZE), 0)
    x = SIZE / 2
    for run in runs:
        for gid, advance, x_offset, y_offset in glyphs(run, shaped):
            pen = _Outline(glyph_set, scale, x + x_offset * scale, 2 * SIZE - y_offset * scale)
            glyph_set[order[gid]].draw(pen)
            for contour in pen.contours:
                shape = Image.new("1", image.size, 0)
                if len(contour) > 2:
                    ImageDraw.Draw(shape).polygon(contour, fill=1)
                image = ImageChops.logical_xor(image, shape)
            x += advance * scale
    return image


def ink(image: Image.Image) -> Image.Image:
    """The inked pixels, cropped to them, as a 1-bit image."""
    mask = image.convert("L").point(lambda v: 255 if v else 0).convert("1")
    return mask.crop(mask.getbbox())


def overlap(drawn: Image.Image, expected: Image.Image) -> float:
    """Intersection over union of two ink masks, the expected one scaled onto the drawn one."""
    expected = expected.resize(drawn.size)
    both = ImageChops.logical_and(drawn, expected).convert("L").histogram()[255]
    either = ImageChops.logical_or(drawn, expected).convert("L").histogram()[255]
    return both / max(1, either)


def drawn_line(text: str, lang: Lang) -> Image.Image:
    return ink(render_line(text, SIZE, lang).point(lambda v: 255 - v))


CASES = {
    "one word": ("الرقائق", [("الرقائق", "rtl")]),
    "mixed line": (
        "تأجيل إطلاق نموذج DeepSeek",
        [("DeepSeek", "ltr"), ("تأجيل إطلاق نموذج ", "rtl")],
    ),
}


def test_pillow_has_the_raqm_layout_engine() -> None:
    assert features.check("raqm"), "libraqm/libfribidi missing: build_tools/setup.sh installs them"


@pytest.mark.parametrize("case", CASES)
def test_card_text_is_joined_and_right_to_left_as_harfbuzz_shapes_it(case: str) -> None:
    text, runs = CASES[case]
    drawn = drawn_line(text, "ar")
    right = ink(expected_line(runs))
    assert abs(drawn.width - right.width) <= 0.02 * right.width
    assert overlap(drawn, right) >= 0.8
    # The same measure tells the failures apart: isolated letters, and joined text reversed.
    isolated = ink(expected_line(runs, shaped=False))
    reversed_runs = [(t, "ltr") for t, _ in reversed(runs)]
    reversed_text = ink(expected_line(reversed_runs))
    assert isolated.width > 1.1 * right.width  # isolated forms are wider than joined ones
    assert overlap(drawn, isolated) < 0.6
    assert overlap(drawn, reversed_text) < 0.6


def test_a_card_is_a_1200_by_630_png() -> None:
    card = Image.open(
        io.BytesIO(render_card("مقارنة الرقائق", "لماذا تأخر R2؟", "example.org", "ar"))
    )
    assert (card.format, card.size) == ("PNG", (WIDTH, HEIGHT)) == ("PNG", (1200, 630))


def test_without_raqm_the_build_stops_and_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(features, "check", lambda feature: feature != "raqm")
    _merged_font.cache_clear()
    try:
        with pytest.raises(ShapingUnavailable, match="apt-get install -y libraqm0 libfribidi0"):
            render_card("مقارنة الرقائق", "لماذا تأخر R2؟", "example.org", "ar")
    finally:
        _merged_font.cache_clear()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_title_too_long_is_cut_at_a_word_within_the_card(lang: Lang) -> None:
    word = "الرقائق" if lang == "ar" else "chips"
    size, lines = _fit(" ".join([word] * 200), lang)
    assert size == 44 and len(lines) == 4 and lines[-1].endswith(" …")
    assert all(_width(line, card_font(size), lang) <= WIDTH - 2 * MARGIN for line in lines)


def test_the_merged_font_is_kept_between_builds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A warm build reads the merged font back instead of merging again (3 s), and what it
    reads is what a merge makes."""
    from build_tools.postbuild import share_cards

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    share_cards._merged_font.cache_clear()
    made = share_cards._merged_font()
    kept = list((tmp_path / "deepseek-r2-explainer").glob("card-font-*.ttf"))
    assert len(kept) == 1 and kept[0].read_bytes() == made
    share_cards._merged_font.cache_clear()
    monkeypatch.setattr(Merger, "merge", lambda *_: pytest.fail("merged again"))
    assert share_cards._merged_font() == made
    share_cards._merged_font.cache_clear()


def test_a_card_is_drawn_once_and_drawn_again_when_its_text_changes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A warm build reads unchanged cards back; a new title is a new card, drawn."""
    from build_tools.postbuild import share_cards

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = share_cards.card("عنوان الصفحة", "الموقع", "example.org", "ar")
    assert first == share_cards.render_card("عنوان الصفحة", "الموقع", "example.org", "ar")
    assert len(list((tmp_path / "deepseek-r2-explainer" / "cards").glob("*.png"))) == 1
    drawn: list[str] = []

    def draw(title: str, *_: str) -> bytes:
        drawn.append(title)
        return b""

    monkeypatch.setattr(share_cards, "render_card", draw)
    assert share_cards.card("عنوان الصفحة", "الموقع", "example.org", "ar") == first
    share_cards.card("عنوان آخر", "الموقع", "example.org", "ar")
    share_cards.card("عنوان الصفحة", "الموقع", "example.org", "en")
    assert drawn == ["عنوان آخر", "عنوان الصفحة"]
