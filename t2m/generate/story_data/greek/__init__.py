"""Greek material for the offline writer: cast, topics and the painter's words."""

# ruff: noqa: RUF001

from t2m.generate.story_data.greek.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.greek.night import BEDTIME, URBAN_LEGENDS
from t2m.generate.story_data.greek.reflections import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.greek.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.greek.tales import MYSTERY, SCARY
from t2m.generate.story_data.greek.words import LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

# Names are used only in the nominative, always after their article: "{o} {name}".
# Towns are all feminine and start with a vowel or κ, π, τ, so "στην {town}" and
# "από την {town}" are always right.
CAST = Cast(
    names=(
        ("Μαρία", "f"), ("Ελένη", "f"), ("Κατερίνα", "f"), ("Σοφία", "f"), ("Δήμητρα", "f"),
        ("Αθηνά", "f"), ("Ειρήνη", "f"), ("Γεωργία", "f"), ("Δέσποινα", "f"), ("Χρύσα", "f"),
        ("Αγγελική", "f"), ("Αναστασία", "f"),
        ("Νίκος", "m"), ("Γιώργος", "m"), ("Κώστας", "m"), ("Γιάννης", "m"), ("Δημήτρης", "m"),
        ("Παναγιώτης", "m"), ("Στέλιος", "m"), ("Αλέξης", "m"), ("Μιχάλης", "m"),
        ("Θανάσης", "m"), ("Σπύρος", "m"), ("Λευτέρης", "m"),
    ),
    towns=(
        "Ασπρόβρυση", "Καλαμίτσα", "Κρυόβρυση", "Αγριλιά", "Πετρούσα", "Καστανιά", "Πλατανιά",
        "Κερασιά", "Αμυγδαλιά", "Τριανταφυλλιά",
    ),
    # o: article; ton: object pronoun (before a vowel or κ, π, τ); tou: possessive and
    # indirect object; aftos/afton: strong pronoun; os: ending of an adjective in -ος/-η
    # whose stem carries the accent (κουρασμέν{os}); geitonas: neighbour.
    agreement={
        "f": {"o": "η", "ton": "την", "tou": "της", "aftos": "αυτή", "afton": "αυτήν",
              "os": "η", "geitonas": "γειτόνισσα"},
        "m": {"o": "ο", "ton": "τον", "tou": "του", "aftos": "αυτός", "afton": "αυτόν",
              "os": "ος", "geitonas": "γείτονας"},
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

COMMON_WORDS = (
    "και", "το", "τα", "η", "ο", "οι", "της", "του", "των", "την", "τον", "τη", "τους", "στο",
    "στην", "στον", "στη", "με", "σε", "για", "από", "που", "να", "δεν", "θα", "είναι", "ήταν",
    "ένα", "μια", "έναν", "ένας", "αλλά", "όταν", "σαν", "πως", "ότι", "κι", "μου", "σου", "μας",
    "αυτό", "αυτή", "πολύ", "πιο", "όλα", "μόνο", "εκεί", "ακόμα", "τι", "πώς",
)  # fmt: skip

LANGUAGE = Language(
    name="greek",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=True,
)
