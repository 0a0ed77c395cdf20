"""Portuguese: the offline writer's material, cast and painter's words (European Portuguese)."""

from t2m.generate.story_data.model import Cast, Language
from t2m.generate.story_data.portuguese.dark import SCARY, URBAN_LEGENDS
from t2m.generate.story_data.portuguese.heart import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.portuguese.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.portuguese.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.portuguese.tales import BEDTIME, MYSTERY
from t2m.generate.story_data.portuguese.words import LEXICON, MOODS, WHOLE_STEMS

CAST = Cast(
    names=(
        ("Ana", "f"), ("Beatriz", "f"), ("Clara", "f"), ("Inês", "f"), ("Mariana", "f"),
        ("Sofia", "f"), ("Helena", "f"), ("Joana", "f"), ("Luísa", "f"), ("Carolina", "f"),
        ("Rita", "f"), ("Teresa", "f"),
        ("João", "m"), ("Pedro", "m"), ("Tiago", "m"), ("Miguel", "m"), ("Rafael", "m"),
        ("Lucas", "m"), ("Gabriel", "m"), ("André", "m"), ("Duarte", "m"), ("Henrique", "m"),
        ("Rodrigo", "m"), ("Vicente", "m"),
    ),
    towns=(
        "Vila Serena", "Pedra Alta", "Ribeira Funda", "Monte Claro", "Águas Frias",
        "Vale do Sossego", "Santa Luzia da Serra", "São Bento do Vale", "Lagoa Branca",
        "Campo Alegre",
    ),
    # {ele}, {o} (article, clitic and ending: cansad{o}), {lo} (buscá-{lo}), {dele},
    # {um}, {do}, {no}, {nele}, {senhor} ({o} {senhor} acha).
    agreement={
        "m": {"ele": "ele", "o": "o", "lo": "lo", "dele": "dele", "um": "um", "do": "do",
              "no": "no", "nele": "nele", "senhor": "senhor"},
        "f": {"ele": "ela", "o": "a", "lo": "la", "dele": "dela", "um": "uma", "do": "da",
              "no": "na", "nele": "nela", "senhor": "senhora"},
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
    name="portuguese",
    cast=CAST,
    material=MATERIAL,
    common_words=(
        "o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "em", "no", "na",
        "nos", "nas", "que", "e", "é", "não", "com", "para", "por", "pelo", "pela", "mas",
        "ele", "ela", "se", "ao", "à", "seu", "sua", "mais", "como", "foi", "era", "muito",
        "também", "isso", "está", "são", "já", "quando", "você", "lhe", "nós", "tinha",
        "havia", "até", "depois", "então",
    ),
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    whole_ending=1,
    spaced=True,
)  # fmt: skip
