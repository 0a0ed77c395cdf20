"""Turkish: the offline writer's material, cast and painter's words."""

from t2m.generate.story_data.model import Cast, Language
from t2m.generate.story_data.turkish.dark import SCARY, URBAN_LEGENDS
from t2m.generate.story_data.turkish.heart import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.turkish.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.turkish.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.turkish.tales import BEDTIME, MYSTERY
from t2m.generate.story_data.turkish.words import LEXICON, MOODS, WHOLE_STEMS

CAST = Cast(
    names=(
        ("Ayşe", "f"), ("Zeynep", "f"), ("Elif", "f"), ("Fatma", "f"), ("Merve", "f"),
        ("Esra", "f"), ("Defne", "f"), ("Selin", "f"), ("Ebru", "f"), ("Hatice", "f"),
        ("Sibel", "f"), ("Canan", "f"),
        ("Mehmet", "m"), ("Ahmet", "m"), ("Mustafa", "m"), ("Ali", "m"), ("Hasan", "m"),
        ("Hüseyin", "m"), ("Murat", "m"), ("Emre", "m"), ("Burak", "m"), ("Kemal", "m"),
        ("Osman", "m"), ("Yusuf", "m"),
    ),
    # Used as "{town} kasabasında" etc., so the case ending goes on "kasaba", not the name.
    towns=(
        "Sarıkaya", "Karaçam", "Akpınar", "Gümüşdere", "Yeşilova", "Bademli", "Çınarlı",
        "Taşlıdere",
    ),
    # Turkish has no grammatical gender; only the forms of address differ:
    # "{name} {bey}" (Mehmet Bey, Ayşe Hanım), {beye} its dative, {adam} man/woman.
    agreement={
        "m": {"bey": "Bey", "beye": "Bey'e", "adam": "adam"},
        "f": {"bey": "Hanım", "beye": "Hanım'a", "adam": "kadın"},
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
    name="turkish",
    cast=CAST,
    material=MATERIAL,
    common_words=(
        "ve", "bir", "bu", "da", "de", "ile", "için", "çok", "ama", "ne", "o", "ki", "gibi",
        "daha", "en", "her", "mi", "mı", "değil", "var", "yok", "sonra", "kadar", "diye",
        "şey", "ben", "sen", "biz", "onu", "ona", "onun", "bunu", "şu", "çünkü", "hiç", "ya",
        "zaman", "nasıl", "neden", "kendi", "olarak", "bile", "hep", "artık", "yine",
    ),
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    whole_ending=3,
    spaced=True,
)  # fmt: skip
