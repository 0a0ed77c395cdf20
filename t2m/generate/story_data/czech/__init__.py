"""Čeština offline scenáristy: postavy, materiál podle témat a slova malíře."""

from t2m.generate.story_data.czech.heart import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.czech.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.czech.night import BEDTIME, URBAN_LEGENDS
from t2m.generate.story_data.czech.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.czech.tales import MYSTERY, SCARY
from t2m.generate.story_data.czech.words import LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

# Jména stojí jen v 1. pádě (a nikdy v oslovení: 5. pád kód netvoří); vše, co se shoduje
# s rodem postavy, dodávají sloty: {on}, {ho}, {mu}, {jeho}, {něj}/{němu}/{ním}/{něm}
# (po předložce), koncovky příčestí řekl{a}, při{šel}, přídavných jmen unaven{ý},
# a dále {sám}, {jeden}, {mnich}/{mnichem}.
CAST = Cast(
    names=(
        ("Anna", "f"), ("Tereza", "f"), ("Eliška", "f"), ("Kateřina", "f"), ("Lucie", "f"),
        ("Jana", "f"), ("Petra", "f"), ("Veronika", "f"), ("Klára", "f"), ("Barbora", "f"),
        ("Markéta", "f"), ("Zuzana", "f"),
        ("Jan", "m"), ("Tomáš", "m"), ("Petr", "m"), ("Jakub", "m"), ("Martin", "m"),
        ("Lukáš", "m"), ("Ondřej", "m"), ("Vojtěch", "m"), ("Pavel", "m"), ("Jiří", "m"),
        ("Matěj", "m"), ("Filip", "m"),
    ),
    towns=(
        "Lhotka", "Horní Ves", "Zálesí", "Březina", "Podhradí", "Lipová", "Dolní Újezd",
        "Rybníček", "Kamenná Lhota", "Vranov",
    ),
    agreement={
        "f": {
            "on": "ona", "ho": "ji", "mu": "jí", "jeho": "její", "něj": "ni", "němu": "ní",
            "ním": "ní", "něm": "ní", "a": "a", "šel": "šla", "ý": "á", "sám": "sama",
            "jeden": "jedna", "mnich": "mniška", "mnichem": "mniškou",
        },
        "m": {
            "on": "on", "ho": "ho", "mu": "mu", "jeho": "jeho", "něj": "něj", "němu": "němu",
            "ním": "ním", "něm": "něm", "a": "", "šel": "šel", "ý": "ý", "sám": "sám",
            "jeden": "jeden", "mnich": "mnich", "mnichem": "mnichem",
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

LANGUAGE = Language(
    name="czech",
    cast=CAST,
    material=MATERIAL,
    common_words=(
        "a",
        "je",
        "se",
        "v",
        "na",
        "to",
        "že",
        "s",
        "z",
        "do",
        "o",
        "ale",
        "jak",
        "byl",
        "byla",
        "bylo",
        "jsem",
        "jsou",
        "by",
        "už",
        "jen",
        "ještě",
        "když",
        "aby",
        "který",
        "která",
        "které",
        "velmi",
        "všechno",
        "ne",
        "kde",
        "tam",
        "tady",
        "sebe",
        "svůj",
        "ten",
        "ta",
        "pak",
        "nic",
        "řekl",
        "ty",
        "já",
        "mě",
        "mi",
        "jsme",
        "také",
        "taky",
        "protože",
        "k",
        "od",
        "pro",
        "po",
        "při",
        "bez",
        "jeho",
        "její",
        "něco",
        "proč",
    ),
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    whole_ending=2,
    spaced=True,
)
