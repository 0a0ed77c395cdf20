"""The painter's Italian words: stems and the tags they give, mood stems, whole-word stems."""

# A word matches a stem it starts with ("stell" → stella, stelle, stellato); stems in
# WHOLE_STEMS match only as a whole word plus up to three letters ("lago", "laghi" is
# listed on its own; "albero" must not catch "albergo").
LEXICON: dict[str, tuple[str, ...]] = {
    # momento del giorno
    "notte": ("night", "stars"), "notti": ("night", "stars"), "notturn": ("night", "stars"),
    "mezzanotte": ("night", "moon"), "luna": ("night", "moon"), "lune": ("night", "moon"),
    "stell": ("night", "stars"), "buio": ("night",), "buia": ("night",), "oscur": ("night",),
    "tenebr": ("night",), "sera": ("dusk",), "serata": ("dusk",), "crepuscol": ("dusk",),
    "tramont": ("dusk", "sun"), "alba": ("dusk", "sun"), "aurora": ("dusk", "sun"),
    "sole": ("day", "sun"), "soleggi": ("day", "sun"), "solar": ("day", "sun"),
    "giorno": ("day",), "giorni": ("day",), "giornata": ("day",), "mattin": ("day", "sun"),
    "mezzogiorno": ("day", "sun"), "luminos": ("day",), "estate": ("day", "sun"),
    "estiv": ("day", "sun"),
    # tempo atmosferico
    "pioggia": ("storm", "rain"), "piogge": ("storm", "rain"), "piov": ("rain",),
    "temporal": ("storm", "rain"), "tempesta": ("storm", "rain"), "tuon": ("storm", "lightning"),
    "fulmin": ("storm", "lightning"), "lampo": ("storm", "lightning"),
    "lampi": ("storm", "lightning"), "pioviggin": ("rain",), "bagnat": ("rain",),
    "fradic": ("rain",), "neve": ("snow",), "nevic": ("snow",), "nevos": ("snow",),
    "inverno": ("snow",), "invernal": ("snow",), "gelo": ("snow",), "gelid": ("snow",),
    "ghiacci": ("snow",), "brina": ("snow",), "bufera": ("storm", "snow"), "nebbia": ("fog",),
    "nebbios": ("fog",), "foschia": ("fog",), "bruma": ("fog",), "nuvol": ("clouds",),
    "nube": ("clouds",), "nubi": ("clouds",), "vento": ("clouds", "speed"),
    "ventos": ("clouds", "speed"), "brezza": ("clouds",),
    # luoghi
    "mare": ("sea",), "marin": ("sea",), "ocean": ("sea",), "onda": ("sea",), "onde": ("sea",),
    "spiaggia": ("sea",), "litorale": ("sea",), "scogli": ("sea",), "isola": ("sea",),
    "porto": ("sea", "boat"), "vela": ("sea", "boat"), "vele": ("sea", "boat"),
    "veliero": ("sea", "boat"), "nave": ("sea", "boat"), "navi": ("sea", "boat"),
    "barca": ("sea", "boat"), "barch": ("sea", "boat"), "faro": ("sea", "lighthouse"),
    "lago": ("lake",), "laghi": ("lake",), "stagno": ("lake",), "città": ("city",),
    "vicol": ("city",), "piazza": ("city",), "palazz": ("city",), "grattaciel": ("city",),
    "urban": ("city",), "ufficio": ("city",), "quartier": ("city",), "metropolitan": ("city",),
    "foresta": ("forest",), "bosc": ("forest",), "albero": ("forest",), "alberi": ("forest",),
    "pineta": ("forest",), "giungla": ("forest",), "radura": ("forest", "meadow"),
    "montagn": ("mountain",), "monte": ("mountain",), "monti": ("mountain",),
    "vetta": ("mountain",), "cima": ("mountain",), "scoglier": ("mountain", "sea"),
    "valle": ("mountain",), "valli": ("mountain",), "alpi": ("mountain",),
    "colle": ("meadow",), "colli": ("meadow",), "collin": ("meadow",), "campo": ("meadow",),
    "campi": ("meadow",), "prato": ("meadow",), "prati": ("meadow",),
    "fattoria": ("meadow", "house"), "cascina": ("meadow", "house"),
    "casolare": ("meadow", "house"), "giardin": ("meadow", "flowers"),
    "fior": ("meadow", "flowers"), "erba": ("meadow",), "trifoglio": ("meadow", "flowers"),
    "deserto": ("desert",), "sabbia": ("desert",), "duna": ("desert",), "dune": ("desert",),
    "spazio": ("space",), "pianet": ("space", "planet"), "galassi": ("space",),
    "cosmo": ("space",), "razzo": ("space", "rocket"), "astronaut": ("space", "rocket"),
    "bibliotec": ("library",), "libreria": ("library", "book"),
    # oggetti e figure
    "casa": ("house",), "case": ("house",), "casett": ("house",), "portone": ("house",),
    "finestr": ("house",), "villa": ("house",), "capanna": ("house",), "baita": ("house",),
    "persian": ("house",), "castell": ("castle",), "regina": ("castle",),
    "principe": ("castle",), "principess": ("castle",), "regno": ("castle",),
    "reame": ("castle",), "fuoco": ("fire",), "fuochi": ("fire",), "fiamm": ("fire",),
    "incendi": ("fire",), "camino": ("fire",), "candel": ("candle",), "lanterna": ("candle",),
    "strada": ("road",), "strade": ("road",), "sentiero": ("road",), "cammin": ("road",),
    "autostrada": ("road", "car"), "macchina": ("road", "car"), "automobil": ("road", "car"),
    "viaggi": ("road",), "ponte": ("bridge", "river"), "ponti": ("bridge", "river"),
    "fiume": ("river",), "torrente": ("river",), "ruscell": ("river",),
    "fantasm": ("ghost", "night"), "spettr": ("ghost",), "infestat": ("ghost", "night"),
    "ombra": ("figure", "dark"), "ombre": ("figure", "dark"), "cuore": ("heart",),
    "cuori": ("heart",), "amore": ("heart",), "amori": ("heart",), "innamor": ("heart",),
    "bacio": ("heart",), "baciar": ("heart",), "romantic": ("heart",), "libro": ("book",),
    "libri": ("book",), "lettur": ("book",), "leggev": ("book",), "romanzo": ("book",),
    "pagin": ("book",), "quaderno": ("book",), "taccuin": ("book",), "orologio": ("clock",),
    "pendolo": ("clock",), "minut": ("clock",), "tempo": ("clock",), "sveglia": ("clock",),
    "clessidra": ("clock",), "uccell": ("birds",), "volo": ("birds",), "rondin": ("birds",),
    "gabbian": ("birds",), "civetta": ("birds",), "gufo": ("birds",), "persona": ("figure",),
    "persone": ("figure",), "uomo": ("figure",), "donna": ("figure",), "ragazz": ("figure",),
    "bambin": ("figure",), "viaggiator": ("figure", "road"), "eroe": ("figure",),
    "sconosciut": ("figure",), "straniero": ("figure",), "sagoma": ("figure",),
    "figura": ("figure",), "correv": ("speed", "figure"), "correre": ("speed", "figure"),
    "corsa": ("speed", "road", "car"), "veloc": ("speed",), "fretta": ("speed",),
}  # fmt: skip

