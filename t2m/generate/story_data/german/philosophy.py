"""Philosophie: kurze, nachdenkliche Betrachtungen über Wandel und Identität."""

from t2m.generate.story_data.german.forms import ding
from t2m.generate.story_data.model import Frame, Material

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Das Schiff, das neu gebaut wurde",
        "Was ist ein gutes Leben?",
        "{Der_thing} und der Fluss",
        "Bist du noch derselbe Mensch?",
    ),
    descriptions=(
        "Ein stilles Nachdenken über Wandel, Identität und das, was bleibt, wenn sich alles "
        "bewegt.",
        "Ein altes Rätsel, {ein_thing} und ein paar Fragen, die man heute mit sich tragen kann.",
    ),
    # Not used by the paragraphs; every story topic has places.
    places=(
        {"place": "ein stiller Morgen am Fluss"},
        {"place": "ein Spaziergang am Hafen"},
        {"place": "ein Abend am Küchentisch"},
    ),
    things=(
        ding("n", "Schiff", "hölzern"),
        ding("f", "Uhr", "alt"),
        ding("f", "Brücke", "steinern"),
    ),
    frames=(
        Frame(
            openings=(
                "Stell dir {einen_thing} vor, {rel_thing} über viele Jahre Stück für Stück "
                "repariert wird, bis kein einziges ursprüngliches Teil mehr übrig ist. Ist "
                "{er_thing} dann noch {der_thing} von früher? Über dieses Rätsel streiten "
                "Philosophen seit mehr als zweitausend Jahren.",
                "Der griechische Denker Heraklit sagte, man könne nicht zweimal in denselben Fluss "
                "steigen. Denn der Fluss ist nie derselbe, und der Mensch auch nicht. Das klingt "
                "einfach. Und doch ist es einer der tiefsten Gedanken, die wir haben.",
            ),
            beats=(
                "Denk an deinen eigenen Körper. Viele seiner Zellen werden im Lauf der Jahre "
                "ersetzt, deine Erinnerungen verschieben sich, deine Meinungen ändern sich. Und "
                "trotzdem fühlst du dich als ein und derselbe Mensch, als das Kind, das einst "
                "lesen lernte. Was also bleibt gleich, wenn sich fast alles ändert?",
                "Schau dir einmal ein altes Foto von dir als Kind an. Das Kind trägt deinen Namen, "
                "aber es würde dich auf der Straße nicht erkennen. Trotzdem hast du seine Wünsche "
                "erfüllt oder vergessen. Ihr seid verschieden und doch verbunden, wie zwei Ufer "
                "desselben Flusses.",
                "Manche sagen, das Gedächtnis mache uns zu dem, was wir sind. Es ist der Faden, "
                "der jeden Tag mit dem vorigen verbindet. Aber das Gedächtnis ist zerbrechlich und "
                "irrt sich oft. Vielleicht sind wir weniger ein Ding als eine Geschichte, die wir "
                "uns immer weiter erzählen.",
                "Andere sagen, es sei der Charakter: wie du mit Menschen umgehst, was dir wichtig "
                "ist, wie du entscheidest, wenn niemand zusieht. So gesehen kannst du ein besserer "
                "Mensch werden, ohne aufzuhören, du selbst zu sein. Vielleicht ist der Charakter "
                "weniger ein Besitz als eine Richtung.",
                "Die Stoiker gaben eine praktische Antwort. Manches liegt in unserer Macht, etwa "
                "unsere Urteile und unser Handeln. Das meiste aber nicht. Gelassenheit, sagten "
                "sie, beginnt dort, wo wir aufhören, gegen das Zweite zu kämpfen. Epiktet, der als "
                "Sklave geboren wurde, hat nach genau diesem Gedanken gelebt.",
                "Veränderung fühlt sich oft wie Verlust an. Doch ein Leben ohne Veränderung wäre "
                "eine Fotografie, kein Leben. Der Fluss ist gerade deshalb schön, weil er sich "
                "bewegt. Auch ein Baum bleibt nur lebendig, solange er wächst.",
                "Denk an einen alten Freund, den du zwanzig Jahre nicht gesehen hast. Wenn ihr "
                "euch wiederseht, erkennst du ihn sofort. Nicht an seinem Gesicht, das sich "
                "verändert hat, sondern an seinem Lachen und daran, worauf er achtet. Etwas in ihm "
                "ist geblieben, obwohl fast alles an ihm neu ist.",
                "Buddhistische Denker gingen noch weiter. Sie hielten das feste Ich für eine "
                "Täuschung, für einen bequemen Namen für einen Strom von Augenblicken. Erstaunlich "
                "viele Menschen finden diesen Gedanken nicht beängstigend, sondern befreiend. Wenn "
                "es kein festes Ich gibt, das man verteidigen muss, wird vieles leichter.",
                "Und {der_thing}? Vielleicht bleibt {er_thing}, was {er_thing} ist, weil Menschen "
                "{ihn_thing} pflegen, benutzen und beim Namen nennen. Vielleicht wohnt ein Teil "
                "unserer Identität in der Fürsorge, die andere uns schenken.",
                "Michel de Montaigne schrieb über sich selbst: Ich male nicht das Sein, ich male "
                "den Übergang. Er sah sein Leben nicht als fertiges Bild, sondern als Bewegung. "
                "Vielleicht ist das die ehrlichste Art, auf sich selbst zu schauen. Seine Essais "
                "schrieb er zwanzig Jahre lang immer wieder um.",
                "Vielleicht lautet die bessere Frage nicht, wer du bist, sondern wer du gerade "
                "wirst. Jede kleine Entscheidung ist eine neue Planke im Schiff, und das Holz "
                "suchst du selbst aus. Du bist nicht nur das Schiff, du bist auch ein wenig der "
                "Schiffsbauer.",
            ),
            climaxes=(),
            endings=(
                "Wenn du also das nächste Mal das Gefühl hast, nicht mehr der Mensch zu sein, der "
                "du einmal warst, dann sei getrost. Der Fluss ist es auch nicht mehr, und er "
                "findet trotzdem seinen Weg zum Meer.",
                "Vielleicht gibt es keine endgültige Antwort, und das ist in Ordnung. Manche "
                "Fragen sind nicht dazu da, gelöst zu werden. Man trägt sie mit sich wie eine "
                "Laterne, die den Weg ein Stück weiter erhellt.",
            ),
            texture=(
                "Es lohnt sich, einen Moment dabei zu verweilen.",
                "Halte bei dieser Frage kurz inne.",
                "Die Antwort ist weniger offensichtlich, als sie zuerst scheint.",
                "In diesem Gedanken liegt etwas Tröstliches.",
            ),
        ),
    ),
)
