"""The offline writer: stories composed from per-topic material, no network.

A story is an opening, middle beats, a climax and an ending, chosen from the
topic's material by a seeded ``random.Random``, with one set of characters,
a place and a thing filled into every sentence (so names stay consistent).
Middle beats are written in story order and kept in that order whichever are
chosen, so any selection still reads as a beginning, a middle and an end.
Beats are added until the seeded target length is reached, never past the
duration's upper bound. List topics (fun facts, tips, history) pick items
instead. English only: the material is English prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from random import Random


@dataclass
class Story:
    """What a writer produced, before it is cut into scenes."""

    title: str
    description: str
    text: str


@dataclass(frozen=True)
class Frame:
    """One shape of story: its paragraphs to choose from (beats in story order)."""

    openings: tuple[str, ...]
    beats: tuple[str, ...]
    climaxes: tuple[str, ...]
    endings: tuple[str, ...]
    texture: tuple[str, ...] = ()


@dataclass(frozen=True)
class Material:
    """A topic: ``kind`` is ``story`` (beats kept in order) or ``list`` (items
    shuffled, ``{n}`` in the title is their count)."""

    kind: str
    subject: str  # what an LLM is asked to write
    titles: tuple[str, ...]
    descriptions: tuple[str, ...]
    frames: tuple[Frame, ...]
    places: tuple[tuple[str, str], ...] = (("a quiet town", "the town"),)
    things: tuple[str, ...] = ("box",)


NAMES = (
    ("Mara", "f"), ("Elena", "f"), ("Ines", "f"), ("Nora", "f"), ("Priya", "f"), ("Hana", "f"),
    ("Lucia", "f"), ("Ada", "f"), ("Sofia", "f"), ("Amara", "f"), ("Greta", "f"), ("Yuki", "f"),
    ("Tomas", "m"), ("Leo", "m"), ("Ravi", "m"), ("Jonah", "m"), ("Mateo", "m"), ("Felix", "m"),
    ("Omar", "m"), ("Kenji", "m"), ("Arlo", "m"), ("Samuel", "m"), ("Nico", "m"), ("Elias", "m"),
)  # fmt: skip
TOWNS = (
    "Ashford", "Millbrook", "Harrow Bay", "Elderglen", "Stonemere", "Wrenfield", "Larkspur",
    "Coldwater", "Brightmoor", "Fenwick", "Oakhollow", "Saltmarsh",
)  # fmt: skip
PRONOUNS = {
    "f": {"he": "she", "him": "her", "his": "her", "himself": "herself"},
    "m": {"he": "he", "him": "him", "his": "his", "himself": "himself"},
}
_SMALL = {"a", "an", "the", "of", "in", "on", "and", "at", "to", "for", "with", "or"}


def title_case(text: str) -> str:
    """Headline capitals, small words lower-case except the first."""
    words = text.split()
    return " ".join(
        w.lower() if i and w.lower() in _SMALL else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def article(noun: str) -> str:
    """``a`` or ``an`` before ``noun`` (by its first letter; good enough for the material)."""
    return "an" if noun[:1].lower() in "aeiou" else "a"


# "Write me a funny story about ..." → "...": the writer needs the subject, not the request.
_REQUEST = re.compile(
    r"^(?:please\s+)?(?:(?:write|tell|create|make|generate|give)\s+(?:me\s+|us\s+)?)?"
    r"(?:(?:a|an|the)\s+)?(?:(?:short|long|funny|sad|scary|little|video|new)\s+)*"
    r"(?:story|tale|video|script)\s+(?:about|of|on)\s+",
    re.IGNORECASE,
)


def topic_of(prompt: str) -> str:
    """The subject of a custom prompt: a leading request phrase and trailing
    punctuation removed (\"Write a story about a brave cat.\" → \"a brave cat\")."""
    subject = _REQUEST.sub("", " ".join(prompt.split())).rstrip(".!?;:, ")
    return subject or prompt.strip()


def _capital(text: str) -> str:
    # A paragraph may start with a slot such as "{a_thing}".
    return text[:1].upper() + text[1:]


def _words(text: str) -> int:
    return len(text.split())


def _slots(material: Material, rng: Random, prompt: str | None) -> dict[str, str]:
    (name, sex), (friend, _) = rng.sample(NAMES, 2)
    place, spot = rng.choice(material.places)
    thing = rng.choice(material.things)
    town = rng.choice(TOWNS)
    place = place.replace("{town}", town)
    slots = {"name": name, "friend": friend, "town": town}
    slots |= {"place": place, "spot": spot, "thing": thing, "a_thing": f"{article(thing)} {thing}"}
    slots |= PRONOUNS[sex]
    if prompt:
        subject = topic_of(prompt)
        short = " ".join(subject.split()[:8])
        slots |= {"prompt": subject, "Prompt": short}
    capitals = {k[:1].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in slots.items()}
    # Title forms: every word capitalised.
    capitals |= {"Spot": title_case(spot), "Thing": title_case(thing)}
    return capitals | slots


def compose(topic: str, rng: Random, words: tuple[int, int], prompt: str | None) -> Story:
    """A story for ``topic`` of ``words[0]``-``words[1]`` words, from ``rng`` alone."""
    material = MATERIAL[topic]
    frame = rng.choice(material.frames)
    slots = _slots(material, rng, prompt)
    low, high = words
    # Aim into the lower part of the range: long stories are bounded by the material.
    target = low + round((high - low) * rng.uniform(0.2, 0.6))
    head = [rng.choice(frame.openings)]
    tail = ([rng.choice(frame.climaxes)] if frame.climaxes else []) + [rng.choice(frame.endings)]
    head, tail = [p.format_map(slots) for p in head], [p.format_map(slots) for p in tail]
    total = sum(map(_words, head + tail))
    order = list(range(len(frame.beats)))
    rng.shuffle(order)
    chosen: list[int] = []
    for index in order:
        beat = frame.beats[index].format_map(slots)
        if total >= target:
            break
        if total + _words(beat) <= high:
            chosen.append(index)
            total += _words(beat)
    if material.kind == "story":
        chosen.sort()
    middle = [frame.beats[i].format_map(slots) for i in chosen]
    # Short atmosphere lines top up a story the beats left short.
    texture = list(frame.texture)
    rng.shuffle(texture)
    for line in texture:
        if total >= target or not middle:
            break
        if total + _words(line) <= high:
            where = rng.randrange(len(middle))
            middle[where] = f"{middle[where]} {line.format_map(slots)}"
            total += _words(line)
    slots["n"] = str(len(middle))
    return Story(
        title=title_case(rng.choice(material.titles).format_map(slots)),
        description=_capital(rng.choice(material.descriptions).format_map(slots)),
        text="\n\n".join(_capital(p) for p in head + middle + tail),
    )


SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "The {Thing} in {Spot}",
        "Three Nights in {town}",
        "What Waited in {Spot}",
        "{name} and the {Thing}",
        "Do Not Listen to the {Thing}",
    ),
    descriptions=(
        "{name} spends a few nights in {place} near {town}, and the {thing} there will not stay "
        "where it is put. A scary story to hear with the lights on.",
        "A cheap place to stay, a quiet town and {a_thing} that moves on its own. A short "
        "horror story about {name}, who stayed one night too long.",
    ),
    places=(
        ("an old lighthouse on the northern cliffs", "the lighthouse"),
        ("a farmhouse at the end of a gravel road", "the farmhouse"),
        ("a hotel that had been closed for twenty years", "the hotel"),
        ("a cabin deep in the pine forest", "the cabin"),
        ("the old boarding school on the hill", "the old school"),
    ),
    things=("music box", "mirror", "radio", "rocking chair", "porcelain doll", "grandfather clock"),
    frames=(
        Frame(
            openings=(
                "{name} moved into {place} outside {town} on the first cold night of autumn. The "
                "rent was cheap, the neighbours were quiet, and nobody mentioned the {thing} that "
                "waited in the room at the end of the hall.",
                "Nobody in {town} would go near {place} after dark, but {name} needed the money, "
                "and the job sounded simple: spend three nights there and keep the lights on. On "
                "the first evening, {he} found the {thing}.",
                "The first thing {name} noticed about {place} was the silence. The second was the "
                "{thing}, standing in a corner as if someone had set it there a moment ago and "
                "meant to come back for it.",
            ),
            beats=(
                "That night {name} woke at three in the morning. Somewhere below, the {thing} was "
                "making a small, patient sound, the kind that stops the moment you hold your "
                "breath to listen, and starts again as soon as you breathe out.",
                "In the morning {he} told {himself} it was the wind. {He} carried the {thing} "
                "into a cupboard, turned the key and put the key in {his} pocket, where {he} "
                "could feel it pressing against {his} leg all day.",
                "When {he} came back that evening, the cupboard stood open and the {thing} was in "
                "the middle of the room again, turned to face the door {he} had just walked "
                "through.",
                "{name} called {friend}, who had grown up in {town}. After a long pause, {friend} "
                "said that the last person to live in {spot} had owned {a_thing} exactly like it, "
                "and had left one night without packing a single bag.",
                "At the library {name} found an old newspaper with a photograph of {spot}. In an "
                "upstairs window, small and blurred, a figure stood with one hand resting on the "
                "{thing}. The photograph was seventy years old.",
                "The next night the sound came closer. Footsteps crossed the landing, stopped "
                "outside {his} door, and waited. Under the door {name} could see the shadow of "
                "two feet, and for a whole hour they did not move.",
                "{name} began to leave every light on. It did not help. The bulbs dimmed one by "
                "one, always starting with the one farthest away, as if something were walking "
                "towards {him} and blowing them out as it came.",
                "{He} tried to leave. The car would not start, the phone showed no signal, and the "
                "road to {town} was lost in a fog so thick that {he} could not see {his} own hands "
                "on the steering wheel.",
                "Back inside, {name} found the {thing} on the kitchen table, and beneath it a "
                "note in careful, old-fashioned handwriting. It said only: you are nearly ready.",
                "{name} searched the cellar with a torch. On the far wall {he} found names "
                "scratched into the stone, dozens of them, each with a date. The last name looked "
                "fresh. It was {his} own.",
            ),
            climaxes=(
                "At midnight every light in {spot} went out at once. In the dark, very close to "
                "{his} ear, someone whispered {his} name, and the {thing} began to play, or "
                "speak, or breathe. {name} could never afterwards say which.",
                "{name} picked up the {thing} and threw it into the fire. It did not burn. The "
                "flames bent away from it, and from the chimney came a long, tired sigh, as "
                "though something very old had been woken for nothing.",
            ),
            endings=(
                "By morning {name} was gone. The police found {spot} empty and tidy, the bed made, "
                "the {thing} back in its corner. {friend} still drives past sometimes, and swears "
                "the upstairs light is always on.",
                "{name} left {town} the next day and never went back. But on some nights, far "
                "away, {he} wakes at three in the morning and hears that small, patient sound, a "
                "little closer every time.",
                "When the sun came up, {name} walked out of {spot} and did not look back. {He} "
                "never told anyone what {he} saw in that last hour. {He} only says that some "
                "things should be left where they are found.",
            ),
            texture=(
                "The wind pushed at the windows as if it wanted to come in.",
                "Somewhere in the walls, old pipes knocked like knuckles.",
                "The air smelled of dust and cold candle wax.",
                "Outside, the trees stood very still, and no birds sang.",
                "Every clock in the house seemed to tick a little too slowly.",
            ),
        ),
    ),
)

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "The Missing {Thing}",
        "The {Thing} of {town}",
        "{name} and the Case of the {Thing}",
        "A Puzzle at {Spot}",
    ),
    descriptions=(
        "{a_thing} vanishes from {place} in {town}, and {name} has one evening to find out who "
        "took it. A short mystery with a fair clue.",
        "Everyone had a reason to want the {thing}. {name} follows the clues through {spot} to an "
        "answer nobody expected.",
    ),
    places=(
        ("a crowded museum on the river", "the museum"),
        ("a grand old hotel by the sea", "the hotel"),
        ("a country house full of guests", "the house"),
        ("a night train crossing the mountains", "the train"),
    ),
    things=(
        "silver compass",
        "emerald ring",
        "first edition",
        "golden pocket watch",
        "painted fan",
    ),
    frames=(
        Frame(
            openings=(
                "The {thing} disappeared from {place} at exactly nine o'clock, during the only "
                "five minutes the lights were out. When they came back on, {name}, who solved "
                "puzzles for a living, noticed one strange thing: a single wet footprint by the "
                "window, pointing inwards.",
                "{name} had come to {town} for a quiet weekend, but on the first evening the "
                "{thing} vanished from its case in {place}. The glass was unbroken, the lock "
                "untouched, and on the floor lay one wet footprint, pointing inwards, towards the "
                "room.",
            ),
            beats=(
                "The manager of {spot} wrung his hands. The {thing} was the most valuable thing "
                "they owned, he said, and it had been insured only the week before. {name} wrote "
                "that down and said nothing.",
                "{friend}, who had been standing nearest to the case, swore {friend} had seen "
                "nothing. But {friend}'s shoes were perfectly dry, and {name} noticed that they "
                "had been polished very recently, which seemed an odd thing to do in the middle "
                "of a party.",
                "A waiter remembered a tall stranger in a grey coat who had left early. Everyone "
                "was sure the stranger was the thief, and someone ran out into the rain to look "
                "for him. {name} only asked which way the window opened.",
                "The window, it turned out, could not be opened from outside at all. Whoever had "
                "made that footprint had stood by the window with wet shoes, and had come in from "
                "the rain, not gone out into it.",
                "{name} counted the umbrellas in the stand by the door. There were seven, and "
                "seven guests had arrived. But one umbrella was dry, and on a night of steady "
                "rain, that meant its owner had gone out again after arriving.",
                "In a quiet corner {name} found the manager's assistant, pale and nervous. The "
                "assistant admitted to having borrowed the key to the case earlier that day, but "
                "only, the assistant said, to clean the glass.",
                "The stranger in the grey coat was found at the station. He was a travelling "
                "piano tuner with a ticket home and nothing in his pockets but a tuning fork. He "
                "had left early because he hated parties.",
                "{name} asked for the lights to be switched off again, just for a moment, and "
                "stood in the dark listening. In the silence {he} heard a faint ticking from "
                "behind the heavy curtain, where nobody had thought to look.",
            ),
            climaxes=(
                "{name} gathered everyone together. The thief, {he} said, had gone out into the "
                "rain during the blackout and come back in through the door, leaving a wet "
                "footprint by the window to make it look like a break-in. Only one person had a "
                "reason to fake a theft: the manager, who had insured the {thing} for a fortune "
                "the week before.",
            ),
            endings=(
                "The manager confessed before {name} had finished. The {thing} was found wrapped "
                "in a napkin behind the curtain, where he had meant to collect it later. {name} "
                "caught the last train out of {town} and slept the whole way home.",
                "The manager sat down heavily and admitted everything. The {thing} came back to "
                "its case that same night, and {name} went back to {his} quiet weekend, though "
                "{he} kept a careful eye on the umbrellas.",
            ),
            texture=(
                "Rain drummed steadily on the glass roof.",
                "Somewhere a clock struck the quarter hour.",
                "The guests whispered in little worried groups.",
            ),
        ),
    ),
)

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "The Little {Thing} Who Could Not Sleep",
        "{name} and the Quiet Moon",
        "Goodnight, {name}",
        "The Long Way Home to {Spot}",
    ),
    descriptions=(
        "A little {thing} named {name} goes looking for the moon and finds the way home. A gentle "
        "bedtime story.",
        "Soft, slow and sleepy: {name} the {thing} says goodnight to everyone in {spot}.",
    ),
    places=(
        ("a meadow at the edge of the woods", "the meadow"),
        ("a willow tree beside a slow river", "the willow tree"),
        ("a garden behind a little blue house", "the garden"),
    ),
    things=("fox", "rabbit", "owl", "hedgehog", "bear", "mouse"),
    frames=(
        Frame(
            openings=(
                "Once upon a time, in {place}, there lived a little {thing} named {name}. Every "
                "night the stars came out, one by one, and every night {name} was far too curious "
                "to close {his} eyes.",
                "In {place}, where the grass was soft and the air smelled of clover, lived a small "
                "{thing} called {name}. One evening the moon rose so big and round that {name} "
                "decided to go and say hello to it.",
            ),
            beats=(
                "{name} padded past the sleeping flowers, which had folded their petals like tiny "
                "hands. Good night, flowers, whispered {name}, and the flowers nodded in the "
                "breeze.",
                "By the pond {he} met an old frog named {friend}, sitting on a lily pad. The moon "
                "lives far away, said {friend} kindly, but it likes to look at itself in the "
                "water. And there it was, floating in the pond like a silver plate.",
                "{name} touched the water with one paw. The moon wobbled and broke into a hundred "
                "little pieces, then slowly came back together again, as if nothing had happened "
                "at all. {name} laughed a small, sleepy laugh.",
                "A family of fireflies drifted by, blinking their little lanterns. They showed "
                "{name} the path through the tall grass, blinking on and off, on and off, slower "
                "and slower.",
                "On a branch sat a grey owl with big gentle eyes. Everyone has to rest sometime, "
                "said the owl, even the moon. It sleeps all day, so it can watch over you all "
                "night.",
                "A cool breeze came by and hummed a soft song in the leaves. {name} yawned a big "
                "yawn, the biggest yawn of the whole night, and {his} paws began to feel very "
                "heavy.",
                "{name} looked back the way {he} had come. Far away, {spot} was waiting, warm and "
                "quiet, with a little bed of moss that was just the right size for a small "
                "{thing}.",
            ),
            climaxes=(
                "So {name} turned around and walked slowly home, past the pond, past the "
                "fireflies, past the folded flowers. The moon followed {him} all the way, as if "
                "to make sure {he} got there safely.",
            ),
            endings=(
                "{name} curled up in {his} bed of moss and closed {his} eyes. Good night, moon, "
                "{he} whispered. And the moon, high above {spot}, shone a little softer, and kept "
                "watch until morning.",
                "Back home, {name} snuggled down, warm and safe. The stars twinkled, the river "
                "murmured, and soon the little {thing} was fast asleep, dreaming of silver ponds. "
                "Good night, {name}. Good night.",
            ),
            texture=(
                "Everything was hushed and slow.",
                "The night was soft and warm, like a blanket.",
                "Far away, a cricket sang a lullaby.",
            ),
        ),
    ),
)

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "The Legend of {Spot}",
        "Never Stop at {Spot}",
        "The {Thing} of {town}",
        "What Happened at {Spot}",
    ),
    descriptions=(
        "Everyone in {town} knows someone who knows someone who saw it. The legend of {spot}, "
        "and the {thing} people say you should never touch.",
        "A friend of a friend, a late night and {place}. An urban legend from {town}.",
    ),
    places=(
        ("an old phone box on the highway out of {town}", "the phone box"),
        ("a lonely bus stop on Route Nine", "the bus stop"),
        ("a narrow bridge over the Black Creek", "the bridge"),
        ("the lift in the tallest building in {town}", "the lift"),
    ),
    things=("red scarf", "silver coin", "handwritten note", "old umbrella"),
    frames=(
        Frame(
            openings=(
                "If you grow up in {town}, sooner or later someone tells you about {place}. They "
                "say that if you pass it after midnight, you might find {a_thing} waiting there, "
                "and that you must never, ever pick it up.",
                "This story was told to me by {friend}, whose cousin swears it is true. It is "
                "about {place}, {a_thing}, and a student named {name} who did not believe in "
                "legends.",
            ),
            beats=(
                "The story goes back fifty years, to a rainy night when a young woman in a red "
                "coat waited at {spot} for someone who never came. In the morning she was gone, "
                "and all that remained was {a_thing}, perfectly dry despite the rain.",
                "Since then, people say, the {thing} comes back. Nobody sees it arrive. It is "
                "simply there, one night a year, as if it had been left a moment ago by someone "
                "who will be right back.",
                "{name} heard the legend at a party and laughed. That night, just to prove a "
                "point, {he} drove out to {spot} with {his} phone camera ready, promising {his} "
                "friends a video of absolutely nothing.",
                "At first there was nothing. Then {name}'s headlights flickered, and when they "
                "came back, the {thing} was lying on the ground where there had been nothing a "
                "second before.",
                "Against every warning {he} had ever heard, {name} picked it up. It was cold, much "
                "colder than the night, and it smelled faintly of rain, though the sky was clear.",
                "On the drive home {name} kept glancing at the mirror. Every time, for just a "
                "moment, {he} was sure {he} saw a woman in a red coat sitting quietly in the back "
                "seat.",
                "The video, when {name} played it back, showed the empty road, the flicker, and "
                "then a voice, very close to the microphone, saying: thank you for waiting.",
            ),
            climaxes=(
                "The next morning the {thing} was gone from {name}'s car, though every door had "
                "been locked. On the seat where it had been lay a single old bus ticket, dated "
                "fifty years ago to the day.",
            ),
            endings=(
                "{name} still lives in {town}, and {he} will not talk about that night. But if you "
                "drive past {spot} after midnight, people say, do not stop. And if you see the "
                "{thing}, leave it where it is. Someone is still coming back for it.",
                "Is it true? {friend} says it is, and {friend} heard it from someone who was "
                "there. That is how legends work. But the bus ticket is real. {name} keeps it in "
                "a drawer and never opens that drawer after dark.",
            ),
            texture=(
                "The streetlights buzzed and flickered.",
                "The road was empty in both directions.",
                "Somewhere far off, a dog began to howl.",
            ),
        ),
    ),
)

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Letters from {town}",
        "The {Thing} at {Spot}",
        "{name} and {friend}",
        "Every Tuesday at {Spot}",
    ),
    descriptions=(
        "{name} and {friend} keep meeting at {place}, and neither of them is brave enough to say "
        "it first. A short love story.",
        "A small town, {a_thing} and two people who almost miss each other. A love story set in "
        "{town}.",
    ),
    places=(
        ("a little bookshop on the corner of the square", "the bookshop"),
        ("a busy café near the station", "the café"),
        ("a bench by the harbour", "the bench"),
        ("the community garden on Elm Street", "the garden"),
    ),
    things=("yellow umbrella", "paperback novel", "blue notebook", "old camera"),
    frames=(
        Frame(
            openings=(
                "{name} first saw {friend} on a rainy Tuesday at {place} in {town}. {friend} was "
                "holding {a_thing} and laughing at something, and {name} forgot, for a whole "
                "minute, what {he} had come in for.",
                "Every Tuesday, {name} went to {place} in {town}, and every Tuesday, {friend} was "
                "already there with {a_thing}. For months they only nodded to each other, two "
                "strangers who were somehow always in the same place.",
            ),
            beats=(
                "One day {friend} left the {thing} behind. {name} picked it up and kept it safe "
                "for a week, rehearsing what to say when {he} gave it back. When the moment came, "
                "{he} said only: I think this is yours.",
                "That was enough. They started talking, a little more each Tuesday, about books "
                "and weather and the strange dreams that {friend} wrote down every morning.",
                "{name} found {himself} noticing small things: the way {friend} tilted a cup to "
                "read the bottom, the song {friend} hummed when nervous, the way the rain always "
                "seemed to stop when they walked out together.",
                "Then one Tuesday {friend} did not come. Nor the next. {name} sat alone at {spot}, "
                "the chair across the table as empty as a question nobody had dared to ask.",
                "{name} learned from the owner that {friend} had taken a job in another city. "
                "{He} wrote a letter, tore it up, wrote another, and tore that one up too. Some "
                "words are easier to think than to write.",
                "In the end {he} wrote just three lines, said what {he} had never said out loud, "
                "and posted the letter before {he} could change {his} mind.",
                "Weeks passed without an answer. {name} kept going to {spot} every Tuesday anyway, "
                "because it had become the place where {he} was most {himself}.",
            ),
            climaxes=(
                "Then, on a grey Tuesday in spring, the door opened and {friend} walked in, wet "
                "from the rain, holding the letter. I read it on the train, {friend} said. I read "
                "it eleven times. Then I bought a ticket back.",
            ),
            endings=(
                "They still meet at {spot} every Tuesday, though now they arrive together. The "
                "{thing} sits on a shelf at home, where they can both see it, a reminder that the "
                "best things often begin with: I think this is yours.",
                "A year later, at {spot}, {name} asked {friend} a question that needed only one "
                "word as an answer. {friend} said it twice, just to be sure, and outside, right "
                "on cue, the rain stopped.",
            ),
            texture=(
                "Outside, the rain softened to a gentle drizzle.",
                "The smell of coffee and old paper filled the room.",
                "The town lights came on one by one along the street.",
            ),
        ),
    ),
)

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Start Before You Are Ready",
        "How {name} Learned to {Spot}",
        "One Small Step a Day",
        "The Day {name} Did Not Quit",
    ),
    descriptions=(
        "{name} wanted to {place} and failed, again and again. What changed was not talent but "
        "a habit anyone can start today.",
        "A short motivational story about {name}, a dream to {place}, and the power of showing up.",
    ),
    places=(
        ("run a marathon", "Run a Marathon"),
        ("open a small bakery", "Open a Bakery"),
        ("learn to play the piano", "Play the Piano"),
        ("write a novel", "Write a Novel"),
    ),
    things=("notebook", "calendar", "alarm clock"),
    frames=(
        Frame(
            openings=(
                "When {name} was thirty-five, {he} decided to {place}. Everyone {he} told smiled "
                "politely, the way people smile at a dream they do not expect to come true. "
                "{name} was not sure either. But {he} started anyway.",
                "{name} had wanted to {place} for as long as {he} could remember, and for just as "
                "long {he} had a reason why not: too busy, too tired, too late. One morning {he} "
                "realised the reasons had become a life.",
            ),
            beats=(
                "The first attempt went badly. {name} did too much too soon, felt terrible, and "
                "nearly gave up after a week. Big beginnings, {he} learned, burn out fast.",
                "So {he} made the goal smaller. Twenty minutes a day, no more and no less. {He} "
                "marked each day in a {thing} with a single cross, and the only rule was to not "
                "break the chain.",
                "Some days the twenty minutes felt wonderful. Most days they felt ordinary. A few "
                "days they felt impossible, and those were the days that counted most, because "
                "{name} did them anyway.",
                "A friend named {friend} asked to join. Having someone waiting for {him} made it "
                "harder to skip, and on the bad days they reminded each other why they had "
                "started.",
                "After three months {name} looked back through the {thing}. Ninety small crosses. "
                "None of them had felt like progress, but together they were a distance {he} could "
                "hardly believe.",
                "Then came a setback: an injury, a lost job, a hard winter. For two weeks the "
                "{thing} stayed empty. The old voice came back and said: you see, it was never "
                "going to work.",
                "Some mornings {name} compared {himself} with people who seemed far ahead. It "
                "never helped. The only fair comparison, {he} decided, was with who {he} had been "
                "the month before.",
                "{name} answered it with the smallest step {he} could find. Five minutes instead "
                "of twenty. A bad day done is still a day done, and the chain began again.",
            ),
            climaxes=(
                "A year after that first clumsy week, {name} did it: {he} managed to {place}. It "
                "was not perfect, and it did not need to be. The person who finished was not the "
                "person who started, and that was the real prize.",
            ),
            endings=(
                "So here is the lesson from {name}'s story. You do not need to feel ready. You "
                "need to start small, show up on the ordinary days, and forgive yourself the bad "
                "ones. Your first step can be today.",
                "If there is something you have put off for years, take one small step towards it "
                "today. Then do it again tomorrow. That is all {name} did, and that is all it "
                "takes.",
            ),
            texture=(
                "Each cross in the {thing} was a small promise kept.",
                "The hardest part was always the first minute.",
                "Progress was slow, but it was real.",
                "Nobody was watching, and that was fine.",
                "Motivation came and went; the habit stayed.",
            ),
        ),
    ),
)

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "The Ship That Was Rebuilt",
        "What Makes a Good Life?",
        "The {Thing} and the River",
        "Are You the Same Person You Were?",
    ),
    descriptions=(
        "A quiet reflection on change, identity and what stays the same when everything moves.",
        "An old puzzle, {a_thing} and a few questions worth carrying with you today.",
    ),
    things=("wooden ship", "old clock", "stone bridge"),
    frames=(
        Frame(
            openings=(
                "Imagine {a_thing} that is repaired, piece by piece, over many years, until not "
                "one original part remains. Is it still the same {thing}? Philosophers have "
                "argued about this puzzle for more than two thousand years.",
                "The Greek thinker Heraclitus said that no one steps into the same river twice, "
                "because the river is never the same, and neither is the person. It sounds simple. "
                "It is one of the deepest ideas we have.",
            ),
            beats=(
                "Now think of your own body. Many of its cells are replaced over the years, your "
                "memories shift, and your opinions change. And yet you feel like one continuous "
                "person, the same one who once learned to read.",
                "Some say what makes you you is memory, the thread that ties each day to the one "
                "before. But memory is fragile and often wrong. Perhaps we are less a thing than a "
                "story we keep telling.",
                "Others say it is character: the way you treat people, what you care about, how "
                "you choose when nobody is watching. On that view, you can become a better "
                "version of yourself without ceasing to be yourself.",
                "The Stoics offered a practical answer. Some things are in our control, like our "
                "judgements and actions, and most things are not. Peace begins, they said, when we "
                "stop fighting the second kind.",
                "Change can feel like loss. But a life with no change would be a photograph, not a "
                "life. The river is beautiful precisely because it moves.",
                "Think of an old friend you have not seen for twenty years. When you meet again, "
                "you recognise them at once, not by their face, which has changed, but by "
                "something in how they laugh and what they notice.",
                "Buddhist thinkers went further and suggested that the fixed self is an illusion, "
                "a convenient name for a stream of moments. Strangely, many people find that idea "
                "not frightening but freeing.",
                "And what about the {thing}? Maybe it stays the same {thing} because people keep "
                "caring for it, using it and calling it by its name. Identity may live partly in "
                "the care others give us.",
                "Perhaps the better question is not who you are, but who you are becoming. Every "
                "small choice is a plank replaced in the ship, and you get to choose the wood.",
            ),
            climaxes=(),
            endings=(
                "So the next time you feel you are not who you used to be, take heart. Neither is "
                "the river, and it still finds its way to the sea.",
                "There may be no final answer, and that is fine. Some questions are not meant to "
                "be solved but carried, like a lantern, to light the way a little further.",
            ),
            texture=(
                "It is worth sitting with that for a moment.",
                "Pause on that question before moving on.",
                "The answer is less obvious than it first seems.",
                "There is comfort in that thought.",
            ),
        ),
    ),
)

