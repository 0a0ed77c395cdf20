"""Krimi: ein Wertstück verschwindet in fünf Minuten Dunkelheit, ein fairer
Hinweis und seine Auflösung."""

from t2m.generate.story_data.german.forms import ding
from t2m.generate.story_data.model import Frame, Material

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "{Der_thing} ist verschwunden",
        "{Der_thing} von {town}",
        "Fünf Minuten Dunkelheit",
        "Ein Rätsel {im_spot}",
        "{Name} und {der_thing}",
    ),
    descriptions=(
        "{Ein_thing} verschwindet {im_place} in {town}, und {name} hat einen Abend Zeit, um den "
        "Dieb zu finden. Ein kurzer Krimi mit einem fairen Hinweis.",
        "Fünf Minuten lang ist es dunkel, danach fehlt {der_thing}. {Name} folgt den Spuren "
        "{durch_spot} bis zu einer Lösung, mit der niemand gerechnet hat.",
    ),
    places=(
        {
            "im_place": "in einem vollen Museum am Fluss",
            "im_spot": "im Museum",
            "durch_spot": "durch das Museum",
            "saal": "den großen Ausstellungssaal",
        },
        {
            "im_place": "in einem alten Grandhotel am Meer",
            "im_spot": "im Grandhotel",
            "durch_spot": "durch das Hotel",
            "saal": "den Ballsaal",
        },
        {
            "im_place": "in einem Gutshaus voller Gäste",
            "im_spot": "im Gutshaus",
            "durch_spot": "durch das Gutshaus",
            "saal": "den Salon",
        },
        {
            "im_place": "in einem alten Schloss am Rhein",
            "im_spot": "im Schloss",
            "durch_spot": "durch das Schloss",
            "saal": "den Rittersaal",
        },
    ),
    things=(
        ding("m", "Kompass", "silbern"),
        ding("m", "Smaragdring"),
        ding("f", "Erstausgabe", "signiert"),
        ding("f", "Taschenuhr", "golden"),
        ding("n", "Fabergé-Ei"),
        ding("f", "Jadefigur", "chinesisch"),
    ),
    frames=(
        Frame(
            openings=(
                "Um Punkt neun ging {im_spot} das Licht aus. Fünf Minuten lang war es so finster, "
                "dass {name} {sein}e eigene Hand nicht sah. Als die Lampen wieder angingen, war "
                "{der_thing} fort. Herr Albrecht, dem {er_thing} gehörte, rief: Ein Mann im grünen "
                "Mantel ist zur Tür gerannt!",
                "{Name} war für ein ruhiges Wochenende nach {town} gekommen. Doch am ersten Abend "
                "fiel {im_spot} der Strom aus, und es war stockdunkel. Danach war {der_thing} aus "
                "der Vitrine verschwunden. Der Besitzer, Herr Albrecht, schwor, er habe einen Mann "
                "im grünen Mantel fliehen sehen.",
            ),
            beats=(
                "Herr Albrecht rang die Hände. {Der_thing} sei sein wertvollster Besitz, sagte er, "
                "und erst letzte Woche habe er {ihn_thing} neu versichern lassen, für die doppelte "
                "Summe. {Name} schrieb sich das auf und sagte nichts. Herr Albrecht bemerkte den "
                "Blick und erklärte hastig, das sei reine Vorsicht gewesen. Niemand hatte ihn "
                "danach gefragt.",
                "{Friend} hatte am nächsten an der Vitrine gestanden und schwor, nichts gesehen zu "
                "haben. In {friend_sein}er Tasche steckte allerdings eine kleine Taschenlampe. "
                "{Name} probierte sie aus. Die Batterie war vollkommen leer. {Friend} wurde rot. "
                "Die Lampe sei nur für dunkle Speisekarten gedacht, sagte {friend_er}, und schon "
                "seit Tagen kaputt.",
                "Alle suchten nach dem Mann im grünen Mantel. Doch an der Garderobe hing kein "
                "grüner Mantel, und der Portier an der Tür schwor, in den fünf Minuten sei niemand "
                "hinausgegangen. Er führte eine Liste über jeden, der kam oder ging, und die Liste "
                "endete um acht. {Name} nickte nur.",
                "Herr Albrecht beschrieb den Flüchtigen mit jeder Minute genauer. Groß sei er "
                "gewesen, hager, mit einem grauen Hut und einer Narbe am Kinn. Mit jeder Frage "
                "kamen neue Einzelheiten dazu. {Name} hörte geduldig zu und schrieb jedes Wort "
                "auf.",
                "{Name} sprach mit jedem Gast einzeln. Alle erzählten dasselbe: Es war stockdunkel "
                "gewesen, man hatte nichts gesehen, nur ein leises Klirren gehört. Niemand außer "
                "Herrn Albrecht erwähnte einen Mann im grünen Mantel.",
                "Im Keller fand {name} den Sicherungskasten. Nichts war beschädigt. Jemand hatte "
                "den Hauptschalter einfach umgelegt und später wieder eingeschaltet. Es war jemand "
                "gewesen, der genau wusste, wo der Kasten hing. Ein Kellner erinnerte sich, dass "
                "Herr Albrecht am Nachmittag nach dem Weg in den Keller gefragt hatte.",
                "Eine junge Assistentin war blass und nervös. Sie gab zu, sich am Nachmittag den "
                "Schlüssel zur Vitrine geliehen zu haben. Aber nur, sagte sie, um das Glas zu "
                "putzen, und sie habe ihn sofort zurückgebracht. Ihre Hände zitterten, aber ihre "
                "Geschichte blieb gleich, so oft {name} auch nachfragte.",
                "Eine alte Dame hatte im Dunkeln einfach weitergestrickt. Sie hatte Schritte "
                "gehört, sagte sie, aber nicht in Richtung Tür. Die Schritte waren ruhig und "
                "sicher gewesen, wie von jemandem, der den Raum auswendig kennt. Wer sich im "
                "Dunkeln so bewegt, dachte {name}, war hier schon sehr oft.",
                "Die Vitrine war nicht aufgebrochen worden. Jemand hatte sie mit einem Schlüssel "
                "geöffnet. Es gab nur zwei Schlüssel. Einen hatte die Assistentin, den anderen "
                "trug Herr Albrecht an einer Kette um den Hals. Mehrere Gäste bestätigten, dass er "
                "die Kette den ganzen Abend nicht abgelegt hatte.",
                "{Name} ließ das Licht noch einmal ausschalten, nur für einen Augenblick. {Er} "
                "stand still in der Finsternis und hob die Hand vor die Augen. {Er} sah nichts, "
                "gar nichts. Dann lächelte {name} zum ersten Mal an diesem Abend. Die Gäste sahen "
                "sich unsicher an. Keiner verstand, was es da zu lächeln gab.",
            ),
            climaxes=(
                "{Name} bat alle in {saal}. Im Dunkeln, sagte {er}, habe niemand auch nur die "
                "eigene Hand gesehen. Wer die Farbe eines Mantels kannte, hatte ihn also nicht "
                "gesehen, sondern erfunden. Und nur einer hatte dafür einen Grund: Herr Albrecht, "
                "der {den_thing} erst letzte Woche hoch versichert hatte.",
            ),
            endings=(
                "Herr Albrecht gab auf, bevor {name} ausgeredet hatte. {Der_thing} steckte, in ein "
                "Taschentuch gewickelt, in Herrn Albrechts Manteltasche. {Name} nahm den letzten "
                "Zug aus {town} und schlief die ganze Fahrt über tief und fest.",
                "Herr Albrecht setzte sich schwer auf einen Stuhl und gestand alles. Noch in "
                "derselben Nacht lag {der_thing} wieder in der Vitrine. {Name} kehrte zu {sein}em "
                "ruhigen Wochenende zurück, aber grüne Mäntel sah {er} nie wieder ohne ein "
                "Lächeln.",
            ),
            texture=(
                "Der Regen trommelte gleichmäßig gegen die Scheiben.",
                "Irgendwo schlug eine Uhr die Viertelstunde.",
                "Die Gäste flüsterten in kleinen, besorgten Gruppen.",
                "Niemand wollte als Erster nach Hause gehen.",
            ),
        ),
    ),
)
