"""The painter's Spanish words: stems and the tags they give, mood stems, whole-word stems."""

# A word matches a stem it starts with ("estrell" → estrella, estrellas, estrellado); stems
# in WHOLE_STEMS match only as a whole word plus up to three letters. "sol", "mar" and
# "llama" are left out: they would catch "solo", "marido" and "se llamaba".
LEXICON: dict[str, tuple[str, ...]] = {
    # momento del día
    "noche": ("night", "stars"), "nocturn": ("night", "stars"), "medianoche": ("night", "moon"),
    "luna": ("night", "moon"), "lunar": ("night", "moon"), "estrell": ("night", "stars"),
    "oscur": ("night",), "tiniebla": ("night",), "tinieblas": ("night",),
    "tarde": ("dusk",), "atardec": ("dusk", "sun"), "anochec": ("dusk",),
    "crepúscul": ("dusk",), "ocaso": ("dusk", "sun"), "amanec": ("dusk", "sun"),
    "alba": ("dusk", "sun"), "aurora": ("dusk", "sun"), "solead": ("day", "sun"),
    "solar": ("day", "sun"), "día": ("day",), "días": ("day",), "mañana": ("day", "sun"),
    "mediodía": ("day", "sun"), "luminos": ("day",), "verano": ("day", "sun"),
    "veranie": ("day", "sun"),
    # tiempo
    "lluvia": ("storm", "rain"), "llov": ("rain",), "llueve": ("rain",),
    "tormenta": ("storm", "rain"), "tempestad": ("storm", "rain"),
    "trueno": ("storm", "lightning"), "relámpag": ("storm", "lightning"),
    "rayo": ("storm", "lightning"), "llovizn": ("rain",), "mojad": ("rain",),
    "empapad": ("rain",), "nieve": ("snow",), "nevad": ("snow",), "niev": ("snow",),
    "invierno": ("snow",), "invernal": ("snow",), "helad": ("snow",), "hielo": ("snow",),
    "escarcha": ("snow",), "granizo": ("storm", "snow"), "granizada": ("storm", "snow"),
    "ventisca": ("storm", "snow"), "niebla": ("fog",), "bruma": ("fog",), "neblina": ("fog",),
    "vaho": ("fog",), "nube": ("clouds",), "nublad": ("clouds",), "viento": ("clouds", "speed"),
    "brisa": ("clouds",),
    # lugares
    "marin": ("sea",), "marítim": ("sea",), "océano": ("sea",), "ola": ("sea",),
    "playa": ("sea",), "costa": ("sea",), "isla": ("sea",), "puerto": ("sea", "boat"),
    "velero": ("sea", "boat"), "barco": ("sea", "boat"), "barca": ("sea", "boat"),
    "nave": ("sea", "boat"), "faro": ("sea", "lighthouse"), "lago": ("lake",),
    "laguna": ("lake",), "estanque": ("lake",), "pantano": ("lake",), "ciudad": ("city",),
    "calle": ("city",), "avenida": ("city",), "edificio": ("city",), "rascacielos": ("city",),
    "urban": ("city",), "torre": ("city",), "oficina": ("city",), "barrio": ("city",),
    "plaza": ("city",), "bosque": ("forest",), "árbol": ("forest",), "selva": ("forest",),
    "pinar": ("forest",), "arboleda": ("forest",), "montaña": ("mountain",),
    "monte": ("mountain",), "cumbre": ("mountain",), "cima": ("mountain",),
    "acantilad": ("mountain", "sea"), "valle": ("mountain",), "sierra": ("mountain",),
    "colina": ("meadow",), "campo": ("meadow",), "prado": ("meadow",),
    "granja": ("meadow", "house"), "cortijo": ("meadow", "house"),
    "jardín": ("meadow", "flowers"), "jardin": ("meadow", "flowers"),
    "flor": ("meadow", "flowers"), "hierba": ("meadow",), "trébol": ("meadow", "flowers"),
    "desierto": ("desert",), "arena": ("desert",), "duna": ("desert",), "espacio": ("space",),
    "planeta": ("space", "planet"), "galaxia": ("space",), "cohete": ("space", "rocket"),
    "astronaut": ("space", "rocket"), "biblioteca": ("library",),
    "librería": ("library", "book"),
    # objetos y figuras
    "casa": ("house",), "hogar": ("house",), "puerta": ("house",), "ventana": ("house",),
    "cabaña": ("house",), "contraventana": ("house",), "castillo": ("castle",),
    "rey": ("castle",), "reina": ("castle",), "princes": ("castle",), "reino": ("castle",),
    "fuego": ("fire",), "hoguera": ("fire",), "incendio": ("fire",), "chimenea": ("fire",),
    "vela": ("candle",), "candil": ("candle",), "farol": ("candle",),
    "carretera": ("road",), "camino": ("road",), "sendero": ("road",),
    "autopista": ("road", "car"), "coche": ("road", "car"), "conduc": ("road", "car"),
    "autobús": ("road", "car"), "viaje": ("road",), "puente": ("bridge", "river"),
    "río": ("river",), "arroyo": ("river",), "acequia": ("river",),
    "fantasma": ("ghost", "night"), "espectro": ("ghost",), "embrujad": ("ghost", "night"),
    "espíritu": ("ghost",), "sombra": ("figure", "dark"), "corazón": ("heart",),
    "amor": ("heart",), "enamor": ("heart",), "beso": ("heart",), "besar": ("heart",),
    "romántic": ("heart",), "libro": ("book",), "lectur": ("book",), "leía": ("book",),
    "novela": ("book",), "página": ("book",), "libreta": ("book",), "cuaderno": ("book",),
    "reloj": ("clock",), "péndulo": ("clock",), "minuto": ("clock",), "hora": ("clock",),
    "tiempo": ("clock",), "despertador": ("clock",), "pájaro": ("birds",), "ave": ("birds",),
    "vuelo": ("birds",), "golondrina": ("birds",), "gaviota": ("birds",), "búho": ("birds",),
    "lechuza": ("birds",), "mirlo": ("birds",), "persona": ("figure",), "hombre": ("figure",),
    "mujer": ("figure",), "chica": ("figure",), "chico": ("figure",), "niño": ("figure",),
    "niña": ("figure",), "viajer": ("figure", "road"), "héroe": ("figure",),
    "desconocid": ("figure",), "silueta": ("figure",), "figura": ("figure",),
    "correr": ("speed", "figure"), "corría": ("speed", "figure"),
    "corriendo": ("speed", "figure"), "carrera": ("speed", "road", "car"),
    "rápid": ("speed",), "prisa": ("speed",), "velocidad": ("speed",),
}  # fmt: skip

