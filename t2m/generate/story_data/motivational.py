"""Material for the ``motivational`` topic: stories with a lesson the
listener can use."""

from t2m.generate.story_data.model import Frame, Material

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
