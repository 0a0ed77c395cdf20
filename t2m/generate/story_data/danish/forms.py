"""The forms of a Danish noun as slots: ``ding("en", "spejl", "spejlet")``
gives ``den_thing`` (the definite form, "spejlet" or "den gamle radio"),
``en_thing`` ("et spejl", "en gammel radio"), the pronoun ``det_thing``
(``den``/``det``), the reflexive possessive ``sin_thing`` (``sin``/``sit``), ``din_thing``
(``din``/``dit``) and
``poss_thing``, what follows a possessive ("{hans} {poss_thing}": "hans gamle
radio")."""


def ding(
    article: str, noun: str, definite: str, adj: tuple[str, str, str] = ("", "", "")
) -> dict[str, str]:
    """The slots of ``noun`` (``article`` ``"en"`` or ``"et"``, ``definite`` its
    definite form), after the adjective ``adj`` given as (common, neuter,
    definite): ``("gammel", "gammelt", "gamle")``."""
    common, neuter, after_the = adj
    et = article == "et"
    return {
        "thing": noun,
        "den_thing": f"{'det' if et else 'den'} {after_the} {noun}" if after_the else definite,
        "en_thing": f"{article} {neuter if et else common} {noun}"
        if common
        else f"{article} {noun}",
        "poss_thing": f"{after_the} {noun}" if after_the else noun,
        "det_thing": "det" if et else "den",
        "sin_thing": "sit" if et else "sin",
        "din_thing": "dit" if et else "din",
    }
