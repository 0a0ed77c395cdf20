"""Weather drawn over the finished scene: lightning, fog, rain and snow, and the
anime style's speed lines and sparkles."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from t2m.generate import styles
from t2m.generate.painters.shapes import sparkle

if TYPE_CHECKING:
    from t2m.generate.motifs import Plan


def weather(p, pal, plan: Plan, horizon: float) -> None:
    """Rain, snow, fog, lightning, and the anime flourishes (speed lines, sparkles)."""
    rng, u = p.rng, p.unit
    if plan.has("lightning"):
        x, y = p.w * rng.uniform(0.2, 0.8), 0.0
        pts = [(x, y)]
        while y < p.h * horizon:
            x += rng.uniform(-40, 40) * u
            y += rng.uniform(30, 70) * u
            pts.append((x, y))
        p.line(pts, (255, 255, 235), 5 * u)
        p.light_poly(
            [(pt[0] - 30 * u, pt[1]) for pt in pts]
            + [(pt[0] + 30 * u, pt[1]) for pt in reversed(pts)],
            (110, 110, 150),
        )
    if plan.has("fog"):
        for i in range(4):
            y = p.h * (horizon - 0.05 + i * 0.08)
            p.light_poly(
                [(0, y), (p.w, y - 20 * u), (p.w, y + 50 * u), (0, y + 60 * u)],
                styles.shade(pal["sky2"], 0.55),
            )
    if plan.has("rain"):
        color = styles.mix(pal["sky2"], (255, 255, 255), 0.4)
        dx = rng.uniform(-0.25, 0.1)
        for _ in range(420):
            x, y, length = rng.random() * p.w, rng.random() * p.h, rng.uniform(25, 60) * u
            p.draw.line(
                [(x, y), (x + dx * length, y + length)], fill=color, width=max(1, round(2 * u))
            )
    if plan.has("snow"):
        for _ in range(320):
            x, y, r = rng.random() * p.w, rng.random() * p.h, rng.choice((1.5, 2.5, 4.0, 6.0)) * u
            p.draw.ellipse((x - r, y - r, x + r, y + r), fill=(248, 250, 255))
    if p.spec.name == "anime" and plan.has("speed"):
        for _ in range(70):
            a = rng.random() * 6.283
            r0, r1 = p.h * rng.uniform(0.45, 0.6), p.w
            cx, cy = p.w / 2, p.h / 2
            p.line(
                [
                    (cx + math.cos(a) * r0, cy + math.sin(a) * r0),
                    (cx + math.cos(a) * r1, cy + math.sin(a) * r1),
                ],
                (255, 255, 255),
                rng.uniform(1, 4) * u,
            )
    elif p.spec.name == "anime" and not plan.has("rain"):
        for _ in range(14):
            x, y = rng.random() * p.w, rng.random() * p.h * 0.85
            sparkle(p, x, y, rng.uniform(8, 22) * u, (255, 255, 240))
            p.glow(x, y, 20 * u, (90, 90, 70))
