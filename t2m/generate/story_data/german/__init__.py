"""German material for the offline writer: cast, topics and the painter's words."""

from t2m.generate.story_data.german.bedtime import BEDTIME
from t2m.generate.story_data.german.custom import CUSTOM
from t2m.generate.story_data.german.fun_facts import FUN_FACTS
from t2m.generate.story_data.german.interesting_history import HISTORY
from t2m.generate.story_data.german.life_pro_tips import LIFE_PRO_TIPS
from t2m.generate.story_data.german.long_form_jokes import JOKES
from t2m.generate.story_data.german.love import LOVE
from t2m.generate.story_data.german.motivational import MOTIVATIONAL
from t2m.generate.story_data.german.mystery import MYSTERY
from t2m.generate.story_data.german.philosophy import PHILOSOPHY
from t2m.generate.story_data.german.scary import SCARY
from t2m.generate.story_data.german.urban_legends import URBAN_LEGENDS
from t2m.generate.story_data.german.words import LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

# Names that do not end in s, x or z, so that "{name}s" is a clean genitive.
CAST = Cast(
    names=(
        ("Lena", "f"), ("Anna", "f"), ("Marie", "f"), ("Sophie", "f"), ("Hanna", "f"),
        ("Clara", "f"), ("Greta", "f"), ("Frieda", "f"), ("Paula", "f"), ("Ida", "f"),
        ("Emma", "f"), ("Johanna", "f"), ("Paul", "m"), ("Ben", "m"), ("Anton", "m"),
        ("Emil", "m"), ("Leon", "m"), ("Jakob", "m"), ("Konrad", "m"), ("Finn", "m"),
        ("Theo", "m"), ("Oskar", "m"), ("Karl", "m"), ("Henrik", "m"),
    ),
    towns=(
        "Lindenau", "Kleinbrück", "Eschenfeld", "Altmühlen", "Rosenheide", "Birkenhain",
        "Hohenfurt", "Marienbach",
    ),
    # {er} ging, {ihn}/{ihm}, {sein}e Tasche, {ein} alte{r} Freund{in_}, {der} (relative).
    agreement={
        "f": {
            "er": "sie", "ihn": "sie", "ihm": "ihr", "sein": "ihr", "der": "die", "den": "die",
            "dem": "der", "ein": "eine", "einen": "eine", "einem": "einer", "r": "", "in_": "in",
        },
        "m": {
            "er": "er", "ihn": "ihn", "ihm": "ihm", "sein": "sein", "der": "der", "den": "den",
            "dem": "dem", "ein": "ein", "einen": "einen", "einem": "einem", "r": "r", "in_": "",
        },
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

# Frequent words that tell German text apart from the other languages.
COMMON_WORDS = (
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "ich", "du", "er",
    "sie", "es", "wir", "ihr", "mit", "auf", "für", "von", "zu", "dem", "den", "des", "sich",
    "auch", "noch", "nach", "wie", "aber", "wenn", "war", "wurde", "haben", "hat", "sind",
    "bei", "aus", "im", "um", "oder", "dass", "schon", "nur", "kein", "über", "doch", "nichts",
)  # fmt: skip

LANGUAGE = Language(
    name="german",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=True,
)
