"""How each art style looks: palettes, a style-aware painter, and the finishing
passes (grain, vignette, grading, halftone, letterbox, typography).

Everything here is plain Pillow (no numpy) and works on whole images with C
operations (``point`` lookup tables, ``ImageChops``, low-resolution blurred
layers) because a 1080p frame must take a fraction of a second.
"""

from __future__ import annotations

import colorsys
import random
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

Color = tuple[int, int, int]

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


@dataclass(frozen=True)
class StyleSpec:
    """The knobs of one art style (widths are for a 1080-pixel short side)."""

    name: str
    outline: float  # ink outline width, 0 for none
    ink: Color  # outline colour
    saturation: float  # palette saturation factor
    brightness: float  # palette value factor
    warmth: float  # hue pull towards orange (+) or blue (-), 0..1
    rounded: bool  # rounded buildings and round trees
    flat: bool  # cel shading: no grain, crisp flat fills
    # Film grain amplitude (0..255). Kept light: the still's grain moves with the
    # pan/zoom and is what the encoder spends most on (at 9 instead of 4 a 60 s
    # 720p video came out twice the size and 10-15 % slower to render).
    grain: int
    vignette: float  # darkening at the corners, 0..1
    soft_shadows: bool  # blurred contact shadows under objects
    font: str
    prompt: str  # what an image provider is asked for


STYLES: dict[str, StyleSpec] = {
    "photorealistic": StyleSpec(
        "photorealistic",
        0,
        (0, 0, 0),
        0.85,
        1.0,
        0.0,
        False,
        False,
        4,
        0.35,
        True,
        "DejaVuSerif.ttf",
        "photorealistic photograph, natural light, 35mm lens, high detail",
    ),
    "cinematic": StyleSpec(
        "cinematic",
        0,
        (0, 0, 0),
        0.9,
        0.92,
        0.0,
        False,
        False,
        6,
        0.5,
        True,
        "DejaVuSans-ExtraLight.ttf",
        "cinematic film still, anamorphic widescreen, teal and orange grading, dramatic light",
    ),
    "anime": StyleSpec(
        "anime",
        3.2,
        (28, 24, 48),
        1.3,
        1.1,
        0.0,
        False,
        True,
        0,
        0.0,
        False,
        "DejaVuSans-Bold.ttf",
        "anime illustration, cel shading, clean line art, vivid sky",
    ),
    "comic-book": StyleSpec(
        "comic-book",
        6.0,
        (0, 0, 0),
        1.35,
        1.05,
        0.05,
        False,
        True,
        0,
        0.0,
        False,
        "DejaVuSansCondensed-BoldOblique.ttf",
        "comic book panel, bold ink outlines, halftone dots, flat bright colours",
    ),
    "pixar-art": StyleSpec(
        "pixar-art",
        0,
        (0, 0, 0),
        1.25,
        1.08,
        0.18,
        True,
        False,
        0,
        0.18,
        True,
        "DejaVuSans-Bold.ttf",
        "3D animated film still, soft rounded shapes, warm saturated colours",
    ),
}

# Colours of a scene by time of day; a style adjusts them (``palette``).
_PALETTES: dict[str, dict[str, Color]] = {
    "day": {
        "sky0": (58, 118, 196),
        "sky1": (120, 176, 230),
        "sky2": (206, 228, 244),
        "sun": (255, 246, 214),
        "cloud": (250, 252, 255),
        "far": (128, 158, 190),
        "mid": (84, 138, 92),
        "near": (58, 108, 58),
        "ground": (96, 146, 72),
        "water": (40, 104, 156),
        "build": (150, 160, 176),
        "window": (182, 214, 236),
        "light": (255, 238, 180),
        "accent": (214, 72, 58),
        "skin": (226, 176, 140),
        "sil": (52, 64, 72),
    },
    "dusk": {
        "sky0": (52, 48, 112),
        "sky1": (214, 104, 92),
        "sky2": (252, 186, 110),
        "sun": (255, 196, 112),
        "cloud": (246, 150, 130),
        "far": (120, 78, 120),
        "mid": (78, 56, 92),
        "near": (48, 36, 62),
        "ground": (72, 54, 70),
        "water": (96, 70, 120),
        "build": (88, 64, 98),
        "window": (255, 206, 120),
        "light": (255, 200, 120),
        "accent": (232, 84, 72),
        "skin": (214, 150, 120),
        "sil": (34, 24, 44),
    },
    "night": {
        "sky0": (6, 10, 30),
        "sky1": (16, 28, 66),
        "sky2": (40, 58, 104),
        "sun": (236, 236, 214),
        "cloud": (52, 62, 96),
        "far": (28, 38, 70),
        "mid": (18, 28, 52),
        "near": (10, 16, 32),
        "ground": (18, 26, 42),
        "water": (14, 26, 58),
        "build": (24, 30, 52),
        "window": (255, 210, 120),
        "light": (255, 214, 140),
        "accent": (200, 70, 90),
        "skin": (150, 130, 130),
        "sil": (6, 8, 18),
    },
    "storm": {
        "sky0": (34, 38, 48),
        "sky1": (70, 78, 92),
        "sky2": (116, 124, 136),
        "sun": (210, 214, 220),
        "cloud": (88, 94, 108),
        "far": (70, 78, 90),
        "mid": (52, 66, 64),
        "near": (34, 44, 42),
        "ground": (54, 66, 58),
        "water": (48, 62, 76),
        "build": (66, 72, 84),
        "window": (236, 204, 140),
        "light": (240, 220, 180),
        "accent": (180, 64, 56),
        "skin": (190, 160, 140),
        "sil": (22, 26, 32),
    },
}


