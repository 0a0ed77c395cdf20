"""Material for the ``bedtime`` topic: calm, gentle stories for young children."""

from t2m.generate.story_data.model import Frame, Material

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
