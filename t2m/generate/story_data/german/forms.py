"""The forms of a German noun as slots: ``ding("f", "Spieluhr")`` gives every
case (``der_thing``, ``den_thing``, ``dem_thing``, ``ein_thing``, …), the
pronouns (``er_thing``, ``ihn_thing``, ``ihm_thing``), the relative pronoun
(``rel_thing``), the contractions (``im_thing``, ``vom_thing``, ``zum_thing``,
``am_thing``) and what follows a possessive: ``{sein}{poss_akk}`` becomes
„seinen Regenschirm“ or „ihre Spieluhr“."""

_DER = {"m": ("der", "den", "dem"), "f": ("die", "die", "der"), "n": ("das", "das", "dem")}
_EIN = {"m": ("", "en", "em"), "f": ("e", "e", "er"), "n": ("", "", "em")}
_ER = {"m": ("er", "ihn", "ihm"), "f": ("sie", "sie", "ihr"), "n": ("es", "es", "ihm")}
# Adjective endings after the definite (weak) and the indefinite article (mixed).
_WEAK = {"m": ("e", "en", "en"), "f": ("e", "e", "en"), "n": ("e", "e", "en")}
_MIXED = {"m": ("er", "en", "en"), "f": ("e", "e", "en"), "n": ("es", "es", "en")}
_IM = {"m": ("im", "vom", "zum", "am"), "n": ("im", "vom", "zum", "am")}


def ding(genus: str, noun: str, adj: str = "", oblique: str = "") -> dict[str, str]:
    """The slots of ``noun`` (gender ``m``, ``f`` or ``n``), after the adjective
    stem ``adj`` (``"alt"``) if given; ``oblique`` is its form outside the
    nominative where that differs (weak masculines: ``Hasen``)."""
    other = oblique or noun
    nouns = (noun, other, other)

    def weak(case: int) -> str:
        return f"{adj}{_WEAK[genus][case]} " if adj else ""

    def mixed(case: int) -> str:
        return f"{adj}{_MIXED[genus][case]} " if adj else ""

    forms = {"thing": noun, "rel_thing": _DER[genus][0]}
    for case, suffix in enumerate(("nom", "akk", "dat")):
        der = _DER[genus][case]
        ein = "ein" + _EIN[genus][case]
        forms[("der", "den", "dem")[case] + "_thing"] = f"{der} {weak(case)}{nouns[case]}"
        forms[("ein", "einen", "einem")[case] + "_thing"] = f"{ein} {mixed(case)}{nouns[case]}"
        forms[("er", "ihn", "ihm")[case] + "_thing"] = _ER[genus][case]
        forms[f"poss_{suffix}"] = f"{_EIN[genus][case]} {mixed(case)}{nouns[case]}"
    dative = f"{weak(2)}{other}"
    if genus == "f":
        for key, prep in (("im", "in"), ("vom", "von"), ("zum", "zur"), ("am", "an")):
            forms[f"{key}_thing"] = f"{prep} der {dative}" if key != "zum" else f"zur {dative}"
    else:
        for key, prep in zip(("im", "vom", "zum", "am"), _IM[genus], strict=True):
            forms[f"{key}_thing"] = f"{prep} {dative}"
    return forms
