"""Moderne Sage: erzählt, als hätte sie ein Freund eines Freundes erlebt."""

from t2m.generate.story_data.german.forms import ding
from t2m.generate.story_data.model import Frame, Material

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "Die Legende {von_spot}",
        "Halte nie {am_spot}",
        "{Der_thing} von {town}",
        "Was {am_spot} geschah",
    ),
    descriptions=(
        "Jeder in {town} kennt jemanden, der jemanden kennt, der es gesehen hat. Die Legende "
        "{von_spot} und ein Fundstück, das man nie anfassen sollte.",
        "Ein Freund eines Freundes, eine späte Nacht und {place}. Eine moderne Sage aus {town}.",
    ),
    places=(
        {
            "place": "eine einsame Bushaltestelle an der Landstraße",
            "place_akk": "eine einsame Bushaltestelle an der Landstraße",
            "von_place": "von einer einsamen Bushaltestelle an der Landstraße",
            "am_spot": "an der Bushaltestelle",
            "an_spot": "an der Bushaltestelle",
            "von_spot": "von der Bushaltestelle",
        },
        {
            "place": "eine schmale Brücke über den Schwarzbach",
            "place_akk": "eine schmale Brücke über den Schwarzbach",
            "von_place": "von einer schmalen Brücke über den Schwarzbach",
            "am_spot": "auf der Brücke",
            "an_spot": "an der Brücke",
            "von_spot": "von der Brücke",
        },
        {
            "place": "ein verlassener Rastplatz an der Autobahn",
            "place_akk": "einen verlassenen Rastplatz an der Autobahn",
            "von_place": "von einem verlassenen Rastplatz an der Autobahn",
            "am_spot": "auf dem Rastplatz",
            "an_spot": "am Rastplatz",
            "von_spot": "vom Rastplatz",
        },
        {
            "place": "eine alte Telefonzelle am Ortsausgang",
            "place_akk": "eine alte Telefonzelle am Ortsausgang",
            "von_place": "von einer alten Telefonzelle am Ortsausgang",
            "am_spot": "an der Telefonzelle",
            "an_spot": "an der Telefonzelle",
            "von_spot": "von der Telefonzelle",
        },
    ),
    things=(
        ding("m", "Schal", "rot"),
        ding("f", "Silbermünze", "alt"),
        ding("m", "Zettel", "handgeschrieben"),
        ding("m", "Regenschirm", "schwarz"),
        ding("n", "Medaillon", "silbern"),
    ),
    frames=(
        Frame(
            openings=(
                "Wer in {town} aufwächst, hört früher oder später {von_place}. Man sagt, wer dort "
                "nach Mitternacht anhält, findet manchmal {einen_thing}. Und man darf {ihn_thing} "
                "auf keinen Fall aufheben.",
                "Diese Geschichte hat mir {friend} erzählt, und {friend} hat sie von "
                "{friend_sein}em Cousin, der schwört, dass sie wahr ist. Es geht um {place_akk}, "
                "um {einen_thing} und um {name}, {der} nicht an Geistergeschichten glaubte.",
            ),
            beats=(
                "Alles begann vor fünfzig Jahren, in einer verregneten Novembernacht. Eine junge "
                "Frau im weißen Regenmantel wartete {am_spot} auf jemanden, der nie kam. Am Morgen "
                "war sie fort. Zurück blieb nur {ein_thing}, trocken, obwohl es die ganze Nacht "
                "geregnet hatte. Wer in dieser Nacht dort vorbeigekommen war, wollte später "
                "niemanden gesehen haben.",
                "Seitdem, so erzählt man, kehrt {der_thing} zurück. Niemand sieht, wie {er_thing} "
                "ankommt. Einmal im Jahr liegt {er_thing} einfach da, als hätte jemand {ihn_thing} "
                "eben erst vergessen und käme gleich zurück. Man sagt, wer {ihn_thing} liegen "
                "lässt, hat ein Jahr lang Glück. Wer {ihn_thing} mitnimmt, hat etwas anderes.",
                "{Name} hörte die Geschichte auf einer Party und lachte nur. Noch in derselben "
                "Nacht fuhr {er} hinaus, um es allen zu beweisen. Die Handykamera lief, und {er} "
                "versprach {sein}en Freunden ein Video von absolut gar nichts. {Friend} warnte "
                "{ihn} noch. Aber {name} lachte nur noch lauter und ließ den Motor an.",
                "Zuerst geschah nichts. Dann flackerten die Scheinwerfer. Als sie wieder ruhig "
                "leuchteten, lag {der_thing} auf dem Boden, genau dort, wo eine Sekunde zuvor noch "
                "nichts gewesen war. Kein Auto war zu sehen, kein Mensch, kein Tier. Nur das "
                "Summen der Laternen war zu hören, und dann nicht einmal mehr das.",
                "Gegen alle Warnungen hob {name} {den_thing} auf. {Er_thing} war kalt, viel kälter "
                "als die Nacht, und roch ganz schwach nach Regen. Dabei war der Himmel "
                "sternenklar. {Name} lachte nervös und sagte laut in die Kamera: Seht ihr, alles "
                "nur Zufall. {Sein}e Stimme klang dabei sehr dünn.",
                "Auf der Heimfahrt sah {name} immer wieder in den Rückspiegel. Jedes Mal war {er} "
                "sich für einen Augenblick sicher. Auf der Rückbank saß eine Frau im weißen "
                "Regenmantel, ganz still, die Hände im Schoß. Drehte {er} sich um, war die "
                "Rückbank leer. Aber im Auto roch es nach nassem Stoff.",
                "Als {name} das Video zu Hause abspielte, sah man die leere Straße und das "
                "Flackern. Dann hörte man eine Stimme, ganz nah am Mikrofon. Sie sagte nur: Danke, "
                "dass du gewartet hast. {Name} spielte die Stelle zehnmal ab. Beim zehnten Mal war "
                "die Stimme verschwunden, als hätte sie es sich anders überlegt.",
                "In einem alten Zeitungsarchiv fand {name} eine kurze Meldung aus den Siebzigern. "
                "Eine junge Frau aus {town} werde vermisst, zuletzt gesehen in einem weißen "
                "Regenmantel. Weitere Meldungen gab es nicht. Es war, als hätte die ganze Stadt "
                "beschlossen, sie zu vergessen.",
                "Am nächsten Tag fragte {name} in der alten Bäckerei von {town} nach der Frau im "
                "weißen Mantel. Die Bäckerin wurde blass. Ihre Mutter habe diese Frau gekannt, "
                "sagte sie leise, und niemand spreche gern über sie. Zum Abschied sagte sie noch, "
                "{name} solle den Fund lieber zurückbringen, solange es noch gehe.",
                "Ein alter Polizist aus {town} erzählte später, man finde {am_spot} immer wieder "
                "verlorene Sachen, Jahr für Jahr am selben Datum. Ins Fundbüro bringe er sie "
                "längst nicht mehr. Am nächsten Morgen seien sie sowieso verschwunden.",
            ),
            climaxes=(
                "Am nächsten Morgen war {der_thing} aus dem Auto verschwunden, obwohl alle Türen "
                "verriegelt waren. Auf dem Sitz, wo {er_thing} gelegen hatte, lag eine alte "
                "Busfahrkarte. Sie war auf den Tag genau fünfzig Jahre alt.",
            ),
            endings=(
                "{Name} wohnt immer noch in {town} und redet nicht über diese Nacht. Aber wenn du "
                "nach Mitternacht {an_spot} vorbeikommst, sagen die Leute, halte nicht an. Und "
                "wenn du {den_thing} siehst, lass {ihn_thing} liegen. Jemand holt {ihn_thing} noch "
                "immer ab.",
                "Ist das wahr? {Friend} sagt ja, und {friend} hat es von jemandem, der dabei war. "
                "So ist das mit Legenden. Aber die Fahrkarte gibt es wirklich. {Name} bewahrt sie "
                "in einer Schublade auf und öffnet diese Schublade nie nach Einbruch der "
                "Dunkelheit.",
            ),
            texture=(
                "Die Straßenlaternen summten und flackerten.",
                "Die Straße war in beide Richtungen leer.",
                "Irgendwo in der Ferne begann ein Hund zu heulen.",
            ),
        ),
    ),
)
