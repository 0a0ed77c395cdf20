"""Material for the ``fun_facts`` topic: a list of surprising but true facts."""

from t2m.generate.story_data.model import Frame, Material

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
