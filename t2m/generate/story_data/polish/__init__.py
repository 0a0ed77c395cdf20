"""Polish: the offline writer's material in Polish (polski)."""

from t2m.generate.story_data.model import Cast, Language
from t2m.generate.story_data.polish.gentle import BEDTIME, LOVE, PHILOSOPHY
from t2m.generate.story_data.polish.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.polish.stories import CUSTOM, JOKES, MOTIVATIONAL
from t2m.generate.story_data.polish.tales import MYSTERY, SCARY, URBAN_LEGENDS
from t2m.generate.story_data.polish.words import LEXICON, MOODS, WHOLE_STEMS

# Names are used only in the nominative (the writer does not decline them); a town is always
# set after a noun ("w miasteczku {town}"). The agreement words: pronouns in each case
# ("go" accusative, "go_gen" genitive, "niego" after a preposition with the genitive, "nia"
# after one with the accusative, "nim" with the instrumental), past-tense endings ("był{a}",
# "zacz{al}", "po{szedl}", "prze{szedlem}", "był{em}", "zaczekał{es}", "pojechał{by}") and the
# adjective ending "{y}" (zmęczony, zmęczona).
CAST = Cast(
    names=(
        ("Zofia", "f"), ("Anna", "f"), ("Magda", "f"), ("Ola", "f"), ("Kasia", "f"),
        ("Julia", "f"), ("Marta", "f"), ("Hania", "f"), ("Kuba", "m"), ("Tomek", "m"),
        ("Piotr", "m"), ("Michał", "m"), ("Bartek", "m"), ("Marek", "m"), ("Paweł", "m"),
        ("Janek", "m"),
    ),
    towns=("Brzozowo", "Lipowiec", "Jodłowo", "Dębnik", "Olszanka", "Wrzosowo", "Kamionka"),
    agreement={
        "f": {
            "on": "ona", "go": "ją", "go_gen": "jej", "mu": "jej", "jego": "jej", "niego": "niej",
            "nia": "nią", "nim": "nią", "a": "a", "al": "ęła", "szedl": "szła",
            "szedlem": "szłam", "mogl": "mogła", "niosl": "niosła", "em": "am", "es": "aś",
            "by": "aby", "y": "a", "przyjaciel": "przyjaciółka", "obaj": "oboje",
        },
        "m": {
            "on": "on", "go": "go", "go_gen": "go", "mu": "mu", "jego": "jego", "niego": "niego",
            "nia": "niego", "nim": "nim", "a": "", "al": "ął", "szedl": "szedł",
            "szedlem": "szedłem", "mogl": "mógł", "niosl": "niósł", "em": "em", "es": "eś",
            "by": "by", "y": "y", "przyjaciel": "przyjaciel", "obaj": "obaj",
        },
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
    name="polish",
    cast=CAST,
    material=MATERIAL,
    common_words=(
        "i",
        "w",
        "na",
        "z",
        "się",
        "nie",
        "że",
        "to",
        "jest",
        "do",
        "po",
        "od",
        "jak",
        "ale",
        "o",
        "co",
        "tak",
        "już",
        "był",
        "była",
        "było",
        "jego",
        "jej",
        "przez",
        "dla",
        "tylko",
        "czy",
        "przy",
        "może",
        "gdy",
        "który",
        "która",
        "które",
        "bardzo",
        "jeszcze",
        "wszystko",
        "kiedy",
        "są",
        "ich",
        "sobie",
        "żeby",
        "oraz",
        "tym",
        "tego",
        "jako",
        "też",
        "nad",
        "pod",
    ),
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=True,
)
