"""From a scene's words to what is drawn: a small offline lexicon turns text
into a :class:`Plan` (time of day, setting, weather, props), with a fallback
picked from the mood of the words when nothing in the lexicon matches."""

from __future__ import annotations

import itertools
import math
import random
import re
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from t2m.generate import styles

# Only the start of a huge text is read: a scene is a few sentences, and a
# 100 KB paste must not cost more than a short one.
MAX_SCAN = 20_000

TIMES = ("night", "dusk", "storm", "day")
SETTINGS = ("sea", "city", "forest", "mountain", "desert", "space", "library", "meadow")

# word stem -> tags.  A word matches a stem when it starts with it, so "stars",
# "starry" and "starlight" all match "star"; stems are chosen to avoid accidents
# ("sea" is matched whole, not as the start of "search").
_LEXICON: dict[str, tuple[str, ...]] = {
    # time of day
    "night": ("night", "stars"), "midnight": ("night", "moon"), "moon": ("night", "moon"),
    "star": ("night", "stars"), "dark": ("night",), "evening": ("dusk",), "dusk": ("dusk",),
    "sunset": ("dusk", "sun"), "sunrise": ("dusk", "sun"), "dawn": ("dusk", "sun"),
    "twilight": ("dusk",), "sun": ("day", "sun"), "day": ("day",), "morning": ("day", "sun"),
    "noon": ("day", "sun"), "bright": ("day",), "summer": ("day", "sun"), "noir": ("night",),
    # weather
    "rain": ("storm", "rain"), "storm": ("storm", "rain"), "thunder": ("storm", "lightning"),
    "lightning": ("storm", "lightning"), "drizzle": ("rain",), "wet": ("rain",),
    "snow": ("snow",), "winter": ("snow",), "frost": ("snow",), "ice": ("snow",),
    "blizzard": ("storm", "snow"), "fog": ("fog",), "mist": ("fog",), "haze": ("fog",),
    "cloud": ("clouds",), "wind": ("clouds", "speed"),
    # settings
    "sea": ("sea",), "ocean": ("sea",), "wave": ("sea",), "beach": ("sea",), "shore": ("sea",),
    "coast": ("sea",), "island": ("sea",), "harbo": ("sea", "boat"), "sail": ("sea", "boat"),
    "ship": ("sea", "boat"), "boat": ("sea", "boat"), "lake": ("lake",), "city": ("city",),
    "street": ("city",), "building": ("city",), "town": ("city",), "skyscraper": ("city",),
    "downtown": ("city",), "urban": ("city",), "tower": ("city",), "office": ("city",),
    "forest": ("forest",), "tree": ("forest",), "wood": ("forest",), "jungle": ("forest",),
    "mountain": ("mountain",), "peak": ("mountain",), "cliff": ("mountain",),
    "valley": ("mountain",), "hill": ("meadow",), "field": ("meadow",), "meadow": ("meadow",),
    "farm": ("meadow", "house"), "garden": ("meadow", "flowers"), "flower": ("meadow", "flowers"),
    "grass": ("meadow",), "desert": ("desert",), "sand": ("desert",), "dune": ("desert",),
    "space": ("space",), "planet": ("space", "planet"), "galaxy": ("space",),
    "rocket": ("space", "rocket"), "astronaut": ("space", "rocket"), "library": ("library",),
    # props
    "house": ("house",), "home": ("house",), "door": ("house",), "window": ("house",),
    "cottage": ("house",), "cabin": ("house",), "castle": ("castle",), "king": ("castle",),
    "queen": ("castle",), "princess": ("castle",), "kingdom": ("castle",),
    "fire": ("fire",), "flame": ("fire",), "campfire": ("fire",), "candle": ("candle",),
    "road": ("road",), "car": ("road", "car"), "drive": ("road", "car"),
    "highway": ("road", "car"), "journey": ("road",), "bridge": ("bridge", "river"),
    "river": ("river",), "stream": ("river",), "ghost": ("ghost", "night"),
    "haunt": ("ghost", "night"), "spirit": ("ghost",), "shadow": ("figure", "dark"),
    "heart": ("heart",), "love": ("heart",), "kiss": ("heart",), "romance": ("heart",),
    "book": ("book",), "read": ("book",), "novel": ("book",), "clock": ("clock",),
    "time": ("clock",), "hour": ("clock",), "bird": ("birds",), "fly": ("birds",),
    "person": ("figure",), "man": ("figure",), "woman": ("figure",), "girl": ("figure",),
    "boy": ("figure",), "child": ("figure",), "traveler": ("figure", "road"),
    "hero": ("figure",), "stranger": ("figure",), "run": ("speed", "figure"),
    "fast": ("speed",), "race": ("speed", "road", "car"),
}  # fmt: skip

