"""Material for the ``custom`` topic: a story built around the user's own
prompt (``{prompt}``, ``{Prompt}`` slots)."""

from t2m.generate.story_data.model import Frame, Material

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
