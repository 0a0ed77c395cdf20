"""Material for the ``mystery`` topic: a missing valuable, a fair clue and
its solution."""

from t2m.generate.story_data.model import Frame, Material

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