# Mood words steer the fallback when no setting is named.
_MOODS: dict[str, tuple[str, ...]] = {
    "calm": ("calm", "peace", "quiet", "gentle", "rest", "relax", "soft", "still"),
    "joy": ("happy", "joy", "smile", "laugh", "hope", "celebrat", "fun", "friend", "play"),
    "sad": ("sad", "lonely", "alone", "loss", "lost", "cry", "tear", "grief", "miss"),
    "fear": ("fear", "scar", "horror", "creep", "mystery", "secret", "strange", "whisper"),
    "epic": ("adventure", "quest", "brave", "battle", "legend", "dragon", "climb", "explore"),
    "tech": ("tech", "future", "robot", "data", "digital", "computer", "science", "ai"),
}
# mood -> (time, setting) used when the text names neither
_FALLBACK: dict[str, tuple[str, str]] = {
    "calm": ("dusk", "sea"), "joy": ("day", "meadow"), "sad": ("storm", "meadow"),
    "fear": ("night", "forest"), "epic": ("dusk", "mountain"), "tech": ("night", "city"),
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")
# Stems matched only as whole words (they start too many unrelated words).
_WHOLE = frozenset({"sea", "sun", "day", "ice", "car", "man", "run", "fly", "ai", "read", "ship",
                    "wood", "hour", "time", "star", "fast", "wet", "dark", "tower", "sail",
                    "rain", "fun"})  # fmt: skip
_PLURAL = (
    "s",
    "es",
    "y",
    "ny",
    "ing",
    "ed",
    "ly",
    "er",
    "ers",
    "ry",
    "ness",
    "light",
    "lit",
    "shine",
    "side",
)
_NOT = frozenset({"many", "mane", "manly"})


@dataclass(frozen=True)
class Plan:
    """What a scene shows. Tuples are in lexicon order, so plans are stable."""

    time: str
    setting: str
    tags: tuple[str, ...]
    mood: str

    def has(self, tag: str) -> bool:
        """Whether the scene asks for ``tag`` (a weather, a prop, ...)."""
        return tag in self.tags


def words(text: str) -> list[str]:
    """Lower-case words of the first :data:`MAX_SCAN` characters."""
    return _WORD.findall(text[:MAX_SCAN].lower())


def _matches(word: str, stem: str) -> bool:
    if word in _NOT:
        return False
    if stem in _WHOLE:
        return word == stem or (word.startswith(stem) and word[len(stem) :] in _PLURAL)
    return word.startswith(stem)


def plan_scene(text: str, rng: random.Random) -> Plan:
    """Read the text's keywords into a :class:`Plan`; ``rng`` fills the gaps."""
    found: dict[str, int] = {}
    ws = words(text)
    for stem, tags in _LEXICON.items():
        n = sum(1 for w in ws if _matches(w, stem))
        if n:
            for tag in tags:
                found[tag] = found.get(tag, 0) + n
    moods = {m: sum(1 for w in ws for s in stems if _matches(w, s)) for m, stems in _MOODS.items()}
    best = max(moods.values(), default=0)
    mood = next((m for m in _MOODS if moods[m] == best), "calm") if best else ""

    settings = [s for s in SETTINGS if found.get(s)]
    times = [t for t in TIMES if found.get(t)]
    fallback = _FALLBACK.get(mood)
    if settings:
        setting = max(settings, key=lambda s: found[s])  # ties: the earlier in SETTINGS
    elif fallback:
        setting = fallback[1]
    else:
        setting = rng.choice(("meadow", "mountain", "sea", "forest"))
    if times:
        # "night" and "storm" outrank a stray "day" ("a stormy day" is stormy).
        time = times[0] if found[times[0]] >= found.get("day", 0) else "day"
    elif fallback:
        time = fallback[0]
    elif setting == "space":
        time = "night"
    else:
        time = rng.choice(("day", "day", "dusk", "night"))
    if setting == "space":
        time = "night"

    tags = list(dict.fromkeys(tag for tags in _LEXICON.values() for tag in tags))
    chosen = [t for t in tags if found.get(t) and t not in SETTINGS and t not in TIMES]
    if time == "night" and "moon" not in chosen and rng.random() < 0.6:
        chosen.append("moon")
    if time == "night":
        chosen.append("stars")
    if time in ("day", "dusk") and "sun" not in chosen and rng.random() < 0.7:
        chosen.append("sun")
    if time != "night" and rng.random() < 0.8:
        chosen.append("clouds")
    if time == "storm":
        chosen.append("clouds")
        if "snow" not in chosen:
            chosen.append("rain")
    if setting == "meadow" and rng.random() < 0.5:
        chosen.append("flowers")
    if mood == "fear":
        chosen.append("fog")
    return Plan(time, setting, tuple(dict.fromkeys(chosen)), mood or "calm")


# ---- drawing --------------------------------------------------------------------------
# Every function takes the Painter ``p`` and the palette ``pal``; positions are
# fractions of the frame so a plan looks alike in 16:9, 9:16 and 1:1.


def _ridge(rng: random.Random, n: int, jagged: bool) -> list[float]:
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


def _layer(p, pal, base: float, amp: float, color, jagged: bool, outline: bool = True) -> list:
    """A filled band of hills/mountains whose top is a ridge; returns its top points."""
    n = 48 if jagged else 24
    heights = _ridge(p.rng, n, jagged)
    top = [(p.w * i / n, p.h * (base - amp * v)) for i, v in enumerate(heights)]
    p.poly([(-10, p.h + 10), *top, (p.w + 10, p.h + 10)], color, outline)
    return top


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
                _sparkle(p, x, y, r * 3.5, tone)
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


def _sparkle(p, x: float, y: float, r: float, color) -> None:
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


def _haze(p, pal, color, depth: float):
    """Atmospheric perspective: far things fade into the horizon colour."""
    return styles.mix(color, pal["sky2"], depth * (0.45 if p.spec.flat else 0.6))


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


def _water(p, pal, top: float, bottom: float, x0: float = 0, x1: float | None = None) -> None:
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
            color = _haze(p, pal, styles.shade(color, 0.85), depth)
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
    _layer(p, pal, horizon + 0.02, 0.1, _haze(p, pal, pal["mid"], 0.8), False)
    _layer(p, pal, horizon + 0.1, 0.1, _haze(p, pal, pal["mid"], 0.35), False)
    top = _layer(p, pal, horizon + 0.24, 0.1, pal["ground"], False)
    for i in range(rng.randint(1, 3)):
        x = p.w * (0.12 + 0.76 * rng.random()) if i else p.w * rng.choice((0.15, 0.82))
        tree(
            p,
            x,
            p.h * (horizon + 0.12),
            p.S * rng.uniform(0.12, 0.2),
            _haze(p, pal, pal["mid"], 0.2),
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
    _layer(p, pal, horizon + 0.04, 0.12, _haze(p, pal, pal["mid"], 0.85), False, False)
    for depth, count, size in ((0.65, 34, 0.13), (0.35, 20, 0.22)):
        color = _haze(p, pal, pal["mid"], depth)
        base = p.h * (horizon + 0.1 - depth * 0.06)
        for i in range(count):
            x = p.w * (i + rng.random()) / count
            tree(p, x, base + rng.random() * 0.03 * p.h, p.S * size * rng.uniform(0.7, 1.2), color)
    _layer(p, pal, horizon + 0.2, 0.05, pal["ground"], False)
    for x in (rng.uniform(-0.05, 0.12), rng.uniform(0.86, 1.02)):  # framing trees
        tree(p, p.w * x, p.h * rng.uniform(0.97, 1.02), p.S * rng.uniform(0.55, 0.75), pal["near"])


def _mountains(p, pal, horizon: float, plan: Plan) -> None:
    far = _layer(p, pal, horizon + 0.02, 0.36, _haze(p, pal, pal["far"], 0.3), True)
    dim = 0.5 if plan.time in ("night", "storm") else 0.15
    snow = styles.mix((245, 248, 255), pal["far"], dim)
    cap = p.h * (horizon - 0.14)
    bottoms = [y + (cap - y) * 0.4 + p.rng.random() * p.h * 0.02 for _, y in far]
    for i, ((x0, y0), (x1, y1)) in enumerate(itertools.pairwise(far)):
        if y0 < cap and y1 < cap:  # caps on the highest peaks, thicker where higher
            p.draw.polygon([(x0, y0), (x1, y1), (x1, bottoms[i + 1]), (x0, bottoms[i])], fill=snow)
    _layer(p, pal, horizon + 0.1, 0.22, _haze(p, pal, pal["far"], 0.1), True)
    _layer(p, pal, horizon + 0.24, 0.1, pal["ground"], False)
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
            _haze(p, pal, pal["mid"], 0.7),
            outline=False,
        )
    _water(p, pal, p.h * horizon, p.h)
    if plan.has("boat"):
        _boat(p, pal, p.w * rng.uniform(0.25, 0.7), p.h * (horizon + 0.12), p.S * 0.14)


def _boat(p, pal, x: float, y: float, s: float) -> None:
    hull = styles.shade(pal["sil"], 1.3)
    p.shape(x, y, s, ((-0.7, -0.12), (0.75, -0.12), (0.5, 0.08), (-0.5, 0.08)), hull)
    p.line([(x, y - s * 0.12), (x, y - s * 1.1)], hull, s * 0.03)
    sail = styles.mix((245, 240, 228), pal["sky2"], 0.3)
    p.shape(x, y, s, ((0.03, -1.05), (0.55, -0.2), (0.03, -0.2)), sail)
    p.shape(x, y, s, ((-0.03, -0.9), (-0.45, -0.2), (-0.03, -0.2)), styles.shade(sail, 0.9))


def _desert(p, pal, horizon: float, plan: Plan) -> None:
    sand = styles.mix((226, 182, 118), pal["sky1"], 0.25 if plan.time == "day" else 0.55)
    _layer(p, pal, horizon + 0.03, 0.08, _haze(p, pal, sand, 0.6), False)
    _layer(p, pal, horizon + 0.14, 0.12, styles.shade(sand, 0.9), False)
    _layer(p, pal, horizon + 0.3, 0.12, sand, False)
    for _ in range(p.rng.randint(1, 3)):
        x, s = p.w * p.rng.uniform(0.08, 0.92), p.S * p.rng.uniform(0.08, 0.16)
        base = p.h * (horizon + 0.2)
        green = styles.mix((70, 120, 70), pal["sil"], 0.3)
        p.rect((x - s * 0.08, base - s, x + s * 0.08, base), green, True, s * 0.08)
        p.rect((x - s * 0.32, base - s * 0.7, x - s * 0.2, base - s * 0.35), green, True, s * 0.06)
        p.rect((x - s * 0.32, base - s * 0.42, x, base - s * 0.32), green, True)


def _space(p, pal, horizon: float, plan: Plan) -> None:
    ground = styles.mix((120, 118, 128), pal["sky1"], 0.3)
    top = _layer(p, pal, horizon + 0.08, 0.06, ground, False)
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
    stone = _haze(p, pal, styles.mix((150, 140, 150), pal["sil"], 0.4), 0.3)
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
        _water(p, pal, box[1], box[3], box[0], box[2])
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
            _sparkle(p, x, y, rng.uniform(8, 22) * u, (255, 255, 240))
            p.glow(x, y, 20 * u, (90, 90, 70))
