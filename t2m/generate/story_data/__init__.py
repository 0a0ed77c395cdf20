"""The offline writer's material, one module per topic (titles, descriptions,
places, things and the paragraphs of each story shape), with the cast in
:mod:`.cast` and the dataclasses in :mod:`.model`. :data:`MATERIAL` maps each
topic to its English material, in the order the topics are offered; every other
language is a package of its own (``story_data/french/`` …) whose ``LANGUAGE``
:func:`language` loads."""

from __future__ import annotations

import importlib
from functools import cache

from t2m.generate.story_data.bedtime import BEDTIME
from t2m.generate.story_data.cast import NAMES, PRONOUNS, TOWNS
from t2m.generate.story_data.custom import CUSTOM
from t2m.generate.story_data.fun_facts import FUN_FACTS
from t2m.generate.story_data.interesting_history import HISTORY
from t2m.generate.story_data.life_pro_tips import LIFE_PRO_TIPS
from t2m.generate.story_data.long_form_jokes import JOKES
from t2m.generate.story_data.love import LOVE
from t2m.generate.story_data.model import Frame, Material
from t2m.generate.story_data.motivational import MOTIVATIONAL
from t2m.generate.story_data.mystery import MYSTERY
from t2m.generate.story_data.philosophy import PHILOSOPHY
from t2m.generate.story_data.scary import SCARY
from t2m.generate.story_data.urban_legends import URBAN_LEGENDS

__all__ = [
    "LANGUAGES", "MATERIAL", "NAMES", "PRONOUNS", "TOWNS", "Frame", "Material", "language",
]  # fmt: skip

# The 20 languages of the story API, each a package here (English: ``english.py``).
LANGUAGES = (
    "english", "czech", "danish", "dutch", "french", "german", "greek", "hindi", "indonesian",
    "italian", "chinese", "japanese", "norwegian", "polish", "portuguese", "russian", "spanish",
    "swedish", "turkish", "ukrainian",
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


@cache
def language(name: str):
    """The :class:`~.model.Language` of ``name`` (``"french"``), loaded on first use."""
    return importlib.import_module(f"{__name__}.{name}").LANGUAGE