MOODS: dict[str, tuple[str, ...]] = {
    "calm": ("calm", "pace", "tranquill", "seren", "quiet", "dolce", "riposo", "silenzi",
             "sottovoce"),
    "joy": ("felic", "gioia", "gioios", "sorris", "risat", "speranz", "festa", "divertent",
            "amic", "gioc"),
    "sad": ("trist", "solitudin", "perdit", "persa", "perso", "piang", "lacrim", "lutto",
            "dolore", "manca"),
    "fear": ("paura", "spavent", "orrore", "terrore", "brivid", "mister", "segret", "strano",
             "sussurr", "mormor", "angosci"),
    "epic": ("avventur", "impresa", "coraggi", "battagli", "leggend", "drago", "arrampic",
             "esplor", "eroic", "conquist"),
    "tech": ("tecnolog", "futur", "robot", "dati", "digital", "computer", "scienz", "ia",
             "intelligenza", "algoritm"),
}  # fmt: skip

# Short stems that would otherwise start unrelated words ("albero" → albergo, "porto" →
# portone, "giorno" → giornale, "sole" → solenne, "alba" → albanese).
WHOLE_STEMS = frozenset({
    "luna", "lune", "buio", "buia", "sera", "alba", "sole", "giorno", "giorni", "lampo", "lampi",
    "neve", "gelo", "nube", "nubi", "vento", "mare", "onda", "onde", "porto", "vela", "vele",
    "nave", "navi", "faro", "lago", "laghi", "albero", "alberi", "monte", "monti", "cima",
    "valle", "valli", "alpi", "colle", "colli", "campo", "campi", "prato", "prati", "erba",
    "duna", "dune", "casa", "case", "villa", "regno", "ponte", "ponti", "volo", "persona",
    "persone", "uomo", "eroe", "tempo", "ia", "dati", "persa", "perso", "pace", "festa",
})  # fmt: skip

COMMON_WORDS = (
    "il", "lo", "gli", "una", "di", "del", "della", "che", "è", "non", "per", "con", "sono",
    "ma", "come", "anche", "più", "questo", "questa", "nel", "nella", "alla", "al", "dei",
    "delle", "ha", "aveva", "era", "erano", "io", "lui", "lei", "noi", "voi", "loro", "ci",
    "mi", "ti", "molto", "tutto", "quando", "dove", "perché", "sul", "sulla", "cosa", "sempre",
)  # fmt: skip
