"""What a language's material must hold, checked: every topic of the English
material with the same kind, enough paragraphs to vary, slots that exist,
paragraphs that end at a sentence end, a cast for both sexes, and words for
the painter. ``python -m t2m.generate.story_data.check french`` prints what is
wrong (nothing when all is well); the test suite runs it for every language.
"""

from __future__ import annotations

import string
import sys

from t2m.generate.scene_words import LEXICON, MOODS
from t2m.generate.story_data.model import Frame, Language, Material

BASE_SLOTS = {"name", "friend", "town", "n", "prompt", "Prompt"}
# At least this many of each, so that seeds give different stories.
AT_LEAST = {"titles": 3, "descriptions": 2, "places": 3, "things": 3}
# ... counted over a topic's frames together.
FRAME_AT_LEAST = {
    "story": {"openings": 2, "beats": 6, "endings": 2, "texture": 2},
    "list": {"openings": 2, "beats": 8, "endings": 2},
}
ENDERS = ".!?\u2026\u3002\uff01\uff1f\u0964;"
CLOSERS = "\"')]}\u00bb\u201d\u2019\u300d\u300f\uff09\u3011"
TAGS = {tag for tags in LEXICON.values() for tag in tags}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _slots(language: Language, material: Material) -> set[str]:
    agreement = set().union(*language.cast.agreement.values())
    own = set(BASE_SLOTS) | agreement | {f"friend_{k}" for k in agreement}
    for entry in (*material.places, *material.things):
        if isinstance(entry, dict):
            own |= set(entry)
    return own | {k[:1].upper() + k[1:] for k in own}


def _frame_problems(topic: str, frame: Frame, slots: set[str]) -> list[str]:
    out = []
    for part in ("openings", "beats", "climaxes", "endings", "texture"):
        for text in getattr(frame, part):
            if unknown := _fields(text) - slots:
                out.append(f"{topic}: unknown slot(s) {sorted(unknown)} in {text[:60]!r}")
            if not text or text.rstrip(CLOSERS)[-1] not in ENDERS:
                out.append(f"{topic}: {part} does not end a sentence: …{text[-40:]!r}")
            if "{n}" in text:
                out.append(f"{topic}: {{n}} is for titles only: {text[:60]!r}")
    return out


def problems(language: Language) -> list[str]:
    """Everything wrong with ``language``'s material (empty when all is well)."""
    from t2m.generate.story_data import MATERIAL  # the English material sets the topics

    out: list[str] = []
    cast = language.cast
    sexes = {sex for _, sex in cast.names}
    if sexes != {"f", "m"} or len(cast.names) < 12:
        out.append("cast: needs at least 12 names, of both sexes ('f' and 'm')")
    if len(cast.towns) < 6:
        out.append("cast: needs at least 6 towns")
    keys = {frozenset(forms) for forms in cast.agreement.values()}
    if set(cast.agreement) != {"f", "m"} or len(keys) != 1:
        out.append("cast: agreement needs 'f' and 'm' with the same keys")
    if missing := set(MATERIAL) - set(language.material):
        out.append(f"topics missing: {sorted(missing)}")
    for topic, material in language.material.items():
        if topic not in MATERIAL:
            out.append(f"unknown topic {topic!r}")
            continue
        if material.kind != MATERIAL[topic].kind:
            out.append(f"{topic}: kind must be {MATERIAL[topic].kind!r}")
        for part, least in AT_LEAST.items():
            if part in ("places", "things") and material.kind == "list":
                continue
            least = min(least, len(getattr(MATERIAL[topic], part)))  # as many as English
            if len(getattr(material, part)) < least:
                out.append(f"{topic}: {len(getattr(material, part))} {part}, needs {least}")
        for part in ("places", "things"):
            entries = getattr(material, part)
            if material.kind == "story" and not all(isinstance(e, dict) for e in entries):
                out.append(f"{topic}: {part} must be dicts of this language's slots")
            if len({frozenset(e) for e in entries if isinstance(e, dict)}) > 1:
                out.append(f"{topic}: every entry of {part} needs the same keys")
        slots = _slots(language, material)
        for text in (*material.titles, *material.descriptions):
            if unknown := _fields(text) - slots:
                out.append(f"{topic}: unknown slot(s) {sorted(unknown)} in {text[:60]!r}")
        for part, least in FRAME_AT_LEAST.get(material.kind, {}).items():
            if (count := sum(len(getattr(f, part)) for f in material.frames)) < least:
                out.append(f"{topic}: {count} {part}, needs {least}")
        for frame in material.frames:
            out += _frame_problems(topic, frame, slots)
    if len(language.common_words) < 20:
        out.append("common_words: needs at least 20")
    if unknown := {t for tags in language.lexicon.values() for t in tags} - TAGS:
        out.append(f"lexicon: unknown tags {sorted(unknown)}")
    if missing := TAGS - {t for tags in language.lexicon.values() for t in tags}:
        out.append(f"lexicon: no stem gives the tag(s) {sorted(missing)}")
    if set(language.moods) != set(MOODS):
        out.append(f"moods: needs exactly {sorted(MOODS)}")
    return out


def main() -> int:
    from t2m.generate.story_data import language

    status = 0
    for name in sys.argv[1:]:
        found = problems(language(name))
        for line in found:
            print(f"{name}: {line}")
        status |= bool(found)
    return status


if __name__ == "__main__":
    sys.exit(main())
