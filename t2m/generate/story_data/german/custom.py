"""Eigenes Thema: eine Geschichte rund um das, was der Nutzer eingegeben hat
(Slots ``{prompt}`` und ``{Prompt}``, immer in Anführungszeichen)."""

from t2m.generate.story_data.german.forms import ding
from t2m.generate.story_data.model import Frame, Material

CUSTOM = Material(
    kind="story",
    subject="",
    titles=(
        "Eine Geschichte über „{Prompt}“",
        "{Name} und „{Prompt}“",
        "Der Tag, an dem es um „{Prompt}“ ging",
    ),
    descriptions=(
        "Eine kurze Geschichte über „{prompt}“, erzählt von {name} aus {town}.",
        "{Name}, ein kleiner Ort und die Frage nach „{prompt}“: eine Geschichte mit Anfang, Mitte "
        "und Ende.",
    ),
    places=(
        {"in_place": "in einer kleinen Stadt am Meer", "im_spot": "in der Stadt"},
        {"in_place": "in einer lebhaften kleinen Stadt", "im_spot": "in der Stadt"},
        {"in_place": "in einem Dorf in den Hügeln", "im_spot": "im Dorf"},
    ),
    things=(
        ding("f", "Landkarte", "alt"),
        ding("m", "Brief"),
        ding("m", "Schlüssel"),
        ding("n", "Notizbuch", "klein"),
    ),
    frames=(
        Frame(
            openings=(
                "Dies ist eine Geschichte über „{prompt}“. Sie beginnt mit {name}, {der} "
                "{in_place} namens {town} lebte und schon sehr lange darüber nachdachte. Eines "
                "Tages beschloss {name}, der Sache endlich auf den Grund zu gehen.",
                "In {town} hatte jeder eine Meinung über „{prompt}“, aber {name} wollte es mit "
                "eigenen Augen sehen. Also packte {er} eines Morgens eine Tasche, steckte "
                "{einen_thing} ein und machte sich auf den Weg.",
            ),
            beats=(
                "Als Erstes ging {name} zu {friend}, {friend_einem} alten Freund{friend_in_}, "
                "{friend_der} jeden {im_spot} kannte. {Friend} hörte aufmerksam zu, lächelte und "
                "sagte: Die besten Geschichten fangen immer mit einer Frage an. Dann schrieb "
                "{friend} eine Liste mit Namen auf, Menschen, die {name} unbedingt fragen sollte.",
                "{Name} war stundenlang unterwegs, stellte Fragen und schrieb die Antworten auf. "
                "Manche Leute lachten, manche zuckten mit den Schultern. Eine alte Frau auf dem "
                "Markt sagte nur einen einzigen Satz. Genau dieser Satz ging {ihm} den ganzen Tag "
                "nicht mehr aus dem Kopf.",
                "Am Mittag saß {name} in einer kleinen Bäckerei und hörte den Leuten am Nebentisch "
                "zu. Sie stritten über „{prompt}“, laut und mit roten Köpfen. Am Ende waren sich "
                "beide einig, dass der andere keine Ahnung hatte. {Name} musste lächeln und "
                "schrieb mit.",
                "Am Nachmittag fragte ein kleines Mädchen, wonach {name} eigentlich suche. {Name} "
                "erklärte es, so gut {er} konnte. Das Mädchen dachte kurz nach und sagte etwas so "
                "Einfaches, dass {name} stehen blieb. Kinder, dachte {er}, stellen die besten "
                "Fragen.",
                "Am Abend waren viele Seiten voll, aber die Antworten passten nicht zusammen. Es "
                "war wie ein Puzzle, bei dem ein Teil fehlt. {Name} setzte sich auf eine Bank und "
                "sah den Tauben zu. Manchmal, dachte {er}, muss man aufhören zu suchen, damit man "
                "etwas findet.",
                "Dann geschah etwas Unerwartetes. {Name} hatte {den_thing} in der Tasche fast "
                "vergessen. Doch genau {den_thing} brauchte {er} jetzt. {Er} nahm {ihn_thing} "
                "heraus und betrachtete {ihn_thing} lange. Auf einmal ergab vieles einen Sinn, was "
                "vorher nur Durcheinander gewesen war.",
                "Zum ersten Mal verstand {name}, was „{prompt}“ für {ihn} wirklich bedeutete. Es "
                "war nicht das, was andere erzählt hatten. Es war einfacher, und es war "
                "überraschender. {Name} schrieb den Gedanken sofort auf, damit er nicht wieder "
                "verschwand.",
                "Unterwegs traf {name} eine Fremde, die seit Jahren nach derselben Sache suchte. "
                "Ein Stück gingen die beiden zusammen und tauschten Geschichten. Bevor sich ihre "
                "Wege trennten, schenkten sie einander je eine gute Idee. Ihre Idee war so "
                "einfach, dass {name} sich ärgerte, nicht selbst darauf gekommen zu sein.",
                "In der Nacht saß {name} an einem kleinen Feuer und las {sein}e Notizen. Langsam "
                "zeigte sich darin eine Form, wie ein Bild, das aus dem Nebel auftaucht. Über "
                "{ihm} funkelten die Sterne, als würden sie mitlesen. Und {name} begann zu "
                "lächeln.",
                "Am nächsten Morgen regnete es in Strömen. {Name} suchte Schutz in der Bibliothek "
                "von {town} und blätterte in alten Zeitungen. Auch dort tauchte „{prompt}“ auf, in "
                "einer kurzen Meldung, die kaum jemand beachtet hatte. {Name} schrieb sie Wort für "
                "Wort ab.",
                "Eine Schwierigkeit blieb. {Name} musste sich entscheiden: der sichere Weg nach "
                "Hause oder der steile Pfad, der zum Ende der Geschichte führte. {Er} wählte den "
                "steilen Pfad. Mehr als einmal wollte {er} umkehren. Aber mit jedem Schritt wurde "
                "die Geschichte klarer.",
            ),
            climaxes=(
                "Als {name} endlich am Ende des Weges ankam, fand {er} dort die Antwort auf "
                "„{prompt}“. Die Antwort war ganz anders als alles, was {er} sich vorgestellt "
                "hatte. {Er} lachte laut, weil {er} so lange gebraucht hatte, um sie zu sehen.",
            ),
            endings=(
                "{Name} ging zurück nach {town} und erzählte {friend} alles. {Friend} hörte sich "
                "die ganze Geschichte an und sagte: Ich wusste, dass du es findest. Und wer "
                "seitdem nach „{prompt}“ fragt, wird zu {name} geschickt.",
                "Das ist die Geschichte von {name} und „{prompt}“. Die Geschichte hat {ihn} ein "
                "wenig verändert, so wie gute Geschichten es tun. Und an langen Abenden in {town} "
                "erzählt {er} noch heute davon.",
            ),
            texture=(
                "Die Sonne wanderte langsam über den Himmel.",
                "So etwas hatte in {town} noch niemand gemacht.",
                "Der Weg war lang, aber {name} fühlte sich leicht.",
                "An diesen Tag würde sich {name} noch lange erinnern.",
            ),
        ),
    ),
)
