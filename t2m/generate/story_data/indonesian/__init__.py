"""Indonesian: the offline writer's material, cast and painter's words."""

from t2m.generate.story_data.indonesian.dark import SCARY, URBAN_LEGENDS
from t2m.generate.story_data.indonesian.heart import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.indonesian.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.indonesian.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.indonesian.tales import BEDTIME, MYSTERY
from t2m.generate.story_data.indonesian.words import LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language

CAST = Cast(
    names=(
        ("Siti", "f"), ("Dewi", "f"), ("Ayu", "f"), ("Rina", "f"), ("Sari", "f"), ("Wulan", "f"),
        ("Intan", "f"), ("Lestari", "f"), ("Nadia", "f"), ("Fitri", "f"), ("Maya", "f"),
        ("Ratna", "f"),
        ("Budi", "m"), ("Agus", "m"), ("Rudi", "m"), ("Dimas", "m"), ("Bayu", "m"), ("Rizky", "m"),
        ("Andi", "m"), ("Hendra", "m"), ("Arif", "m"), ("Yusuf", "m"), ("Eko", "m"), ("Joko", "m"),
    ),
    towns=(
        "Sukamaju", "Tanjung Sari", "Karangasri", "Bukit Jati", "Sumberwangi", "Telaga Biru",
        "Lembah Hijau", "Batu Putih",
    ),
    # Pronouns do not mark sex in Indonesian ({name} and "dia" serve both); only the
    # forms of address do: {sapaan} (Mas/Mbak) and {bapak} (Bapak/Ibu).
    agreement={
        "m": {"sapaan": "Mas", "bapak": "Bapak"},
        "f": {"sapaan": "Mbak", "bapak": "Ibu"},
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
    name="indonesian",
    cast=CAST,
    material=MATERIAL,
    common_words=(
        "yang", "dan", "di", "ke", "dari", "itu", "ini", "tidak", "tak", "dengan", "untuk",
        "dia", "ia", "akan", "sudah", "ada", "pada", "juga", "karena", "saat", "seperti",
        "tetapi", "bisa", "mereka", "kita", "kami", "saya", "aku", "lalu", "sangat", "hanya",
        "lebih", "sebuah", "seorang", "adalah", "oleh", "atau", "jika", "kalau", "ketika",
        "masih", "telah", "kepada", "bahwa", "belum", "sekali", "apa", "siapa",
    ),
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    whole_ending=3,
    spaced=True,
)  # fmt: skip
