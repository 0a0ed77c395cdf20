"""The things a scene names (houses, a castle, fire, candles, a road and car,
a river and bridge, figures, a ghost, a book), placed by :func:`props`."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFilter

from t2m.generate import styles
from t2m.generate.painters.shapes import haze, water

if TYPE_CHECKING:
    from t2m.generate.motifs import Plan


def _house(p, pal, x: float, base: float, s: float, lit: bool) -> None:
    wall = styles.mix((214, 190, 160), pal["sil"], 0.25 if lit else 0.1)
    roof = styles.mix((160, 60, 50), pal["sil"], 0.3)
    p.contact_shadow(x, base, s * 0.8)
    p.rect((x + s * 0.25, base - s * 1.15, x + s * 0.38, base - s * 0.8), roof, True)  # chimney
    p.rect((x - s * 0.5, base - s * 0.75, x + s * 0.5, base), wall, True, s * 0.06 * p.spec.rounded)
    p.poly(
        [(x - s * 0.62, base - s * 0.72), (x, base - s * 1.25), (x + s * 0.62, base - s * 0.72)],
        roof,
    )
    window = pal["window"] if lit else styles.mix(pal["window"], pal["sil"], 0.3)
    for wx in (x - s * 0.34, x + s * 0.12):
        p.rect((wx, base - s * 0.6, wx + s * 0.22, base - s * 0.38), window, True)
        if lit:
            p.glow(wx + s * 0.11, base - s * 0.5, s * 0.4, styles.shade(pal["window"], 0.5))
    p.rect((x - s * 0.08, base - s * 0.42, x + s * 0.08, base), styles.shade(roof, 0.7), True)


def _castle(p, pal, x: float, base: float, s: float) -> None:
    stone = haze(p, pal, styles.mix((150, 140, 150), pal["sil"], 0.4), 0.3)
    roof = styles.mix(pal["accent"], pal["sil"], 0.3)
    p.rect((x - s * 0.6, base - s * 0.6, x + s * 0.6, base), stone, True)
    for i in range(7):  # battlements
        bx = x - s * 0.6 + i * s * 0.2
        p.rect((bx, base - s * 0.68, bx + s * 0.1, base - s * 0.6), stone, True)
    for tx, th in ((-0.7, 1.0), (0.7, 1.0), (0.0, 1.35)):
        cx = x + tx * s
        p.rect((cx - s * 0.14, base - s * th, cx + s * 0.14, base), stone, True)
        p.poly(
            [
                (cx - s * 0.19, base - s * th),
                (cx, base - s * (th + 0.38)),
                (cx + s * 0.19, base - s * th),
            ],
            roof,
        )
    p.rect(
        (x - s * 0.1, base - s * 0.28, x + s * 0.1, base), styles.shade(stone, 0.5), True, s * 0.1
    )


_FLAME = ((-0.42, -0.1), (-0.3, -0.75), (-0.08, -0.55), (0, -1.25), (0.14, -0.6), (0.32, -0.85),
          (0.42, -0.1))  # fmt: skip

_LOG = ((-0.6, 0), (0.5, -0.2), (0.55, -0.08), (-0.55, 0.12))


def _fire(p, pal, x: float, base: float, s: float) -> None:
    p.glow(x, base - s * 0.4, s * 1.5, (110, 50, 10))
    p.glow(x, base - s * 0.4, s * 0.7, (220, 140, 60))
    p.shape(x, base, s, _LOG, (92, 58, 36))
    p.shape(x, base, s, [(-dx, dy) for dx, dy in _LOG], (78, 49, 31))
    for k, color in ((1.0, (226, 64, 30)), (0.72, (252, 150, 40)), (0.42, (255, 232, 140))):
        p.shape(x, base - s * 0.1 * (1 - k), s * k, _FLAME, color, width=0.6)
    for _ in range(10):  # sparks
        sx, sy = x + p.rng.uniform(-0.6, 0.6) * s, base - p.rng.uniform(1.2, 2.4) * s
        r = p.unit * 3
        p.draw.ellipse((sx - r, sy - r, sx + r, sy + r), fill=(255, 200, 100))


def _candle(p, pal, x: float, base: float, s: float) -> None:
    p.glow(x, base - s * 1.1, s * 1.6, (160, 100, 30))
    p.glow(x, base - s * 1.1, s * 0.5, (255, 200, 110))
    p.rect((x - s * 0.16, base - s, x + s * 0.16, base), (240, 230, 205), True, s * 0.04)
    p.line([(x, base - s), (x, base - s * 1.06)], (40, 30, 30), s * 0.02)
    p.ellipse(
        (x - s * 0.07, base - s * 1.3, x + s * 0.07, base - s * 1.02), (255, 196, 80), width=0.5
    )
    p.ellipse((x - s * 0.03, base - s * 1.2, x + s * 0.03, base - s * 1.06), (255, 248, 210), False)


def _road(p, pal, horizon: float, with_car: bool, night: bool) -> None:
    u, vx, top = p.unit, p.w * p.rng.uniform(0.4, 0.6), p.h * (horizon + 0.06)
    asphalt = styles.mix((70, 70, 76), pal["sil"], 0.4)
    p.poly(
        [(vx - 6 * u, top), (vx + 6 * u, top), (p.w * 0.95, p.h + 5), (p.w * 0.05, p.h + 5)],
        asphalt,
    )
    for i in range(10):  # dashes shrink towards the vanishing point
        t0, t1 = (i / 10) ** 2, ((i + 0.5) / 10) ** 2
        y0, y1 = top + (p.h - top) * t0, top + (p.h - top) * t1
        x0, x1 = vx + (p.w * 0.5 - vx) * t0, vx + (p.w * 0.5 - vx) * t1
        wid = (1 + 10 * t1) * u
        p.poly(
            [(x0 - wid * 0.5, y0), (x0 + wid * 0.5, y0), (x1 + wid, y1), (x1 - wid, y1)],
            (236, 220, 150),
            outline=False,
        )
    if with_car:
        t = 0.55
        cx, cy = vx + (p.w * 0.42 - vx) * t, top + (p.h - top) * t
        _car(p, pal, cx, cy, p.S * 0.16 * (0.3 + t), night)


def _car(p, pal, x: float, y: float, s: float, night: bool) -> None:
    paint = pal["accent"]
    p.contact_shadow(x, y, s * 0.9, 120)
    p.rect(
        (x - s * 0.55, y - s * 0.75, x + s * 0.55, y - s * 0.35),
        styles.shade(paint, 0.85),
        True,
        s * 0.12,
    )
    p.rect(
        (x - s * 0.45, y - s * 0.7, x + s * 0.45, y - s * 0.42),
        styles.mix((150, 190, 220), pal["sky1"], 0.4),
        True,
        s * 0.06,
    )
    p.rect((x - s * 0.8, y - s * 0.45, x + s * 0.8, y - s * 0.1), paint, True, s * 0.1)
    for wx in (-0.5, 0.5):
        p.rect(
            (x + wx * s - s * 0.14, y - s * 0.15, x + wx * s + s * 0.14, y + s * 0.04),
            (26, 26, 30),
            True,
            s * 0.04,
        )
    for lx in (-0.62, 0.62):  # rear lights, seen from behind
        p.rect(
            (x + lx * s - s * 0.1, y - s * 0.38, x + lx * s + s * 0.1, y - s * 0.28),
            (230, 40, 40),
            False,
        )
        if night:
            p.glow(x + lx * s, y - s * 0.33, s * 0.3, (200, 30, 30))


def _river(p, pal, horizon: float, wide: bool) -> None:
    rng, top = p.rng, p.h * (horizon + 0.05)
    cx, phase = p.w * rng.uniform(0.35, 0.65), rng.uniform(0, 6.28)
    left, right = [], []
    for i in range(13):
        t = i / 12
        y = top + (p.h - top) * t
        c = cx + math.sin(phase + t * 4.5) * p.w * 0.14 * t
        half = p.w * (0.01 + (0.3 if wide else 0.16) * t * t + 0.02 * t)
        left.append((c - half, y))
        right.append((c + half, y + 2))
    color = styles.mix(pal["water"], pal["sky2"], 0.35)
    p.poly([*left, (right[-1][0], p.h + 5), (left[-1][0], p.h + 5), *reversed(right)], color)
    for _ in range(25):
        i = rng.randrange(3, 12)
        (x0, y0), (x1, _) = left[i], right[i]
        x = x0 + (x1 - x0) * rng.random()
        p.line(
            [(x, y0), (x + (x1 - x0) * 0.15, y0)],
            styles.mix(color, (255, 255, 255), 0.4),
            2 * p.unit,
        )


def _bridge(p, pal, horizon: float) -> None:
    u, y = p.unit, p.h * (horizon + 0.14)
    stone = styles.mix((150, 130, 110), pal["sil"], 0.35)
    span, depth, thick = p.w / 3, p.S * 0.12, max(3, round(18 * u))
    for i in range(4):  # arches spring from piers up to the deck
        cx = span * i
        p.rect((cx - 16 * u, y, cx + 16 * u, y + depth + thick), stone, True)
        box = (cx + 10 * u, y - depth * 0.15, cx + span - 10 * u, y + 1.85 * depth)
        if p.lw:
            p.draw.arc(box, 180, 360, fill=p.spec.ink, width=thick + 2 * p.lw)
        p.draw.arc(box, 180, 360, fill=stone, width=thick)
    p.rect((-10, y - 22 * u, p.w + 10, y + 10 * u), stone, True)
    for x in range(0, p.w, max(8, round(36 * u))):  # railing
        p.draw.rectangle((x, y - 46 * u, x + 6 * u, y - 22 * u), fill=stone)
    p.draw.rectangle((-10, y - 50 * u, p.w + 10, y - 42 * u), fill=stone)


_LEG = ((0.15, -0.36), (0.02, -0.36), (0.05, 0), (0.14, 0))


def _figure(p, pal, x: float, base: float, s: float, color) -> None:
    p.contact_shadow(x, base, s * 0.3)
    p.ellipse((x - s * 0.09, base - s, x + s * 0.09, base - s * 0.82), color)
    p.shape(x, base, s, ((-0.16, -0.8), (0.16, -0.8), (0.22, -0.35), (-0.22, -0.35)), color)
    for side in (-1, 1):  # legs
        p.shape(x, base, s, [(side * dx, dy) for dx, dy in _LEG], color)


def _ghost(p, pal, x: float, base: float, s: float) -> None:
    w, h = round(s * 0.8), round(s * 1.1)
    mask, eyes = Image.new("L", (w, h)), Image.new("L", (w, h))
    md = ImageDraw.Draw(mask)
    md.ellipse((0, 0, w - 1, w - 1), fill=170)
    hem = ((0, 0.5 * w), (w - 1, 0.5 * w), (w, h), (0.75 * w, 0.88 * h), (0.5 * w, h))
    md.polygon([*hem, (0.25 * w, 0.88 * h), (0, h)], fill=170)
    for ex in (0.3, 0.62):
        md.ellipse((w * ex, w * 0.35, w * (ex + 0.1), w * 0.55), fill=0)
        ImageDraw.Draw(eyes).ellipse((w * ex, w * 0.35, w * (ex + 0.1), w * 0.55), fill=200)
    mask = mask.filter(ImageFilter.GaussianBlur(max(1.0, 2 * p.unit)))
    pos = (round(x - w / 2), round(base - h))
    p.img.paste((225, 235, 255), pos, mask)  # translucent: the scene shows through
    p.img.paste((20, 20, 40), pos, eyes)
    p.glow(x, base - h / 2, s * 0.8, (60, 80, 110))


def _book(p, pal, x: float, base: float, s: float) -> None:
    p.contact_shadow(x, base, s * 0.9)
    cover = ((-1, -0.1), (0, 0), (1, -0.1), (1, 0.02), (0, 0.1), (-1, 0.02))
    p.shape(x, base, s, cover, styles.mix((120, 40, 40), pal["sil"], 0.2))
    for side in (-1, 1):
        page = ((0, -0.02), (side * 0.95, -0.14), (side * 0.92, -0.6), (0, -0.48))
        p.shape(x, base, s, page, (246, 238, 220))
        for k in range(5):  # lines of text
            y = base - s * (0.44 - k * 0.06)
            p.line(
                [(x + side * s * 0.15, y), (x + side * s * 0.8, y - s * 0.05)],
                (150, 140, 130),
                2 * p.unit,
            )


def props(p, pal, plan: Plan, horizon: float) -> None:
    """The things named in the text, placed on the ground of the setting."""
    rng, hy, night = p.rng, p.h * horizon, plan.time in ("night", "storm", "dusk")
    outdoors = plan.setting not in ("library", "space")
    side = rng.choice((-1, 1))  # which side the main prop stands on
    if outdoors and plan.has("river") and plan.setting != "sea":
        _river(p, pal, horizon, wide=False)
    if outdoors and plan.has("lake") and plan.setting != "sea":
        box = (round(p.w * 0.15), round(hy + p.h * 0.05), round(p.w * 0.95), round(hy + p.h * 0.17))
        before = p.img.crop(box)
        water(p, pal, box[1], box[3], box[0], box[2])
        shore = Image.new("L", before.size, 255)  # keep the water inside an oval
        ImageDraw.Draw(shore).ellipse((0, 0, before.width - 1, before.height - 1), fill=0)
        p.img.paste(before, box[:2], shore)
    if outdoors and plan.has("bridge"):
        _bridge(p, pal, horizon)
    if outdoors and (plan.has("road") or plan.has("car")):
        _road(p, pal, horizon, plan.has("car"), night)
    if outdoors and plan.has("castle"):
        _castle(p, pal, p.w * (0.5 - side * 0.25), hy + p.h * 0.06, p.S * 0.22)
    if outdoors and plan.has("house") and plan.setting != "sea":
        _house(p, pal, p.w * (0.5 + side * 0.28), hy + p.h * 0.2, p.S * 0.2, night)
    if plan.has("figure"):
        color = (
            styles.shade(pal["sil"], 0.8) if night else styles.mix(pal["accent"], pal["sil"], 0.5)
        )
        n = 2 if plan.has("heart") else 1
        for i in range(n):
            _figure(p, pal, p.w * (0.5 - side * 0.12 + i * 0.06), hy + p.h * 0.3, p.S * 0.26, color)
    if plan.has("ghost"):
        _ghost(p, pal, p.w * (0.5 + side * 0.1), hy + p.h * 0.22, p.S * 0.3)
    if plan.has("fire"):
        _fire(p, pal, p.w * (0.5 - side * 0.22), p.h * (p.floor - 0.03), p.S * 0.12)
    if plan.has("candle"):
        _candle(p, pal, p.w * (0.5 + side * 0.35), p.h * p.floor, p.S * 0.22)
    if plan.has("book"):
        _book(p, pal, p.w * (0.5 - side * 0.3), p.h * (p.floor - 0.02), p.S * 0.17)
