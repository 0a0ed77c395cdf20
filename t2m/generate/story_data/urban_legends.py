"""Material for the ``urban_legends`` topic: modern legends told as if by a
friend of a friend."""

from t2m.generate.story_data.model import Frame, Material

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
