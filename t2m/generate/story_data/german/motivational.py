"""Mutmachgeschichte: ein großer Traum, kleine Schritte und eine Lehre, die
man gleich anwenden kann."""

from t2m.generate.story_data.german.forms import ding
from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Fang an, bevor du bereit bist",
        "{Name} und {das_ziel}",
        "Jeden Tag ein kleiner Schritt",
        "Der Tag, an dem {name} nicht aufgab",
    ),
    descriptions=(
        "{Name} wollte {ziel} und scheiterte, wieder und wieder. Was sich änderte, war nicht das "
        "Talent, sondern eine Gewohnheit, die jeder noch heute beginnen kann.",
        "Eine kurze Mutmachgeschichte über {name}, einen großen Traum und die Kraft, einfach "
        "dranzubleiben.",
    ),
    places=(
        {
            "ziel": "einen Marathon laufen",
            "ziel_zu": "einen Marathon zu laufen",
            "das_ziel": "der Marathon",
        },
        {
            "ziel": "eine kleine Bäckerei eröffnen",
            "ziel_zu": "eine kleine Bäckerei zu eröffnen",
            "das_ziel": "die Bäckerei",
        },
        {
            "ziel": "Klavier spielen lernen",
            "ziel_zu": "Klavier spielen zu lernen",
            "das_ziel": "das Klavier",
        },
        {
            "ziel": "einen Roman schreiben",
            "ziel_zu": "einen Roman zu schreiben",
            "das_ziel": "der Roman",
        },
    ),
    things=(
        ding("n", "Notizbuch"),
        ding("m", "Wandkalender"),
        ding("n", "Tagebuch"),
    ),
    frames=(
        Frame(
            openings=(
                "Mit fünfunddreißig beschloss {name}, {ziel_zu}. Alle, denen {er} davon erzählte, "
                "lächelten höflich, so wie man über einen Traum lächelt, an den man nicht glaubt. "
                "{Name} war sich selbst nicht sicher. Aber {er} fing trotzdem an.",
                "{Name} wollte schon immer {ziel}, so lange {er} denken konnte. Und genauso lange "
                "hatte {er} einen Grund dagegen: zu viel Arbeit, zu müde, zu spät. Eines Morgens "
                "merkte {er}, dass aus den Gründen ein ganzes Leben geworden war.",
            ),
            beats=(
                "{Name} begann mit einem großen Plan: jeden Tag zwei Stunden, kein einziger Tag "
                "Pause. Nach einer Woche war {er} erschöpft und hätte beinahe aufgegeben. Große "
                "Anfänge, merkte {er}, brennen schnell aus. Abends lag {er} wie erschlagen auf dem "
                "Sofa und fragte sich, warum {er} das überhaupt wollte.",
                "Dann machte {name} das Ziel kleiner. Zwanzig Minuten am Tag, nicht mehr und nicht "
                "weniger. Für jeden geschafften Tag malte {er} ein Kreuz {im_thing}. Es gab nur "
                "eine Regel: Die Kette der Kreuze durfte nicht reißen. Zwanzig Minuten, dachte "
                "{name}, schafft man sogar an einem schlechten Tag. Genau darum ging es.",
                "Manche Tage fühlten sich großartig an. Die meisten fühlten sich ganz gewöhnlich "
                "an. Ein paar fühlten sich unmöglich an, und gerade die zählten am meisten, weil "
                "{name} trotzdem weitermachte. Es gab keinen Applaus und keine Belohnung, nur ein "
                "weiteres Kreuz. Aber Kreuz um Kreuz wurde daraus etwas, das {ihm} gehörte.",
                "{Friend}, {friend_ein} Nachbar{friend_in_} von gegenüber, wollte mitmachen. Von "
                "da an wartete jemand auf {name}, und Schwänzen wurde schwerer. An schlechten "
                "Tagen erinnerten sich die beiden gegenseitig daran, warum sie angefangen hatten. "
                "Manchmal sagte {friend} nur: Zwanzig Minuten, mehr nicht. Und das reichte "
                "meistens schon.",
                "Nach drei Monaten blätterte {name} durch {den_thing}. Neunzig kleine Kreuze. "
                "Keines davon hatte sich wie ein Fortschritt angefühlt. Zusammen aber ergaben sie "
                "eine Strecke, die {er} kaum glauben konnte. {Name} saß lange da und strich mit "
                "dem Finger über die Seiten, als könnte {er} die Kreuze fühlen.",
                "Dann kam ein Rückschlag: eine Grippe, Ärger im Job, ein langer grauer Winter. "
                "Zwei Wochen lang blieb {der_thing} leer. Die alte Stimme im Kopf meldete sich und "
                "sagte: Siehst du, das wird doch nichts. Diesmal hätte {name} ihr beinahe "
                "geglaubt.",
                "An manchen Morgen verglich sich {name} mit Leuten, die viel weiter zu sein "
                "schienen. Das half nie. Der einzige faire Vergleich, beschloss {er}, war der mit "
                "dem Menschen, der {er} einen Monat zuvor gewesen war. Dieser Vergleich fiel fast "
                "immer gut aus, und er machte Mut statt Angst.",
                "{Name} antwortete mit dem kleinsten Schritt, den {er} finden konnte. Fünf Minuten "
                "statt zwanzig. Auch ein schlechter Tag, der geschafft ist, ist ein geschaffter "
                "Tag. Und die Kette begann von vorn. Bald wurden es zehn Minuten, eine Woche "
                "später wieder zwanzig.",
                "Irgendwann merkte {name}, dass {er} nicht mehr jeden Morgen mit sich selbst "
                "verhandeln musste. Die zwanzig Minuten gehörten einfach dazu, wie das "
                "Zähneputzen. Die Motivation war nicht mehr nötig, die Gewohnheit trug {ihn}. An "
                "einem Sonntag vergaß {name} sogar, auf die Uhr zu schauen, und machte einfach "
                "eine Stunde weiter.",
                "Eines Abends fragte ein Kind aus der Nachbarschaft, wie man so etwas eigentlich "
                "lernt. {Name} überlegte lange. Dann sagte {er}: Man fängt an, und dann hört man "
                "nicht wieder auf. Das Kind fand die Antwort langweilig. {Name} fand sie plötzlich "
                "wunderschön.",
            ),
            climaxes=(
                "Ein Jahr nach der ersten holprigen Woche war es so weit: {name} schaffte es, "
                "{ziel_zu}. Es war nicht perfekt, und das musste es auch nicht sein. Der Mensch, "
                "der ankam, war nicht mehr derselbe, der losgegangen war.",
            ),
            endings=(
                "Das ist die Lehre aus {name}s Geschichte. Du musst dich nicht bereit fühlen. Fang "
                "klein an, bleib an den gewöhnlichen Tagen dran und verzeih dir die schlechten. "
                "Dein erster Schritt kann heute sein.",
                "Wenn es etwas gibt, das du seit Jahren vor dir herschiebst, mach heute einen "
                "kleinen Schritt darauf zu. Und morgen noch einen. Mehr hat {name} nicht getan, "
                "und mehr braucht es nicht.",
            ),
            texture=(
                "Jedes Kreuz {im_thing} war ein kleines, gehaltenes Versprechen.",
                "Am schwersten war immer die erste Minute.",
                "Es ging langsam voran, aber es ging voran.",
                "Niemand sah zu, und das war in Ordnung.",
                "Die Motivation kam und ging, die Gewohnheit blieb.",
            ),
        ),
    ),
)
