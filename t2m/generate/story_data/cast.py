"""Who and where: the character names (with their sex, for pronouns), the
town names and the pronoun forms the writer fills into every story."""

NAMES = (
    ("Mara", "f"), ("Elena", "f"), ("Ines", "f"), ("Nora", "f"), ("Priya", "f"), ("Hana", "f"),
    ("Lucia", "f"), ("Ada", "f"), ("Sofia", "f"), ("Amara", "f"), ("Greta", "f"), ("Yuki", "f"),
    ("Tomas", "m"), ("Leo", "m"), ("Ravi", "m"), ("Jonah", "m"), ("Mateo", "m"), ("Felix", "m"),
    ("Omar", "m"), ("Kenji", "m"), ("Arlo", "m"), ("Samuel", "m"), ("Nico", "m"), ("Elias", "m"),
)  # fmt: skip
TOWNS = (
    "Ashford", "Millbrook", "Harrow Bay", "Elderglen", "Stonemere", "Wrenfield", "Larkspur",
    "Coldwater", "Brightmoor", "Fenwick", "Oakhollow", "Saltmarsh",
)  # fmt: skip
PRONOUNS = {
    "f": {"he": "she", "him": "her", "his": "her", "himself": "herself"},
    "m": {"he": "he", "him": "him", "his": "his", "himself": "himself"},
}
