"""Italian material for the offline writer: the cast, the twelve topics and the painter's words."""

from t2m.generate.story_data.italian.heart import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.italian.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.italian.night import BEDTIME, URBAN_LEGENDS
from t2m.generate.story_data.italian.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.italian.tales import MYSTERY, SCARY
from t2m.generate.story_data.italian.words import COMMON_WORDS, LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

# No name starts with A or E, so "a {name}" and "e {name}" never want a euphonic "d".
CAST = Cast(
    names=(
        ("Giulia", "f"), ("Chiara", "f"), ("Francesca", "f"), ("Sara", "f"), ("Martina", "f"),
        ("Valentina", "f"), ("Sofia", "f"), ("Beatrice", "f"), ("Giorgia", "f"), ("Marta", "f"),
        ("Laura", "f"), ("Silvia", "f"),
        ("Luca", "m"), ("Marco", "m"), ("Matteo", "m"), ("Davide", "m"), ("Lorenzo", "m"),
        ("Tommaso", "m"), ("Pietro", "m"), ("Simone", "m"), ("Giovanni", "m"), ("Federico", "m"),
        ("Riccardo", "m"), ("Nicola", "m"),
    ),
    towns=(
        "Castelvecchio", "Roccalba", "Montefosco", "Borgonuovo", "Valdicastro", "Pievelunga",
        "San Lorenzo al Lago", "Torre del Colle",
    ),
    # {lui} è andat{o}, {lo} vide, {gli} disse, {un} vicin{o}, {un_amico}
    agreement={
        "f": {"lui": "lei", "o": "a", "lo": "la", "gli": "le", "un": "una",
              "un_amico": "un'amica"},
        "m": {"lui": "lui", "o": "o", "lo": "lo", "gli": "gli", "un": "un",
              "un_amico": "un amico"},
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
    name="italian",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=True,
)
