"""Swedish: the offline writer's material in Swedish (svenska)."""

from t2m.generate.story_data.model import Cast, Language
from t2m.generate.story_data.swedish.gentle import BEDTIME, LOVE, PHILOSOPHY
from t2m.generate.story_data.swedish.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.swedish.stories import CUSTOM, JOKES, MOTIVATIONAL
from t2m.generate.story_data.swedish.tales import MYSTERY, SCARY, URBAN_LEGENDS
from t2m.generate.story_data.swedish.words import LEXICON, MOODS, WHOLE_STEMS

CAST = Cast(
    names=(
        ("Astrid", "f"), ("Elsa", "f"), ("Maja", "f"), ("Ingrid", "f"), ("Linnea", "f"),
        ("Saga", "f"), ("Ebba", "f"), ("Klara", "f"), ("Erik", "m"), ("Olle", "m"),
        ("Gustav", "m"), ("Nils", "m"), ("Anton", "m"), ("Johan", "m"), ("Viktor", "m"),
        ("Sven", "m"),
    ),
    towns=("Björkvik", "Granåsen", "Ekudden", "Tallbacka", "Lillsjöby", "Älvnäs", "Stenbacka"),
    agreement={
        "f": {"han": "hon", "honom": "henne", "hans": "hennes"},
        "m": {"han": "han", "honom": "honom", "hans": "hans"},
    },
)  # fmt: skip

MATERIAL = {
    "scary": SCARY,
    "mystery": MYSTERY,
    "bedtime": BEDTIME,
    "interesting_history": HISTORY,
    "urban_legends": URBAN_LEGENDS,
    "motivational": MOTIVATIONAL,
    "fun_facts": FUN_FACTS,
    "long_form_jokes": JOKES,
    "life_pro_tips": LIFE_PRO_TIPS,
    "philosophy": PHILOSOPHY,
    "love": LOVE,
    "custom": CUSTOM,
}

LANGUAGE = Language(
    name="swedish",
    cast=CAST,
    material=MATERIAL,
    common_words=(
        "och",
        "att",
        "det",
        "som",
        "en",
        "ett",
        "är",
        "var",
        "på",
        "med",
        "för",
        "inte",
        "jag",
        "han",
        "hon",
        "den",
        "de",
        "till",
        "av",
        "om",
        "så",
        "men",
        "har",
        "hade",
        "sig",
        "från",
        "eller",
        "när",
        "vi",
        "du",
        "kan",
        "skulle",
        "hennes",
        "hans",
        "honom",
        "också",
        "bara",
        "där",
        "efter",
        "över",
        "mycket",
        "sin",
        "hur",
        "vad",
        "någon",
        "något",
        "mig",
        "dig",
        "sedan",
        "inga",
    ),
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=True,
)
