"""Material for the ``long_form_jokes`` topic: shaggy-dog stories that build
up to a punchline."""

from t2m.generate.story_data.model import Frame, Material

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
