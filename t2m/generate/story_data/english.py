"""English: the offline writer's first material (the topic modules beside this
one) and the painter's own word tables, as a :class:`~.model.Language`."""

from dataclasses import replace

from t2m.generate.scene_words import LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data import MATERIAL, NAMES, PRONOUNS, TOWNS
from t2m.generate.story_data.model import Cast, Language, Material

_SMALL = {"a", "an", "the", "of", "in", "on", "and", "at", "to", "for", "with", "or"}


def title_case(text: str) -> str:
    """Headline capitals, small words lower-case except the first."""
    words = text.split()
    return " ".join(
        w.lower() if i and w.lower() in _SMALL else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def article(noun: str) -> str:
    """``a`` or ``an`` before ``noun`` (by its first letter; good enough for the material)."""
    return "an" if noun[:1].lower() in "aeiou" else "a"


def _slots(material: Material) -> Material:
    """The English material's (place, spot) pairs and nouns as slot dicts, with
    headline forms for titles (``{Spot}``, ``{Thing}``)."""
    places = tuple(
        {"place": place, "spot": spot, "Spot": title_case(spot)} for place, spot in material.places
    )
    things = tuple(
        {"thing": t, "a_thing": f"{article(t)} {t}", "Thing": title_case(t)}
        for t in material.things
    )
    return replace(material, places=places, things=things)


COMMON_WORDS = (
    "the", "and", "of", "to", "a", "in", "is", "it", "you", "that", "he", "was", "for", "on",
    "are", "with", "as", "his", "they", "at", "be", "this", "have", "from", "or", "had", "by",
    "not", "but", "what", "all", "were", "when", "we", "there", "can", "an", "your", "which",
    "their", "said", "she", "her", "would", "into", "them", "then", "these", "could", "been",
)  # fmt: skip

LANGUAGE = Language(
    name="english",
    cast=Cast(names=NAMES, towns=TOWNS, agreement=PRONOUNS),
    material={topic: _slots(material) for topic, material in MATERIAL.items()},
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
)
