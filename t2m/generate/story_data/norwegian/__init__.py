"""Norwegian: the offline writer's material in Norwegian Bokmål (norsk)."""

from t2m.generate.story_data.model import Cast, Language
from t2m.generate.story_data.norwegian.gentle import BEDTIME, LOVE, PHILOSOPHY
from t2m.generate.story_data.norwegian.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.norwegian.stories import CUSTOM, JOKES, MOTIVATIONAL
from t2m.generate.story_data.norwegian.tales import MYSTERY, SCARY, URBAN_LEGENDS
from t2m.generate.story_data.norwegian.words import LEXICON, MOODS, WHOLE_STEMS

CAST = Cast(
    names=(
        ("Ingrid", "f"), ("Kari", "f"), ("Sigrid", "f"), ("Nora", "f"), ("Ingeborg", "f"),
        ("Solveig", "f"), ("Maren", "f"), ("Tuva", "f"), ("Ola", "m"), ("Knut", "m"),
        ("Lars", "m"), ("Magnus", "m"), ("Sindre", "m"), ("Håkon", "m"), ("Eirik", "m"),
        ("Jonas", "m"),
    ),
    towns=("Fjellvik", "Bjørkelia", "Granstad", "Nordvika", "Steinsund", "Lyngnes", "Havrevik"),
    agreement={
        "f": {"han": "hun", "ham": "henne", "hans": "hennes"},
        "m": {"han": "han", "ham": "ham", "hans": "hans"},
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
    name="norwegian",
    cast=CAST,
    material=MATERIAL,
    common_words=(
        # words Danish writes the same way, so that only the differences tell them apart
        "i",
        "at",
        "den",
        "men",
        "om",
        "så",
        "hans",
        "hvor",
        "og",
        "ikke",
        "jeg",
        "det",
        "er",
        "var",
        "på",
        "med",
        "for",
        "til",
        "av",
        "som",
        "en",
        "et",
        "ei",
        "hun",
        "han",
        "ham",
        "har",
        "hadde",
        "seg",
        "fra",
        "eller",
        "når",
        "vi",
        "du",
        "kan",
        "skulle",
        "hennes",
        "også",
        "bare",
        "der",
        "etter",
        "mye",
        "hva",
        "hvordan",
        "meg",
        "deg",
        "dere",
        "noe",
        "noen",
        "ble",
        "fikk",
        "sa",
        "gjennom",
        "ingen",
        "kunne",
        "mellom",
    ),
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=True,
)
