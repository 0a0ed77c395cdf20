"""Material for the ``scary`` topic: a haunted place, a thing that will not
stay put, three nights of dread."""

from t2m.generate.story_data.model import Frame, Material

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
