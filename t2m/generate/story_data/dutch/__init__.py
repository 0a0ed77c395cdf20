"""Dutch material for the offline writer: cast, topics and the painter's words."""

from t2m.generate.story_data.dutch.bedtime import BEDTIME
from t2m.generate.story_data.dutch.custom import CUSTOM
from t2m.generate.story_data.dutch.fun_facts import FUN_FACTS
from t2m.generate.story_data.dutch.interesting_history import HISTORY
from t2m.generate.story_data.dutch.life_pro_tips import LIFE_PRO_TIPS
from t2m.generate.story_data.dutch.long_form_jokes import JOKES
from t2m.generate.story_data.dutch.love import LOVE
from t2m.generate.story_data.dutch.motivational import MOTIVATIONAL
from t2m.generate.story_data.dutch.mystery import MYSTERY
from t2m.generate.story_data.dutch.philosophy import PHILOSOPHY
from t2m.generate.story_data.dutch.scary import SCARY
from t2m.generate.story_data.dutch.urban_legends import URBAN_LEGENDS
from t2m.generate.story_data.dutch.words import LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

CAST = Cast(
    names=(
        ("Sanne", "f"), ("Lotte", "f"), ("Emma", "f"), ("Fleur", "f"), ("Anouk", "f"),
        ("Julia", "f"), ("Lieke", "f"), ("Noor", "f"), ("Femke", "f"), ("Maud", "f"),
        ("Tess", "f"), ("Ilse", "f"), ("Daan", "m"), ("Bram", "m"), ("Jesse", "m"),
        ("Ruben", "m"), ("Milan", "m"), ("Stijn", "m"), ("Tim", "m"), ("Koen", "m"),
        ("Joost", "m"), ("Pieter", "m"), ("Wouter", "m"), ("Sander", "m"),
    ),
    towns=(
        "Wilgendam", "Lindendonk", "Heidebroek", "Moerveen", "Zoutewaard", "Eikelstede",
        "Vlietdorp", "Brakkenburg",
    ),
    # {hij} liep, {hem}, {zijn} fiets, een oude vriend{in_}, de buur{man}, ja {meneer}.
    agreement={
        "f": {"hij": "ze", "hem": "haar", "zijn": "haar", "in_": "in", "man": "vrouw",
              "meneer": "mevrouw"},
        "m": {"hij": "hij", "hem": "hem", "zijn": "zijn", "in_": "", "man": "man",
              "meneer": "meneer"},
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

# Frequent words that tell Dutch text apart from the other languages.
COMMON_WORDS = (
    "de", "het", "een", "en", "van", "is", "niet", "ik", "je", "jij", "hij", "ze", "zij", "we",
    "wij", "jullie", "met", "op", "voor", "aan", "dat", "die", "dit", "er", "naar", "om", "ook",
    "maar", "nog", "wel", "al", "was", "werd", "zijn", "heeft", "hebben", "bij", "uit", "als",
    "dan", "geen", "over", "toen", "kan", "zou", "niets", "haar", "hem", "wat", "nooit",
)  # fmt: skip

LANGUAGE = Language(
    name="dutch",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    whole_ending=0,
    spaced=True,
)
