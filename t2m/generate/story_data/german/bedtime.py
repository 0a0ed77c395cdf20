"""Gute-Nacht-Geschichte: ein Kind, sein Kuscheltier und ein stiller Weg
durch die Nacht, ruhig und sanft für kleine Kinder."""

from t2m.generate.story_data.german.forms import ding
from t2m.generate.story_data.model import Frame, Material

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{Name} kann nicht einschlafen",
        "{Name} und der stille Mond",
        "Gute Nacht, {name}",
        "{Name} und {der_thing}",
        "Der lange Weg nach Hause",
    ),
    descriptions=(
        "{Name} kann nicht einschlafen und geht mit {sein}{poss_dat} hinaus, um dem Mond Hallo zu "
        "sagen. Eine sanfte Gute-Nacht-Geschichte.",
        "Leise, langsam und schläfrig: {name} und {der_thing} sagen der ganzen Welt gute Nacht.",
    ),
    places=(
        {
            "wo": "am Rand einer großen Wiese",
            "spot": "die Wiese",
            "dem_spot": "der Wiese",
            "ueber_spot": "über die Wiese",
        },
        {
            "wo": "an einem langsamen, breiten Fluss",
            "spot": "der Fluss",
            "dem_spot": "dem Fluss",
            "ueber_spot": "am Fluss entlang",
        },
        {
            "wo": "am Rand eines tiefen, grünen Waldes",
            "spot": "der Wald",
            "dem_spot": "dem Wald",
            "ueber_spot": "durch den Wald",
        },
        {
            "wo": "oben auf einem runden Hügel",
            "spot": "der Hügel",
            "dem_spot": "dem Hügel",
            "ueber_spot": "den Hügel hinunter",
        },
    ),
    things=(
        ding("m", "Teddy"),
        ding("f", "Stoffgiraffe"),
        ding("n", "Kuschelschaf"),
        ding("m", "Plüschhund"),
        ding("n", "Stoffkaninchen"),
    ),
    frames=(
        Frame(
            openings=(
                "Es war einmal ein kleines Haus {wo}, und darin wohnte {name}. Jeden Abend kamen "
                "die Sterne heraus, einer nach dem anderen. Und jeden Abend war {name} viel zu "
                "neugierig, um die Augen zuzumachen.",
                "In einem kleinen Haus {wo} lag {name} im Bett, {sein}{poss_akk} im Arm. Der Mond "
                "war so groß und rund, dass {name} flüsterte: Ich möchte ihm Hallo sagen. Und "
                "{der_thing} flüsterte zurück: Dann komm.",
            ),
            beats=(
                "Leise, ganz leise gingen die beiden hinaus. Die Blumen im Garten schliefen schon. "
                "Sie hatten ihre Blüten zusammengefaltet wie kleine Hände. Gute Nacht, ihr Blumen, "
                "flüsterte {name}, und die Blumen nickten im Wind. Nur eine kleine Mohnblume war "
                "noch wach. Sie gähnte, faltete sich zusammen und schlief auch ein.",
                "Unter einer alten Buche saß ein Eichhörnchen namens {friend} und knabberte an "
                "einer Nuss. Der Mond wohnt weit weg, sagte {friend} freundlich. Aber er schaut "
                "sich gern im Wasser an. Und wirklich: Im Teich schwamm der Mond wie ein silberner "
                "Teller. {Name} winkte dem Mond zu, und es sah fast so aus, als winkte er zurück.",
                "Am Teich tippte {name} mit einem Finger ins Wasser. Der Mond, der sich darin "
                "spiegelte, wackelte und zerfiel in hundert kleine Stücke. Dann setzte er sich "
                "langsam wieder zusammen, als wäre nichts gewesen. {Name} lachte ein kleines, "
                "müdes Lachen. Noch einmal? flüsterte {der_thing}. Aber {name} schüttelte nur "
                "langsam den Kopf.",
                "Eine Familie Glühwürmchen schwebte vorbei. Sie knipsten ihre kleinen Laternen an "
                "und aus, an und aus, und zeigten den beiden den Weg {ueber_spot}. Mit jedem "
                "Blinken wurden sie ein bisschen langsamer. Das letzte Glühwürmchen blinkte noch "
                "einmal, ganz langsam, als wollte es gute Nacht sagen.",
                "Eine kleine Wolke schob sich vor die Sterne, weich und grau wie ein Kissen. Sie "
                "blieb eine Weile dort stehen, als wollte sie sich ausruhen. Dann zog sie weiter, "
                "und die Sterne kamen wieder hervor, einer nach dem anderen.",
                "Auf einem Ast saß eine graue Eule mit großen, sanften Augen. Jeder muss "
                "irgendwann schlafen, sagte die Eule, sogar der Mond. Er schläft den ganzen Tag, "
                "damit er die ganze Nacht auf dich aufpassen kann. Gute Nacht, Eule, sagte {name} "
                "leise. Und die Eule blinzelte einmal, ganz langsam und freundlich.",
                "Vor ihrem Bau zählte eine Hasenmutter ihre Kinder. Eins, zwei, drei, vier, fünf. "
                "Alle da, sagte sie zufrieden und gähnte. Da musste {name} auch gähnen, ganz von "
                "allein, und {der_thing} gähnte gleich mit. Die kleinen Hasen kuschelten sich "
                "aneinander, bis sie aussahen wie ein einziges weiches Kissen.",
                "Am Wegrand schlief eine Schnecke in ihrem Häuschen. Sie hatte die Tür ganz fest "
                "zugemacht. {Name} ging extra leise an ihr vorbei, auf Zehenspitzen, damit sie "
                "nicht aufwachte. Auch {der_thing} hielt den Atem an.",
                "Ein kühler Wind kam vorbei und summte ein leises Lied in den Blättern. {Name} "
                "gähnte ein großes Gähnen, das größte der ganzen Nacht. Auf einmal wurden {sein}e "
                "Füße ganz schwer. Der Weg kam {ihm} plötzlich sehr, sehr lang vor. Aber "
                "{der_thing} war bei {ihm}, und das machte alles leichter.",
                "{Der_thing} zupfte {name} sanft am Ärmel. Schau mal, flüsterte {er_thing}. Dort "
                "hinten wartete das kleine Haus, und im Fenster brannte noch ein warmes Licht. "
                "Drinnen stand ein Bett, genau so groß wie {name}. Das Licht hatte jemand extra "
                "für die beiden angelassen.",
            ),
            climaxes=(
                "Da drehten die beiden um und gingen langsam nach Hause, vorbei an den Bäumen, "
                "vorbei am Teich, vorbei an den schlafenden Blumen. Der Mond ging den ganzen Weg "
                "mit, als wollte er sicher sein, dass alle gut ankommen.",
            ),
            endings=(
                "{Name} kuschelte sich in {sein}e Decke, {den_thing} ganz fest im Arm. Gute Nacht, "
                "Mond, flüsterte {er}. Und der Mond hoch über {dem_spot} leuchtete ein bisschen "
                "sanfter und hielt Wache bis zum Morgen.",
                "Zu Hause war es warm und still. Die Sterne funkelten, der Wind summte leise, und "
                "bald schliefen {name} und {der_thing} tief und fest. Sie träumten von silbernen "
                "Teichen. Gute Nacht, {name}. Gute Nacht.",
            ),
            texture=(
                "Alles war still und langsam.",
                "Die Nacht war weich und warm wie eine Decke.",
                "Weit weg sang eine Grille ein Schlaflied.",
                "Über dem Dach funkelte ein einzelner Stern.",
            ),
        ),
    ),
)
