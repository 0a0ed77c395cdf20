"""The painter's French words: stems and the tags they give, mood stems, whole-word stems."""

# A word matches a stem it starts with ("étoil" → étoile, étoilé); stems in
# WHOLE_STEMS match only as a whole word plus up to three letters ("lune",
# "lunes", but not "lunettes").
LEXICON: dict[str, tuple[str, ...]] = {
    # moment du jour
    "nuit": ("night", "stars"), "nocturne": ("night", "stars"), "minuit": ("night", "moon"),
    "lune": ("night", "moon"), "lunaire": ("night", "moon"), "étoil": ("night", "stars"),
    "obscur": ("night",), "ténèbre": ("night",), "sombre": ("night",), "noirceur": ("night",),
    "soir": ("dusk",), "crépuscul": ("dusk",), "couchant": ("dusk", "sun"),
    "aube": ("dusk", "sun"), "aurore": ("dusk", "sun"), "levant": ("dusk", "sun"),
    "soleil": ("day", "sun"), "ensoleill": ("day", "sun"), "journée": ("day",),
    "matin": ("day", "sun"), "midi": ("day", "sun"), "lumineu": ("day",), "clarté": ("day",),
    "estival": ("day", "sun"),
    # météo
    "pluie": ("storm", "rain"), "pluvieu": ("rain",), "pleuv": ("rain",), "pleut": ("rain",),
    "averse": ("storm", "rain"), "orage": ("storm", "rain"), "tempête": ("storm", "rain"),
    "tonnerre": ("storm", "lightning"), "éclair": ("storm", "lightning"),
    "foudre": ("storm", "lightning"), "bruine": ("rain",), "mouill": ("rain",),
    "trempé": ("rain",), "neige": ("snow",), "enneig": ("snow",), "hiver": ("snow",),
    "givre": ("snow",), "gel": ("snow",), "glace": ("snow",), "glaçon": ("snow",),
    "verglas": ("snow",), "blizzard": ("storm", "snow"), "brouillard": ("fog",),
    "brume": ("fog",), "nuage": ("clouds",), "nuageu": ("clouds",), "vent": ("clouds", "speed"),
    "venteu": ("clouds", "speed"), "brise": ("clouds",),
    # lieux
    "marin": ("sea",), "maritime": ("sea",), "océan": ("sea",), "vague": ("sea",),
    "plage": ("sea",), "rivage": ("sea",), "côte": ("sea",), "littoral": ("sea",),
    "île": ("sea",), "quai": ("sea", "boat"), "voile": ("sea", "boat"),
    "voilier": ("sea", "boat"), "navire": ("sea", "boat"), "bateau": ("sea", "boat"),
    "barque": ("sea", "boat"), "marins": ("sea", "boat"), "phare": ("sea", "lighthouse"),
    "lac": ("lake",), "étang": ("lake",), "mare": ("lake",), "ville": ("city",),
    "rue": ("city",), "avenue": ("city",), "immeuble": ("city",), "gratte": ("city",),
    "urbain": ("city",), "bureau": ("city",), "quartier": ("city",), "métro": ("city",),
    "forêt": ("forest",), "arbre": ("forest",), "bois": ("forest",), "sapin": ("forest",),
    "jungle": ("forest",), "clairière": ("forest", "meadow"), "montagne": ("mountain",),
    "sommet": ("mountain",), "falaise": ("mountain",), "vallée": ("mountain",),
    "alpes": ("mountain",), "colline": ("meadow",), "champ": ("meadow",),
    "prairie": ("meadow",), "pré": ("meadow",), "ferme": ("meadow", "house"),
    "fermier": ("meadow", "house"), "jardin": ("meadow", "flowers"),
    "fleur": ("meadow", "flowers"), "herbe": ("meadow",), "trèfle": ("meadow", "flowers"),
    "désert": ("desert",), "sable": ("desert",), "dune": ("desert",), "espace": ("space",),
    "planète": ("space", "planet"), "galaxie": ("space",), "cosmos": ("space",),
    "fusée": ("space", "rocket"), "astronaute": ("space", "rocket"),
    "bibliothèque": ("library",), "librairie": ("library", "book"),
    # objets et figures
    "maison": ("house",), "foyer": ("house",), "porte": ("house",), "fenêtre": ("house",),
    "chalet": ("house",), "cabane": ("house",), "volet": ("house",), "château": ("castle",),
    "donjon": ("castle",), "roi": ("castle",), "reine": ("castle",), "prince": ("castle",),
    "royaume": ("castle",), "feu": ("fire",), "flamme": ("fire",), "incendie": ("fire",),
    "cheminée": ("fire",), "bougie": ("candle",), "chandelle": ("candle",),
    "lanterne": ("candle",), "route": ("road",), "chemin": ("road",),
    "voiture": ("road", "car"), "condui": ("road", "car"), "autoroute": ("road", "car"),
    "départementale": ("road", "car"), "phares": ("road", "car"), "voyage": ("road",),
    "pont": ("bridge", "river"), "rivière": ("river",), "fleuve": ("river",),
    "ruisseau": ("river",), "fantôme": ("ghost", "night"), "hanté": ("ghost", "night"),
    "spectre": ("ghost",), "revenant": ("ghost",), "esprit": ("ghost",),
    "ombre": ("figure", "dark"), "cœur": ("heart",), "amour": ("heart",),
    "amoureu": ("heart",), "baiser": ("heart",), "embrass": ("heart",),
    "romanti": ("heart",), "livre": ("book",), "lire": ("book",), "lecture": ("book",),
    "roman": ("book",), "page": ("book",), "carnet": ("book",), "horloge": ("clock",),
    "pendule": ("clock",), "minute": ("clock",), "temps": ("clock",), "réveil": ("clock",),
    "oiseau": ("birds",), "envol": ("birds",), "ailes": ("birds",), "hibou": ("birds",),
    "chouette": ("birds",), "personne": ("figure",), "homme": ("figure",),
    "femme": ("figure",), "fille": ("figure",), "garçon": ("figure",), "enfant": ("figure",),
    "voyageu": ("figure", "road"), "héros": ("figure",), "inconnu": ("figure",),
    "étranger": ("figure",), "silhouette": ("figure",), "courir": ("speed", "figure"),
    "couru": ("speed", "figure"), "course": ("speed", "road", "car"), "rapide": ("speed",),
    "vite": ("speed",), "vitesse": ("speed",),
}  # fmt: skip