def _adjust(color: Color, spec: StyleSpec) -> Color:
    r, g, b = (c / 255 for c in color)
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if spec.warmth:
        # Pull the hue a little towards orange (0.08) along the short way round.
        delta = ((0.08 - h + 0.5) % 1.0) - 0.5
        h = (h + delta * spec.warmth * s) % 1.0
    s = min(1.0, s * spec.saturation)
    v = min(1.0, v * spec.brightness)
    return tuple(round(c * 255) for c in colorsys.hsv_to_rgb(h, s, v))  # type: ignore[return-value]


def palette(time: str, spec: StyleSpec) -> dict[str, Color]:
    """The colours for a time of day ("day", "dusk", "night", "storm") in a style."""
    return {k: _adjust(c, spec) for k, c in _PALETTES[time].items()}


def mix(a: Color, b: Color, t: float) -> Color:
    """Linear blend of two colours (t=0 gives ``a``)."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def shade(c: Color, f: float) -> Color:
    """A colour darkened (f < 1) or lightened (f > 1)."""
    return tuple(max(0, min(255, round(v * f))) for v in c)  # type: ignore[return-value]


def vertical_gradient(size: tuple[int, int], stops: list[Color]) -> Image.Image:
    """A smooth top-to-bottom gradient through ``stops`` (built as a column, then scaled)."""
    column = Image.new("RGB", (1, len(stops)))
    column.putdata(stops)
    # BICUBIC from a few pixels to the full height gives soft, banding-free ramps.
    return column.resize(size, Image.Resampling.BICUBIC)


class Painter:
    """Draws shapes with the style's outlines, plus two low-resolution layers:
    ``light`` (glows, fog, screened on top) and ``shadow`` (multiplied)."""

    LOW = 4  # the light and shadow layers are a quarter of the size

    def __init__(self, size: tuple[int, int], spec: StyleSpec, rng: random.Random):
        self.w, self.h = size
        self.spec = spec
        self.rng = rng
        self.img = Image.new("RGB", size)
        self.draw = ImageDraw.Draw(self.img)
        self.unit = min(size) / 1080  # one "pixel" of a 1080p short side
        # Object scale: the height of a wide frame; in tall frames the width
        # decides, so a portrait frame shows the same things, not giant ones.
        self.S = min(self.h, self.w * 0.9)
        # Where foreground props stand: above the letterbox bars in cinematic.
        self.floor = 0.84 if spec.name == "cinematic" else 0.95
        self.lw = round(spec.outline * self.unit) if spec.outline else 0
        low = (max(1, self.w // self.LOW), max(1, self.h // self.LOW))
        self.light = Image.new("RGB", low)
        self.light_draw = ImageDraw.Draw(self.light)
        self.shadow = Image.new("L", low, 255)
        self.shadow_draw = ImageDraw.Draw(self.shadow)

    def _ink(self, outline: bool, width: float = 1.0):
        if outline and self.lw:
            return self.spec.ink, max(1, round(self.lw * width))
        return None, 0

    def poly(self, pts, fill: Color, outline: bool = True, width: float = 1.0) -> None:
        """A filled polygon, inked in outlined styles."""
        ink, lw = self._ink(outline, width)
        self.draw.polygon(pts, fill=fill, outline=ink, width=lw)

    def shape(self, x: float, y: float, s: float, pts, fill: Color, **kw) -> None:
        """A polygon in units of ``s`` around (x, y): ``(dx, dy)`` is ``(x + dx*s, y + dy*s)``."""
        self.poly([(x + dx * s, y + dy * s) for dx, dy in pts], fill, **kw)

    def ellipse(self, box, fill: Color, outline: bool = True, width: float = 1.0) -> None:
        """A filled ellipse inside ``box`` (x0, y0, x1, y1)."""
        ink, lw = self._ink(outline, width)
        self.draw.ellipse(box, fill=fill, outline=ink, width=lw)

    def rect(self, box, fill: Color, outline: bool = True, radius: float = 0) -> None:
        """A filled rectangle; rounded when ``radius`` (pixels) is given."""
        ink, lw = self._ink(outline)
        if radius:
            self.draw.rounded_rectangle(box, round(radius), fill=fill, outline=ink, width=lw)
        else:
            self.draw.rectangle(box, fill=fill, outline=ink, width=lw)

    def line(self, pts, fill: Color, width: float) -> None:
        """A polyline ``width`` pixels wide (at least one)."""
        self.draw.line(pts, fill=fill, width=max(1, round(width)), joint="curve")

    def glow(self, cx: float, cy: float, r: float, color: Color) -> None:
        """A soft light around (cx, cy), screened over the image at the end."""
        k = self.LOW
        self.light_draw.ellipse(((cx - r) / k, (cy - r) / k, (cx + r) / k, (cy + r) / k), color)

    def light_poly(self, pts, color: Color) -> None:
        """A soft lit area (fog band, light beam) in the light layer."""
        k = self.LOW
        self.light_draw.polygon([(x / k, y / k) for x, y in pts], fill=color)

    def contact_shadow(self, cx: float, y: float, half_width: float, darkness: int = 90) -> None:
        """A soft oval shadow on the ground under an object."""
        if not self.spec.soft_shadows:
            return
        k = self.LOW
        hh = max(2.0, half_width * 0.18)
        self.shadow_draw.ellipse(
            ((cx - half_width) / k, (y - hh) / k, (cx + half_width) / k, (y + hh) / k),
            fill=255 - darkness,
        )

    def flush_light(self) -> None:
        """Apply the light layer now (sky glows belong behind the ground and buildings)."""
        if self.light.getbbox():
            radius = max(1.0, 10 * self.unit)
            glow = self.light.filter(ImageFilter.GaussianBlur(radius))
            glow = glow.resize(self.img.size, Image.Resampling.BILINEAR)
            self.img = ImageChops.screen(self.img, glow)
            self.draw = ImageDraw.Draw(self.img)
            self.light_draw.rectangle((0, 0, *self.light.size), fill=(0, 0, 0))

    def finish(self) -> Image.Image:
        """Apply the light and shadow layers and return the image."""
        radius = max(1.0, 10 * self.unit)
        if self.spec.soft_shadows and self.shadow.getextrema()[0] < 255:
            shadow = self.shadow.filter(ImageFilter.GaussianBlur(radius * 0.6))
            shadow = shadow.resize(self.img.size, Image.Resampling.BILINEAR)
            self.img = ImageChops.multiply(self.img, Image.merge("RGB", (shadow,) * 3))
        if self.light.getbbox():
            glow = self.light.filter(ImageFilter.GaussianBlur(radius))
            glow = glow.resize(self.img.size, Image.Resampling.BILINEAR)
            self.img = ImageChops.screen(self.img, glow)
        return self.img


# ---- finishing passes ---------------------------------------------------------------


@lru_cache(maxsize=8)
def _vignette_mask(size: tuple[int, int], strength: float) -> Image.Image:
    radial = Image.radial_gradient("L").resize(size, Image.Resampling.BILINEAR)
    # 0 at the centre, about 255 at the edge: keep the middle, darken the corners.
    lut = [
        255 - round(strength * 255 * max(0.0, (v / 255 - 0.45) / 0.55) ** 1.6) for v in range(256)
    ]
    return Image.merge("RGB", (radial.point(lut),) * 3)


def vignette(img: Image.Image, strength: float) -> Image.Image:
    """Darken the corners."""
    return ImageChops.multiply(img, _vignette_mask(img.size, strength)) if strength else img


def grain(img: Image.Image, amplitude: int, rng: random.Random) -> Image.Image:
    """Monochrome film grain from a seeded 256x256 tile (Pillow's own noise is not seeded)."""
    if amplitude <= 0:
        return img
    tile = Image.frombytes("L", (256, 256), rng.randbytes(256 * 256))
    tile = tile.point([round(v * 2 * amplitude / 255) for v in range(256)])
    noise = Image.new("L", img.size)
    # Offset each row of tiles so the repetition does not line up into a grid.
    for row, y in enumerate(range(0, img.height, 256)):
        for x in range(-(row * 97) % 256 - 256, img.width, 256):
            noise.paste(tile, (x, y))
    return ImageChops.add(img, Image.merge("RGB", (noise,) * 3), 1.0, -amplitude)


def teal_orange(img: Image.Image) -> Image.Image:
    """Cinematic grade: teal shadows, warm highlights, a gentle S-curve."""

    def curve(v: float, lift: float, gain: float) -> int:
        x = v / 255
        s = x * x * (3 - 2 * x)  # smoothstep S-curve for contrast
        x = 0.55 * x + 0.45 * s
        x = lift * (1 - x) + x * gain
        return max(0, min(255, round(x * 255)))

    lut = (
        [curve(v, -0.02, 1.06) for v in range(256)]  # red: crushed shadows, warm highs
        + [curve(v, 0.03, 1.0) for v in range(256)]
        + [curve(v, 0.09, 0.9) for v in range(256)]  # blue: lifted shadows, cooler highs
    )
    return img.point(lut)


def warm_glow(img: Image.Image) -> Image.Image:
    """Pixar-like finish: warm, slightly lifted shadows."""
    lut = (
        [min(255, round(12 + v * 0.98)) for v in range(256)]
        + [min(255, round(6 + v * 0.98)) for v in range(256)]
        + [min(255, round(8 + v * 0.92)) for v in range(256)]
    )
    return img.point(lut)


@lru_cache(maxsize=4)
def _halftone_screen(size: tuple[int, int], cell: int) -> Image.Image:
    """A threshold screen: per cell, 0 at the dot centre rising to 255 at the corners."""
    tile = Image.new("L", (cell, cell))
    half = (cell - 1) / 2
    far = (2 * half * half) ** 0.5 or 1.0
    tile.putdata(
        [
            round(255 * (((x - half) ** 2 + (y - half) ** 2) ** 0.5) / far)
            for y in range(cell)
            for x in range(cell)
        ]
    )
    w, h = size
    strips = []
    for offset in (0, cell // 2):  # alternate rows shifted: a diagonal dot lattice
        strip = Image.new("L", (w + cell, cell))
        for x in range(0, w + cell, cell):
            strip.paste(tile, (x, 0))
        strips.append(strip.crop((offset, 0, offset + w, cell)))
    screen = Image.new("L", size)
    for row, y in enumerate(range(0, h, cell)):
        screen.paste(strips[row % 2], (0, y))
    return screen


def halftone(img: Image.Image, unit: float) -> Image.Image:
    """Comic print: posterised colours with Ben-Day dots that grow with darkness."""
    img = ImageOps.posterize(img, 3)
    cell = max(5, round(11 * unit))
    darkness = ImageOps.invert(img.convert("L")).point([min(255, 36 + v) for v in range(256)])
    screen = _halftone_screen(img.size, cell)
    dots = ImageChops.subtract(darkness, screen).point([0] + [255] * 255)
    ink = img.point([round(v * 0.62) for v in range(256)] * 3)
    return Image.composite(ink, img, dots)


def letterbox(img: Image.Image) -> Image.Image:
    """Black bars: 2.39:1 inside a wide frame, thin bars in tall or square frames."""
    w, h = img.size
    bar = round((h - w / 2.39) / 2) if w / h > 1.5 else round(h * 0.06)
    if bar > 0:
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, w, bar), fill=(0, 0, 0))
        draw.rectangle((0, h - bar, w, h), fill=(0, 0, 0))
    return img


