"""Material for the ``philosophy`` topic: short, thoughtful reflections."""

from t2m.generate.story_data.model import Frame, Material

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
