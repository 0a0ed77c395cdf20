"""Danish material for the offline writer: cast, topics and the painter's words."""

from t2m.generate.story_data.danish.bedtime import BEDTIME
from t2m.generate.story_data.danish.custom import CUSTOM
from t2m.generate.story_data.danish.fun_facts import FUN_FACTS
from t2m.generate.story_data.danish.interesting_history import HISTORY
from t2m.generate.story_data.danish.life_pro_tips import LIFE_PRO_TIPS
from t2m.generate.story_data.danish.long_form_jokes import JOKES
from t2m.generate.story_data.danish.love import LOVE
from t2m.generate.story_data.danish.motivational import MOTIVATIONAL
from t2m.generate.story_data.danish.mystery import MYSTERY
from t2m.generate.story_data.danish.philosophy import PHILOSOPHY
from t2m.generate.story_data.danish.scary import SCARY
from t2m.generate.story_data.danish.urban_legends import URBAN_LEGENDS
from t2m.generate.story_data.danish.words import LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

CAST = Cast(
    names=(
        ("Freja", "f"), ("Ida", "f"), ("Emma", "f"), ("Sofie", "f"), ("Clara", "f"),
        ("Anna", "f"), ("Laura", "f"), ("Maja", "f"), ("Karla", "f"), ("Alma", "f"),
        ("Signe", "f"), ("Mette", "f"), ("Magnus", "m"), ("Oliver", "m"), ("Emil", "m"),
        ("William", "m"), ("Noah", "m"), ("Frederik", "m"), ("Mads", "m"), ("Rasmus", "m"),
        ("Jonas", "m"), ("Søren", "m"), ("Anders", "m"), ("Kasper", "m"),
    ),
    towns=(
        "Bøgelund", "Ravnsholt", "Lindevig", "Mosebjerg", "Kragsted", "Ellebæk", "Tornhøj",
        "Sønderhede",
    ),
    # {han} gik, {ham}, {hans} cykel (owner not the subject; otherwise sin/sit/sine),
    # en gammel ven{inde}.
    agreement={
        "f": {"han": "hun", "ham": "hende", "hans": "hendes", "inde": "inde"},
        "m": {"han": "han", "ham": "ham", "hans": "hans", "inde": ""},
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

# Frequent words that tell Danish text apart from the other languages.
COMMON_WORDS = (
    "og", "i", "at", "det", "en", "et", "den", "til", "er", "som", "på", "med", "han", "hun",
    "af", "for", "ikke", "der", "var", "mig", "dig", "sig", "men", "om", "har", "havde", "jeg",
    "du", "vi", "efter", "ud", "så", "kan", "skulle", "hvad", "blev", "hans", "hendes", "ham",
    "hende", "nu", "også", "aldrig", "noget", "ingen", "meget", "hvor",
    # words Norwegian writes the same way, so that only the differences tell them apart
    "eller", "fra", "bare", "kunne",
)  # fmt: skip

LANGUAGE = Language(
    name="danish",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    whole_ending=0,
    spaced=True,
)
