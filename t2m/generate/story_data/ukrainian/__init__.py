"""Українська мова автономного сценариста: персонажі, матеріал за темами й слова художника."""

# ruff: noqa: RUF001, RUF003

from t2m.generate.story_data.model import Cast, Language, Material
from t2m.generate.story_data.ukrainian.heart import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.ukrainian.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.ukrainian.night import BEDTIME, URBAN_LEGENDS
from t2m.generate.story_data.ukrainian.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.ukrainian.tales import MYSTERY, SCARY
from t2m.generate.story_data.ukrainian.words import LEXICON, MOODS, WHOLE_STEMS

# Імена вживаються лише в називному відмінку (і ніколи у звертанні: кличний відмінок
# код не творить); усе, що узгоджується зі статтю персонажа, береться зі слотів:
# {він}, {його}, {йому}, {нього}/{ньому}/{ним} (після прийменника), закінчення минулого
# часу сказа{в}, усміхну{вся}, піш{ов}, зник{ла}, з{міг}, прикметників мокр{ий},
# а також {сам}, {один}, повин{ен}.
CAST = Cast(
    names=(
        ("Оксана", "f"), ("Олена", "f"), ("Наталя", "f"), ("Ірина", "f"), ("Тетяна", "f"),
        ("Марія", "f"), ("Софія", "f"), ("Христина", "f"), ("Соломія", "f"), ("Дарина", "f"),
        ("Ганна", "f"), ("Катерина", "f"),
        ("Тарас", "m"), ("Андрій", "m"), ("Олег", "m"), ("Богдан", "m"), ("Дмитро", "m"),
        ("Іван", "m"), ("Максим", "m"), ("Остап", "m"), ("Василь", "m"), ("Микола", "m"),
        ("Юрій", "m"), ("Петро", "m"),
    ),
    towns=(
        "Вербівка", "Яблунівка", "Калинівка", "Тихий Яр", "Зелений Гай", "Соснівка", "Озерне",
        "Липовець", "Вишневе", "Березань",
    ),
    agreement={
        "f": {
            "він": "вона", "його": "її", "йому": "їй", "нього": "неї", "ньому": "ній",
            "ним": "нею", "в": "ла", "вся": "лася", "ов": "ла", "ла": "ла", "міг": "могла",
            "ий": "а", "сам": "сама", "один": "одна", "ен": "на",
        },
        "m": {
            "він": "він", "його": "його", "йому": "йому", "нього": "нього", "ньому": "ньому",
            "ним": "ним", "в": "в", "вся": "вся", "ов": "ов", "ла": "", "міг": "міг",
            "ий": "ий", "сам": "сам", "один": "один", "ен": "ен",
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
    name="ukrainian",
    cast=CAST,
    material=MATERIAL,
    common_words=(
        # words Russian writes the same way, so that only the differences tell them apart
        "в",
        "на",
        "не",
        "у",
        "так",
        "за",
        "до",
        "по",
        "а",
        "собі",
        "біля",
        "тепер",
        "ніби",
        "вже",
        "і",
        "й",
        "та",
        "що",
        "це",
        "як",
        "але",
        "він",
        "вона",
        "воно",
        "вони",
        "його",
        "її",
        "був",
        "була",
        "було",
        "були",
        "вже",
        "або",
        "би",
        "тільки",
        "лише",
        "ще",
        "коли",
        "якщо",
        "навіть",
        "щоб",
        "який",
        "яка",
        "дуже",
        "все",
        "усе",
        "ні",
        "де",
        "тут",
        "себе",
        "свій",
        "цей",
        "ця",
        "потім",
        "нічого",
        "сказав",
        "ти",
        "я",
        "мені",
        "з",
        "від",
        "для",
        "про",
        "теж",
        "також",
        "зараз",
        "тому",
        "чому",
        "ми",
        "ви",
    ),
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    whole_ending=2,
    spaced=True,
)
