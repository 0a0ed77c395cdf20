"""Spanish material for the offline writer: the cast, the twelve topics and the painter's words."""

from t2m.generate.story_data.model import Cast, Language, Material
from t2m.generate.story_data.spanish.heart import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.spanish.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.spanish.night import BEDTIME, URBAN_LEGENDS
from t2m.generate.story_data.spanish.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.spanish.tales import MYSTERY, SCARY
from t2m.generate.story_data.spanish.words import COMMON_WORDS, LEXICON, MOODS, WHOLE_STEMS

# No name starts with I, Hi or O, so "y {name}" and "o {name}" never become "e"/"u".
CAST = Cast(
    names=(
        ("Lucía", "f"), ("Carmen", "f"), ("Marta", "f"), ("Paula", "f"), ("Sara", "f"),
        ("Laura", "f"), ("Elena", "f"), ("Clara", "f"), ("María", "f"), ("Julia", "f"),
        ("Alba", "f"), ("Noelia", "f"),
        ("Pablo", "m"), ("Javier", "m"), ("Diego", "m"), ("Sergio", "m"), ("Daniel", "m"),
        ("Álvaro", "m"), ("Mario", "m"), ("Carlos", "m"), ("Manuel", "m"), ("Jorge", "m"),
        ("Raúl", "m"), ("Andrés", "m"),
    ),
    towns=(
        "Valdeluna", "Castrofrío", "Fuentesalada", "Villarejo del Páramo", "San Ginés de la Vega",
        "Navaluz", "Torrealta", "Santa Olalla del Monte",
    ),
    # {el} se fue, cansad{o}, {lo} vio, {un} vecin{o}
    agreement={
        "f": {"el": "ella", "o": "a", "lo": "la", "un": "una"},
        "m": {"el": "él", "o": "o", "lo": "lo", "un": "un"},
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
    name="spanish",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=True,
)
