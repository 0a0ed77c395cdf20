"""The forms of a Dutch noun as slots: ``ding("de", "spiegel")`` gives
``de_thing`` ("de spiegel"), ``een_thing``, the pronouns ``hij_thing`` and
``hem_thing`` (``hij``/``hem`` for de-words, ``het`` for het-words), the
demonstratives ``die_thing`` and ``deze_thing`` and ``poss_thing``, what follows
a possessive ("{zijn} {poss_thing}": "zijn oude spiegel")."""


def ding(article: str, noun: str, adj: tuple[str, str] = ("", "")) -> dict[str, str]:
    """The slots of ``noun`` (``article`` ``"de"`` or ``"het"``), after the
    adjective ``adj`` given as (bare, inflected): ``("oud", "oude")``."""
    bare, inflected = adj
    het = article == "het"
    after_the = f"{inflected} {noun}" if inflected else noun
    after_een = f"{bare if het else inflected} {noun}" if inflected else noun
    return {
        "thing": noun,
        "de_thing": f"{article} {after_the}",
        "een_thing": f"een {after_een}",
        "poss_thing": after_the,
        "hij_thing": "het" if het else "hij",
        "hem_thing": "het" if het else "hem",
        "die_thing": "dat" if het else "die",
        "deze_thing": "dit" if het else "deze",
    }
