"""French material for the offline writer: the cast, the twelve topics and the painter's words."""

from t2m.generate.story_data.french.heart import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.french.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.french.night import BEDTIME, URBAN_LEGENDS
from t2m.generate.story_data.french.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.french.tales import MYSTERY, SCARY
from t2m.generate.story_data.french.words import COMMON_WORDS, LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

# Every name and town starts with a consonant, so "de {name}", "que {name}" never need elision.
CAST = Cast(
    names=(
        ("Léa", "f"), ("Chloé", "f"), ("Manon", "f"), ("Juliette", "f"), ("Margaux", "f"),
        ("Clémence", "f"), ("Louise", "f"), ("Pauline", "f"), ("Zoé", "f"), ("Sarah", "f"),
        ("Lucas", "m"), ("Théo", "m"), ("Julien", "m"), ("Mathis", "m"), ("Louis", "m"),
        ("Baptiste", "m"), ("Nicolas", "m"), ("Raphaël", "m"), ("Gabriel", "m"), ("Thomas", "m"),
    ),
    towns=(
        "Vauclair", "Saint-Aubin-des-Prés", "Bellefontaine", "Roche-Morte", "Pontcharrat",
        "Montbrison-le-Vieux", "Lavergne", "Sainte-Colombe",
    ),
    # {il} est allé{e}, {un} ami{e}, {le} voir, {lui}-même, curi{eux}, lég{er}
    agreement={
        "f": {"il": "elle", "e": "e", "lui": "elle", "le": "la", "un": "une", "eux": "euse",
              "er": "ère"},
        "m": {"il": "il", "e": "", "lui": "lui", "le": "le", "un": "un", "eux": "eux",
              "er": "er"},
    },
)  # fmt: skip

MATERIAL: dict[str, Material] = {
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
    name="french",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=True,
)