# ---- typography ---------------------------------------------------------------------


# Scripts the DejaVu faces lack, and the Noto face for each (install-system-deps.sh).
_NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
_DEVANAGARI = "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"
_SCRIPT_FONTS = (
    (re.compile(r"[\u3040-\u30ff]"), _NOTO, 0),  # kana: the Japanese face
    (re.compile(r"[\u3400-\u9fff]"), _NOTO, 2),  # Han without kana: simplified Chinese
    (re.compile(r"[\u0900-\u097f]"), _DEVANAGARI, 0),
)


@lru_cache(maxsize=32)
def font(name: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A DejaVu font, or Pillow's built-in one when the file is missing."""
    try:
        return ImageFont.truetype(FONT_DIR + name, size)
    except OSError:
        return ImageFont.load_default(size)


@lru_cache(maxsize=32)
def _noto(path: str, size: int, index: int) -> ImageFont.FreeTypeFont | None:
    try:
        return ImageFont.truetype(path, size, index=index)
    except OSError:
        return None


def font_for(name: str, size: int, text: str) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The style's font ``name``, or a Noto face when ``text`` is in a script it lacks."""
    for pattern, path, index in _SCRIPT_FONTS:
        if pattern.search(text) and (face := _noto(path, size, index)) is not None:
            return face
    return font(name, size)


def clean_caption(text: str, limit: int = 48) -> str:
    """Printable characters only, whitespace collapsed, cut to ``limit`` with an ellipsis."""
    text = "".join(
        ch if unicodedata.category(ch)[0] not in "CZ" or ch == " " else " " for ch in text[:2000]
    )
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fit_lines(draw, text: str, face, width: float, lines: int = 2) -> list[str]:
    """``text`` broken at spaces into at most ``lines`` lines of at most ``width``
    pixels (None when it does not fit)."""
    out: list[str] = []
    for word in text.split(" "):
        if out and draw.textlength(f"{out[-1]} {word}", font=face) <= width:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    fits = len(out) <= lines and all(draw.textlength(line, font=face) <= width for line in out)
    return out if fits else None


def caption(
    img: Image.Image, text: str, spec: StyleSpec, comic_box: bool = False, inset: float = 0.0
) -> Image.Image:
    """A small title in the style's typography, top left (cinematic: centred),
    clear of the subtitles and inside the picture's ``inset`` (a share of each
    side the camera's pan and zoom may crop away), on at most two lines; the
    type gets smaller until it fits."""
    text = clean_caption(text)
    if not text:
        return img
    w, h = img.size
    unit = min(w, h) / 1080
    draw = ImageDraw.Draw(img)
    margin = round(32 * unit)
    left, top = round(w * inset) + margin, round(h * inset) + margin
    room = w - 2 * left
    cinematic, size = spec.name == "cinematic" and not comic_box, 44
    if comic_box:
        text, size = text.upper(), 34
    elif cinematic:
        text, size = " ".join(text.upper()), 30  # wide tracking, as in film titles
    while True:
        face = font_for(spec.font, max(10, round(size * unit)), text)
        lines = _fit_lines(draw, text, face, room - (2 * 16 * unit if comic_box else 0))
        if lines or size <= 12:
            break
        size -= 4
    lines = lines or [text]
    spacing = round(8 * unit)
    block = "\n".join(lines)
    x0, y0, x1, y1 = draw.multiline_textbbox((0, 0), block, font=face, spacing=spacing)
    if comic_box:
        pad = round(16 * unit)
        box = (left, top, left + x1 - x0 + 2 * pad, top + y1 - y0 + 2 * pad)
        draw.rectangle(box, fill=(255, 236, 130), outline=(0, 0, 0), width=max(2, round(5 * unit)))
        draw.multiline_text(
            (left + pad - x0, top + pad - y0), block, font=face, fill=(0, 0, 0), spacing=spacing
        )
        return img
    if cinematic:
        bar = round(h * 0.5 - (w / 2.39) / 2) if w / h > 1.5 else 0  # the letterbox
        draw.multiline_text(
            ((w - (x1 - x0)) / 2 - x0, max(top, bar + margin) - y0), block, font=face,
            fill=(236, 232, 224), spacing=spacing, align="center",
        )  # fmt: skip
        return img
    stroke = max(1, round(4 * unit)) if spec.name in ("anime", "pixar-art") else 0
    if spec.name == "pixar-art":
        shadow = (left + 3 * unit - x0, top + 4 * unit - y0)
        draw.multiline_text(shadow, block, font=face, fill=(90, 50, 30), spacing=spacing)
    draw.multiline_text(
        (left - x0, top - y0), block, font=face, fill=(255, 255, 255), spacing=spacing,
        stroke_width=stroke, stroke_fill=spec.ink if spec.name == "anime" else (120, 70, 40),
    )  # fmt: skip
    return img
