"""The ground of each setting (sea, city, forest, mountain, meadow, desert, space,
library), with :data:`SETTING_PAINTERS` mapping a setting to its painter."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from t2m.generate import styles
from t2m.generate.painters.shapes import haze, layer, tree, water

if TYPE_CHECKING:
    from t2m.generate.motifs import Plan


def _building(p, pal, x, base, bw, bh, color, lit: float, glow: bool) -> None:
    u = p.unit
    radius = bw * 0.12 if p.spec.rounded else 0
    p.rect((x, base - bh, x + bw, base + 5 * u), color, True, radius)
    if p.rng.random() < 0.3:  # a spire or a water tank on the roof
        p.rect((x + bw * 0.42, base - bh - bh * 0.08, x + bw * 0.58, base - bh), color, True)
    gx, gy = 16 * u, 24 * u
    cols, rows = max(1, int((bw - gx) // (2 * gx) + 1)), max(1, int((bh - 2 * gy) // gy))
    span = cols * 2 * gx - gx
    left = x + (bw - span) / 2
    dark = styles.shade(color, 0.7)
    for r in range(rows):
        y = base - bh + gy * (r + 0.8)
        for c in range(cols):
            wx = left + c * 2 * gx
            on = p.rng.random() < lit
            p.draw.rectangle((wx, y, wx + gx, y + gy * 0.55), fill=pal["window"] if on else dark)
            if on and glow:
                p.light_draw.rectangle(
                    (wx / 4 - 1, y / 4 - 1, (wx + gx) / 4 + 1, (y + gy) / 4),
                    fill=styles.shade(pal["window"], 0.18),
                )


def _city(p, pal, horizon: float, plan: Plan) -> None:
    rng, base = p.rng, p.h * (horizon + 0.12)
    night = plan.time in ("night", "dusk", "storm")
    tints = [(1.0, 1.0, 1.0), (1.08, 1.0, 0.9), (0.9, 0.95, 1.08), (0.8, 0.8, 0.84)]
    for depth, count, tall in ((0.7, 22, 0.26), (0.35, 14, 0.38), (0.0, 8, 0.5)):
        x = -rng.uniform(0, 60) * p.unit
        for _ in range(count * 2):
            if x > p.w:
                break
            bw = p.w / count * rng.uniform(0.7, 1.3)
            bh = p.S * tall * rng.uniform(0.45, 1.0) * (1 - depth * 0.3)
            tint = rng.choice(tints)
            color = tuple(min(255, round(c * t)) for c, t in zip(pal["build"], tint, strict=True))
            color = haze(p, pal, styles.shade(color, 0.85), depth)
            lit = (0.35 if night else 0.55) * (1 - depth * 0.6)
            _building(p, pal, x, base - depth * p.h * 0.06, bw, bh, color, lit, night and not depth)
            x += bw + rng.uniform(0.0, 0.25) * bw
    street = styles.mix((88, 88, 96), pal["sil"], 0.35)
    p.rect((-10, base, p.w + 10, p.h + 10), street, True)
    p.rect(
        (-10, base + 0.03 * p.h, p.w + 10, base + 0.036 * p.h),
        styles.shade(pal["build"], 1.2),
        False,
    )


def _meadow(p, pal, horizon: float, plan: Plan) -> None:
    rng = p.rng
    layer(p, pal, horizon + 0.02, 0.1, haze(p, pal, pal["mid"], 0.8), False)
    layer(p, pal, horizon + 0.1, 0.1, haze(p, pal, pal["mid"], 0.35), False)
    top = layer(p, pal, horizon + 0.24, 0.1, pal["ground"], False)
    for i in range(rng.randint(1, 3)):
        x = p.w * (0.12 + 0.76 * rng.random()) if i else p.w * rng.choice((0.15, 0.82))
        tree(
            p,
            x,
            p.h * (horizon + 0.12),
            p.S * rng.uniform(0.12, 0.2),
            haze(p, pal, pal["mid"], 0.2),
        )
    if plan.has("flowers"):
        colors = [pal["accent"], (250, 220, 90), (250, 250, 250), (200, 120, 220)]
        for _ in range(140):
            i = rng.randrange(len(top))
            x = top[i][0] + rng.uniform(0, p.w / len(top))
            y = top[i][1] + rng.random() ** 0.7 * (p.h - top[i][1])
            r = (3 + 7 * (y - top[i][1]) / p.h) * p.unit * 1.6
            p.draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice(colors))


def _forest(p, pal, horizon: float, plan: Plan) -> None:
    rng = p.rng
    layer(p, pal, horizon + 0.04, 0.12, haze(p, pal, pal["mid"], 0.85), False, False)
    for depth, count, size in ((0.65, 34, 0.13), (0.35, 20, 0.22)):
        color = haze(p, pal, pal["mid"], depth)
        base = p.h * (horizon + 0.1 - depth * 0.06)
        for i in range(count):
            x = p.w * (i + rng.random()) / count
            tree(p, x, base + rng.random() * 0.03 * p.h, p.S * size * rng.uniform(0.7, 1.2), color)
    layer(p, pal, horizon + 0.2, 0.05, pal["ground"], False)
    for x in (rng.uniform(-0.05, 0.12), rng.uniform(0.86, 1.02)):  # framing trees
        tree(p, p.w * x, p.h * rng.uniform(0.97, 1.02), p.S * rng.uniform(0.55, 0.75), pal["near"])


def _mountains(p, pal, horizon: float, plan: Plan) -> None:
    far = layer(p, pal, horizon + 0.02, 0.36, haze(p, pal, pal["far"], 0.3), True)
    dim = 0.5 if plan.time in ("night", "storm") else 0.15
    snow = styles.mix((245, 248, 255), pal["far"], dim)
    cap = p.h * (horizon - 0.14)
    bottoms = [y + (cap - y) * 0.4 + p.rng.random() * p.h * 0.02 for _, y in far]
    for i, ((x0, y0), (x1, y1)) in enumerate(itertools.pairwise(far)):
        if y0 < cap and y1 < cap:  # caps on the highest peaks, thicker where higher
            p.draw.polygon([(x0, y0), (x1, y1), (x1, bottoms[i + 1]), (x0, bottoms[i])], fill=snow)
    layer(p, pal, horizon + 0.1, 0.22, haze(p, pal, pal["far"], 0.1), True)
    layer(p, pal, horizon + 0.24, 0.1, pal["ground"], False)
    for _ in range(6):
        x = p.w * p.rng.random()
        tree(p, x, p.h * (horizon + 0.2 + p.rng.random() * 0.06), p.S * 0.12, pal["near"])


def _sea(p, pal, horizon: float, plan: Plan) -> None:
    rng = p.rng
    if rng.random() < 0.5:  # a distant island
        x = p.w * rng.uniform(0.05, 0.6)
        hy = p.h * horizon
        p.ellipse(
            (x, hy - p.h * 0.05, x + p.w * rng.uniform(0.15, 0.3), hy + p.h * 0.05),
            haze(p, pal, pal["mid"], 0.7),
            outline=False,
        )
    water(p, pal, p.h * horizon, p.h)
    if plan.has("lighthouse"):
        x = p.w * rng.choice((0.17, 0.83))
        _lighthouse(p, pal, x, p.h * (horizon + 0.1), p.S * 0.45, plan.time != "day")
    if plan.has("boat"):
        _boat(p, pal, p.w * rng.uniform(0.25, 0.7), p.h * (horizon + 0.12), p.S * 0.14)


def _lighthouse(p, pal, x: float, base: float, s: float, lit: bool) -> None:
    """A red-and-white tower on a rocky point; after dark its lamp glows and
    throws a beam out over the water."""
    rock = styles.mix((96, 90, 84), pal["sil"], 0.45)
    headland = ((-0.6, 0.12), (-0.42, -0.04), (-0.16, -0.13), (0.2, -0.12), (0.45, -0.02),
                (0.62, 0.12))  # fmt: skip
    p.shape(x, base, s, headland, rock)
    white = styles.mix((238, 234, 226), pal["sil"], 0.2)
    red = styles.mix((192, 48, 42), pal["sil"], 0.25)
    bands, bottom, top = 5, -0.12, -0.95
    step = (top - bottom) / bands
    for k in range(bands):  # a tapering tower in alternating bands
        y0, y1 = bottom + k * step, bottom + (k + 1) * step
        w0, w1 = 0.13 - 0.045 * k / bands, 0.13 - 0.045 * (k + 1) / bands
        p.shape(x, base, s, ((-w0, y0), (w0, y0), (w1, y1), (-w1, y1)), white if k % 2 else red)
    dark = styles.shade(red, 0.55)
    p.rect((x - s * 0.12, base + s * (top - 0.03), x + s * 0.12, base + s * top), dark, True)
    lamp = (255, 236, 168) if lit else styles.mix((200, 214, 224), pal["sil"], 0.3)
    p.rect((x - s * 0.065, base + s * (top - 0.13), x + s * 0.065, base + s * (top - 0.03)), lamp)
    p.shape(x, base, s, ((-0.09, top - 0.13), (0, top - 0.22), (0.09, top - 0.13)), dark)
    if lit:
        cy = base + s * (top - 0.08)
        p.glow(x, cy, s * 0.35, (150, 125, 60))
        away = 1 if x < p.w / 2 else -1  # the beam sweeps out to sea
        far = x + away * p.w * 0.7
        p.light_poly([(x, cy), (far, cy - s * 0.22), (far, cy + s * 0.12)], (90, 80, 45))


def _boat(p, pal, x: float, y: float, s: float) -> None:
    hull = styles.shade(pal["sil"], 1.3)
    p.shape(x, y, s, ((-0.7, -0.12), (0.75, -0.12), (0.5, 0.08), (-0.5, 0.08)), hull)
    p.line([(x, y - s * 0.12), (x, y - s * 1.1)], hull, s * 0.03)
    sail = styles.mix((245, 240, 228), pal["sky2"], 0.3)
    p.shape(x, y, s, ((0.03, -1.05), (0.55, -0.2), (0.03, -0.2)), sail)
    p.shape(x, y, s, ((-0.03, -0.9), (-0.45, -0.2), (-0.03, -0.2)), styles.shade(sail, 0.9))


def _desert(p, pal, horizon: float, plan: Plan) -> None:
    sand = styles.mix((226, 182, 118), pal["sky1"], 0.25 if plan.time == "day" else 0.55)
    layer(p, pal, horizon + 0.03, 0.08, haze(p, pal, sand, 0.6), False)
    layer(p, pal, horizon + 0.14, 0.12, styles.shade(sand, 0.9), False)
    layer(p, pal, horizon + 0.3, 0.12, sand, False)
    for _ in range(p.rng.randint(1, 3)):
        x, s = p.w * p.rng.uniform(0.08, 0.92), p.S * p.rng.uniform(0.08, 0.16)
        base = p.h * (horizon + 0.2)
        green = styles.mix((70, 120, 70), pal["sil"], 0.3)
        p.rect((x - s * 0.08, base - s, x + s * 0.08, base), green, True, s * 0.08)
        p.rect((x - s * 0.32, base - s * 0.7, x - s * 0.2, base - s * 0.35), green, True, s * 0.06)
        p.rect((x - s * 0.32, base - s * 0.42, x, base - s * 0.32), green, True)


def _space(p, pal, horizon: float, plan: Plan) -> None:
    ground = styles.mix((120, 118, 128), pal["sky1"], 0.3)
    top = layer(p, pal, horizon + 0.08, 0.06, ground, False)
    for _ in range(14):
        i = p.rng.randrange(len(top))
        x, y = top[i][0], top[i][1] + p.rng.random() * (p.h - top[i][1])
        r = p.unit * p.rng.uniform(10, 40) * (0.5 + (y / p.h))
        p.ellipse((x - r, y - r * 0.35, x + r, y + r * 0.35), styles.shade(ground, 0.75), width=0.5)
    if plan.has("rocket") or "planet" not in plan.tags:
        _rocket(p, pal, p.w * p.rng.uniform(0.3, 0.7), p.h * horizon * 0.75, p.S * 0.16)


def _rocket(p, pal, x: float, y: float, s: float) -> None:
    p.glow(x, y + s * 0.75, s * 0.4, pal["light"])
    p.shape(x, y, s, ((-0.14, 0.45), (0, 0.9), (0.14, 0.45)), (255, 170, 60))  # flame
    for side in (-1, 1):
        p.shape(x, y, s, ((side * 0.14, 0.2), (side * 0.3, 0.5), (side * 0.1, 0.42)), pal["accent"])
    p.rect((x - s * 0.14, y - s * 0.3, x + s * 0.14, y + s * 0.48), (236, 236, 240), True, s * 0.05)
    p.shape(x, y, s, ((-0.14, -0.3), (0, -0.62), (0.14, -0.3)), pal["accent"])
    p.ellipse((x - s * 0.07, y - s * 0.15, x + s * 0.07, y - s * 0.01), (110, 170, 220))


def _library(p, pal, horizon: float, plan: Plan) -> None:
    rng, u = p.rng, p.unit
    wall = styles.mix((96, 62, 44), pal["sil"], 0.25)
    p.img.paste(styles.vertical_gradient((p.w, p.h), [styles.shade(wall, 0.7), wall]))
    wx0, wx1 = p.w * 0.38, p.w * 0.62  # a window onto the sky in the middle
    p.rect((wx0, p.h * 0.1, wx1, p.h * 0.55), pal["sky1"], True, 0)
    p.draw.rectangle((wx0, p.h * 0.1, wx1, p.h * 0.55), outline=wall, width=round(14 * u))
    p.draw.line([((wx0 + wx1) / 2, p.h * 0.1), ((wx0 + wx1) / 2, p.h * 0.55)], wall, round(10 * u))
    shelf = styles.shade(wall, 0.6)
    for x0, x1 in ((0, wx0 - 30 * u), (wx1 + 30 * u, p.w)):
        for row in range(6):
            y1 = p.h * (0.14 + row * 0.15)
            p.rect((x0, y1, x1, y1 + 12 * u), shelf, True)
            x = x0 + 8 * u
            while x < x1 - 30 * u:
                bw, bh = rng.uniform(14, 34) * u, p.h * rng.uniform(0.08, 0.12)
                color = rng.choice(
                    (
                        (150, 40, 40),
                        (40, 80, 130),
                        (50, 110, 70),
                        (180, 140, 60),
                        (90, 50, 110),
                        (200, 190, 160),
                    )
                )
                p.rect((x, y1 - bh, x + bw, y1), styles.mix(color, wall, 0.25), True)
                p.draw.line(
                    [(x + 3 * u, y1 - bh * 0.8), (x + bw - 3 * u, y1 - bh * 0.8)],
                    styles.shade(color, 1.4),
                    round(3 * u),
                )
                x += bw + rng.uniform(0, 6) * u
    p.rect((-10, p.h * 0.86, p.w + 10, p.h + 10), styles.shade(wall, 0.5), True)
    p.glow(p.w * 0.5, p.h * 0.75, p.h * 0.2, (70, 45, 15))


SETTING_PAINTERS = {
    "sea": _sea, "city": _city, "forest": _forest, "mountain": _mountains, "meadow": _meadow,
    "desert": _desert, "space": _space, "library": _library,
}  # fmt: skip
