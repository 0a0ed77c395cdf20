"""Alltagstipps: praktisch und sicher, jeder mit dem Grund, warum er funktioniert."""

from t2m.generate.story_data.model import Frame, Material

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} Alltagstipps, die man kennen sollte",
        "{n} kleine Gewohnheiten, die das Leben leichter machen",
        "Lifehacks: {n} Tipps, die wirklich funktionieren",
    ),
    descriptions=(
        "{n} praktische Tipps für den Alltag, jeder mit dem Grund, warum er funktioniert.",
        "Einfach, nützlich und kostenlos: {n} Tipps für jeden Tag.",
    ),
    frames=(
        Frame(
            openings=(
                "Hier sind ein paar kleine Tipps, die den Alltag ein bisschen leichter machen. "
                "Keiner davon kostet Geld, und zu jedem gibt es den Grund, warum er funktioniert.",
                "Diese Tipps lernt man in Sekunden, und sie können einem Stunden sparen. Es sind "
                "keine Zaubertricks, nur kleine Gewohnheiten mit großer Wirkung.",
            ),
            beats=(
                "Nutze die Zwei-Minuten-Regel. Was weniger als zwei Minuten dauert, erledigst du "
                "sofort. Es aufzuschreiben und später daran zu denken, kostet mehr Kraft als die "
                "Sache selbst.",
                "Lüfte im Winter lieber kurz und kräftig, mit weit geöffneten Fenstern für ein "
                "paar Minuten. Das tauscht die feuchte Luft aus, ohne dass die Wände auskühlen.",
                "Leg dein Handy in ein anderes Zimmer, wenn du dich konzentrieren musst. Schon ein "
                "stummes Handy auf dem Schreibtisch zieht an deiner Aufmerksamkeit.",
                "Wenn du den Namen eines Menschen erfährst, sprich ihn im Gespräch einmal aus. Das "
                "hilft deinem Gedächtnis, ihn zu behalten.",
                "Leg dir am Abend die Kleidung und die Tasche für morgen zurecht. Der Morgen läuft "
                "ruhiger, wenn die Entscheidungen schon getroffen sind.",
                "Wenn du dich zwischen zwei Dingen nicht entscheiden kannst, wirf eine Münze. "
                "Solange sie in der Luft ist, merkst du oft, welche Seite du dir wünschst.",
                "Schreib Ideen sofort auf, im Notizbuch oder im Handy. Ideen kommen zu seltsamen "
                "Zeiten und verschwinden genauso schnell wieder, oft schon nach wenigen Minuten.",
                "Trink nach dem Aufstehen ein Glas Wasser. Nach einer langen Nacht ohne Trinken "
                "ist das eine der einfachsten Arten, wach zu werden.",
                "Warte einen Tag, bevor du etwas Teures kaufst, das du nicht geplant hattest. Wenn "
                "du es morgen immer noch willst, lohnt es sich wahrscheinlich.",
                "Fotografiere, wo du geparkt hast, dein Gepäck vor einer Reise und wichtige "
                "Dokumente. Ein Foto ist die einfachste Sicherungskopie, die es gibt.",
                "Wenn dir alles zu viel wird, schreib jede Aufgabe auf und such dir dann genau "
                "eine aus. Eine Liste auf Papier wiegt weniger als eine Liste im Kopf.",
                "Steh jede Stunde auf und geh ein paar Minuten herum. Dein Rücken, deine Augen und "
                "deine Gedanken werden es dir danken.",
                "Bedanke dich schriftlich, wenn dir jemand geholfen hat. Eine kurze Karte bleibt "
                "viel länger in Erinnerung als ein schnelles Danke.",
                "Stell den Wecker auf die Zeit, zu der du wirklich aufstehen musst. Wer mehrmals "
                "auf Schlummern drückt, zerstückelt den letzten, erholsamsten Schlaf.",
                "Lerne den Satz: Darüber denke ich kurz nach und melde mich. So gewinnst du Zeit "
                "für eine Entscheidung, die du nicht bereust.",
                "Räum beim Kochen gleich auf. Wer die Schüssel abwäscht, während die Nudeln "
                "kochen, hat beim Essen eine fast saubere Küche.",
                "Hab immer ein Ladekabel in der Tasche. Der Tag, an dem du es brauchst, ist nie "
                "der Tag, an dem du damit gerechnet hast.",
                "Sortiere deinen Einkaufszettel nach dem Weg durch den Supermarkt. So läufst du "
                "nicht hin und her und kaufst weniger, was du gar nicht brauchst.",
            ),
            climaxes=(),
            endings=(
                "Probier heute einen dieser Tipps aus und schau, was sich verändert. Oft reicht "
                "schon eine kleine Änderung, damit sich der ganze Tag leichter anfühlt.",
                "Kleine Gewohnheiten summieren sich. Such dir deinen Lieblingstipp aus und fang "
                "damit an. Schon nach einer Woche wirst du den Unterschied merken.",
            ),
        ),
    ),
)
