"""Erstaunliche Fakten: überraschend, aber wahr, jeder in ein, zwei Sätzen erklärt."""

from t2m.generate.story_data.model import Frame, Material

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} Fakten, die du garantiert noch nicht kanntest",
        "{n} erstaunliche Fakten über unsere Welt",
        "Wusstest du schon? {n} verblüffende Fakten",
    ),
    descriptions=(
        "{n} wahre Fakten über Tiere, das Weltall und die Geschichte, die erfunden klingen, es "
        "aber nicht sind.",
        "Kurz, wahr und überraschend: {n} Fakten zum Weitererzählen.",
    ),
    frames=(
        Frame(
            openings=(
                "Hier kommen ein paar Fakten, die erfunden klingen, aber vollkommen wahr sind. "
                "Manche davon sind seltsam, manche lustig, und einige wirst du heute Abend "
                "garantiert weitererzählen.",
                "Mach dich auf Überraschungen gefasst. Jeder einzelne dieser Fakten stimmt, auch "
                "wenn er im ersten Moment nach einem Scherz klingt. Die Natur und die Geschichte "
                "haben mehr Humor, als man denkt.",
            ),
            beats=(
                "Honig aus altägyptischen Gräbern war nach Tausenden von Jahren noch essbar. Er "
                "enthält so wenig Wasser und ist so sauer, dass Bakterien darin nicht wachsen "
                "können.",
                "Kraken haben drei Herzen und blaues Blut. Zwei Herzen pumpen das Blut durch die "
                "Kiemen, das dritte versorgt den übrigen Körper.",
                "Botanisch gesehen sind Bananen Beeren, Erdbeeren dagegen nicht. Die kleinen Kerne "
                "auf der Erdbeere sind nämlich die eigentlichen Früchte der Pflanze.",
                "Ein Tag auf der Venus dauert länger als ein Venusjahr. Der Planet dreht sich so "
                "langsam, dass er die Sonne umrundet, bevor er sich einmal um sich selbst gedreht "
                "hat.",
                "Haie sind älter als Bäume. Es gab sie schon vor über vierhundert Millionen "
                "Jahren, lange bevor die ersten echten Bäume wuchsen.",
                "Wombats hinterlassen würfelförmigen Kot. Die Form entsteht im letzten Teil ihres "
                "Darms und sorgt dafür, dass die Häufchen nicht wegrollen.",
                "Der Eiffelturm ist im Sommer größer als im Winter. Die Hitze dehnt sein Eisen "
                "aus, und die Spitze kann sich um mehr als zehn Zentimeter heben.",
                "Seeotter halten sich beim Schlafen oft an den Pfoten fest. So treiben sie im "
                "Wasser nicht voneinander weg. Manche wickeln sich zusätzlich in Seetang, der sie "
                "wie ein Anker festhält.",
                "Kleopatra lebte zeitlich näher an der ersten Mondlandung als am Bau der großen "
                "Pyramide von Gizeh. Als sie lebte, war die Pyramide schon über zweitausend Jahre "
                "alt.",
                "Flamingos sind nur rosa, weil sie Krebschen und Algen mit roten Farbstoffen "
                "fressen. Ohne dieses Futter würden sie mit der Zeit blass.",
                "Die Gummibärchen stammen aus Bonn. Im Jahr 1922 erfand Hans Riegel dort seine "
                "Tanzbären. Der Firmenname Haribo steht für Hans Riegel Bonn.",
                "Menschen und Giraffen haben gleich viele Halswirbel, nämlich sieben. Bei der "
                "Giraffe ist nur jeder einzelne Wirbel viel, viel länger als bei uns.",
                "Koalas schlafen bis zu zwanzig Stunden am Tag. Ihre Nahrung, die Blätter des "
                "Eukalyptus, liefert ihnen nur sehr wenig Energie.",
                "Schmetterlinge schmecken mit den Füßen. Sinneszellen an ihren Beinen verraten "
                "ihnen, ob ein Blatt ein guter Platz für ihre Eier ist.",
                "Die Universität Oxford ist älter als das Reich der Azteken. In Oxford wurde schon "
                "um 1096 gelehrt, die Hauptstadt der Azteken entstand erst um 1325.",
                "Das Nationaltier Schottlands ist das Einhorn. Seit Jahrhunderten schmückt es das "
                "königliche Wappen des Landes. Es gilt dort als Sinnbild für Reinheit und Stärke.",
                "Honigbienen tanzen, um einander den Weg zu Blüten zu zeigen. Der Forscher Karl "
                "von Frisch entschlüsselte diesen Schwänzeltanz und erhielt dafür 1973 den "
                "Nobelpreis.",
                "Eine einzige Wolke kann Hunderte Tonnen wiegen. Sie schwebt trotzdem, weil sich "
                "das Wasser in winzigen Tröpfchen auf riesige Mengen Luft verteilt.",
            ),
            climaxes=(),
            endings=(
                "Welcher Fakt hat dich am meisten überrascht? Erzähl ihn heute noch jemandem und "
                "schau, wie lange es dauert, bis man dir glaubt.",
                "Die Welt ist seltsamer, als wir denken. Wer neugierig bleibt, entdeckt jeden Tag "
                "etwas Neues. Also bleib neugierig.",
            ),
        ),
    ),
)