MOODS: dict[str, tuple[str, ...]] = {
    "calm": ("calma", "paz", "tranquil", "seren", "suave", "descans", "silencio", "sosiego",
             "quiet"),
    "joy": ("feliz", "felic", "alegr", "sonri", "risa", "reír", "esperanz", "fiesta",
            "divert", "amig", "jug"),
    "sad": ("triste", "soledad", "perdid", "pérdida", "llor", "lágrima", "duelo",
            "nostalgia", "pena"),
    "fear": ("miedo", "asust", "horror", "terror", "escalofrí", "misterio", "secreto",
             "extrañ", "susurr", "murmur", "angusti"),
    "epic": ("aventura", "hazaña", "valent", "batalla", "leyenda", "dragón", "escalar",
             "escaló", "explor", "heroic", "conquist"),
    "tech": ("tecnolog", "futur", "robot", "datos", "digital", "ordenador", "computador",
             "ciencia", "ia", "inteligencia"),
}  # fmt: skip

# Short stems that would otherwise start unrelated words ("ola" → olvidar, "rey" → reyerta,
# "hora" → horario, "vela" → velar, "día" → diablo is safe but "días" is listed anyway).
WHOLE_STEMS = frozenset({
    "luna", "alba", "día", "días", "rayo", "niev", "nube", "ola", "costa", "isla", "nave",
    "faro", "lago", "calle", "torre", "monte", "cima", "valle", "campo", "prado", "flor",
    "duna", "casa", "rey", "reina", "reino", "vela", "farol", "río", "beso", "amor", "hora",
    "ave", "paz", "ia", "datos", "pena", "risa", "feliz", "chica", "chico",
})  # fmt: skip

COMMON_WORDS = (
    "el", "los", "las", "del", "y", "en", "es", "está", "estaba", "había", "hay", "que", "por",
    "para", "con", "se", "su", "sus", "pero", "como", "más", "muy", "este", "esta", "eso",
    "fue", "era", "yo", "tú", "él", "ella", "ellos", "le", "lo", "al", "también", "cuando",
    "donde", "porque", "todo", "nada", "una", "unos", "hasta", "desde", "sin", "sobre",
)  # fmt: skip