MOODS: dict[str, tuple[str, ...]] = {
    "calm": ("calme", "paix", "paisib", "tranquill", "doux", "douce", "repos", "silenc",
             "sérén", "apais"),
    "joy": ("heureu", "bonheur", "joie", "joyeu", "sourire", "sourit", "rire", "espoir",
            "fête", "amusant", "ami", "jouer"),
    "sad": ("triste", "seul", "perte", "perdu", "pleur", "larme", "chagrin", "deuil",
            "manque", "solitude"),
    "fear": ("peur", "effray", "horreur", "terreur", "frisson", "mystère", "secret",
             "étrange", "chuchot", "murmur", "angoiss"),
    "epic": ("aventure", "quête", "courag", "bataille", "légende", "dragon", "grimp",
             "explor", "héroï", "conquête"),
    "tech": ("technolog", "futur", "robot", "donnée", "numérique", "ordinateur", "science",
             "ia", "machine", "intelligence"),
}  # fmt: skip

# Short stems that would otherwise start unrelated words ("lune" → lunettes,
# "pré" → préparer, "aube" → auberge, "feu" → feuille, "roi" → roide).
WHOLE_STEMS = frozenset({
    "lune", "aube", "gel", "vent", "île", "lac", "mare", "rue", "bois", "champ", "pré", "roi",
    "feu", "pont", "lire", "vite", "ami", "seul", "rire", "ia", "page", "quai", "dune", "soir",
    "midi", "ferme", "marin", "paix",
})  # fmt: skip

COMMON_WORDS = (
    "le", "les", "des", "du", "une", "et", "est", "il", "elle", "ils", "je", "tu", "nous",
    "vous", "qui", "dans", "sur", "pour", "avec", "pas", "ne", "ce", "cette", "ces", "son",
    "sa", "ses", "au", "aux", "mais", "où", "été", "était", "avait", "sont", "très", "plus",
    "leur", "on", "lui", "comme", "tout", "aussi", "être", "avoir", "fait", "peut", "rien",
)  # fmt: skip
