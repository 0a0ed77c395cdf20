"""Gruselgeschichte: ein verlassener Ort, ein Ding, das nicht an seinem Platz
bleibt, drei Nächte voller Angst."""

from t2m.generate.story_data.german.forms import ding
from t2m.generate.story_data.model import Frame, Material

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{Der_thing} {im_spot}",
        "Drei Nächte in {town}",
        "Was {im_spot} wartete",
        "{Name} und {der_thing}",
        "Fass {den_thing} nicht an",
    ),
    descriptions=(
        "{Name} verbringt ein paar Nächte {im_place} bei {town}, und {der_thing} dort bleibt "
        "nicht, wo man {ihn_thing} hinstellt. Eine Gruselgeschichte, die man besser bei Licht "
        "hört.",
        "Eine billige Unterkunft, ein stiller Ort und {ein_thing}, {rel_thing} sich von selbst "
        "bewegt. Eine kurze Gruselgeschichte über {name}, {der} eine Nacht zu lange blieb.",
    ),
    places=(
        {
            "im_place": "in einem alten Leuchtturm an der Nordküste",
            "ins_place": "in einen alten Leuchtturm an der Nordküste",
            "zu_spot": "zum Leuchtturm",
            "im_spot": "im Leuchtturm",
            "vom_spot": "vom Leuchtturm",
            "den_spot": "den Leuchtturm",
        },
        {
            "im_place": "auf einem einsamen Hof am Ende eines Schotterwegs",
            "ins_place": "auf einen einsamen Hof am Ende eines Schotterwegs",
            "zu_spot": "zum Hof",
            "im_spot": "auf dem Hof",
            "vom_spot": "vom Hof",
            "den_spot": "den Hof",
        },
        {
            "im_place": "in einem seit zwanzig Jahren geschlossenen Hotel",
            "ins_place": "in ein seit zwanzig Jahren geschlossenes Hotel",
            "zu_spot": "zum Hotel",
            "im_spot": "im Hotel",
            "vom_spot": "vom Hotel",
            "den_spot": "das Hotel",
        },
        {
            "im_place": "in einer Hütte tief im Kiefernwald",
            "ins_place": "in eine Hütte tief im Kiefernwald",
            "zu_spot": "zur Hütte",
            "im_spot": "in der Hütte",
            "vom_spot": "von der Hütte",
            "den_spot": "die Hütte",
        },
        {
            "im_place": "in einem leer stehenden Internat auf dem Hügel",
            "ins_place": "in ein leer stehendes Internat auf dem Hügel",
            "zu_spot": "zum Internat",
            "im_spot": "im Internat",
            "vom_spot": "vom Internat",
            "den_spot": "das Internat",
        },
    ),
    things=(
        ding("f", "Spieluhr"),
        ding("m", "Spiegel"),
        ding("n", "Radio", "alt"),
        ding("m", "Schaukelstuhl"),
        ding("f", "Porzellanpuppe"),
        ding("n", "Schaukelpferd"),
    ),
    frames=(
        Frame(
            openings=(
                "Im Oktober zog {name} {ins_place}, ein paar Kilometer außerhalb von {town}. Die "
                "Miete war lächerlich niedrig, und der Makler redete sehr schnell. Über "
                "{den_thing} im hintersten Zimmer sagte er kein einziges Wort.",
                "Niemand in {town} geht nach Einbruch der Dunkelheit {zu_spot}. Aber {name} "
                "brauchte das Geld, und der Auftrag klang einfach: drei Nächte dort bleiben und "
                "das Licht anlassen. Am ersten Abend fand {er} {den_thing}.",
                "Das Erste, was {name} {im_spot} auffiel, war die Stille. Das Zweite war "
                "{der_thing}. {Er_thing} stand in einer Ecke, als hätte jemand {ihn_thing} gerade "
                "eben dort abgestellt und käme gleich zurück.",
            ),
            beats=(
                "In der ersten Nacht wachte {name} um drei Uhr auf. Irgendwo unten machte "
                "{der_thing} ein leises, geduldiges Geräusch. Es verstummte genau in dem Moment, "
                "in dem {er} den Atem anhielt, und begann wieder, sobald {er} ausatmete. {Name} "
                "lag mit offenen Augen da und zählte die Minuten bis zum Morgengrauen.",
                "Am Morgen redete {name} sich ein, es sei nur der Wind gewesen. {Er} trug "
                "{den_thing} in eine Abstellkammer, schloss ab und steckte den Schlüssel ein. Den "
                "ganzen Tag spürte {er} ihn in der Tasche, kalt und schwer wie einen Stein. In der "
                "Nacht schlief {er} bei eingeschaltetem Licht.",
                "Als {name} am Abend zurückkam, stand die Kammer offen. {Der_thing} stand mitten "
                "im Zimmer, zur Tür gedreht, durch die {er} gerade hereingekommen war. Im Staub "
                "auf dem Boden war keine einzige Spur zu sehen. {Name} stand lange in der Tür und "
                "wagte nicht, das Zimmer zu betreten.",
                "{Name} rief {friend} an, {friend_der} in {town} aufgewachsen war. Nach einer "
                "langen Pause sagte {friend}, die letzte Bewohnerin habe genau so {einen_thing} "
                "besessen. Eines Nachts sei sie gegangen, ohne auch nur eine Tasche zu packen. "
                "Mehr wollte {friend} dazu nicht sagen und legte schnell auf.",
                "Im Archiv der Lokalzeitung fand {name} ein altes Foto {vom_spot}. In einem "
                "Fenster im oberen Stock stand eine verschwommene Gestalt und legte eine Hand auf "
                "{den_thing}. Das Foto war siebzig Jahre alt. Unter dem Bild stand kein Name, nur "
                "ein Datum und ein einziges Wort: vermisst.",
                "In der nächsten Nacht kamen die Schritte näher. Sie gingen über den Flur und "
                "blieben vor {sein}er Tür stehen. Unter dem Türspalt sah {name} den Schatten von "
                "zwei Füßen. Eine ganze Stunde lang bewegten sie sich nicht. {Name} saß auf dem "
                "Bett, die Decke bis zum Kinn, und wagte kaum zu atmen.",
                "Von nun an ließ {name} nachts alle Lampen brennen. Es half nichts. Die Glühbirnen "
                "wurden eine nach der anderen dunkel, immer zuerst die am weitesten entfernte, als "
                "käme etwas langsam auf {ihn} zu. Als nur noch die Lampe über {sein}em Bett "
                "brannte, hörte es auf. Es war, als wartete etwas.",
                "{Name} wollte fort. Das Auto sprang erst beim zehnten Versuch an. Nach hundert "
                "Metern lag ein Nebel auf der Straße, so dicht, dass {er} {sein}e eigenen Hände am "
                "Lenkrad kaum noch sah. Da kehrte {er} um. Oben im Fenster brannte ein Licht, das "
                "{er} nie eingeschaltet hatte.",
                "Wieder drinnen fand {name} {den_thing} auf dem Küchentisch. Darunter lag ein "
                "Zettel in sorgfältiger, altmodischer Handschrift. Darauf stand nur ein einziger "
                "Satz: Du bist bald so weit. Die Schrift kam {ihm} seltsam bekannt vor. Erst nach "
                "einer Weile begriff {name}, warum: Es war {sein}e eigene Handschrift.",
                "Mit einer Taschenlampe stieg {name} in den Keller hinunter. An der hinteren Wand "
                "waren Namen in den Stein geritzt, Dutzende, jeder mit einem Datum. Der letzte "
                "Name sah ganz frisch aus. Es war {sein} eigener. Daneben war noch Platz für ein "
                "Datum, und dieser Platz war leer.",
            ),
            climaxes=(
                "Um Mitternacht gingen {im_spot} alle Lichter gleichzeitig aus. In der Dunkelheit "
                "flüsterte jemand ganz nah an {sein}em Ohr {sein}en Namen. Dann begann {der_thing} "
                "zu spielen, zu sprechen oder zu atmen. {Name} konnte später nie sagen, was davon.",
                "{Name} packte {den_thing} und warf {ihn_thing} in den Kamin. {Er_thing} brannte "
                "nicht. Die Flammen wichen zur Seite, und aus dem Schornstein kam ein langer, "
                "müder Seufzer, als hätte man etwas sehr Altes umsonst geweckt.",
            ),
            endings=(
                "Am Morgen war {name} verschwunden. Die Polizei fand {den_spot} leer und "
                "aufgeräumt, das Bett gemacht, {den_thing} wieder in der Ecke. {Friend} fährt "
                "manchmal noch daran vorbei und schwört, dass oben immer Licht brennt.",
                "{Name} verließ {town} am nächsten Tag und kam nie zurück. Aber manchmal, weit "
                "weg, wacht {er} nachts um drei auf und hört dieses leise, geduldige Geräusch. "
                "Jedes Mal ist es ein bisschen näher.",
                "Als die Sonne aufging, verließ {name} {den_spot} und drehte sich nicht mehr um. "
                "{Er} hat nie jemandem erzählt, was {er} in der letzten Stunde gesehen hat. {Er} "
                "sagt nur, manche Dinge lässt man besser dort, wo man sie findet.",
            ),
            texture=(
                "Der Wind drückte gegen die Fenster, als wollte er herein.",
                "Irgendwo in den Wänden klopften alte Rohre wie Fingerknöchel.",
                "Die Luft roch nach Staub und kaltem Kerzenwachs.",
                "Draußen standen die Bäume ganz still, und kein Vogel sang.",
                "Jede Uhr im Haus schien ein wenig zu langsam zu ticken.",
            ),
        ),
    ),
)
