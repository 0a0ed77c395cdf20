"""Material for the ``interesting_history`` topic: a list of true,
well-documented moments from history."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} Strange but True Moments in History",
        "History Is Weirder Than You Think",
        "{n} True Stories from History",
    ),
    descriptions=(
        "{n} real moments from history that sound like fiction.",
        "Wars against birds, floods of molasses and a plague of dancing: history is "
        "stranger than fiction.",
    ),
    frames=(
        Frame(
            openings=(
                "History is full of moments so strange that they sound invented. All of "
                "these really happened.",
                "You will not find most of these stories in a school textbook, but every one "
                "of them is true.",
            ),
            beats=(
                "In 1932, Australia sent soldiers with machine guns to fight emus that were "
                "destroying crops in Western Australia. The birds scattered, dodged and mostly "
                "survived, and the press called it the Great Emu War. The emus won.",
                "In January 1919, a huge tank of molasses burst in Boston. A wave of thick, sticky "
                "syrup rushed through the streets, and twenty-one people died. Locals said the "
                "neighbourhood smelled sweet for decades.",
                "The shortest war in recorded history was fought between Britain and Zanzibar in "
                "1896. It lasted less than an hour before Zanzibar's sultan's palace was shelled "
                "and a ceasefire came.",
                "In the summer of 1518 in Strasbourg, a woman began dancing in the street and "
                "could not stop. Within weeks, dozens of people had joined her. Historians still "
                "debate what caused this dancing plague.",
                "In 1628 the Swedish warship Vasa, the pride of the navy, sailed out of Stockholm "
                "on its first voyage and sank less than two kilometres from the harbour. It was "
                "raised in 1961 and can be visited today.",
                "In 1848 an iron rod was driven straight through the head of a railway worker "
                "named Phineas Gage. He survived and lived for years, but friends said his "
                "personality changed, and his case taught doctors about the brain.",
                "On Christmas 1914, in the middle of the First World War, soldiers along parts of "
                "the Western Front stopped fighting, sang carols and met in no man's land to swap "
                "gifts. Some even played football.",
                "In 1983 a Soviet officer named Stanislav Petrov saw his screens report incoming "
                "American missiles. He judged it a false alarm and did not pass it on as an "
                "attack. He was right, and may have prevented a nuclear war.",
                "In 1816, after a huge volcanic eruption in Indonesia, Europe and North America "
                "had a year without a summer. Crops failed, and stuck indoors by the gloomy "
                "weather, Mary Shelley began writing Frankenstein.",
                "In 1814 a giant vat of beer burst at a London brewery, and a flood of beer swept "
                "through the nearby streets. Eight people died in the London Beer Flood.",
                "In 218 BC the general Hannibal led an army with war elephants over the Alps to "
                "attack Rome. Many animals and soldiers died in the snow, but the crossing became "
                "one of history's great military legends.",
                "Napoleon was not unusually short. He was about average height for a Frenchman of "
                "his time, but British cartoonists loved to draw him tiny, and the image stuck.",
                "In 1970 an oxygen tank exploded on Apollo 13, on the way to the Moon. The crew "
                "used their lunar module as a lifeboat, improvised a carbon dioxide filter, and "
                "all three came home safely.",
            ),
            climaxes=(),
            endings=(
                "History, it turns out, is much stranger than fiction.",
                "Which of these would you like to hear more about? History is full of surprises.",
            ),
        ),
    ),
)
