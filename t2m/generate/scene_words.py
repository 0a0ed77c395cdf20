"""The scene vocabulary :mod:`t2m.generate.motifs` reads text with: the times
and settings a scene can have, keyword stems and the tags they give, mood words
and each mood's fallback time and setting, and the rules for whole-word stems."""

TIMES = ("night", "dusk", "storm", "day")
SETTINGS = ("sea", "city", "forest", "mountain", "desert", "space", "library", "meadow")

# word stem -> tags.  A word matches a stem when it starts with it, so "stars",
# "starry" and "starlight" all match "star"; stems are chosen to avoid accidents
# ("sea" is matched whole, not as the start of "search").
LEXICON: dict[str, tuple[str, ...]] = {
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
    "ship": ("sea", "boat"), "boat": ("sea", "boat"), "lighthouse": ("sea", "lighthouse"),
    "beacon": ("sea", "lighthouse"), "lake": ("lake",), "city": ("city",),
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
MOODS: dict[str, tuple[str, ...]] = {
    "calm": ("calm", "peace", "quiet", "gentle", "rest", "relax", "soft", "still"),
    "joy": ("happy", "joy", "smile", "laugh", "hope", "celebrat", "fun", "friend", "play"),
    "sad": ("sad", "lonely", "alone", "loss", "lost", "cry", "tear", "grief", "miss"),
    "fear": ("fear", "scar", "horror", "creep", "mystery", "secret", "strange", "whisper"),
    "epic": ("adventure", "quest", "brave", "battle", "legend", "dragon", "climb", "explore"),
    "tech": ("tech", "future", "robot", "data", "digital", "computer", "science", "ai"),
}

# mood -> (time, setting) used when the text names neither
FALLBACK: dict[str, tuple[str, str]] = {
    "calm": ("dusk", "sea"), "joy": ("day", "meadow"), "sad": ("storm", "meadow"),
    "fear": ("night", "forest"), "epic": ("dusk", "mountain"), "tech": ("night", "city"),
}  # fmt: skip

# Stems matched only as whole words (they start too many unrelated words).
WHOLE_STEMS = frozenset({
    "sea", "sun", "day", "ice", "car", "man", "run", "fly", "ai", "read", "ship", "wood", "hour",
    "time", "star", "fast", "wet", "dark", "tower", "sail", "rain", "fun",
})  # fmt: skip
# Endings a whole-word stem may still take ("stars", "sunny", "sunlit", "seaside").
WHOLE_ENDINGS = (
    "s", "es", "y", "ny", "ing", "ed", "ly", "er", "ers", "ry", "ness", "light", "lit", "shine",
    "side",
)  # fmt: skip
# Words that start with a stem but never mean it ("many" is not a man).
NOT_STEMS = frozenset({"many", "mane", "manly"})