CUSTOM = Material(
    kind="story",
    subject="",
    titles=("A Story About {Prompt}", "{name} and {Prompt}", "The Day of {Prompt}"),
    descriptions=(
        "A short story about {prompt}, following {name} from {town}.",
        "{name}, a small town and {prompt}: a story with a beginning, a middle and an end.",
    ),
    places=(
        ("a small town by the sea", "the town"),
        ("a busy little city", "the city"),
        ("a village in the hills", "the village"),
    ),
    things=("map", "letter", "key"),
    frames=(
        Frame(
            openings=(
                "This is a story about {prompt}. It begins with {name}, who lived in {place} "
                "called {town}, and who had been thinking about it for a very long time.",
                "Everyone in {town} had an opinion about {prompt}, but {name} wanted to see for "
                "{himself}. So one bright morning {he} packed a bag, put {a_thing} in {his} pocket "
                "and set out.",
            ),
            beats=(
                "The first person {name} asked was {friend}, an old friend who knew everyone in "
                "{town}. {friend} listened carefully, then smiled and said that the best stories "
                "always start with a question.",
                "{name} walked for hours, asking questions and writing down the answers. Some "
                "people laughed, some shrugged, and a few told {him} things that made {him} stop "
                "and think.",
                "By evening {he} had filled pages, but the answers did not fit together. It felt "
                "like a puzzle with one piece missing, and {name} had no idea where to look for "
                "it.",
                "Then something unexpected happened. The {thing} in {his} pocket, which {he} had "
                "almost forgotten, turned out to be exactly what {he} needed.",
                "For the first time, {name} understood what {prompt} really meant to {him}. It was "
                "not what anyone had told {him}. It was simpler, and more surprising.",
                "On the way {name} met a stranger who had been searching for the same thing for "
                "years. They walked together for a while, trading stories, and each gave the other "
                "one good idea before their paths parted.",
                "That night {name} sat by a small fire and read through {his} notes. Slowly a "
                "shape appeared in them, like a picture coming out of the fog, and {he} began to "
                "smile.",
                "There was one more difficulty. {name} had to choose between the safe way home "
                "and the harder path that would lead {him} to the end of the story. {He} chose "
                "the harder path.",
            ),
            climaxes=(
                "When {name} finally reached the end of the road, {he} found that {prompt} was "
                "waiting there in a way {he} had never imagined, and {he} laughed out loud at how "
                "long it had taken to see it.",
            ),
            endings=(
                "{name} went home to {town} and told {friend} everything. {friend} listened to "
                "the whole story, then said: I knew you would find it. And from then on, whenever "
                "anyone asked about {prompt}, they were sent to {name}.",
                "That is the story of {name} and {prompt}. It changed {him} a little, the way good "
                "stories do, and {he} still tells it on long evenings in {town}.",
            ),
            texture=(
                "The sun moved slowly across the sky.",
                "Nobody in {town} had ever done anything quite like it.",
                "The road ahead was long, but {name} felt light.",
                "It was a day {name} would remember for a long time.",
            ),
        ),
    ),
)

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        # Not naming the joke: the titles fit either frame (and keep the punchline hidden).
        "A Very Long Joke",
        "A Joke That Takes Its Time",
        "The Strangest Day of {name}'s Life",
    ),
    descriptions=(
        "A long joke that takes its time. Stay for the punchline.",
        "{name} hears about something too good to be true. A shaggy-dog story with a twist.",
    ),
    frames=(
        Frame(
            openings=(
                "{name} was driving through the countryside near {town} when {he} saw a sign "
                "outside a farmhouse: talking dog for sale. Curious, {he} knocked. The farmer "
                "pointed to the yard, where an old dog was lying in the sun. Go ahead, he said. "
                "Ask him anything.",
            ),
            beats=(
                "So {name} asked the dog: can you really talk? Oh yes, said the dog, stretching. "
                "I discovered it as a puppy. I wanted to help my country, so I told the "
                "government about my gift.",
                "In no time at all they had me working undercover. I sat in rooms with world "
                "leaders and spies, because nobody ever imagines a dog is listening.",
                "I was one of their most valuable agents for eight years. I uncovered plots, "
                "stopped two smuggling rings, and once saved an ambassador by barking at exactly "
                "the right moment.",
                "But all that flying around wore me out. So I took a job at the airport, "
                "wandering near suspicious characters and listening in. I got medals for that "
                "too, several of them.",
                "I also taught myself three languages, wrote half a book of poetry, and for a "
                "while gave advice on a radio show under a false name. Nobody ever guessed.",
                "I also volunteered at a hospital, visiting sick children. Doctors said "
                "my bedtime stories did more good than half their medicine, though I suspect "
                "they were being kind.",
                "One winter I even helped a mountain rescue team. I found four lost hikers in "
                "the snow, and talked one of them out of eating my biscuits, which I am still "
                "proud of.",
                "Then I got married, had a good number of puppies, and now I am retired, "
                "enjoying the sun. That is about it, said the dog, and yawned.",
            ),
            climaxes=(
                "{name} was amazed. {He} went back to the farmer and said: that dog is "
                "incredible. How much do you want for him? Ten dollars, said the farmer. Ten "
                "dollars? said {name}. Why on earth are you selling him so cheap?",
            ),
            endings=(
                "The farmer sighed. Because he is a liar, he said. He never did any of that stuff.",
            ),
            texture=(
                "{name} nodded slowly, not quite believing it.",
                "The dog paused to scratch behind one ear.",
                "The farmer carried on fixing his fence as if nothing was unusual.",
                "Somewhere behind the barn, a rooster crowed, clearly unimpressed by any of it.",
            ),
        ),
        Frame(
            openings=(
                "{name}'s car broke down one night near a monastery in the hills above {town}. "
                "The monks took {him} in, fed {him} and gave {him} a bed. In the middle of the "
                "night {name} heard a strange, beautiful sound, unlike anything {he} had ever "
                "heard.",
            ),
            beats=(
                "In the morning {he} asked the monks what the sound was. We cannot tell you, "
                "said the abbot gently. You are not a monk. {name} thanked them, fixed the car "
                "and drove home, but {he} could not forget that sound.",
                "Years later {name} came back and begged to know. We cannot tell you, said the "
                "abbot. You are not a monk. So {name} asked how {he} could become one.",
                "You must count every blade of grass in the valley, said the abbot, and every "
                "grain of sand on the shore. {name} spent years at it, and came back with the "
                "exact numbers.",
                "Then {he} had to learn every prayer by heart, in four languages, and copy the "
                "great book of the monastery by hand, without a single mistake. It took another "
                "ten years.",
                "Next {he} had to plant an orchard of a thousand trees and wait until every "
                "one of them bore fruit. {name} planted, watered and waited, season after "
                "season, and the monks nodded patiently.",
                "Then {he} had to walk to the sea and back barefoot, carrying a bowl of water "
                "without spilling a drop. It took three attempts and most of a decade.",
                "Then {he} had to sit in silence on the mountain for a whole winter. {name} did "
                "all of it, grey-haired now, and finally stood before the abbot again.",
            ),
            climaxes=(
                "Congratulations, said the abbot. You are a monk. Now we can show you the source "
                "of the sound. He led {name} to a wooden door, then a silver door, then a golden "
                "door, and gave {him} the last key. {name} opened the door, and there, at last, "
                "was the source of the sound.",
            ),
            endings=("And it was amazing. But I cannot tell you what it was. You are not a monk.",),
            texture=(
                "And all the while, every night, the sound went on.",
                "The monks smiled and said nothing more.",
                "{name} never once complained.",
                "The seasons turned, and the valley grew green and gold and white again.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} Fun Facts You Probably Did Not Know",
        "{n} Surprising Facts About Our World",
        "Did You Know? {n} Amazing Facts",
    ),
    descriptions=(
        "{n} true facts about animals, space and history that sound made up but are not.",
        "Quick, true and surprising: {n} fun facts to share with a friend.",
    ),
    frames=(
        Frame(
            openings=(
                "Here are a few facts that sound made up, but are completely true.",
                "Get ready to be surprised. Every one of these facts is true.",
            ),
            beats=(
                "Honey found in ancient Egyptian tombs was still edible after thousands of years, "
                "because its low water content and natural acidity keep bacteria from growing.",
                "Octopuses have three hearts and blue blood. Two hearts pump blood through the "
                "gills, and the third pumps it around the rest of the body.",
                "Botanically speaking, bananas are berries, but strawberries are not. A true berry "
                "grows from a single flower with one ovary, and strawberries break that rule.",
                "A day on Venus is longer than its year. Venus turns so slowly that it travels "
                "around the Sun before it finishes a single rotation.",
                "Sharks are older than trees. Sharks appeared over four hundred million years ago, "
                "tens of millions of years before the first true trees.",
                "Wombats leave cube-shaped droppings. The shape is made in the last part of their "
                "intestines, and it stops the droppings from rolling away.",
                "The Eiffel Tower grows taller in summer. Heat makes its iron expand, and the top "
                "can rise by more than ten centimetres on a hot day.",
                "Sea otters often hold paws while they sleep, so that they do not drift apart on "
                "the water.",
                "There are more possible games of chess than atoms in the observable universe, a "
                "number so large that no computer could ever list them all.",
                "Cleopatra lived closer in time to the first Moon landing than to the building of "
                "the Great Pyramid of Giza.",
                "A flamingo is pink only because of the pigments in the shrimp and algae it eats. "
                "And a group of flamingos is called a flamboyance.",
                "Lightning strikes the Earth around forty times every second, which adds up to "
                "more than a billion flashes every year.",
                "Koalas sleep up to twenty hours a day, partly because their diet of eucalyptus "
                "leaves gives them very little energy.",
                "Butterflies taste with their feet. Sensors on their legs tell them whether a leaf "
                "is a good place to lay their eggs.",
                "Oxford University is older than the Aztec Empire. Teaching in Oxford began around "
                "the year 1096, and the Aztec capital was founded in 1325.",
                "The national animal of Scotland is the unicorn, a symbol of purity and power that "
                "has appeared on Scottish royal coats of arms for centuries.",
                "A cloud can weigh hundreds of tonnes. It floats because that water is spread out "
                "as tiny droplets over an enormous volume of air.",
                "Hot water can sometimes freeze faster than cold water. It is called the Mpemba "
                "effect, and scientists still argue about why it happens.",
            ),
            climaxes=(),
            endings=(
                "Which one surprised you the most? Share it with someone today.",
                "The world is stranger than we think. Stay curious.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} Life Pro Tips Worth Knowing",
        "{n} Small Habits That Make Life Easier",
        "Life Hacks: {n} Tips That Actually Work",
    ),
    descriptions=(
        "{n} practical tips for everyday life, each with the reason it works.",
        "Simple, useful and free: {n} life pro tips.",
    ),
    frames=(
        Frame(
            openings=(
                "Here are some small tips that can make everyday life a little easier.",
                "These life pro tips take seconds to learn and can save you hours.",
            ),
            beats=(
                "Use the two-minute rule. If a task takes less than two minutes, do it now, "
                "because writing it down and remembering it later costs more than doing it.",
                "Before a difficult conversation, write down the one thing you want the other "
                "person to understand. It keeps you calm and stops you drifting off topic.",
                "Put your phone in another room when you need to focus. Even a silent phone on the "
                "desk pulls at your attention.",
                "When you learn someone's name, use it once in the conversation. Saying it aloud "
                "helps your memory store it.",
                "Lay out tomorrow's clothes and bag the night before. Mornings go smoother when "
                "the decisions are already made.",
                "If you cannot decide between two options, flip a coin. While it is in the air, "
                "you often notice which side you are hoping for.",
                "Keep a small notebook or a note on your phone for ideas. Ideas arrive at odd "
                "times and leave just as quickly.",
                "Drink a glass of water when you wake up. After a night without water, it is one "
                "of the simplest ways to feel more awake.",
                "Wait a day before buying anything expensive that you did not plan to buy. If you "
                "still want it tomorrow, it is probably worth it.",
                "Take a photo of where you parked, of your luggage before a trip, and of important "
                "documents. Photos are the easiest backup you will ever make.",
                "When you feel overwhelmed, write every task down, then pick just one. A list on "
                "paper is lighter than a list in your head.",
                "Stand up and walk for a few minutes every hour. Your back, your eyes and your "
                "ideas will all be better for it.",
                "Say thank you in writing when someone helps you. A short note is remembered far "
                "longer than a quick word.",
                "Set your alarm for the time you actually need to get up, not earlier. Snoozing "
                "breaks up your last, most restful sleep.",
                "Check your plans for tomorrow before bed. Two minutes of planning saves a morning "
                "of rushing.",
                "Learn to say: let me think about it and get back to you. It gives you time to "
                "make a decision you will not regret.",
                "Clean as you cook. Washing a bowl while the pasta boils means the kitchen is "
                "nearly clean by the time you eat.",
                "Keep a spare phone charger in your bag. The day you need it is never the day you "
                "planned for.",
            ),
            climaxes=(),
            endings=(
                "Try one of these today and see what changes.",
                "Small habits add up. Pick your favourite and start with it.",
            ),
        ),
    ),
)

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} Strange but True Moments in History",
        "History Is Weirder Than You Think",
        "{n} True Stories from History",
    ),
    descriptions=(
        "{n} real moments from history that sound like fiction.",
        "Wars against birds, floods of molasses and a plague of dancing: history is "
        "stranger than fiction.",
    ),
    frames=(
        Frame(
            openings=(
                "History is full of moments so strange that they sound invented. All of "
                "these really happened.",
                "You will not find most of these stories in a school textbook, but every one "
                "of them is true.",
            ),
            beats=(
                "In 1932, Australia sent soldiers with machine guns to fight emus that were "
                "destroying crops in Western Australia. The birds scattered, dodged and mostly "
                "survived, and the press called it the Great Emu War. The emus won.",
                "In January 1919, a huge tank of molasses burst in Boston. A wave of thick, sticky "
                "syrup rushed through the streets, and twenty-one people died. Locals said the "
                "neighbourhood smelled sweet for decades.",
                "The shortest war in recorded history was fought between Britain and Zanzibar in "
                "1896. It lasted less than an hour before Zanzibar's sultan's palace was shelled "
                "and a ceasefire came.",
                "In the summer of 1518 in Strasbourg, a woman began dancing in the street and "
                "could not stop. Within weeks, dozens of people had joined her. Historians still "
                "debate what caused this dancing plague.",
                "In 1628 the Swedish warship Vasa, the pride of the navy, sailed out of Stockholm "
                "on its first voyage and sank less than two kilometres from the harbour. It was "
                "raised in 1961 and can be visited today.",
                "In 1848 an iron rod was driven straight through the head of a railway worker "
                "named Phineas Gage. He survived and lived for years, but friends said his "
                "personality changed, and his case taught doctors about the brain.",
                "On Christmas 1914, in the middle of the First World War, soldiers along parts of "
                "the Western Front stopped fighting, sang carols and met in no man's land to swap "
                "gifts. Some even played football.",
                "In 1983 a Soviet officer named Stanislav Petrov saw his screens report incoming "
                "American missiles. He judged it a false alarm and did not pass it on as an "
                "attack. He was right, and may have prevented a nuclear war.",
                "In 1816, after a huge volcanic eruption in Indonesia, Europe and North America "
                "had a year without a summer. Crops failed, and stuck indoors by the gloomy "
                "weather, Mary Shelley began writing Frankenstein.",
                "In 1814 a giant vat of beer burst at a London brewery, and a flood of beer swept "
                "through the nearby streets. Eight people died in the London Beer Flood.",
                "In 218 BC the general Hannibal led an army with war elephants over the Alps to "
                "attack Rome. Many animals and soldiers died in the snow, but the crossing became "
                "one of history's great military legends.",
                "Napoleon was not unusually short. He was about average height for a Frenchman of "
                "his time, but British cartoonists loved to draw him tiny, and the image stuck.",
                "In 1970 an oxygen tank exploded on Apollo 13, on the way to the Moon. The crew "
                "used their lunar module as a lifeboat, improvised a carbon dioxide filter, and "
                "all three came home safely.",
            ),
            climaxes=(),
            endings=(
                "History, it turns out, is much stranger than fiction.",
                "Which of these would you like to hear more about? History is full of surprises.",
            ),
        ),
    ),
)

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
TOPICS = tuple(MATERIAL)
LLM_SUBJECTS = {topic: material.subject for topic, material in MATERIAL.items()}
