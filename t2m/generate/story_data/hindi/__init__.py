"""Hindi material for the offline writer: cast, topics and the painter's words."""

from t2m.generate.story_data.hindi.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.hindi.night import BEDTIME, URBAN_LEGENDS
from t2m.generate.story_data.hindi.reflections import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.hindi.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.hindi.tales import MYSTERY, SCARY
from t2m.generate.story_data.hindi.words import LEXICON, MOODS, WHOLE_STEMS
from t2m.generate.story_data.model import Cast, Language, Material

# Names and towns are never inflected in Hindi, so they take postpositions as they are
# ({name} ने, {town} में). The agreement words are endings of verbs and adjectives:
# aa: था/थी, रहा/रही (थ{aa}); ya: गया/गई (ग{ya}); ua: हुआ/हुई (हु{ua}); e: लगे हो/लगी हो;
# ge: लोगे/लोगी; padosi: पड़ोसी/पड़ोसन. A possessive (उसका/उसकी) agrees with the thing
# owned, and a transitive past verb after ने with its object, so neither takes a slot.
CAST = Cast(
    names=(
        ("प्रिया", "f"), ("अनन्या", "f"), ("मीरा", "f"), ("सीमा", "f"), ("नेहा", "f"),
        ("पूजा", "f"), ("दिव्या", "f"), ("रिया", "f"), ("अंजलि", "f"), ("सुनीता", "f"),
        ("गीता", "f"), ("स्नेहा", "f"),
        ("राहुल", "m"), ("अमित", "m"), ("रोहन", "m"), ("विकास", "m"), ("अर्जुन", "m"),
        ("सुरेश", "m"), ("मनोज", "m"), ("करण", "m"), ("आदित्य", "m"), ("विनोद", "m"),
        ("संजय", "m"), ("नितिन", "m"),
    ),
    towns=("चंदनगढ़", "मोतीनगर", "बेलापुर", "हरिपुर", "नीलगाँव", "रतनपुर", "धनपुर", "सरायगंज"),
    agreement={
        "f": {"aa": "ी", "ya": "ई", "ua": "ई", "e": "ी", "ge": "गी", "padosi": "पड़ोसन"},
        "m": {"aa": "ा", "ya": "या", "ua": "आ", "e": "े", "ge": "गे", "padosi": "पड़ोसी"},
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
    "है", "हैं", "था", "थी", "थे", "और", "का", "की", "के", "में", "से", "को", "ने", "पर",
    "यह", "वह", "एक", "नहीं", "भी", "तो", "कि", "जो", "हो", "कर", "गया", "गई", "लेकिन",
    "पर", "अपने", "अपनी", "उसके", "उसकी", "उसका", "उसने", "उसे", "साथ", "लिए", "बहुत",
    "कुछ", "सब", "अब", "फिर", "हम", "आप", "मैं", "तक", "रहा", "रही",
)  # fmt: skip

LANGUAGE = Language(
    name="hindi",
    cast=CAST,
    material=MATERIAL,
    common_words=COMMON_WORDS,
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    whole_ending=0,
    spaced=True,
)
