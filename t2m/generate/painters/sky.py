"""The sky: its gradient, then what hangs in it (stars, sun or moon, a planet,
a clock face, clouds, birds, hearts)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFilter

from t2m.generate import styles
from t2m.generate.painters.shapes import sparkle

if TYPE_CHECKING:
    from t2m.generate.motifs import Plan


def sky(p, pal, plan: Plan, horizon: float) -> None:
    """The sky gradient, and what hangs in it (stars, sun or moon, clouds, birds...)."""
    stops = [pal["sky0"], pal["sky1"], pal["sky2"], pal["sky2"]]
    p.img.paste(styles.vertical_gradient((p.w, p.h), stops))
    rng, u = p.rng, p.unit
    if plan.setting == "library":
        return  # indoors: only the window shows the sky
    if plan.has("stars"):
        for _ in range(160 if plan.setting == "space" else 110):
            x, y = rng.random() * p.w, rng.random() * p.h * horizon * 0.9
            r = u * rng.choice((1.2, 1.6, 2.2, 3.2))
            tone = styles.mix(pal["sky1"], (255, 255, 240), rng.uniform(0.5, 1.0))
            if p.spec.flat and r > 3 * u:
                sparkle(p, x, y, r * 3.5, tone)
            else:
                p.draw.ellipse((x - r, y - r, x + r, y + r), fill=tone)
    lx = p.w * p.rng.uniform(0.62, 0.8) if rng.random() < 0.5 else p.w * rng.uniform(0.2, 0.38)
    if plan.has("sun") and plan.time != "night":
        y = p.h * (horizon - 0.1 if plan.time == "dusk" else horizon * 0.3)
        r = p.S * (0.09 if plan.time == "dusk" else 0.06)
        p.glow(lx, y, r * 2.6, styles.shade(pal["light"], 0.4))
        p.glow(lx, y, r * 1.4, styles.shade(pal["light"], 0.8))
        p.ellipse((lx - r, y - r, lx + r, y + r), pal["sun"])
    elif plan.has("moon"):
        _moon(p, pal, lx, p.h * horizon * 0.32, p.S * 0.07)
    p.light_x = lx  # reflections on water line up with the sun or moon
    if plan.has("planet"):
        _planet(p, pal, p.w - lx, p.h * horizon * 0.45, p.S * 0.16)
    if plan.has("clock"):
        _clock(p, pal, p.w - lx, p.h * horizon * 0.38, p.S * 0.11)
    if plan.has("clouds"):
        for _ in range(rng.randint(3, 5) + (4 if plan.time == "storm" else 0)):
            _cloud(p, pal, rng.random() * p.w, p.h * horizon * rng.uniform(0.1, 0.65), plan)
    if plan.has("birds"):
        for _ in range(rng.randint(4, 7)):
            x, y, s = (
                rng.uniform(0.2, 0.8) * p.w,
                rng.uniform(0.15, 0.45) * p.h,
                rng.uniform(9, 18) * u,
            )
            p.line([(x - s, y - s * 0.5), (x, y), (x + s, y - s * 0.5)], pal["sil"], 3 * u)
    if plan.has("heart"):
        for _ in range(rng.randint(3, 6)):
            x, y = rng.uniform(0.1, 0.9) * p.w, rng.uniform(0.1, 0.5) * p.h
            _heart(
                p, x, y, rng.uniform(20, 55) * u, styles.mix(pal["accent"], (255, 120, 160), 0.5)
            )


def _moon(p, pal, x: float, y: float, r: float) -> None:
    p.glow(x, y, r * 2.2, styles.shade(styles.mix(pal["sky2"], (210, 210, 220), 0.35), 0.55))
    box = (round(x - r), round(y - r), round(x + r), round(y + r))
    mask = Image.new("L", (box[2] - box[0] + 1, box[3] - box[1] + 1))
    md = ImageDraw.Draw(mask)
    md.ellipse((0, 0, mask.width - 1, mask.height - 1), fill=255)
    # A crescent most nights; now and then a full moon.
    if p.rng.random() < 0.65:
        off = r * 0.55
        md.ellipse((off, -off * 0.5, mask.width - 1 + off, mask.height - 1 - off * 0.5), fill=0)
    p.img.paste(pal["sun"], box[:2], mask)
    if p.lw:
        outline = mask.filter(ImageFilter.FIND_EDGES).point([0] + [255] * 255)
        p.img.paste(p.spec.ink, box[:2], outline.filter(ImageFilter.MaxFilter(3)))


def _planet(p, pal, x: float, y: float, r: float) -> None:
    base = styles.mix(pal["accent"], (230, 170, 110), 0.5)
    size = (round(2 * r), round(2 * r))
    body = Image.new("RGB", size, base)
    bd = ImageDraw.Draw(body)
    for k in (0.25, 0.5, 0.72):  # banded like a gas giant
        bd.rectangle((0, size[1] * k, size[0], size[1] * (k + 0.09)), fill=styles.shade(base, 0.82))
    mask = Image.new("L", size)
    ImageDraw.Draw(mask).ellipse((0, 0, size[0] - 1, size[1] - 1), fill=255)
    p.img.paste(body, (round(x - r), round(y - r)), mask)
    ring = styles.mix(base, (255, 255, 255), 0.45)
    p.draw.arc(
        (x - r * 1.8, y - r * 0.32, x + r * 1.8, y + r * 0.32),
        -10,
        190,
        fill=ring,
        width=max(2, round(r * 0.08)),
    )
    p.glow(x, y, r * 1.6, styles.shade(base, 0.3))


def _clock(p, pal, x: float, y: float, r: float) -> None:
    face = styles.mix(pal["sun"], (250, 240, 215), 0.6)
    p.ellipse(
        (x - r * 1.08, y - r * 1.08, x + r * 1.08, y + r * 1.08), styles.shade(pal["sil"], 1.4)
    )
    p.ellipse((x - r, y - r, x + r, y + r), face)
    ink = styles.shade(pal["sil"], 0.8)
    for i in range(12):
        a = i * math.pi / 6
        p.line(
            [
                (x + math.cos(a) * r * 0.78, y + math.sin(a) * r * 0.78),
                (x + math.cos(a) * r * 0.92, y + math.sin(a) * r * 0.92),
            ],
            ink,
            r * 0.05,
        )
    for length, turn in ((0.5, p.rng.random()), (0.78, p.rng.random())):
        a = turn * 2 * math.pi - math.pi / 2
        p.line(
            [(x, y), (x + math.cos(a) * r * length, y + math.sin(a) * r * length)], ink, r * 0.07
        )


def _cloud(p, pal, x: float, y: float, plan: Plan) -> None:
    rng, u = p.rng, p.unit
    s = rng.uniform(60, 130) * u * (1.4 if plan.time == "storm" else 1.0)
    puffs = [
        (
            x + dx * s,
            y - rng.uniform(0.3, 0.9) * s * (1 - abs(dx) / 2.2),
            rng.uniform(0.55, 0.95) * s,
        )
        for dx in (-1.3, -0.6, 0.0, 0.7, 1.3)
    ]
    color = pal["cloud"]
    if not (p.spec.flat or p.spec.rounded):
        # Photographic styles: soft clouds only, as light (no hard edges).
        dim = 0.35 if plan.time == "night" else 0.8
        for cx, cy, r in puffs:
            p.glow(cx, cy, r * 1.2, styles.shade(color, dim))
        return
    rad = 0.17 * s
    if p.lw:  # an inked silhouette first, then the fills cover the inner lines
        w = p.lw
        for cx, cy, r in puffs:
            p.draw.ellipse((cx - r - w, cy - r - w, cx + r + w, cy + r + w), fill=p.spec.ink)
        p.draw.rounded_rectangle(
            (x - 1.3 * s - w, y - w, x + 1.3 * s + w, y + 0.35 * s + w), rad, fill=p.spec.ink
        )
    for cx, cy, r in puffs:
        p.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=color)
    p.draw.rounded_rectangle((x - 1.3 * s, y, x + 1.3 * s, y + 0.35 * s), rad, fill=color)


def _heart(p, x: float, y: float, s: float, color) -> None:
    p.ellipse((x - s, y - s * 0.6, x, y + s * 0.35), color, width=0.6)
    p.ellipse((x, y - s * 0.6, x + s, y + s * 0.35), color, width=0.6)
    p.poly([(x - s * 0.97, y), (x + s * 0.97, y), (x, y + s * 1.1)], color, width=0.6)
    p.draw.rectangle((x - s * 0.6, y - s * 0.1, x + s * 0.6, y + s * 0.3), fill=color)
