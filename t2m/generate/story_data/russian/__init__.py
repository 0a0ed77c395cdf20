"""Русский язык автономного сценариста: персонажи, материал по темам и слова художника."""

# ruff: noqa: RUF001, RUF003

from t2m.generate.story_data.model import Cast, Language, Material
from t2m.generate.story_data.russian.heart import CUSTOM, LOVE, PHILOSOPHY
from t2m.generate.story_data.russian.lists import FUN_FACTS, HISTORY, LIFE_PRO_TIPS
from t2m.generate.story_data.russian.night import BEDTIME, URBAN_LEGENDS
from t2m.generate.story_data.russian.stories import JOKES, MOTIVATIONAL
from t2m.generate.story_data.russian.tales import MYSTERY, SCARY
from t2m.generate.story_data.russian.words import LEXICON, MOODS, WHOLE_STEMS

# Имена стоят только в именительном падеже; всё, что согласуется с полом персонажа,
# берётся из слотов: {он}, {его}, {ему}, {него}/{нему}/{ним}/{нём} (после предлога),
# окончания прошедшего времени сказал{а}, улыбнул{ся}, пош{ёл}, мог{ла},
# прилагательных мокр{ый}, сияющ{ий}, молод{ой}, а также {сам}, {один}, долж{ен}.
CAST = Cast(
    names=(
        ("Анна", "f"), ("Мария", "f"), ("Ольга", "f"), ("Наталья", "f"), ("Екатерина", "f"),
        ("Ирина", "f"), ("Вера", "f"), ("Полина", "f"), ("Алиса", "f"), ("Дарья", "f"),
        ("Софья", "f"), ("Елена", "f"),
        ("Иван", "m"), ("Алексей", "m"), ("Дмитрий", "m"), ("Сергей", "m"), ("Михаил", "m"),
        ("Николай", "m"), ("Павел", "m"), ("Андрей", "m"), ("Егор", "m"), ("Артём", "m"),
        ("Фёдор", "m"), ("Максим", "m"),
    ),
    towns=(
        "Берёзовка", "Сосновка", "Заречье", "Тихоречье", "Каменка", "Светлогорье", "Ольховка",
        "Малиновка", "Верхние Липки", "Озёрки",
    ),
    agreement={
        "f": {
            "он": "она", "его": "её", "ему": "ей", "него": "неё", "нему": "ней", "ним": "ней",
            "нём": "ней", "а": "а", "ся": "ась", "ёл": "ла", "ла": "ла", "ый": "ая", "ий": "ая",
            "ой": "ая", "сам": "сама", "один": "одна", "ен": "на",
        },
        "m": {
            "он": "он", "его": "его", "ему": "ему", "него": "него", "нему": "нему", "ним": "ним",
            "нём": "нём", "а": "", "ся": "ся", "ёл": "ёл", "ла": "", "ый": "ый", "ий": "ий",
            "ой": "ой", "сам": "сам", "один": "один", "ен": "ен",
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
    name="russian",
    cast=CAST,
    material=MATERIAL,
    common_words=(
        # words Ukrainian writes the same way, so that only the differences tell them apart
        "за",
        "до",
        "по",
        "а",
        "я",
        "и",
        "в",
        "не",
        "на",
        "что",
        "он",
        "она",
        "оно",
        "они",
        "это",
        "как",
        "но",
        "из",
        "у",
        "так",
        "же",
        "был",
        "была",
        "было",
        "были",
        "уже",
        "или",
        "бы",
        "только",
        "его",
        "её",
        "мы",
        "вы",
        "когда",
        "ещё",
        "если",
        "даже",
        "чтобы",
        "который",
        "которая",
        "очень",
        "всё",
        "нет",
        "где",
        "здесь",
        "себя",
        "свой",
        "этот",
        "эта",
        "вот",
        "потом",
        "ничего",
        "тоже",
        "сказал",
        "ты",
        "я",
        "мне",
        "теперь",
        "тогда",
        "почему",
    ),
    lexicon=LEXICON,
    moods=MOODS,
    whole_stems=WHOLE_STEMS,
    whole_ending=2,
    spaced=True,
)
