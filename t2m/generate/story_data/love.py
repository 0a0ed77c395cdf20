"""Material for the ``love`` topic: warm, heartfelt love stories."""

from t2m.generate.story_data.model import Frame, Material

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
