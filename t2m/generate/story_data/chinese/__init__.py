"""Chinese (Mandarin, simplified): the offline writer's material and the painter's words."""

from t2m.generate.story_data.chinese.bedtime import BEDTIME
from t2m.generate.story_data.chinese.custom import CUSTOM
from t2m.generate.story_data.chinese.fun_facts import FUN_FACTS
from t2m.generate.story_data.chinese.history import HISTORY
from t2m.generate.story_data.chinese.jokes import JOKES
from t2m.generate.story_data.chinese.love import LOVE
from t2m.generate.story_data.chinese.motivational import MOTIVATIONAL
from t2m.generate.story_data.chinese.mystery import MYSTERY
from t2m.generate.story_data.chinese.philosophy import PHILOSOPHY
from t2m.generate.story_data.chinese.scary import SCARY
from t2m.generate.story_data.chinese.tips import LIFE_PRO_TIPS
from t2m.generate.story_data.chinese.urban_legends import URBAN_LEGENDS
from t2m.generate.story_data.chinese.words import COMMON_WORDS, LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

# {ta}: the pronoun of the main character ({friend_ta}: of the friend).
CAST = Cast(
    names=(
        ("思琪", "f"), ("欣怡", "f"), ("婉清", "f"), ("静怡", "f"), ("佳慧", "f"), ("晓婷", "f"),
        ("诗涵", "f"), ("浩然", "m"), ("子轩", "m"), ("志明", "m"), ("俊杰", "m"), ("文博", "m"),
        ("宇轩", "m"), ("嘉乐", "m"),
    ),
    towns=("青石镇", "白沙镇", "落霞镇", "梅坞镇", "清水镇", "长宁镇", "安平镇", "石门镇"),
    agreement={"f": {"ta": "她"}, "m": {"ta": "他"}},
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
    name="chinese",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=False,
)
