"""Japanese: the offline writer's material and the painter's words."""

from t2m.generate.story_data.japanese.bedtime import BEDTIME
from t2m.generate.story_data.japanese.custom import CUSTOM
from t2m.generate.story_data.japanese.fun_facts import FUN_FACTS
from t2m.generate.story_data.japanese.history import HISTORY
from t2m.generate.story_data.japanese.jokes import JOKES
from t2m.generate.story_data.japanese.love import LOVE
from t2m.generate.story_data.japanese.motivational import MOTIVATIONAL
from t2m.generate.story_data.japanese.mystery import MYSTERY
from t2m.generate.story_data.japanese.philosophy import PHILOSOPHY
from t2m.generate.story_data.japanese.scary import SCARY
from t2m.generate.story_data.japanese.tips import LIFE_PRO_TIPS
from t2m.generate.story_data.japanese.urban_legends import URBAN_LEGENDS
from t2m.generate.story_data.japanese.words import COMMON_WORDS, LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

# The material writes names rather than pronouns; {kare} (彼女/彼) is there when one is needed.
CAST = Cast(
    names=(
        ("美咲", "f"), ("結衣", "f"), ("葵", "f"), ("真央", "f"), ("千尋", "f"), ("由美", "f"),
        ("莉子", "f"), ("健太", "m"), ("翔太", "m"), ("大輝", "m"), ("蓮", "m"), ("悠人", "m"),
        ("颯太", "m"), ("拓也", "m"),
    ),
    towns=("青葉町", "白石町", "松原町", "若葉町", "柏木町", "北原町", "宮坂町", "小野寺町"),
    agreement={"f": {"kare": "彼女"}, "m": {"kare": "彼"}},
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
    name="japanese",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    spaced=False,
)
