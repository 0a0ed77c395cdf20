"""Shapes the painters share: hill and mountain ridges, atmospheric haze, trees,
water with the light's path on it, and the four-point sparkle."""

from __future__ import annotations

import itertools
import math
import random

from t2m.generate import styles


def ridge(rng: random.Random, n: int, jagged: bool) -> list[float]:
    """``n + 1`` heights in 0..1: a jagged mountain line or smooth rolling hills."""
    if jagged:
        pts = [rng.random() * 0.4, rng.random() * 0.4]
        rough = 0.55
        while len(pts) <= n:
            nxt = [pts[0]]
            for a, b in itertools.pairwise(pts):
                nxt += [(a + b) / 2 + (rng.random() - 0.5) * rough, b]
            pts, rough = nxt, rough * 0.55
        step = (len(pts) - 1) / n
        pts = [pts[round(i * step)] for i in range(n + 1)]
    else:
        waves = [(rng.uniform(0.6, 1.6) * k, rng.uniform(0, 6.283), 1 / k) for k in (1, 2, 3.5)]
        pts = [
            sum(a * math.sin(f * 6.283 * i / n + ph) for f, ph, a in waves) for i in range(n + 1)
        ]
    lo, hi = min(pts), max(pts)
    return [(v - lo) / ((hi - lo) or 1) for v in pts]


def layer(p, pal, base: float, amp: float, color, jagged: bool, outline: bool = True) -> list:
    """A filled band of hills/mountains whose top is a ridge; returns its top points."""
    n = 48 if jagged else 24
    heights = ridge(p.rng, n, jagged)
    top = [(p.w * i / n, p.h * (base - amp * v)) for i, v in enumerate(heights)]
    p.poly([(-10, p.h + 10), *top, (p.w + 10, p.h + 10)], color, outline)
    return top


def haze(p, pal, color, depth: float):
    """Atmospheric perspective: far things fade into the horizon colour."""
    return styles.mix(color, pal["sky2"], depth * (0.45 if p.spec.flat else 0.6))


def sparkle(p, x: float, y: float, r: float, color) -> None:
    """A four-pointed star of radius ``r`` (flat-style stars, anime sparkles)."""
    q = r * 0.22
    p.draw.polygon(
        [
            (x, y - r),
            (x + q, y - q),
            (x + r, y),
            (x + q, y + q),
            (x, y + r),
            (x - q, y + q),
            (x - r, y),
            (x - q, y - q),
        ],
        fill=color,
    )


def _pine(p, x: float, base: float, height: float, color) -> None:
    w = height * 0.42
    p.rect((x - w * 0.08, base - height * 0.2, x + w * 0.08, base), styles.shade(color, 0.7), True)
    for k in range(3):
        top, bottom = base - height * (1 - k * 0.22), base - height * (0.42 - k * 0.17)
        half = w * (0.55 + k * 0.22)
        p.poly(
            [(x, top), (x + half, bottom), (x - half, bottom)], styles.shade(color, 1 - k * 0.08)
        )


def _round_tree(p, x: float, base: float, height: float, color) -> None:
    r = height * 0.32
    p.rect((x - r * 0.16, base - height * 0.45, x + r * 0.16, base), (96, 66, 44), True, r * 0.1)
    for dx, dy, k in ((-0.45, 0.62, 0.8), (0.45, 0.62, 0.8), (0.0, 0.78, 1.0)):
        cx, cy, rr = x + dx * r, base - height * dy, r * k
        p.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), color)
    p.ellipse(
        (x - r * 0.5, base - height * 0.95, x - r * 0.05, base - height * 0.8),
        styles.shade(color, 1.25),
        outline=False,
    )


def tree(p, x: float, base: float, height: float, color) -> None:
    """A pine, or a round tree in the rounded style (and now and then elsewhere)."""
    p.contact_shadow(x, base, height * 0.35)
    if p.spec.rounded or p.rng.random() < 0.25:
        _round_tree(p, x, base, height, color)
    else:
        _pine(p, x, base, height, color)


def water(p, pal, top: float, bottom: float, x0: float = 0, x1: float | None = None) -> None:
    """Water from ``top`` to ``bottom`` (and ``x0`` to ``x1``): wave crests, and the
    path of the sun's or moon's light when it falls inside."""
    x1 = p.w if x1 is None else x1
    rng, u = p.rng, p.unit
    grad = styles.vertical_gradient(
        (round(x1 - x0), max(1, round(bottom - top))),
        [
            styles.mix(pal["water"], pal["sky2"], 0.45),
            pal["water"],
            styles.shade(pal["water"], 0.6),
        ],
    )
    p.img.paste(grad, (round(x0), round(top)))
    crest = styles.mix(pal["water"], pal["sky2"], 0.7)
    for _ in range(90):
        t = rng.random() ** 1.6
        y = top + (bottom - top) * t
        length = (20 + 160 * t) * u * rng.uniform(0.5, 1.5)
        x = rng.uniform(x0, x1)
        p.line([(x, y), (x + length, y)], crest, (1.5 + 4 * t) * u)
    lx = getattr(p, "light_x", p.w / 2)
    if x0 <= lx <= x1:  # the sun's or moon's path on the water
        light = styles.mix(pal["sun"], pal["light"], 0.5)
        for _ in range(40):
            t = rng.random()
            y = top + (bottom - top) * t
            half = (8 + 70 * t) * u * rng.uniform(0.4, 1.2)
            p.line([(lx - half, y), (lx + half, y)], light, (2 + 3 * t) * u)
        p.light_poly(
            [
                (lx - 20 * u, top),
                (lx + 20 * u, top),
                (lx + 140 * u, bottom),
                (lx - 140 * u, bottom),
            ],
            styles.shade(pal["light"], 0.3),
        )
